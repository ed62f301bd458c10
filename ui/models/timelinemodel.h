#pragma once

#include <QAbstractItemModel>
#include <QVector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// Steps of a run grouped by iteration, as a two-level tree:
/// "Setup" (iteration 0: sandbox, agent.install, upload) and "Iteration n"
/// (agent, install, test, build, lint, snapshot), each step with its state,
/// duration and message.
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Column { StepColumn, StateColumn, DurationColumn, MessageColumn, ColumnCount };
    enum class State { Running, Ok, Failed };
    enum Roles { StateRole = Qt::UserRole + 1 };

    struct StepRow
    {
        QString step;
        State state = State::Running;
        qint64 durationMs = -1;
        int exitCode = 0;
        QString message;
    };
    struct Group
    {
        int iteration = 0;
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

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int groupFor(int iteration); // creates the group if missing
    QString groupTitle(const Group &group) const;

    QVector<Group> m_groups;
};

} // namespace Autocoder::Ui
