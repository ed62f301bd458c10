#include "models/activitymodel.h"

#include "models/timelinemodel.h"
#include "run/runevents.h"
#include "theme/icons.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace Autocoder::Ui {

namespace {

// A message's first line without the markdown marks that would show as such in one line.
QString plainFirstLine(const QString &markdown)
{
    QString line = ActivityFormat::firstLine(markdown);
    while (line.startsWith(QLatin1Char('#')))
        line.remove(0, 1);
    for (const char *mark : { "**", "__", "`" })
        line.remove(QLatin1String(mark));
    return line.trimmed();
}

// "TodoList > filter open" reads as "filter open" in a one-line verdict.
QString shortTestName(const QString &name)
{
    const int cut = name.lastIndexOf(QLatin1String(" > "));
    return cut < 0 ? name : name.mid(cut + 3);
}

// The gate's message for a failing test. The iteration lists the names with their suites
// ("TodoList > filter open") where some runners report them without ("filter open").
QString failureMessage(const QHash<QString, QString> &messages, const QString &name)
{
    if (const auto it = messages.constFind(name); it != messages.constEnd())
        return *it;
    const QString separator = QStringLiteral(" > ");
    for (auto it = messages.constBegin(); it != messages.constEnd(); ++it) {
        if (name.endsWith(separator + it.key()) || it.key().endsWith(separator + name))
            return it.value();
    }
    return {};
}

QString iconName(const ActivityEntry &e)
{
    using Kind = ActivityEntry::Kind;
    if (e.isError || e.malformed)
        return e.kind == Kind::Note ? QStringLiteral("dialog-warning")
                                    : QStringLiteral("dialog-error");
    switch (e.kind) {
    case Kind::ToolCall: {
        const QString &n = e.toolName;
        if (n == QLatin1String("Read"))
            return QStringLiteral("document-open");
        if (n == QLatin1String("Write"))
            return QStringLiteral("document-new");
        if (n == QLatin1String("Edit") || n == QLatin1String("MultiEdit")
            || n == QLatin1String("NotebookEdit"))
            return QStringLiteral("document-edit");
        if (n == QLatin1String("Bash"))
            return QStringLiteral("utilities-terminal");
        if (n == QLatin1String("Grep") || n == QLatin1String("Glob"))
            return QStringLiteral("edit-find");
        return QStringLiteral("system-run");
    }
    case Kind::ToolResult:
        return QStringLiteral("system-run");
    case Kind::Verdict:
        return QStringLiteral("emblem-default");
    case Kind::Note:
        return QStringLiteral("dialog-information");
    case Kind::Guidance:
        return QStringLiteral("user-available");
    case Kind::Message:
    case Kind::Turn:
        return {};
    }
    return {};
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ActivityEntry ActivityModel::newEntry(ActivityEntry::Kind kind, int iteration)
{
    Entry e;
    e.kind = kind;
    e.iteration = iteration;
    e.uid = m_nextUid++;
    return e;
}

int ActivityModel::groupRow(quint64 serial) const
{
    if (serial < m_firstSerial)
        return -1;
    const quint64 row = serial - m_firstSerial;
    return row < quint64(m_groups.size()) ? int(row) : -1;
}

void ActivityModel::addGroup(Entry head)
{
    Group g;
    g.serial = m_firstSerial + m_groups.size();
    g.head = std::move(head);
    beginInsertRows({}, m_groups.size(), m_groups.size());
    m_groups.append(std::move(g));
    ++m_entryCount;
    endInsertRows();
    trim();
}

ActivityModel::Group &ActivityModel::turnGroup(int iteration)
{
    // Items join the newest group while it is this iteration's turn; after a verdict or
    // a note (the run went on, say) the same iteration starts a new group, so the
    // thread reads in the order things happened.
    if (m_groups.isEmpty() || m_groups.last().head.kind != EntryKind::Turn
        || m_groups.last().head.iteration != iteration) {
        Entry head = newEntry(EntryKind::Turn, iteration);
        head.title =
            iteration > 0 ? tr("Iteration %1 \u00B7 agent turn").arg(iteration) : tr("Agent turn");
        addGroup(std::move(head));
    }
    return m_groups.last();
}

void ActivityModel::addItem(int iteration, Entry item)
{
    Group &g = turnGroup(iteration);
    const int row = m_groups.size() - 1;
    beginInsertRows(index(row, 0), g.items.size(), g.items.size());
    if (!item.toolId.isEmpty())
        m_calls.insert(item.toolId, { g.serial, int(g.items.size()) });
    g.items.append(std::move(item));
    ++m_entryCount;
    endInsertRows();
    trim();
}

void ActivityModel::changed(int group, int item)
{
    const QModelIndex at = item < 0 ? index(group, 0) : index(item, 0, index(group, 0));
    Q_EMIT dataChanged(at, at);
}

void ActivityModel::trim()
{
    while (m_entryCount > m_capacity && m_groups.size() > 1) {
        beginRemoveRows({}, 0, 0);
        const Group &g = m_groups.first();
        for (const Entry &e : g.items) {
            if (!e.toolId.isEmpty() && m_calls.value(e.toolId).serial == g.serial)
                m_calls.remove(e.toolId);
        }
        m_entryCount -= 1 + g.items.size();
        m_groups.removeFirst();
        ++m_firstSerial;
        endRemoveRows();
    }
}

bool ActivityModel::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    if (const auto p = event.payload<AgentMessage>()) {
        Entry e = newEntry(EntryKind::Message, p->iteration);
        e.text = p->text;
        e.malformed = !event.data.value(QLatin1String("text")).isString();
        e.title = e.malformed ? tr("A message the event did not carry") : plainFirstLine(e.text);
        e.rawCall = event.toJson();
        addItem(p->iteration, std::move(e));
    } else if (event.is<AgentToolUse>()) {
        applyToolUse(event);
    } else if (event.is<AgentToolResult>()) {
        applyToolResult(event);
    } else if (const auto p = event.payload<AgentResult>()) {
        Group &g = turnGroup(p->iteration);
        Entry &h = g.head;
        g.turnFinished = true;
        h.isError = p->isError;
        const QString base = p->iteration > 0
            ? tr("Iteration %1 \u00B7 agent turn").arg(p->iteration)
            : tr("Agent turn");
        const QString cost = QStringLiteral("$%1").arg(p->costUsd, 0, 'f', 2);
        const QString turns = tr("%n turn(s)", nullptr, p->turns);
        if (p->isError)
            //: %1 "Iteration 2 · agent turn", %2 the kind of error, %3 "14 turns", %4 the cost
            h.title =
                tr("%1 \u2014 ended with an error (%2); %3, %4").arg(base, p->subtype, turns, cost);
        else
            //: %1 "Iteration 2 · agent turn", %2 "14 turns", %3 the cost
            h.title = tr("%1 \u2014 %2, %3").arg(base, turns, cost);
        h.text = h.title;
        h.rawCall = event.toJson();
        ++h.revision;
        changed(m_groups.size() - 1, -1);
    } else if (const auto p = event.payload<StepFinished>()) {
        if (p->step == Step::Agent)
            markCutOffCalls(p->iteration);
        if (p->ok || p->iteration <= 0)
            return false;
        const QString step = TimelineModel::stepDisplayName(p->step);
        m_gates[p->iteration].failedSteps.append(
            p->exitCode != 0 ? tr("%1 failed (exit %2)").arg(step).arg(p->exitCode)
                             : tr("%1 failed").arg(step));
        return false;
    } else if (const auto p = event.payload<GateTests>()) {
        Gate &gate = m_gates[p->iteration];
        for (const TestRecord &t : p->tests) {
            if (t.status == TestStatus::Failed)
                gate.testMessages.insert(t.name, t.message);
        }
        return false;
    } else if (event.is<IterationFinished>()) {
        applyVerdict(event);
    } else if (const auto p = event.payload<UserGuidance>()) {
        Entry e = newEntry(EntryKind::Guidance, p->iteration);
        e.text = p->text;
        const QString line = ActivityFormat::firstLine(p->text);
        // The card's heading is what comes before the first colon: keep one there.
        if (p->source == QLatin1String("cli"))
            //: Guidance typed by the person; %1 its first line. The text before the colon is
            //: the heading of its card.
            e.title = tr("You (from the command line): %1").arg(line);
        else if (p->source.startsWith(QLatin1String("feed:")))
            //: Guidance from a watcher; %1 the watcher's name, %2 the first line. The text
            //: before the first colon is the heading of its card.
            e.title = tr("%1 (through the event feed): %2").arg(p->source.mid(5), line);
        else
            //: Guidance typed by the person; %1 its first line. The text before the colon is
            //: the heading of its card.
            e.title = tr("You: %1").arg(line);
        e.rawCall = event.toJson();
        addItem(p->iteration, std::move(e));
    } else if (const auto p = event.payload<RunResumed>()) {
        Entry e = newEntry(EntryKind::Note, p->iteration);
        if (p->how == QLatin1String("continue"))
            e.title = tr("The run goes on after iteration %1").arg(p->iteration);
        else if (p->how == QLatin1String("reattach"))
            e.title = tr("Re-attached to the run's sandbox after iteration %1").arg(p->iteration);
        else
            e.title = tr("Resumed in a new sandbox after iteration %1").arg(p->iteration);
        e.rawCall = event.toJson();
        addGroup(std::move(e));
    } else if (const auto p = event.payload<StopRequested>()) {
        Entry e = newEntry(EntryKind::Note, 0);
        if (p->source == QLatin1String("cli"))
            e.title = tr("Stop requested from the command line");
        else if (p->source.startsWith(QLatin1String("feed:")))
            e.title = tr("Stop requested by %1 through the event feed").arg(p->source.mid(5));
        else
            e.title = tr("Stop requested");
        e.rawCall = event.toJson();
        addGroup(std::move(e));
    } else if (const auto p = event.payload<RunFinished>()) {
        Entry e = newEntry(EntryKind::Note, 0);
        // A stop is what the person asked for: said plainly, not as a failure.
        e.isError = p->outcome != RunOutcome::Green && p->outcome != RunOutcome::Stopped;
        e.title = p->message.isEmpty()
            ? tr("The run ended")
            : tr("The run ended: %1").arg(ActivityFormat::firstLine(p->message));
        if (p->message.contains(QLatin1Char('\n')))
            e.text = p->message;
        e.rawCall = event.toJson();
        addGroup(std::move(e));
    } else {
        return false;
    }
    return true;
}

void ActivityModel::applyToolUse(const Run::RunEvent &event)
{
    const Run::AgentToolUse p = Run::AgentToolUse::fromJson(event.data);
    Entry fresh = newEntry(EntryKind::ToolCall, p.iteration);
    const Where where = m_calls.value(p.id);
    const int group = p.id.isEmpty() ? -1 : groupRow(where.serial);
    // The result came first (or the call is seen twice): fill in the card it has.
    Entry &e = group >= 0 ? m_groups[group].items[where.row] : fresh;
    e.kind = EntryKind::ToolCall;
    e.hasCall = true;
    e.toolId = p.id;
    e.toolName = p.name;
    e.input = p.input;
    e.target = ActivityFormat::toolTarget(p.name, p.input, p.summary);
    e.rawCall = event.toJson();
    e.malformed =
        p.id.isEmpty() || p.name.isEmpty() || !event.data.value(QLatin1String("input")).isObject();
    storeTool(e, group, where.row, p.iteration, fresh);
}

// @p e, a tool card just filled in (the one at @p groupRow / @p itemRow, or @p fresh when
// its group is -1): its title, a new revision for the views' caches, and the views told.
void ActivityModel::storeTool(Entry &e, int groupRow, int itemRow, int iteration, Entry &fresh)
{
    e.title = ActivityFormat::toolTitle(e);
    if (e.malformed)
        e.title = tr("%1 (malformed event)").arg(e.title);
    ++e.revision;
    if (groupRow >= 0)
        changed(groupRow, itemRow);
    else
        addItem(iteration, std::move(fresh));
}

void ActivityModel::applyToolResult(const Run::RunEvent &event)
{
    const Run::AgentToolResult p = Run::AgentToolResult::fromJson(event.data);
    Entry fresh = newEntry(EntryKind::ToolResult, p.iteration);
    const Where where = m_calls.value(p.id);
    const int group = p.id.isEmpty() ? -1 : groupRow(where.serial);
    Entry &e = group >= 0 ? m_groups[group].items[where.row] : fresh;
    e.hasResult = true;
    e.isError = p.isError;
    e.result = p.text;
    e.rawResult = event.toJson();
    if (group < 0) {
        e.toolId = p.id;
        e.malformed = p.id.isEmpty() || !event.data.value(QLatin1String("text")).isString();
    }
    storeTool(e, group, where.row, p.iteration, fresh);
}

// A call still waiting when its turn ends gets no result any more (a stop killed the turn):
// its card says so instead of "no result yet".
void ActivityModel::markCutOffCalls(int iteration)
{
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        const int group = groupRow(it->serial);
        if (group < 0 || it->row < 0 || it->row >= m_groups.at(group).items.size())
            continue;
        Entry &e = m_groups[group].items[it->row];
        if (e.iteration != iteration || !e.hasCall || e.hasResult || e.cutOff)
            continue;
        e.cutOff = true;
        ++e.revision;
        changed(group, it->row);
    }
}

