#pragma once

#include "run/runqueue.h"
#include "run/runsummary.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QVector>

class QTimer;

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// Runs, waiting, live and past: name, status (with an icon), outcome, iteration, cost,
/// start time. Runs waiting for a slot come first (setQueued), then the runs, newest first.
/// Past runs come from the run store's summaries (setRuns); every live one is kept current
/// by feeding its events (applyEvent), whichever run is shown.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)
public:
    enum Column {
        NameColumn,
        StatusColumn,
        OutcomeColumn,
        IterationColumn,
        CostColumn,
        StartedColumn,
        ColumnCount
    };
    enum Roles {
        RunIdRole = Qt::UserRole + 1, ///< the run id, or the ticket of a waiting run
        QueuedRole, ///< bool: the row is a run waiting for a slot
        StatusKindRole, ///< int: StatusKind
    };
    /// What the status icon shows.
    enum class StatusKind { Queued, Running, Green, NotGreen, Stopped, Interrupted };
    Q_ENUM(StatusKind)

    /// One run: its summary, folded from its events (live) or read from state.json (past).
    using Row = Run::RunSummary;

    explicit RunListModel(QObject *parent = nullptr);

    void setRuns(const QVector<Row> &rows);
    /// The runs waiting for a slot, the next to start first (RunQueue::pending()).
    void setQueued(const QList<Run::RunQueue::Pending> &pending);
    int queuedCount() const { return int(m_queued.size()); }
    bool isQueued(int row) const { return row >= 0 && row < m_queued.size(); }
    /// Inserts or replaces one run (matched by id).
    void upsert(const Row &row);
    /// Takes run @p runId out of the list (a deleted run); false when it is not listed.
    bool remove(const QString &runId);
    /// Folds a live event into its run's row (adding the row for a run not listed yet).
    /// Returns whether the row's shown values may have changed.
    bool applyEvent(const Run::RunEvent &event);

    /// A few words shown after run @p runId's status ("attached", "reconnecting…"), with
    /// @p toolTip over its name; an empty @p note takes them away. Kept across setRuns().
    void setNote(const QString &runId, const QString &note, const QString &toolTip = QString());
    QString noteOf(const QString &runId) const { return m_notes.value(runId).first; }

    int rowOf(const QString &runId) const;
    const Row &rowAt(int row) const
    {
        return isQueued(row) ? m_queued.at(row) : m_rows.at(row - m_queued.size());
    }

    static StatusKind statusKind(const Row &row);
    /// The icon for @p kind; the running one turns (frame 0..7). Drawn here, so it needs no
    /// icon theme.
    static QIcon statusIcon(StatusKind kind, int frame = 0);
    /// The colour a status is written in (the run view's status line, the list's outcome),
    /// the same hue as its icon, dark enough on a light @p palette, light enough on a dark
    /// one.
    static QColor statusColor(StatusKind kind, const QPalette &palette);

    static QString outcomeText(std::optional<Run::RunOutcome> outcome);
    /// For an outcome's wire name; unknown names are shown as they are.
    static QString outcomeText(const QString &outcome);
    static QString statusText(Run::RunStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void updateAnimation();
    void nextFrame();

    QVector<Row> m_queued; ///< id = ticket
    QVector<Row> m_rows;
    QHash<QString, QPair<QString, QString>> m_notes; ///< run id → note, tooltip
    QTimer *m_animation = nullptr;
    int m_frame = 0;
};

} // namespace Autocoder::Ui
