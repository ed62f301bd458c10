#pragma once

#include "run/testfailure.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// One test's result in one iteration (from a gate.tests event).
struct TestCaseResult
{
    enum class Status { Passed, Failed, Skipped };
    QString name;
    QString file;
    Status status = Status::Passed;
    QString message; ///< as the runner printed it
    qint64 durationMs = 0;
    Run::TestFailure failure; ///< read from message, for failed tests
};

/// All test results of one iteration.
struct IterationTests
{
    int iteration = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    QVector<TestCaseResult> tests;

    /// The test step ran but its runner reported no test at all.
    bool noTestsFound() const { return tests.isEmpty() && passed + failed + skipped == 0; }
};

/// Per-iteration summary of the test gate: passed / failed / skipped and
/// what changed since the previous iteration ("+3 fixed, 1 broke, 2 new").
class TestResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestResultsModel)
public:
    enum Column {
        IterationColumn,
        PassedColumn,
        FailedColumn,
        SkippedColumn,
        ChangesColumn,
        ColumnCount
    };

    struct Changes
    {
        int fixed = 0; ///< failed before, passes now
        int broke = 0; ///< passed before, fails now
        int added = 0; ///< not present before
        int removed = 0; ///< present before, gone now
    };

    explicit TestResultsModel(QObject *parent = nullptr);

    bool applyEvent(const Run::RunEvent &event);
    void clear();

    int iterationCount() const { return m_iterations.size(); }
    const IterationTests &iterationAt(int row) const { return m_iterations.at(row); }
    /// The iteration before @p row, or nullptr for the first.
    const IterationTests *previousOf(int row) const
    {
        return row > 0 ? &m_iterations.at(row - 1) : nullptr;
    }
    Changes changesAt(int row) const;
    static Changes compare(const IterationTests &current, const IterationTests *previous);
    static QString describe(const Changes &changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A new or replaced iteration (the chart repaints, the detail table follows).
    void iterationUpdated(int row);

private:
    QVector<IterationTests> m_iterations;
};

} // namespace Autocoder::Ui
