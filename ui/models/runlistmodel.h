#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// Runs, live and past: name, status, outcome, iteration, cost, start time.
/// Past runs come from the run store's summaries (setRuns); live ones are
/// kept current by feeding their events (applyEvent).
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
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

    struct Row
    {
        QString id;
        QString name;
        QString status; ///< "running", "finished", "interrupted", ...
        QString outcome; ///< a Run::Outcome name, empty while running
        int iteration = 0;
        int maxIterations = 0;
        double costUsd = 0.0;
        QDateTime startedAt;
        double agentCostUsd = 0.0; ///< sum of agent turns seen live (ahead of iteration totals)
    };

    explicit RunListModel(QObject *parent = nullptr);

    void setRuns(const QVector<Row> &rows);
    /// Inserts or replaces one run (matched by id).
    void upsert(const Row &row);
    bool applyEvent(const Run::RunEvent &event);

    int rowOf(const QString &runId) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }

    static QString outcomeText(const QString &outcome);
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
};

} // namespace Autocoder::Ui
