#pragma once

#include "diff/snapshotdiff.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QMap>
#include <QSet>

#include <memory>
#include <vector>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// The generated project's files as a tree (folders first, then files, by
/// name) with sizes; folders show the total of their contents. Rebuilt from
/// each files.snapshot event. It keeps every iteration's snapshot: the tree shows the
/// latest one unless another is picked (showIteration()), with marks for what changed since
/// the iteration before (setChanges(): new, changed, moved, and deleted files as rows of
/// their own) and for the spec's locked tests.
class FileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTreeModel)
public:
    enum Column { NameColumn, SizeColumn, ChangeColumn, ColumnCount };
    enum Roles { PathRole = Qt::UserRole + 1, IsDirRole, SizeRole, MarkRole, LockedRole };
    /// What happened to a file since the previous iteration.
    enum class Mark { Unchanged, Added, Modified, Renamed, Deleted };
    Q_ENUM(Mark)

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

    /// The latest snapshot archive; a relative path in the event is resolved
    /// against the base directory (the run folder / the journal's folder).
    QString archivePath() const;
    void setBaseDirectory(const QString &directory) { m_baseDir = directory; }
    /// The latest snapshot's iteration.
    int snapshotIteration() const { return m_iteration; }

    /// Iterations with a snapshot, oldest first.
    QList<int> iterations() const { return m_snapshots.keys(); }
    /// The archive of @p iteration's snapshot (resolved), or empty.
    QString archivePathFor(int iteration) const;
    /// The snapshotted iteration before @p iteration, or 0 (the start).
    int previousIteration(int iteration) const;
    /// The iteration the tree shows (0 when none).
    int shownIteration() const { return m_shown; }
    /// Shows @p iteration's snapshot (it stays shown when newer ones come); the latest one
    /// follows the run again. False when there is no such snapshot.
    bool showIteration(int iteration);
    /// Marks the tree with the changes from the previous snapshot to @p iteration's (ignored
    /// unless it is the one shown).
    void setChanges(int iteration, const QList<Diff::FileChange> &changes);
    /// The spec's locked tests (paths), marked in the tree.
    void setLockedTests(const QStringList &paths);
    QStringList lockedTests() const { return m_locked.values(); }
    qint64 totalBytes() const;
    int fileCount() const { return m_fileCount; }
    /// Index of a file path ("src/index.ts"), or invalid.
    QModelIndex indexForPath(const QString &path) const;

    static QString formatSize(qint64 bytes);
    static QString markText(Mark mark);
    /// Readable on a light or a dark (Ui::isDark) background.
    static QColor markColor(Mark mark, bool dark);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A snapshot came, or all went (clear()).
    void snapshotsChanged();
    /// showIteration(), or a new snapshot shown because the latest was.
    void shownIterationChanged(int iteration);
    void lockedTestsChanged();

private:
    struct Node;
    struct Snapshot
    {
        QString archive;
        QVector<FileEntry> files;
    };
    Node *nodeFor(const QModelIndex &index) const;
    void rebuild();

    std::unique_ptr<Node> m_root;
    QString m_archive;
    QString m_baseDir;
    int m_iteration = 0;
    int m_fileCount = 0;
    QMap<int, Snapshot> m_snapshots;
    int m_shown = 0;
    QVector<FileEntry> m_files; ///< what the tree shows
    QHash<QString, Mark> m_marks;
    QHash<QString, QString> m_movedFrom;
    QSet<QString> m_locked;
};

} // namespace Autocoder::Ui
