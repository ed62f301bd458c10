#include "models/runlistmodel.h"

#include "run/runevents.h"

#include <QLocale>

namespace Autocoder::Ui {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunListModel::setRuns(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RunListModel::rowOf(const QString &runId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == runId)
            return i;
    }
    return -1;
}

void RunListModel::upsert(const Row &row)
{
    const int existing = rowOf(row.id);
    if (existing >= 0) {
        m_rows[existing] = row;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    // Newest first, like the store lists them.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    endInsertRows();
}

bool RunListModel::applyEvent(const Run::RunEvent &event)
{
    const int r = rowOf(event.runId);
    if (r < 0) {
        upsert(Run::reduce(Row(), event));
        return Run::changesSummary(event);
    }
    if (!Run::changesSummary(event))
        return false;
    m_rows[r] = Run::reduce(std::move(m_rows[r]), event);
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    return true;
}

QString RunListModel::outcomeText(std::optional<Run::RunOutcome> outcome)
{
    using Run::RunOutcome;
    if (!outcome)
        return {};
    switch (*outcome) {
    case RunOutcome::Green:
        return tr("Green");
    case RunOutcome::MaxIterations:
        return tr("Iteration limit");
    case RunOutcome::Budget:
        return tr("Budget spent");
    case RunOutcome::WallClock:
        return tr("Time limit");
    case RunOutcome::NoProgress:
        return tr("No progress");
    case RunOutcome::Cancelled:
        return tr("Cancelled");
    case RunOutcome::Stopped:
        return tr("Stopped");
    case RunOutcome::InfrastructureError:
        return tr("Infrastructure error");
    }
    return {};
}

QString RunListModel::outcomeText(const QString &outcome)
{
    const auto known = Run::fromWireName<Run::RunOutcome>(outcome);
    return known ? outcomeText(known) : outcome;
}

QString RunListModel::statusText(Run::RunStatus status)
{
    switch (status) {
    case Run::RunStatus::Running:
        return tr("Running");
    case Run::RunStatus::Finished:
        return tr("Finished");
    case Run::RunStatus::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == IterationColumn || index.column() == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.name.isEmpty() ? r.id : r.name;
    case StatusColumn:
        return statusText(r.status);
    case OutcomeColumn:
        return outcomeText(r.outcome);
    case IterationColumn:
        return r.maxIterations > 0 ? tr("%1 of %2").arg(r.iteration).arg(r.maxIterations)
                                   : QString::number(r.iteration);
    case CostColumn:
        return QStringLiteral("$%1").arg(r.costUsd, 0, 'f', 2);
    case StartedColumn:
        return r.startedAt.isValid()
            ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case OutcomeColumn:
        return tr("Outcome");
    case IterationColumn:
        return tr("Iteration");
    case CostColumn:
        return tr("Cost");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
