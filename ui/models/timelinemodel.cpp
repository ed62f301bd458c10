#include "models/timelinemodel.h"

#include "run/runevents.h"

#include <QApplication>
#include <QStyle>

namespace Autocoder::Ui {

// Internal ids: 0 for top-level groups; group index + 1 for steps.
static constexpr quintptr TopLevel = 0;

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString TimelineModel::stepDisplayName(const QString &step)
{
    using namespace Run;
    if (step == Step::Sandbox)
        return tr("Create sandbox");
    if (step == Step::AgentInstall)
        return tr("Prepare agent");
    if (step == Step::Upload)
        return tr("Upload brief");
    if (step == Step::Agent)
        return tr("Agent turn");
    if (step == Step::Install)
        return tr("Install");
    if (step == Step::Test)
        return tr("Test");
    if (step == Step::Build)
        return tr("Build");
    if (step == Step::Lint)
        return tr("Lint");
    if (step == Step::Snapshot)
        return tr("Snapshot");
    if (step == Step::Extract)
        return tr("Extract");
    return step;
}

int TimelineModel::groupFor(int iteration)
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).iteration == iteration)
            return i;
    }
    // Keep groups ordered by iteration; events normally arrive in order.
    int pos = m_groups.size();
    while (pos > 0 && m_groups.at(pos - 1).iteration > iteration)
        --pos;
    beginInsertRows({}, pos, pos);
    Group g;
    g.iteration = iteration;
    m_groups.insert(pos, g);
    endInsertRows();
    return pos;
}

bool TimelineModel::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    const std::optional<StepFinished> finished = event.payload<StepFinished>();
    const bool started = event.is<StepStarted>();
    if (!started && !finished)
        return false;
    // Both kinds carry the step and iteration under the same keys.
    const QString step = event.step();
    const int g = groupFor(event.iteration());
    Group &group = m_groups[g];
    const QModelIndex parentIndex = index(g, 0);

    // Find the newest row of this step that is still running (finish) or append (start).
    int row = -1;
    for (int i = group.steps.size() - 1; i >= 0; --i) {
        if (group.steps.at(i).step == step) {
            row = i;
            break;
        }
    }
    if (started || row < 0 || group.steps.at(row).state != State::Running) {
        beginInsertRows(parentIndex, group.steps.size(), group.steps.size());
        StepRow s;
        s.step = step;
        group.steps.append(s);
        endInsertRows();
        row = group.steps.size() - 1;
    }
    if (finished) {
        StepRow &s = group.steps[row];
        s.state = finished->ok ? State::Ok : State::Failed;
        s.exitCode = finished->exitCode;
        s.durationMs = finished->durationMs;
        s.message = finished->message;
        Q_EMIT dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
        Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
    }
    return true;
}

void TimelineModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

QModelIndex TimelineModel::lastStepIndex() const
{
    if (m_groups.isEmpty())
        return {};
    const int g = m_groups.size() - 1;
    if (m_groups.at(g).steps.isEmpty())
        return index(g, 0);
    return index(m_groups.at(g).steps.size() - 1, 0, index(g, 0));
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_groups.size();
    if (parent.column() != 0 || parent.internalId() != TopLevel)
        return 0;
    return m_groups.at(parent.row()).steps.size();
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString TimelineModel::groupTitle(const Group &group) const
{
    return group.iteration == 0 ? tr("Setup") : tr("Iteration %1").arg(group.iteration);
}

static QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QCoreApplication::translate("Autocoder::Ui::TimelineModel", "%1 ms").arg(ms);
    if (ms < 60000)
        return QCoreApplication::translate("Autocoder::Ui::TimelineModel", "%1 s")
            .arg(double(ms) / 1000.0, 0, 'f', 1);
    return QCoreApplication::translate("Autocoder::Ui::TimelineModel", "%1 min %2 s")
        .arg(ms / 60000)
        .arg((ms / 1000) % 60);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    QStyle *style = QApplication::style();
    if (index.internalId() == TopLevel) {
        const Group &group = m_groups.at(index.row());
        bool running = false, failed = false;
        qint64 total = 0;
        for (const StepRow &s : group.steps) {
            running |= s.state == State::Running;
            failed |= s.state == State::Failed;
            total += std::max<qint64>(0, s.durationMs);
        }
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            switch (index.column()) {
            case StepColumn:
                return groupTitle(group);
            case StateColumn:
                return running ? tr("Running") : failed ? tr("Failed") : tr("Done");
            case DurationColumn:
                return formatDuration(total);
            default:
                return {};
            }
        }
        if (role == StateRole)
            return int(running ? State::Running : failed ? State::Failed : State::Ok);
        return {};
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const StepRow &s = group.steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StepColumn:
            return stepDisplayName(s.step);
        case StateColumn:
            switch (s.state) {
            case State::Running:
                return tr("Running");
            case State::Ok:
                return tr("OK");
            case State::Failed:
                return s.exitCode != 0 ? tr("Failed (exit %1)").arg(s.exitCode) : tr("Failed");
            }
            return {};
        case DurationColumn:
            return formatDuration(s.durationMs);
        case MessageColumn:
            return s.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != StepColumn)
            return {};
        switch (s.state) {
        case State::Running:
            return style->standardIcon(QStyle::SP_MediaPlay);
        case State::Ok:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case State::Failed:
            return style->standardIcon(QStyle::SP_DialogCancelButton);
        }
        return {};
    case Qt::ToolTipRole:
        return s.message.isEmpty() ? QVariant() : QVariant(s.message);
    case StateRole:
        return int(s.state);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StateColumn:
        return tr("State");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
