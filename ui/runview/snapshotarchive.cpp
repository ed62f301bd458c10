#include "runview/snapshotarchive.h"

#include "run/projectsaver.h"
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
    if (!result.ok) {
        out.error = SnapshotArchive::tr("Cannot read the snapshot: %1").arg(result.error);
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

void SnapshotArchive::save(const QList<QPair<int, QString>> &snapshots,
                           const QString &reportMarkdown, const QString &directory, bool overwrite)
{
    if (m_saving) {
        Q_EMIT saved(directory, tr("A save is already in progress."));
        return;
    }
    if (snapshots.isEmpty()) {
        Q_EMIT saved(directory, tr("This run has no snapshot to save yet."));
        return;
    }
    m_saving = true;
    Run::SaveOptions options;
    options.targetDir = directory;
    options.overwrite = overwrite;
    auto *watcher = new QFutureWatcher<Run::SaveResult>(this);
    connect(watcher, &QFutureWatcher<Run::SaveResult>::finished, this, [this, watcher, directory] {
        const Run::SaveResult result = watcher->result();
        watcher->deleteLater();
        m_saving = false;
        Q_EMIT saved(result.ok && !result.dir.isEmpty() ? result.dir : directory,
                     result.ok ? QString() : result.error);
    });
    watcher->setFuture(QtConcurrent::run([snapshots, reportMarkdown, options] {
        return Run::ProjectSaver::save(snapshots, reportMarkdown, options);
    }));
}

} // namespace Autocoder::Ui
