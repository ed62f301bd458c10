#pragma once

#include "models/activityentry.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// The agent's side of a run as a thread: each agent turn a group (its header says the
/// iteration and, once finished, the turns and cost), under it the agent's messages, the
/// person's guidance and one card per tool call with its result (paired by tool_use id,
/// in either order). Iteration verdicts name the failed steps and tests; notes say where
/// the run ended and went on. Two levels: top-level rows are turn groups, verdicts and
/// notes; a turn group's children are its items. Fed with RunEvents (other kinds ignored);
/// each event touches one row or adds one, never the whole model. Bounded: the oldest
/// groups are dropped past the capacity.
class ActivityModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)
public:
    using Entry = ActivityEntry;
    using EntryKind = ActivityEntry::Kind;
    enum Roles {
        KindRole = Qt::UserRole + 1,
        IterationRole,
        IsErrorRole,
        FullTextRole, ///< plain text of the whole item (what Copy copies)
        ExpandedRole, ///< settable: a card shows its whole body
        CollapsibleRole, ///< the body has more than a collapsed card shows
        ToolNameRole,
        EntryRole, ///< const ActivityEntry *, valid until the model changes
    };

    explicit ActivityModel(QObject *parent = nullptr);

    /// Entries (all levels) kept at most; the oldest groups go first.
    void setCapacity(int entries) { m_capacity = qMax(1, entries); }
    /// Returns true when the event added or changed a row.
    bool applyEvent(const Run::RunEvent &event);
    void clear();

    /// The entry at @p index, or nullptr.
    const Entry *entry(const QModelIndex &index) const;
    int entryCount() const { return m_entryCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        quint64 serial = 0;
        Entry head; ///< the turn header, verdict or note
        QVector<Entry> items;
        bool turnFinished = false;
    };
    struct Where
    {
        quint64 serial = 0;
        int row = -1;
    };
    /// What the iteration's gate found, for its verdict.
    struct Gate
    {
        QStringList failedSteps;
        QHash<QString, QString> testMessages; ///< failing test name -> message
    };

    int groupRow(quint64 serial) const;
    Group &turnGroup(int iteration);
    void addGroup(Entry head);
    void addItem(int iteration, Entry item);
    void changed(int groupRow, int itemRow);
    void storeTool(Entry &e, int groupRow, int itemRow, int iteration, Entry &fresh);
    void trim();
    Entry newEntry(ActivityEntry::Kind kind, int iteration);
    void applyToolUse(const Run::RunEvent &event);
    void applyToolResult(const Run::RunEvent &event);
    void applyVerdict(const Run::RunEvent &event);
    void markCutOffCalls(int iteration);

    QVector<Group> m_groups;
    quint64 m_firstSerial = 1; ///< serial of m_groups.first(); internal ids stay stable
    QHash<QString, Where> m_calls; ///< tool_use id -> its card
    QHash<int, Gate> m_gates; ///< iteration -> what failed
    int m_entryCount = 0;
    int m_capacity = 20000;
    quint64 m_nextUid = 1;
};

} // namespace Autocoder::Ui

Q_DECLARE_METATYPE(const Autocoder::Ui::ActivityEntry *)
