#include "models/testcasesmodel.h"

#include "models/runlistmodel.h"

namespace Autocoder::Ui {

TestCasesModel::TestCasesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TestCasesModel::setIteration(const IterationTests &current, const IterationTests *previous)
{
    beginResetModel();
    m_current = current;
    m_change.clear();
    QHash<QString, TestCaseResult::Status> before;
    if (previous) {
        for (const TestCaseResult &t : previous->tests)
            before.insert(t.file + QLatin1Char('\x1f') + t.name, t.status);
    }
    for (const TestCaseResult &t : m_current.tests) {
        QString change;
        if (previous) {
            auto it = before.constFind(t.file + QLatin1Char('\x1f') + t.name);
            if (it == before.constEnd())
                //: A test that is new in this iteration
                change = tr("new");
            else if (*it != TestCaseResult::Status::Passed
                     && t.status == TestCaseResult::Status::Passed)
                //: A test that failed before and passes in this iteration
                change = tr("fixed");
            else if (*it == TestCaseResult::Status::Passed
                     && t.status == TestCaseResult::Status::Failed)
                //: A test that passed before and fails in this iteration
                change = tr("broke");
        }
        m_change.append(change);
    }
    endResetModel();
}

void TestCasesModel::clear()
{
    beginResetModel();
    m_current = IterationTests();
    m_change.clear();
    endResetModel();
}

int TestCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_current.tests.size();
}

int TestCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString statusText(TestCaseResult::Status s)
{
    switch (s) {
    case TestCaseResult::Status::Passed:
        //: The result of one test
        return TestCasesModel::tr("passed");
    case TestCaseResult::Status::Failed:
        //: The result of one test
        return TestCasesModel::tr("failed");
    case TestCaseResult::Status::Skipped:
        //: The result of one test
        return TestCasesModel::tr("skipped");
    }
    return {};
}

QVariant TestCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TestCaseResult &t = m_current.tests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case StatusColumn:
            return statusText(t.status);
        case ChangeColumn:
            return m_change.value(index.row());
        case FileColumn:
            return t.file;
        case DurationColumn:
            return tr("%1 ms").arg(t.durationMs);
        case MessageColumn:
            return t.failure.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return t.failure.message.isEmpty() ? QVariant() : QVariant(t.failure.message);
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        switch (t.status) {
        case TestCaseResult::Status::Passed:
            return RunListModel::statusIcon(RunListModel::StatusKind::Green);
        case TestCaseResult::Status::Failed:
            return RunListModel::statusIcon(RunListModel::StatusKind::NotGreen);
        case TestCaseResult::Status::Skipped:
            // A skipped test did not run: the grey of a stopped run.
            return RunListModel::statusIcon(RunListModel::StatusKind::Stopped);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return int(t.status);
    default:
        return {};
    }
}

const TestCaseResult *TestCasesModel::testAt(int row) const
{
    return row >= 0 && row < m_current.tests.size() ? &m_current.tests.at(row) : nullptr;
}

QString TestCasesModel::failureText(const TestCaseResult &t)
{
    QString text = t.name;
    if (t.failure.hasLocation())
        text += QLatin1Char('\n') + t.failure.location();
    else if (!t.file.isEmpty())
        text += QLatin1Char('\n') + t.file;
    const QString message = t.failure.message.isEmpty() ? t.message : t.failure.message;
    if (!message.isEmpty())
        text += QStringLiteral("\n\n") + message;
    return text;
}

QVariant TestCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Test");
    case StatusColumn:
        return tr("Status");
    case ChangeColumn:
        //: Column header: how the test result changed since the previous iteration
        return tr("Change");
    case FileColumn:
        return tr("File");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