void ActivityModel::applyVerdict(const Run::RunEvent &event)
{
    const Run::IterationFinished p = Run::IterationFinished::fromJson(event.data);
    Entry e = newEntry(EntryKind::Verdict, p.iteration);
    e.rawCall = event.toJson();
    e.isError = !p.green;
    const Gate gate = m_gates.take(p.iteration);
    if (p.green) {
        e.title = tr("Iteration %1: all checks green").arg(p.iteration);
        addGroup(std::move(e));
        return;
    }
    QStringList names;
    for (const QString &name : p.failing)
        names.append(shortTestName(name));
    constexpr int shown = 3;
    QString tests;
    if (!names.isEmpty()) {
        tests = names.mid(0, shown).join(QStringLiteral(", "));
        if (names.size() > shown)
            //: %1 is a list of test names, %n how many more tests failed
            tests = tr("%1 and %n more", nullptr, int(names.size() - shown)).arg(tests);
        //: %n failing tests, %1 their names
        tests = tr("%n failing: %1", nullptr, int(names.size())).arg(tests);
    }
    const QString steps = gate.failedSteps.join(QStringLiteral(", "));
    if (!steps.isEmpty() && !tests.isEmpty())
        e.title = tr("Iteration %1 is red: %2 \u2014 %3").arg(p.iteration).arg(steps, tests);
    else if (!steps.isEmpty() || !tests.isEmpty())
        e.title = tr("Iteration %1 is red: %2").arg(p.iteration).arg(steps + tests);
    else
        e.title = tr("Iteration %1 is red").arg(p.iteration);
    QStringList lines = gate.failedSteps;
    for (const QString &name : p.failing) {
        const QString full = failureMessage(gate.testMessages, name);
        e.failures.append({ name, full });
        const QString message = ActivityFormat::firstLine(full, 300);
        lines.append(message.isEmpty() ? tr("\u2717 %1").arg(name)
                                       : tr("\u2717 %1 \u2014 %2").arg(name, message));
    }
    e.text = lines.join(QLatin1Char('\n'));
    addGroup(std::move(e));
}

