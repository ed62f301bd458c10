#pragma once

#include "common/result.h"
#include "diff/snapshotdiff.h"

#include <QList>
#include <QObject>

namespace Autocoder::Ui {

/// Reads one file from a run's snapshot archives for the Files preview without
/// blocking the GUI. The work is done by core/run's SafeArchive (the archives
/// come from an untrusted sandbox) on a worker thread; results come back as
/// signals. Only values cross threads, so destroying this object while a read
/// runs is safe (its result is dropped). Saving the project is Run::ExportJob's.
/// It also compares two snapshots (the Changes tab, the Files tab's marks) the same way.
class SnapshotArchive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotArchive)
public:
    /// Previews stop at this many bytes.
    static constexpr qint64 maxPreviewBytes = qint64(512) * 1024;

    explicit SnapshotArchive(QObject *parent = nullptr);

    /// @p archive is a .tar.gz snapshot, or a folder (then read directly).
    void readFile(const QString &archive, const QString &path);

    /// Compares the snapshot @p before (empty: the start, no files) with @p after on a worker
    /// thread; compared() answers the newest request only.
    void compare(const QString &before, const QString &after,
                 const Diff::SnapshotDiffOptions &options);
    /// The comparison itself (blocking): a missing or unreadable archive is an error that
    /// names it.
    static Result<QList<Diff::FileChange>> compareNow(const QString &before, const QString &after,
                                                      const Diff::SnapshotDiffOptions &options);

Q_SIGNALS:
    /// @p error is empty on success; @p truncated when the file was longer than the cap.
    void fileRead(const QString &path, const QByteArray &content, bool truncated,
                  const QString &error);
    /// @p error is empty on success.
    void compared(const QString &before, const QString &after,
                  const QList<Autocoder::Diff::FileChange> &changes, const QString &error);

private:
    int m_readGeneration = 0; // only the newest preview request is answered
    int m_compareGeneration = 0;
};

} // namespace Autocoder::Ui
