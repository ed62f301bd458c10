#pragma once

#include "run/runsummary.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// Runs, live and past: name, status, outcome, iteration, cost, start time.
/// Past runs come from the run store's summaries (setRuns); live ones are
/// kept current by feeding their events (applyEvent).
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
    enum Roles { RunIdRole = Qt::UserRole + 1 };

    /// One run: its summary, folded from its events (live) or read from state.json (past).
    using Row = Run::RunSummary;

    explicit RunListModel(QObject *parent = nullptr);

    void setRuns(const QVector<Row> &rows);
    /// Inserts or replaces one run (matched by id).
    void upsert(const Row &row);
    /// Folds a live event into its run's row (adding the row for a run not listed yet).
    /// Returns whether the row's shown values may have changed.
    bool applyEvent(const Run::RunEvent &event);

    int rowOf(const QString &runId) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }

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
    QVector<Row> m_rows;
};

} // namespace Autocoder::Ui
