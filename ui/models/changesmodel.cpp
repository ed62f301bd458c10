#include "models/changesmodel.h"

#include "models/filetreemodel.h"
#include "runview/snapshotarchive.h"
#include "theme/icons.h"
#include "theme/palette.h"

#include <QApplication>
#include <QFont>

namespace Autocoder::Ui {

namespace {

FileTreeModel::Mark markOf(Diff::FileChange::Status status)
{
    switch (status) {
    case Diff::FileChange::Status::Added:
        return FileTreeModel::Mark::Added;
    case Diff::FileChange::Status::Modified:
        return FileTreeModel::Mark::Modified;
    case Diff::FileChange::Status::Deleted:
        return FileTreeModel::Mark::Deleted;
    case Diff::FileChange::Status::Renamed:
        return FileTreeModel::Mark::Renamed;
    }
    return FileTreeModel::Mark::Unchanged;
}

QString statusIconName(Diff::FileChange::Status status)
{
    switch (status) {
    case Diff::FileChange::Status::Added:
        return QStringLiteral("list-add");
    case Diff::FileChange::Status::Modified:
        return QStringLiteral("document-edit");
    case Diff::FileChange::Status::Deleted:
        return QStringLiteral("list-remove");
    case Diff::FileChange::Status::Renamed:
        return QStringLiteral("edit-rename");
    }
    return {};
}

} // namespace

ChangesModel::ChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(new SnapshotArchive(this))
{
    connect(m_archive, &SnapshotArchive::compared, this,
            [this](const QString &, const QString &after, const QList<Diff::FileChange> &changes,
                   const QString &error) {
                if (after == m_pendingAfter)
                    setChanges(changes, error);
            });
}

void ChangesModel::setSnapshots(const QMap<int, QString> &snapshots)
{
    m_snapshots = snapshots;
}

void ChangesModel::setLockedTests(const QStringList &paths)
{
    m_locked = paths;
}

void ChangesModel::compare(int iteration, Base base)
{
    m_iteration = iteration;
    m_base = base;
    m_baseIteration = 0;
    const QString after = m_snapshots.value(iteration);
    QString before;
    if (base == Base::PreviousIteration) {
        auto it = m_snapshots.lowerBound(iteration);
        if (it != m_snapshots.cbegin()) {
            --it;
            m_baseIteration = it.key();
            before = it.value();
        }
    }
    if (after.isEmpty()) {
        setChanges({}, tr("There is no snapshot of iteration %1.").arg(iteration));
        return;
    }
    Diff::SnapshotDiffOptions options;
    options.lockedPaths = m_locked;
    options.maxDiffBytes = m_maxDiffBytes;
    m_loading = true;
    m_pendingAfter = after;
    m_archive->compare(before, after, options);
}

void ChangesModel::refresh()
{
    if (m_iteration > 0)
        compare(m_iteration, m_base);
}

void ChangesModel::clear()
{
    m_snapshots.clear();
    m_iteration = 0;
    m_baseIteration = 0;
    m_pendingAfter.clear();
    setChanges({}, QString());
}

void ChangesModel::setChanges(const QList<Diff::FileChange> &changes, const QString &error)
{
    beginResetModel();
    m_changes = changes;
    m_error = error;
    m_loading = false;
    endResetModel();
    Q_EMIT comparisonFinished();
}

int ChangesModel::rowForPath(const QString &path) const
{
    for (int i = 0; i < m_changes.size(); ++i) {
        if (m_changes.at(i).path == path)
            return i;
    }
    return -1;
}

int ChangesModel::totalAdded() const
{
    int sum = 0;
    for (const Diff::FileChange &c : m_changes)
        sum += c.diff.added;
    return sum;
}

int ChangesModel::totalRemoved() const
{
    int sum = 0;
    for (const Diff::FileChange &c : m_changes)
        sum += c.diff.removed;
    return sum;
}

QString ChangesModel::statusText(Diff::FileChange::Status status)
{
    switch (status) {
    case Diff::FileChange::Status::Added:
        //: What happened to a file in an iteration
        return tr("Added");
    case Diff::FileChange::Status::Modified:
        //: What happened to a file in an iteration
        return tr("Modified");
    case Diff::FileChange::Status::Deleted:
        //: What happened to a file in an iteration
        return tr("Deleted");
    case Diff::FileChange::Status::Renamed:
        //: What happened to a file in an iteration
        return tr("Renamed");
    }
    return {};
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Diff::FileChange &c = m_changes.at(index.row());
    const bool counted = !c.binary && c.status != Diff::FileChange::Status::Renamed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusText(c.status);
        case FileColumn: {
            QString text = c.path;
            if (c.status == Diff::FileChange::Status::Renamed)
                //: A renamed file: %1 its old path, %2 its new one
                text = tr("%1 → %2").arg(c.oldPath, c.path);
            if (c.locked)
                text += QLatin1String("  ") + tr("(locked test)");
            return text;
        }
        case AddedColumn:
            if (c.binary)
                return tr("binary");
            return counted ? QStringLiteral("+%1").arg(c.diff.added) : QString();
        case RemovedColumn:
            return counted ? QStringLiteral("−%1").arg(c.diff.removed) : QString();
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == AddedColumn && !c.binary)
            return tr("%n line(s) added", nullptr, c.diff.added);
        if (index.column() == RemovedColumn)
            return tr("%n line(s) removed", nullptr, c.diff.removed);
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return themedIcon(statusIconName(c.status));
        if (index.column() == FileColumn && c.locked)
            return themedIcon(QStringLiteral("object-locked"));
        return {};
    case Qt::ForegroundRole: {
        const bool dark = isDark(QApplication::palette());
        if (index.column() == StatusColumn)
            return FileTreeModel::markColor(markOf(c.status), dark);
        if (index.column() == AddedColumn && !c.binary)
            return FileTreeModel::markColor(FileTreeModel::Mark::Added, dark);
        if (index.column() == RemovedColumn)
            return FileTreeModel::markColor(FileTreeModel::Mark::Deleted, dark);
        return {};
    }
    case Qt::FontRole:
        if (index.column() == FileColumn && c.locked) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AddedColumn || index.column() == RemovedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        QStringList tip { c.path };
        if (c.status == Diff::FileChange::Status::Renamed)
            tip.append(tr("Renamed from %1, content unchanged").arg(c.oldPath));
        if (c.locked)
            tip.append(tr("A locked test: the agent must not change it"));
        if (c.binary)
            tip.append(tr("A binary file: no line diff"));
        if (c.cut)
            tip.append(tr("A large file: only its first %1 are compared")
                           .arg(FileTreeModel::formatSize(m_maxDiffBytes)));
        return tip.join(QLatin1Char('\n'));
    }
    case PathRole:
        return c.path;
    case StatusRole:
        return int(c.status);
    case LockedRole:
        return c.locked;
    case BinaryRole:
        return c.binary;
    case CutRole:
        return c.cut;
    default:
        return {};
    }
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        //: Column header: what happened to the file
        return tr("Change");
    case FileColumn:
        return tr("File");
    case AddedColumn:
        return tr("Added");
    case RemovedColumn:
        return tr("Removed");
    }
    return {};
}

} // namespace Autocoder::Ui
