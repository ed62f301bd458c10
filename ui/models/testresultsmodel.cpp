#include "models/testresultsmodel.h"

#include "run/runevents.h"

#include <QJsonArray>
#include <QSet>

namespace Autocoder::Ui {

TestResultsModel::TestResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

static QString testKey(const TestCaseResult &t)
{
    return t.file + QLatin1Char('\x1f') + t.name;
}

bool TestResultsModel::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    const auto gate = event.payload<GateTests>();
    if (!gate)
        return false;
    IterationTests it;
    it.iteration = gate->iteration;
    it.tests.reserve(gate->tests.size());
    for (const TestRecord &r : gate->tests) {
        TestCaseResult t;
        t.name = r.name;
        t.file = r.file;
        t.status = r.status == TestStatus::Passed ? TestCaseResult::Status::Passed
            : r.status == TestStatus::Skipped     ? TestCaseResult::Status::Skipped
                                                  : TestCaseResult::Status::Failed;
        t.message = r.message;
        t.durationMs = r.durationMs;
        if (t.status == TestCaseResult::Status::Failed)
            t.failure = Run::TestFailure::fromOutput(r.message, r.file);
        it.tests.append(t);
    }
    // The gate's counts (GateTests counts the listed tests when the journal has none).
    it.passed = gate->passed;
    it.failed = gate->failed;
    it.skipped = gate->skipped;

    for (int row = 0; row < m_iterations.size(); ++row) {
        if (m_iterations.at(row).iteration == it.iteration) {
            m_iterations[row] = it; // a re-run of the gate in the same iteration
            Q_EMIT dataChanged(
                index(row, 0),
                index(std::min<int>(row + 1, m_iterations.size() - 1), ColumnCount - 1));
            Q_EMIT iterationUpdated(row);
            return true;
        }
    }
    int pos = m_iterations.size();
    while (pos > 0 && m_iterations.at(pos - 1).iteration > it.iteration)
        --pos;
    beginInsertRows({}, pos, pos);
    m_iterations.insert(pos, it);
    endInsertRows();
    Q_EMIT iterationUpdated(pos);
    return true;
}

void TestResultsModel::clear()
{
    beginResetModel();
    m_iterations.clear();
    endResetModel();
}

TestResultsModel::Changes TestResultsModel::compare(const IterationTests &current,
                                                    const IterationTests *previous)
{
    Changes c;
    if (!previous) {
        c.added = current.tests.size();
        return c;
    }
    QHash<QString, TestCaseResult::Status> before;
    for (const TestCaseResult &t : previous->tests)
        before.insert(testKey(t), t.status);
    QSet<QString> seen;
    for (const TestCaseResult &t : current.tests) {
        const QString key = testKey(t);
        seen.insert(key);
        auto it = before.constFind(key);
        if (it == before.constEnd()) {
            ++c.added;
            continue;
        }
        const bool wasPassing = *it == TestCaseResult::Status::Passed;
        const bool passing = t.status == TestCaseResult::Status::Passed;
        if (!wasPassing && passing)
            ++c.fixed;
        else if (wasPassing && t.status == TestCaseResult::Status::Failed)
            ++c.broke;
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        c.removed += !seen.contains(it.key());
    return c;
}

TestResultsModel::Changes TestResultsModel::changesAt(int row) const
{
    return compare(m_iterations.at(row), previousOf(row));
}

QString TestResultsModel::describe(const Changes &c)
{
    QStringList parts;
    if (c.fixed)
        parts << tr("%n fixed", nullptr, c.fixed);
    if (c.broke)
        parts << tr("%n broke", nullptr, c.broke);
    if (c.added)
        parts << tr("%n new", nullptr, c.added);
    if (c.removed)
        parts << tr("%n removed", nullptr, c.removed);
    return parts.isEmpty() ? tr("no change") : parts.join(QLatin1String(", "));
}

int TestResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_iterations.size();
}

int TestResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IterationTests &it = m_iterations.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != ChangesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case IterationColumn:
        return it.iteration;
    case PassedColumn:
        return it.passed;
    case FailedColumn:
        return it.failed;
    case SkippedColumn:
        return it.skipped;
    case ChangesColumn:
        return describe(changesAt(index.row()));
    default:
        return {};
    }
}

QVariant TestResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IterationColumn:
        return tr("Iteration");
    case PassedColumn:
        return tr("Passed");
    case FailedColumn:
        return tr("Failed");
    case SkippedColumn:
        return tr("Skipped");
    case ChangesColumn:
        return tr("Since previous");
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
