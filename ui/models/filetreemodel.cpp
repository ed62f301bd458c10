#include "models/filetreemodel.h"

#include "run/runevents.h"
#include "theme/icons.h"
#include "theme/palette.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFont>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace Autocoder::Ui {

struct FileTreeModel::Node
{
    QString name;
    QString path;
    qint64 size = 0;
    bool isDir = false;
    bool deleted = false; ///< in the previous snapshot only
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *child(const QString &childName, bool dir)
    {
        for (auto &c : children) {
            if (c->name == childName && c->isDir == dir)
                return c.get();
        }
        auto node = std::make_unique<Node>();
        node->name = childName;
        node->isDir = dir;
        node->parent = this;
        node->path = path.isEmpty() ? childName : path + QLatin1Char('/') + childName;
        children.push_back(std::move(node));
        return children.back().get();
    }

    void finish()
    {
        std::sort(children.begin(), children.end(), [](const auto &a, const auto &b) {
            if (a->isDir != b->isDir)
                return a->isDir;
            return QString::compare(a->name, b->name, Qt::CaseInsensitive) < 0;
        });
        if (isDir)
            size = 0;
        for (size_t i = 0; i < children.size(); ++i) {
            children[i]->row = int(i);
            children[i]->finish();
            if (isDir && !children[i]->deleted)
                size += children[i]->size;
        }
    }
};

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->isDir = true;
}

FileTreeModel::~FileTreeModel() = default;

bool FileTreeModel::applyEvent(const Run::RunEvent &event)
{
    const auto snapshot = event.payload<Run::FilesSnapshot>();
    if (!snapshot)
        return false;
    QVector<FileEntry> files;
    files.reserve(snapshot->files.size());
    for (const Run::SnapshotFile &f : snapshot->files)
        files.append({ f.path, f.size });
    // A person looking at an older iteration keeps it; otherwise the tree follows the run.
    const bool follow = m_shown == 0 || m_shown == m_iteration;
    m_snapshots.insert(snapshot->iteration, { snapshot->archive, files });
    // Set before the reset so views that react to it see the new snapshot.
    m_archive = snapshot->archive;
    m_iteration = snapshot->iteration;
    Q_EMIT snapshotsChanged();
    if (follow) {
        m_shown = snapshot->iteration;
        m_marks.clear();
        m_movedFrom.clear();
        m_files = files;
        rebuild();
        Q_EMIT shownIterationChanged(m_shown);
    }
    return true;
}

void FileTreeModel::setFiles(const QVector<FileEntry> &files)
{
    m_files = files;
    m_marks.clear();
    m_movedFrom.clear();
    rebuild();
}

void FileTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->isDir = true;
    m_fileCount = 0;
    const auto add = [this](const QString &path, qint64 size, bool deleted) {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            return false;
        Node *node = m_root.get();
        for (int i = 0; i < parts.size() - 1; ++i)
            node = node->child(parts.at(i), true);
        Node *leaf = node->child(parts.last(), false);
        leaf->size = size;
        leaf->deleted = deleted;
        return true;
    };
    for (const FileEntry &f : std::as_const(m_files)) {
        if (add(f.path, f.size, false))
            ++m_fileCount;
    }
    // Deleted files stay visible, marked, where they were.
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        if (it.value() == Mark::Deleted)
            add(it.key(), 0, true);
    }
    m_root->finish();
    endResetModel();
}

void FileTreeModel::clear()
{
    m_archive.clear();
    m_iteration = 0;
    m_shown = 0;
    m_snapshots.clear();
    setFiles({});
    Q_EMIT snapshotsChanged();
}

QString FileTreeModel::archivePathFor(int iteration) const
{
    const auto it = m_snapshots.constFind(iteration);
    if (it == m_snapshots.cend())
        return {};
    if (it->archive.isEmpty() || m_baseDir.isEmpty() || QDir::isAbsolutePath(it->archive))
        return it->archive;
    return QDir(m_baseDir).absoluteFilePath(it->archive);
}

int FileTreeModel::previousIteration(int iteration) const
{
    auto it = m_snapshots.lowerBound(iteration);
    if (it == m_snapshots.cbegin())
        return 0;
    --it;
    return it.key();
}

bool FileTreeModel::showIteration(int iteration)
{
    const auto it = m_snapshots.constFind(iteration);
    if (it == m_snapshots.cend())
        return false;
    if (iteration == m_shown)
        return true;
    m_shown = iteration;
    m_files = it->files;
    m_marks.clear();
    m_movedFrom.clear();
    rebuild();
    Q_EMIT shownIterationChanged(m_shown);
    return true;
}

