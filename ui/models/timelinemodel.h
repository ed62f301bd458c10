#pragma once

#include <QAbstractItemModel>
#include <QVector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// Steps of a run grouped by iteration, as a two-level tree in the order they ran:
/// "Set-up" (sandbox, agent.install, upload) and "Iteration n" (agent, install, test,
/// build, lint, snapshot), each step with its state, duration and message. Set-up steps
/// are filed by their name, whatever iteration they carry (a resumed run sets up a new
/// sandbox after iteration n: that is a second "Set-up" group, not part of iteration n).
/// When the run finishes or goes on (run.resumed), a step still marked running is closed as
/// stopped.
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Column { StepColumn, StateColumn, DurationColumn, MessageColumn, ColumnCount };
    enum class State { Running, Ok, Failed, Stopped };
    /// StepNameRole (the Step:: name) and IterationRole (the iteration its events carry) are
    /// set on step rows only: they say which output in the Logs belongs to the step.
    enum Roles { StateRole = Qt::UserRole + 1, StepNameRole, IterationRole };

    struct StepRow
    {
        QString step;
        int iteration = 0;
        State state = State::Running;
        qint64 durationMs = -1;
        int exitCode = 0;
        QString message;
    };
    struct Group
    {
        int iteration = 0;
        bool setup = false;
        QVector<StepRow> steps;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    bool applyEvent(const Run::RunEvent &event);
    void clear();

    int groupCount() const { return m_groups.size(); }
    const Group &groupAt(int i) const { return m_groups.at(i); }
    /// Index of the step row most recently started (for "follow" in the view).
    QModelIndex lastStepIndex() const;

    static QString stepDisplayName(const QString &step);
    /// Steps that prepare a sandbox rather than belong to an iteration.
    static bool isSetupStep(const QString &step);
    /// Steps still running (none once the run has finished).
    int runningSteps() const;
    /// Shows steps still running as "Interrupted": nothing runs the run now (the process
    /// that ran it ended without finishing it). Display only; the next run.resumed closes them.
    void setInterrupted(bool interrupted);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int groupFor(const QString &step, int iteration, bool starting); // creates it if missing
    int appendGroup(int iteration, bool setup);
    void closeRunningSteps(const QString &why);
    QString groupTitle(int group) const;

    QVector<Group> m_groups;
    bool m_interrupted = false;
};

} // namespace Autocoder::Ui
