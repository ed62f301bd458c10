#include "models/filetreemodel.h"

#include "run/runevents.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace Autocoder::Ui {

struct FileTreeModel::Node
{
    QString name;
    QString path;
    qint64 size = 0;
    bool isDir = false;
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
            if (isDir)
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
    // Set before the reset so views that react to it see the new snapshot.
    m_archive = snapshot->archive;
    m_iteration = snapshot->iteration;
    setFiles(files);
    return true;
}

void FileTreeModel::setFiles(const QVector<FileEntry> &files)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->isDir = true;
    m_fileCount = 0;
    for (const FileEntry &f : files) {
        const QStringList parts = f.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        Node *node = m_root.get();
        for (int i = 0; i < parts.size() - 1; ++i)
            node = node->child(parts.at(i), true);
        Node *leaf = node->child(parts.last(), false);
        leaf->size = f.size;
        ++m_fileCount;
    }
    m_root->finish();
    endResetModel();
}

void FileTreeModel::clear()
{
    m_archive.clear();
    m_iteration = 0;
    setFiles({});
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
        return formatSize(n->size);
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return QApplication::style()->standardIcon(n->isDir ? QStyle::SP_DirIcon
                                                            : QStyle::SP_FileIcon);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
    case PathRole:
        return n->path;
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
    return section == NameColumn ? tr("Name") : tr("Size");
}

} // namespace Autocoder::Ui
