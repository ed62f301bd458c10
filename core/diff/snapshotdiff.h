#pragma once

#include "diff/linediff.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Autocoder::Diff {

/// How one file differs between two snapshots of a project.
struct FileChange
{
    enum class Status { Added, Modified, Deleted, Renamed };
    Status status = Status::Modified;
    QString path; ///< the new path (the old one for a deleted file)
    QString oldPath; ///< for a renamed file
    qint64 oldSize = 0;
    qint64 newSize = 0;
    bool binary = false; ///< no line diff: one side holds a NUL byte
    bool cut = false; ///< larger than SnapshotDiffOptions::maxDiffBytes: only its head is compared
    bool locked = false; ///< one of the spec's locked tests
    LineDiffResult diff;
};

struct SnapshotDiffOptions
{
    /// Files longer than this are compared up to the last line ending before it.
    qint64 maxDiffBytes = qint64(256) * 1024;
    /// The spec's locked tests (relative paths).
    QStringList lockedPaths;
    LineDiffOptions lineOptions;
    /// False to find which files changed without computing their line diffs.
    bool lineDiffs = true;
};

/// Compares two snapshots held as path → content: added, modified, deleted, and renamed
/// (a deleted file whose exact content reappears under a new path). Text is read as UTF-8.
class SnapshotDiff final
{
public:
    using Files = QMap<QString, QByteArray>;

    /// The changes from @p before to @p after, by path. An empty @p before is "the start".
    static QList<FileChange> compare(const Files &before, const Files &after,
                                     const SnapshotDiffOptions &options = {});
    /// Like git: a NUL byte in the first 8000 bytes.
    static bool isBinary(const QByteArray &content);
};

} // namespace Autocoder::Diff
