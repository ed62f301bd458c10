#pragma once

#include "diff/snapshotdiff.h"

#include <QAbstractTableModel>
#include <QMap>

namespace Autocoder::Ui {

class SnapshotArchive;

/// The files that changed in one iteration: its snapshot compared with the previous
/// iteration's or with the start (no files), one row per added, modified, deleted or renamed
/// file with its +/- line counts, binary, cut and locked-test marks. The comparison reads
/// both archives on a worker thread (SnapshotArchive); comparisonFinished() says when the
/// rows are there, errorString() why there are none.
class ChangesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesModel)
public:
    enum Column { StatusColumn, FileColumn, AddedColumn, RemovedColumn, ColumnCount };
    enum Roles { PathRole = Qt::UserRole + 1, StatusRole, LockedRole, BinaryRole, CutRole };
    enum class Base { PreviousIteration, Start };

    explicit ChangesModel(QObject *parent = nullptr);

    /// iteration → snapshot archive (resolved paths).
    void setSnapshots(const QMap<int, QString> &snapshots);
    QList<int> iterations() const { return m_snapshots.keys(); }
    void setLockedTests(const QStringList &paths);
    /// Larger files are compared up to this many bytes (Diff::SnapshotDiffOptions).
    void setMaxDiffBytes(qint64 bytes) { m_maxDiffBytes = bytes; }
    qint64 maxDiffBytes() const { return m_maxDiffBytes; }

    /// Compares @p iteration's snapshot with @p base; the rows are replaced when done.
    void compare(int iteration, Base base);
    /// Compares again (after new snapshots or locked tests).
    void refresh();
    int iteration() const { return m_iteration; }
    Base base() const { return m_base; }
    /// The iteration compared with: 0 for the start.
    int baseIteration() const { return m_baseIteration; }
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    void clear();

    const Diff::FileChange &change(int row) const { return m_changes.at(row); }
    int rowForPath(const QString &path) const;
    int totalAdded() const;
    int totalRemoved() const;

    static QString statusText(Diff::FileChange::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void comparisonFinished();

private:
    void setChanges(const QList<Diff::FileChange> &changes, const QString &error);

    SnapshotArchive *m_archive;
    QMap<int, QString> m_snapshots;
    QStringList m_locked;
    qint64 m_maxDiffBytes = Diff::SnapshotDiffOptions().maxDiffBytes;
    QList<Diff::FileChange> m_changes;
    int m_iteration = 0;
    int m_baseIteration = 0;
    Base m_base = Base::PreviousIteration;
    bool m_loading = false;
    QString m_error;
    QString m_pendingAfter; ///< the archive being compared, to drop stale answers
};

} // namespace Autocoder::Ui
