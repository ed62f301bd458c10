#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// The generated project's files as a tree (folders first, then files, by
/// name) with sizes; folders show the total of their contents. Rebuilt from
/// each files.snapshot event.
class FileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTreeModel)
public:
    enum Column { NameColumn, SizeColumn, ColumnCount };
    enum Roles { PathRole = Qt::UserRole + 1, IsDirRole, SizeRole };

    struct FileEntry
    {
        QString path;
        qint64 size = 0;
    };

    explicit FileTreeModel(QObject *parent = nullptr);
    ~FileTreeModel() override;

    bool applyEvent(const Run::RunEvent &event);
    void setFiles(const QVector<FileEntry> &files);
    void clear();

    /// The snapshot archive; a relative path in the event is resolved
    /// against the base directory (the run folder / the journal's folder).
    QString archivePath() const;
    void setBaseDirectory(const QString &directory) { m_baseDir = directory; }
    int snapshotIteration() const { return m_iteration; }
    qint64 totalBytes() const;
    int fileCount() const { return m_fileCount; }
    /// Index of a file path ("src/index.ts"), or invalid.
    QModelIndex indexForPath(const QString &path) const;

    static QString formatSize(qint64 bytes);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
    QString m_archive;
    QString m_baseDir;
    int m_iteration = 0;
    int m_fileCount = 0;
};

} // namespace Autocoder::Ui
