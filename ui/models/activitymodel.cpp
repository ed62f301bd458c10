#include "models/activitymodel.h"

#include "run/runevent.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
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
    const QJsonObject &d = event.data;
    Entry e;
    e.iteration = d.value(QLatin1String("iteration")).toInt();
    if (event.kind == EventKind::AgentMessage) {
        e.kind = EntryKind::Message;
        e.text = d.value(QLatin1String("text")).toString();
        e.title = firstLine(e.text);
    } else if (event.kind == EventKind::AgentToolUse) {
        e.kind = EntryKind::ToolUse;
        const QString name = d.value(QLatin1String("name")).toString();
        m_toolNames.insert(d.value(QLatin1String("id")).toString(), name);
        QString summary = d.value(QLatin1String("summary")).toString();
        e.title = summary.isEmpty() ? name : tr("%1: %2").arg(name, firstLine(summary));
        e.text = QString::fromUtf8(QJsonDocument(d.value(QLatin1String("input")).toObject())
                                       .toJson(QJsonDocument::Indented));
    } else if (event.kind == EventKind::AgentToolResult) {
        e.kind = EntryKind::ToolResult;
        e.isError = d.value(QLatin1String("isError")).toBool();
        e.text = d.value(QLatin1String("text")).toString();
        const QString tool = m_toolNames.value(d.value(QLatin1String("id")).toString(), tr("tool"));
        const QString head = firstLine(e.text, 160);
        e.title = e.isError
            ? tr("%1 failed: %2").arg(tool, head)
            : (head.isEmpty() ? tr("%1 done").arg(tool) : tr("%1 \u2192 %2").arg(tool, head));
    } else if (event.kind == EventKind::AgentResult) {
        e.kind = EntryKind::Result;
        e.isError = d.value(QLatin1String("isError")).toBool();
        const double cost = d.value(QLatin1String("costUsd")).toDouble();
        const int turns = d.value(QLatin1String("turns")).toInt();
        e.title = e.isError
            ? tr("Agent turn ended with an error (%1); turns: %2, cost $%3")
                  .arg(d.value(QLatin1String("subtype")).toString())
                  .arg(turns)
                  .arg(cost, 0, 'f', 2)
            : tr("Agent turn finished; turns: %1, cost $%2").arg(turns).arg(cost, 0, 'f', 2);
        e.text = e.title;
    } else if (event.kind == EventKind::IterationFinished) {
        e.kind = EntryKind::Note;
        const bool green = d.value(QLatin1String("green")).toBool();
        const QJsonArray failing = d.value(QLatin1String("failing")).toArray();
        e.title = green
            ? tr("Iteration %1: all checks green").arg(e.iteration)
            : tr("Iteration %1 is red; failing: %2").arg(e.iteration).arg(failing.size());
        e.isError = !green;
        QStringList names;
        for (const QJsonValue &v : failing)
            names << v.toString();
        e.text = names.join(QLatin1Char('\n'));
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
        case EntryKind::ToolResult:
            return {};
        }
        return {};
    }
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