void FileTreeModel::setChanges(int iteration, const QList<Diff::FileChange> &changes)
{
    if (iteration != m_shown)
        return;
    m_marks.clear();
    m_movedFrom.clear();
    for (const Diff::FileChange &c : changes) {
        switch (c.status) {
        case Diff::FileChange::Status::Added:
            m_marks.insert(c.path, Mark::Added);
            break;
        case Diff::FileChange::Status::Modified:
            m_marks.insert(c.path, Mark::Modified);
            break;
        case Diff::FileChange::Status::Deleted:
            m_marks.insert(c.path, Mark::Deleted);
            break;
        case Diff::FileChange::Status::Renamed:
            m_marks.insert(c.path, Mark::Renamed);
            m_movedFrom.insert(c.path, c.oldPath);
            break;
        }
    }
    rebuild();
}

void FileTreeModel::setLockedTests(const QStringList &paths)
{
    m_locked = QSet<QString>(paths.cbegin(), paths.cend());
    // Marks show on leaves anywhere in the tree: a reset is simplest.
    rebuild();
    Q_EMIT lockedTestsChanged();
}

QString FileTreeModel::markText(Mark mark)
{
    switch (mark) {
    case Mark::Unchanged:
        return {};
    case Mark::Added:
        //: A file that is new in this iteration
        return tr("new");
    case Mark::Modified:
        return tr("changed");
    case Mark::Renamed:
        return tr("moved");
    case Mark::Deleted:
        return tr("deleted");
    }
    return {};
}

QColor FileTreeModel::markColor(Mark mark, bool dark)
{
    switch (mark) {
    case Mark::Unchanged:
        return {};
    case Mark::Added:
        return dark ? QColor(0x7ee787) : QColor(0x1a7f37);
    case Mark::Modified:
        return dark ? QColor(0x79c0ff) : QColor(0x0550ae);
    case Mark::Renamed:
        return dark ? QColor(0xd2a8ff) : QColor(0x8250df);
    case Mark::Deleted:
        return dark ? QColor(0xff7b72) : QColor(0xcf222e);
    }
    return {};
}

QString FileTreeModel::archivePath() const
{
    if (m_archive.isEmpty() || m_baseDir.isEmpty() || QDir::isAbsolutePath(m_archive))
        return m_archive;
    return QDir(m_baseDir).absoluteFilePath(m_archive);
}

qint64 FileTreeModel::totalBytes() const
{
    return m_root->size;
}

QModelIndex FileTreeModel::indexForPath(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Node *node = m_root.get();
    QModelIndex idx;
    for (int i = 0; i < parts.size(); ++i) {
        const Node *next = nullptr;
        for (const auto &c : node->children) {
            if (c->name == parts.at(i) && (c->isDir || i == parts.size() - 1)) {
                next = c.get();
                break;
            }
        }
        if (!next)
            return {};
        idx = index(next->row, 0, idx);
        node = next;
    }
    return idx;
}

QString FileTreeModel::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

FileTreeModel::Node *FileTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = static_cast<Node *>(child.internalPointer());
    Node *p = n->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return n->name;
        if (index.column() == ChangeColumn) {
            QStringList parts;
            if (!n->isDir)
                parts.append(markText(m_marks.value(n->path)));
            if (!n->isDir && m_locked.contains(n->path))
                parts.append(tr("locked test"));
            parts.removeAll(QString());
            return parts.join(QStringLiteral(", "));
        }
        if (n->deleted)
            return QString();
        return formatSize(n->size);
    case Qt::ForegroundRole:
        if (n->isDir || index.column() == SizeColumn)
            return {};
        if (const QColor c = markColor(m_marks.value(n->path), isDark(QApplication::palette()));
            c.isValid())
            return c;
        return {};
    case Qt::FontRole:
        if (n->deleted) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return themedIcon(n->isDir ? QStringLiteral("folder") : QStringLiteral("text-x-generic"));
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        QString tip = n->path;
        if (m_movedFrom.contains(n->path))
            tip += QLatin1Char('\n') + tr("Moved from %1").arg(m_movedFrom.value(n->path));
        else if (n->deleted)
            tip += QLatin1Char('\n') + tr("Deleted in this iteration");
        if (m_locked.contains(n->path))
            tip += QLatin1Char('\n') + tr("A locked test: the agent must not change it");
        return tip;
    }
    case PathRole:
        return n->path;
    case LockedRole:
        return m_locked.contains(n->path);
    case MarkRole:
        return QVariant::fromValue(n->isDir ? Mark::Unchanged : m_marks.value(n->path));
    case IsDirRole:
        return n->isDir;
    case SizeRole:
        return n->size;
    default:
        return {};
    }
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    default:
        //: Column header: what happened to the file
        return tr("Change");
    }
}

} // namespace Autocoder::Ui