void ActivityModel::clear()
{
    beginResetModel();
    m_firstSerial += m_groups.size();
    m_groups.clear();
    m_calls.clear();
    m_gates.clear();
    m_entryCount = 0;
    endResetModel();
}

const ActivityEntry *ActivityModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0)
        return index.row() < m_groups.size() ? &m_groups.at(index.row()).head : nullptr;
    const int g = groupRow(index.internalId());
    if (g < 0 || index.row() >= m_groups.at(g).items.size())
        return nullptr;
    return &m_groups.at(g).items.at(index.row());
}

QModelIndex ActivityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group &g = m_groups.at(parent.row());
    return row < g.items.size() ? createIndex(row, 0, quintptr(g.serial)) : QModelIndex();
}

QModelIndex ActivityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int g = groupRow(child.internalId());
    return g < 0 ? QModelIndex() : createIndex(g, 0, quintptr(0));
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_groups.size();
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_groups.size())
        return 0;
    return m_groups.at(parent.row()).items.size();
}

int ActivityModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ActivityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

bool ActivityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole)
        return false;
    auto *e = const_cast<Entry *>(entry(index));
    if (!e)
        return false;
    if (e->expanded != value.toBool()) {
        e->expanded = value.toBool();
        Q_EMIT dataChanged(index, index, { ExpandedRole });
    }
    return true;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry *e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e->title;
    case Qt::ToolTipRole:
        return e->title.size() > 80 ? e->title : QVariant();
    case Qt::DecorationRole: {
        const QString name = iconName(*e);
        return name.isEmpty() ? QVariant() : QVariant(themedIcon(name));
    }
    case Qt::FontRole:
        if (e->kind == EntryKind::Guidance || e->kind == EntryKind::Turn) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // The person's words stand out from the agent's, in any colour scheme.
        if (e->kind == EntryKind::Guidance) {
            QColor tint = QApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(48);
            return tint;
        }
        return {};
    case KindRole:
        return int(e->kind);
    case IterationRole:
        return e->iteration;
    case IsErrorRole:
        return e->isError || e->malformed;
    case FullTextRole:
        return ActivityFormat::plainText(*e);
    case ExpandedRole:
        return e->expanded;
    case CollapsibleRole:
        return (e->kind == EntryKind::ToolCall || e->kind == EntryKind::ToolResult)
            && ActivityFormat::collapsedLineCount(*e) < ActivityFormat::bodyLines(*e).size();
    case ToolNameRole:
        return e->toolName;
    case EntryRole:
        return QVariant::fromValue(e);
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
