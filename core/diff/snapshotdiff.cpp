#include "diff/snapshotdiff.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Autocoder::Diff {

namespace {

// The head of @p content up to the last line ending within @p limit bytes (or the limit
// itself when there is none).
QByteArray head(const QByteArray &content, qint64 limit, bool *cut)
{
    *cut = content.size() > limit;
    if (!*cut)
        return content;
    const qsizetype lastEnd = content.lastIndexOf('\n', qsizetype(limit) - 1);
    return content.left(lastEnd >= 0 ? lastEnd + 1 : qsizetype(limit));
}

void fillDiff(FileChange *change, const QByteArray &before, const QByteArray &after,
              const SnapshotDiffOptions &options)
{
    change->binary = SnapshotDiff::isBinary(before) || SnapshotDiff::isBinary(after);
    if (change->binary || !options.lineDiffs)
        return;
    bool cutBefore = false;
    bool cutAfter = false;
    const QByteArray a = head(before, options.maxDiffBytes, &cutBefore);
    const QByteArray b = head(after, options.maxDiffBytes, &cutAfter);
    change->cut = cutBefore || cutAfter;
    QStringList oldLines = LineDiff::splitLines(QString::fromUtf8(a));
    QStringList newLines = LineDiff::splitLines(QString::fromUtf8(b));
    if (cutBefore && cutAfter) {
        // Both heads end wherever the byte limit fell; compare as many lines of each, or
        // the cut itself would show as a change.
        const qsizetype common = std::min(oldLines.size(), newLines.size());
        oldLines.resize(common);
        newLines.resize(common);
    }
    change->diff = LineDiff::compute(oldLines, newLines, options.lineOptions);
}

} // namespace

bool SnapshotDiff::isBinary(const QByteArray &content)
{
    return content.left(8000).contains('\0');
}

QList<FileChange> SnapshotDiff::compare(const Files &before, const Files &after,
                                        const SnapshotDiffOptions &options)
{
    const QSet<QString> locked(options.lockedPaths.cbegin(), options.lockedPaths.cend());
    QList<FileChange> changes;
    QStringList deleted;
    QStringList added;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            deleted.append(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            added.append(it.key());
            continue;
        }
        if (old.value() == it.value())
            continue;
        FileChange change;
        change.status = FileChange::Status::Modified;
        change.path = it.key();
        change.oldSize = old.value().size();
        change.newSize = it.value().size();
        fillDiff(&change, old.value(), it.value(), options);
        changes.append(change);
    }

    // A deleted file whose content reappears under a new path was renamed (moved).
    QHash<QByteArray, QStringList> deletedByHash;
    for (const QString &path : std::as_const(deleted))
        deletedByHash[QCryptographicHash::hash(before.value(path), QCryptographicHash::Sha1)]
            .append(path);
    QSet<QString> renamedFrom;
    for (const QString &path : std::as_const(added)) {
        const QByteArray &content = after.value(path);
        FileChange change;
        change.path = path;
        change.newSize = content.size();
        auto match =
            deletedByHash.find(QCryptographicHash::hash(content, QCryptographicHash::Sha1));
        if (match != deletedByHash.end() && !match->isEmpty() && !content.isEmpty()) {
            change.status = FileChange::Status::Renamed;
            change.oldPath = match->takeFirst();
            change.oldSize = content.size();
            change.binary = isBinary(content);
            renamedFrom.insert(change.oldPath);
        } else {
            change.status = FileChange::Status::Added;
            fillDiff(&change, {}, content, options);
        }
        changes.append(change);
    }
    for (const QString &path : std::as_const(deleted)) {
        if (renamedFrom.contains(path))
            continue;
        FileChange change;
        change.status = FileChange::Status::Deleted;
        change.path = path;
        change.oldSize = before.value(path).size();
        fillDiff(&change, before.value(path), {}, options);
        changes.append(change);
    }

    for (FileChange &change : changes)
        change.locked = locked.contains(change.path) || locked.contains(change.oldPath);
    std::sort(changes.begin(), changes.end(),
              [](const FileChange &a, const FileChange &b) { return a.path < b.path; });
    return changes;
}

} // namespace Autocoder::Diff
