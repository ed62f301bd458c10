#include "models/runlistmodel.h"

#include "run/runevent.h"

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
    using namespace Run;
    int r = rowOf(event.runId);
    if (r < 0) {
        Row row;
        row.id = event.runId;
        row.status = QStringLiteral("running");
        row.startedAt = event.time;
        upsert(row);
        r = 0;
    }
    Row &row = m_rows[r];
    const QJsonObject &d = event.data;
    if (event.kind == EventKind::RunStarted) {
        row.name = d.value(QLatin1String("name")).toString();
        row.maxIterations = d.value(QLatin1String("maxIterations")).toInt();
        row.startedAt = event.time;
        row.status = QStringLiteral("running");
        row.outcome.clear();
    } else if (event.kind == EventKind::StepStarted) {
        row.iteration = std::max(row.iteration, event.iteration());
        row.status = QStringLiteral("running");
    } else if (event.kind == EventKind::AgentResult) {
        row.agentCostUsd += d.value(QLatin1String("costUsd")).toDouble();
        row.costUsd = std::max(row.costUsd, row.agentCostUsd);
    } else if (event.kind == EventKind::IterationFinished) {
        row.iteration = std::max(row.iteration, event.iteration());
        row.costUsd =
            std::max(d.value(QLatin1String("costUsd")).toDouble(row.costUsd), row.agentCostUsd);
    } else if (event.kind == EventKind::RunFinished) {
        row.status = QStringLiteral("finished");
        row.outcome = d.value(QLatin1String("outcome")).toString();
        row.iteration = d.value(QLatin1String("iterations")).toInt(row.iteration);
        row.costUsd = d.value(QLatin1String("costUsd")).toDouble(row.costUsd);
    } else {
        return false;
    }
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    return true;
}

QString RunListModel::outcomeText(const QString &outcome)
{
    using namespace Run;
    if (outcome.isEmpty())
        return {};
    if (outcome == Outcome::Green)
        return tr("Green");
    if (outcome == Outcome::MaxIterations)
        return tr("Iteration limit");
    if (outcome == Outcome::Budget)
        return tr("Budget spent");
    if (outcome == Outcome::WallClock)
        return tr("Time limit");
    if (outcome == Outcome::NoProgress)
        return tr("No progress");
    if (outcome == Outcome::Cancelled)
        return tr("Cancelled");
    if (outcome == Outcome::InfrastructureError)
        return tr("Infrastructure error");
    return outcome;
}

QString RunListModel::statusText(const QString &status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("finished"))
        return tr("Finished");
    if (status == QLatin1String("interrupted"))
        return tr("Interrupted");
    return status;
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
