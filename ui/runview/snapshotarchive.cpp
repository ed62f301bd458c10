#include "runview/snapshotarchive.h"

#include "run/safearchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Autocoder::Ui {

namespace {

struct ReadOutcome
{
    QByteArray content;
    bool truncated = false;
    QString error;
};

ReadOutcome readOne(const QString &archive, const QString &path)
{
    ReadOutcome out;
    const QFileInfo info(archive);
    if (info.isDir()) {
        QFile file(QDir(archive).filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = SnapshotArchive::tr("Cannot open %1: %2").arg(path, file.errorString());
            return out;
        }
        out.content = file.read(SnapshotArchive::maxPreviewBytes);
        out.truncated = !file.atEnd();
        return out;
    }
    QMap<QString, QByteArray> files;
    const Run::ArchiveResult result = Run::SafeArchive::readFiles(archive, { path }, &files);
    if (!result) {
        out.error = SnapshotArchive::tr("Cannot read the snapshot: %1").arg(result.error());
        return out;
    }
    if (!files.contains(path)) {
        out.error = SnapshotArchive::tr("%1 is not in the snapshot.").arg(path);
        return out;
    }
    out.content = files.value(path);
    if (out.content.size() > SnapshotArchive::maxPreviewBytes) {
        out.content.truncate(SnapshotArchive::maxPreviewBytes);
        out.truncated = true;
    }
    return out;
}

Result<Diff::SnapshotDiff::Files> readSnapshot(const QString &archive)
{
    Diff::SnapshotDiff::Files files;
    if (archive.isEmpty())
        return files;
    if (!QFileInfo::exists(archive))
        return failure(SnapshotArchive::tr("The snapshot %1 is not on this computer.")
                           .arg(QDir::toNativeSeparators(archive)));
    const Run::ArchiveResult result = Run::SafeArchive::readAll(archive, &files);
    if (!result)
        return failure(SnapshotArchive::tr("Cannot read the snapshot %1: %2")
                           .arg(QFileInfo(archive).fileName(), result.error()));
    return files;
}

} // namespace

SnapshotArchive::SnapshotArchive(QObject *parent)
    : QObject(parent)
{ }

void SnapshotArchive::readFile(const QString &archive, const QString &path)
{
    const int generation = ++m_readGeneration;
    if (archive.isEmpty() || !QFileInfo::exists(archive)) {
        Q_EMIT fileRead(path, {}, false, tr("The snapshot archive is not on this computer."));
        return;
    }
    auto *watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcher<ReadOutcome>::finished, this,
            [this, watcher, path, generation] {
                const ReadOutcome out = watcher->result();
                watcher->deleteLater();
                if (generation == m_readGeneration)
                    Q_EMIT fileRead(path, out.content, out.truncated, out.error);
            });
    watcher->setFuture(QtConcurrent::run(readOne, archive, path));
}

Result<QList<Diff::FileChange>>
SnapshotArchive::compareNow(const QString &before, const QString &after,
                            const Diff::SnapshotDiffOptions &options)
{
    if (after.isEmpty())
        return failure(tr("There is no snapshot to compare."));
    const auto older = readSnapshot(before);
    if (!older)
        return failure(older.error());
    const auto newer = readSnapshot(after);
    if (!newer)
        return failure(newer.error());
    return Diff::SnapshotDiff::compare(*older, *newer, options);
}

void SnapshotArchive::compare(const QString &before, const QString &after,
                              const Diff::SnapshotDiffOptions &options)
{
    using Outcome = Result<QList<Diff::FileChange>>;
    const int generation = ++m_compareGeneration;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, before, after, generation] {
                const Outcome out = watcher->result();
                watcher->deleteLater();
                if (generation != m_compareGeneration)
                    return;
                if (out)
                    Q_EMIT compared(before, after, *out, QString());
                else
                    Q_EMIT compared(before, after, {}, out.error());
            });
    watcher->setFuture(QtConcurrent::run(&SnapshotArchive::compareNow, before, after, options));
}

} // namespace Autocoder::Ui
