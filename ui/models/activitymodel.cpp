#include "models/activitymodel.h"

#include "run/runevents.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>
#include <QStyle>

namespace Autocoder::Ui {

namespace {

QString firstLine(const QString &text, int maxChars = 200)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0, QString::SectionSkipEmpty).trimmed();
    if (line.size() > maxChars) {
        line.truncate(maxChars);
        line.append(QChar(0x2026));
    }
    const bool more = text.trimmed().contains(QLatin1Char('\n'));
    if (more && !line.endsWith(QChar(0x2026)))
        line.append(QStringLiteral(" ") + QChar(0x2026));
    return line;
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

bool ActivityModel::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    Entry e;
    e.iteration = event.iteration();
    if (const auto p = event.payload<AgentMessage>()) {
        e.kind = EntryKind::Message;
        e.text = p->text;
        e.title = firstLine(e.text);
    } else if (const auto p = event.payload<AgentToolUse>()) {
        e.kind = EntryKind::ToolUse;
        m_toolNames.insert(p->id, p->name);
        e.title = p->summary.isEmpty() ? p->name : tr("%1: %2").arg(p->name, firstLine(p->summary));
        e.text = QString::fromUtf8(QJsonDocument(p->input).toJson(QJsonDocument::Indented));
    } else if (const auto p = event.payload<AgentToolResult>()) {
        e.kind = EntryKind::ToolResult;
        e.isError = p->isError;
        e.text = p->text;
        const QString tool = m_toolNames.value(p->id, tr("tool"));
        const QString head = firstLine(e.text, 160);
        e.title = e.isError
            ? tr("%1 failed: %2").arg(tool, head)
            : (head.isEmpty() ? tr("%1 done").arg(tool) : tr("%1 \u2192 %2").arg(tool, head));
    } else if (const auto p = event.payload<AgentResult>()) {
        e.kind = EntryKind::Result;
        e.isError = p->isError;
        e.title = e.isError ? tr("Agent turn ended with an error (%1); turns: %2, cost $%3")
                                  .arg(p->subtype)
                                  .arg(p->turns)
                                  .arg(p->costUsd, 0, 'f', 2)
                            : tr("Agent turn finished; turns: %1, cost $%2")
                                  .arg(p->turns)
                                  .arg(p->costUsd, 0, 'f', 2);
        e.text = e.title;
    } else if (const auto p = event.payload<IterationFinished>()) {
        e.kind = EntryKind::Note;
        e.title = p->green
            ? tr("Iteration %1: all checks green").arg(e.iteration)
            : tr("Iteration %1 is red; failing: %2").arg(e.iteration).arg(p->failing.size());
        e.isError = !p->green;
        e.text = p->failing.join(QLatin1Char('\n'));
    } else if (const auto p = event.payload<UserGuidance>()) {
        e.kind = EntryKind::Guidance;
        e.text = p->text;
        e.title = p->source == QLatin1String("cli")
            ? tr("You (from the command line): %1").arg(firstLine(p->text))
            : tr("You: %1").arg(firstLine(p->text));
    } else if (const auto p = event.payload<RunResumed>()) {
        e.kind = EntryKind::Note;
        e.iteration = p->iteration;
        if (p->how == QLatin1String("continue"))
            e.title = tr("The run goes on after iteration %1").arg(p->iteration);
        else if (p->how == QLatin1String("reattach"))
            e.title = tr("Re-attached to the run's sandbox after iteration %1").arg(p->iteration);
        else
            e.title = tr("Resumed in a new sandbox after iteration %1").arg(p->iteration);
        e.text = e.title;
    } else if (const auto p = event.payload<RunFinished>()) {
        e.kind = EntryKind::Note;
        e.isError = p->outcome != RunOutcome::Green;
        e.title = p->message.isEmpty() ? tr("The run ended")
                                       : tr("The run ended: %1").arg(firstLine(p->message));
        e.text = p->message;
    } else {
        return false;
    }
    appendEntry(std::move(e));
    return true;
}

void ActivityModel::appendEntry(Entry entry)
{
    if (m_entries.size() >= m_capacity) {
        const int drop = m_entries.size() - m_capacity + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
        endRemoveRows();
    }
    beginInsertRows({}, m_entries.size(), m_entries.size());
    m_entries.append(std::move(entry));
    endInsertRows();
}

void ActivityModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_toolNames.clear();
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (e.kind) {
        case EntryKind::Message:
            return e.title;
        case EntryKind::ToolUse:
            return QStringLiteral("\u25B8 ") + e.title;
        case EntryKind::ToolResult:
            return QStringLiteral("    \u21B3 ") + e.title;
        case EntryKind::Result:
        case EntryKind::Note:
            return QStringLiteral("\u2014 ") + e.title;
        case EntryKind::Guidance:
            return e.title;
        }
        return e.title;
    case Qt::ToolTipRole:
    case FullTextRole:
        return e.text.size() > 4000 ? e.text.left(4000) + QChar(0x2026) : e.text;
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        if (e.isError)
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        switch (e.kind) {
        case EntryKind::Message:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        case EntryKind::ToolUse:
            return style->standardIcon(QStyle::SP_CommandLink);
        case EntryKind::Note:
        case EntryKind::Result:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case EntryKind::Guidance:
            // The icon of Continue with Guidance: what the person said to make it go on.
            return style->standardIcon(QStyle::SP_MediaSeekForward);
        case EntryKind::ToolResult:
            return {};
        }
        return {};
    }
    case Qt::FontRole:
        if (e.kind == EntryKind::Guidance) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // The person's words stand out from the agent's, in any colour scheme.
        if (e.kind == EntryKind::Guidance) {
            QColor tint = QApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(48);
            return tint;
        }
        return {};
    case Qt::AccessibleTextRole:
        return e.title;
    case KindRole:
        return int(e.kind);
    case IterationRole:
        return e.iteration;
    case IsErrorRole:
        return e.isError;
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
