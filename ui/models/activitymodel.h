#pragma once

#include <QAbstractListModel>
#include <QVector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// The agent's side of a run as a readable list: messages, tool calls with a
/// one-line summary, their results, and the per-turn cost line; the person's
/// guidance (user.guidance) as their own message, styled apart from the agent's;
/// notes where the run ended and went on again. Fed with RunEvents; other kinds
/// are ignored. Bounded like the log (oldest dropped).
class ActivityModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)
public:
    enum class EntryKind { Message, ToolUse, ToolResult, Result, Note, Guidance };
    enum Roles { KindRole = Qt::UserRole + 1, IterationRole, IsErrorRole, FullTextRole };

    struct Entry
    {
        EntryKind kind = EntryKind::Message;
        int iteration = 0;
        bool isError = false;
        QString title; ///< short, one line
        QString text; ///< full text (tooltip / details)
    };

    explicit ActivityModel(QObject *parent = nullptr);

    void setCapacity(int entries) { m_capacity = entries; }
    /// Returns true when the event produced a row.
    bool applyEvent(const Run::RunEvent &event);
    void clear();
    const Entry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void appendEntry(Entry entry);

    QVector<Entry> m_entries;
    QHash<QString, QString> m_toolNames; // tool_use id -> tool name, to label results
    int m_capacity = 20000;
};

} // namespace Autocoder::Ui
