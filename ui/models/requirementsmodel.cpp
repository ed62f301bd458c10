#include "models/requirementsmodel.h"

#include "models/runlistmodel.h"
#include "run/runevents.h"

#include <QGuiApplication>
#include <QPalette>

namespace Autocoder::Ui {

using Run::RequirementCoverage;

namespace {

RunListModel::StatusKind kindOf(RequirementCoverage::Status status)
{
    switch (status) {
    case RequirementCoverage::Status::Covered:
        return RunListModel::StatusKind::Green;
    case RequirementCoverage::Status::Failing:
        return RunListModel::StatusKind::NotGreen;
    case RequirementCoverage::Status::Uncovered:
        break;
    }
    // Amber: nothing checks it yet, which is not a failure of anything that ran.
    return RunListModel::StatusKind::Interrupted;
}

} // namespace

RequirementsModel::RequirementsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool RequirementsModel::applyEvent(const Run::RunEvent &event)
{
    const auto p = event.payload<Run::GateRequirements>();
    if (!p)
        return false;
    // Follows the newest iteration unless an older one is being looked at.
    const bool follow = m_iteration == 0 || m_iteration >= latestIteration();
    m_coverage.insert(p->iteration, p->coverage);
    if (RequirementCoverage::fromJson(event.data.value(QLatin1String("coverage")).toObject()))
        m_unreadable.remove(p->iteration);
    else
        m_unreadable.insert(p->iteration);
    if (follow ? p->iteration >= m_iteration : p->iteration == m_iteration)
        setIteration(p->iteration);
    Q_EMIT iterationUpdated(p->iteration);
    return true;
}

void RequirementsModel::clear()
{
    beginResetModel();
    m_coverage.clear();
    m_unreadable.clear();
    m_rows.clear();
    m_iteration = 0;
    endResetModel();
}

void RequirementsModel::setIteration(int iteration)
{
    beginResetModel();
    m_iteration = iteration;
    m_rows = m_coverage.value(iteration).requirements();
    endResetModel();
}

QString RequirementsModel::summary() const
{
    if (!m_coverage.contains(m_iteration))
        return {};
    if (isUnreadable())
        return tr("The requirement table of iteration %1 could not be read.").arg(m_iteration);
    if (m_rows.isEmpty())
        return tr("The spec lists no requirements, so none needs a test.");
    const int covered = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &r) {
        return r.status == RequirementCoverage::Status::Covered;
    }));
    //: %1 covered requirements, %n all requirements
    return tr("%1 of %n requirement(s) covered by a passing test", nullptr, int(m_rows.size()))
        .arg(covered);
}

QString RequirementsModel::statusText(RequirementCoverage::Status status)
{
    switch (status) {
    case RequirementCoverage::Status::Covered:
        //: A requirement with at least one passing test
        return tr("Covered");
    case RequirementCoverage::Status::Failing:
        //: A requirement whose tests all fail or were skipped
        return tr("Failing");
    case RequirementCoverage::Status::Uncovered:
        //: A requirement no test names
        return tr("Uncovered");
    }
    return {};
}

int RequirementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequirementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString testLines(const RequirementCoverage::Requirement &r)
{
    QStringList lines;
    for (const RequirementCoverage::TaggedTest &t : r.tests)
        //: One test of a requirement: %1 its name, %2 its result (passed, failed, ...)
        lines.append(RequirementsModel::tr("%1 (%2)").arg(t.name, t.status));
    return lines.join(QLatin1Char('\n'));
}

QVariant RequirementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequirementCoverage::Requirement &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case TextColumn:
            return r.text;
        case TestsColumn:
            return r.tests.isEmpty() ? tr("none") : tr("%n test(s)", nullptr, int(r.tests.size()));
        case StatusColumn:
            return statusText(r.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return r.text;
        if (r.tests.isEmpty())
            return tr("No test names %1. Put “[%1]” in the name of a test that checks it.")
                .arg(r.id);
        return testLines(r);
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(RunListModel::statusIcon(kindOf(r.status)))
                                              : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn
            ? QVariant(RunListModel::statusColor(kindOf(r.status), QGuiApplication::palette()))
            : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == TestsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return int(r.status);
    case TestNamesRole: {
        QStringList names;
        for (const auto &t : r.tests)
            names.append(t.name);
        return names;
    }
    default:
        return {};
    }
}

QVariant RequirementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        //: Column header: a requirement's id (R1, R2, ...)
        return tr("Id");
    case TextColumn:
        return tr("Requirement");
    case TestsColumn:
        return tr("Tests");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
