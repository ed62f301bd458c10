#include "models/timelinemodel.h"

#include "models/runlistmodel.h"
#include "run/runevents.h"

#include <QCoreApplication>

#include <algorithm>

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
    if (step == Step::Mutation)
        //: A step of a run: the tests are run against small changes to the code
        return tr("Mutation check");
    if (step == Step::Toolchain)
        //: A step of a run: the sandbox's tool versions are read for the receipt
        return tr("Toolchain");
    if (step == Step::Extract)
        return tr("Extract");
    return step;
}

bool TimelineModel::isSetupStep(const QString &step)
{
    using namespace Run;
    return step == Step::Sandbox || step == Step::AgentInstall || step == Step::Upload;
}

int TimelineModel::appendGroup(int iteration, bool setup)
{
    const int pos = m_groups.size();
    beginInsertRows({}, pos, pos);
    Group g;
    g.iteration = iteration;
    g.setup = setup;
    m_groups.append(g);
    endInsertRows();
    return pos;
}

int TimelineModel::groupFor(const QString &step, int iteration, bool starting)
{
    // Groups stay in the order the steps ran: a resumed run's set-up comes after the
    // iterations before it.
    if (iteration <= 0 || isSetupStep(step)) {
        const bool lastIsSetup = !m_groups.isEmpty() && m_groups.constLast().setup;
        if (lastIsSetup)
            return m_groups.size() - 1;
        if (!starting) {
            for (int i = m_groups.size() - 1; i >= 0; --i) {
                if (m_groups.at(i).setup)
                    return i;
            }
        }
        return appendGroup(0, true);
    }
    // Not across a set-up: an iteration redone in a new sandbox is a group of its own.
    for (int i = m_groups.size() - 1; i >= 0 && !m_groups.at(i).setup; --i) {
        if (m_groups.at(i).iteration == iteration)
            return i;
    }
    return appendGroup(iteration, false);
}

bool TimelineModel::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    // A step that never reported its end was stopped with the run, or (before run.resumed)
    // died with the process that ran it.
    if (event.is<RunFinished>()) {
        closeRunningSteps(tr("Stopped when the run ended"));
        return true;
    }
    if (event.is<RunResumed>()) {
        closeRunningSteps(tr("Interrupted"));
        return true;
    }
    const std::optional<StepFinished> finished = event.payload<StepFinished>();
    const bool started = event.is<StepStarted>();
    if (!started && !finished)
        return false;
    // Both kinds carry the step and iteration under the same keys.
    const QString step = event.step();
    const int g = groupFor(step, event.iteration(), started);
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
        s.iteration = event.iteration();
        group.steps.append(s);
        endInsertRows();
        row = group.steps.size() - 1;
    }
    if (finished) {
        StepRow &s = group.steps[row];
        // The engine ends the step it interrupts with "stopped" (or "cancelled").
        const bool interrupted = !finished->ok
            && (finished->message.startsWith(QLatin1String("stopped"), Qt::CaseInsensitive)
                || finished->message.startsWith(QLatin1String("cancelled"), Qt::CaseInsensitive));
        s.state = finished->ok ? State::Ok : interrupted ? State::Stopped : State::Failed;
        s.exitCode = finished->exitCode;
        s.durationMs = finished->durationMs;
        s.message = finished->message;
        Q_EMIT dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
        Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
    }
    return true;
}

void TimelineModel::setInterrupted(bool interrupted)
{
    if (m_interrupted == interrupted)
        return;
    m_interrupted = interrupted;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_groups.size() - 1, ColumnCount - 1));
    for (int g = 0; g < m_groups.size(); ++g) {
        const int rows = m_groups.at(g).steps.size();
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, index(g, 0)),
                               index(rows - 1, ColumnCount - 1, index(g, 0)));
    }
}

void TimelineModel::closeRunningSteps(const QString &why)
{
    for (int g = 0; g < m_groups.size(); ++g) {
        Group &group = m_groups[g];
        bool changed = false;
        for (int r = 0; r < group.steps.size(); ++r) {
            StepRow &s = group.steps[r];
            if (s.state != State::Running)
                continue;
            s.state = State::Stopped;
            if (s.message.isEmpty())
                s.message = why;
            const QModelIndex parentIndex = index(g, 0);
            Q_EMIT dataChanged(index(r, 0, parentIndex), index(r, ColumnCount - 1, parentIndex));
            changed = true;
        }
        if (changed)
            Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
    }
}

int TimelineModel::runningSteps() const
{
    int n = 0;
    for (const Group &group : m_groups)
        n += int(std::count_if(group.steps.cbegin(), group.steps.cend(),
                               [](const StepRow &s) { return s.state == State::Running; }));
    return n;
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

QString TimelineModel::groupTitle(int group) const
{
    const Group &g = m_groups.at(group);
    if (!g.setup)
        return tr("Iteration %1").arg(g.iteration);
    const bool again = std::any_of(m_groups.cbegin(), m_groups.cbegin() + group,
                                   [](const Group &other) { return !other.setup; });
    return again ? tr("Set-up (resumed)") : tr("Set-up");
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
    if (index.internalId() == TopLevel) {
        const Group &group = m_groups.at(index.row());
        bool running = false, failed = false, stopped = false;
        qint64 total = -1; // unknown until a step knows its duration
        for (const StepRow &s : group.steps) {
            running |= s.state == State::Running;
            failed |= s.state == State::Failed;
            stopped |= s.state == State::Stopped;
            if (s.durationMs >= 0)
                total = std::max<qint64>(0, total) + s.durationMs;
        }
        const State state = running ? State::Running
            : failed                ? State::Failed
            : stopped               ? State::Stopped
                                    : State::Ok;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            switch (index.column()) {
            case StepColumn:
                return groupTitle(index.row());
            case StateColumn:
                switch (state) {
                case State::Running:
                    return m_interrupted ? tr("Interrupted") : tr("Running");
                case State::Failed:
                    return tr("Failed");
                case State::Stopped:
                    return tr("Stopped");
                case State::Ok:
                    return tr("Done");
                }
                return {};
            case DurationColumn:
                return formatDuration(total);
            default:
                return {};
            }
        }
        if (role == StateRole)
            return int(state);
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
                return m_interrupted ? tr("Interrupted") : tr("Running");
            case State::Ok:
                return tr("OK");
            case State::Failed:
                return s.exitCode != 0 ? tr("Failed (exit %1)").arg(s.exitCode) : tr("Failed");
            case State::Stopped:
                return tr("Stopped");
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
            return RunListModel::statusIcon(m_interrupted ? RunListModel::StatusKind::Interrupted
                                                          : RunListModel::StatusKind::Running);
        case State::Ok:
            return RunListModel::statusIcon(RunListModel::StatusKind::Green);
        case State::Failed:
            return RunListModel::statusIcon(RunListModel::StatusKind::NotGreen);
        case State::Stopped:
            return RunListModel::statusIcon(RunListModel::StatusKind::Stopped);
        }
        return {};
    case Qt::ToolTipRole: {
        const QString hint = tr("Double-click or press Enter to see its output in the Logs.");
        return s.message.isEmpty() ? hint : s.message + QLatin1Char('\n') + hint;
    }
    case StateRole:
        return int(s.state);
    case StepNameRole:
        return s.step;
    case IterationRole:
        return s.iteration;
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
        //: Column header: the state of a step
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
