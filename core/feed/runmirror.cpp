#include "feed/runmirror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Autocoder::Feed {

RunMirror::Contents RunMirror::scan(const QString &runDir)
{
    Contents contents;
    const QString path = runDir + QLatin1Char('/') + Run::RunJournal::eventsFileName();
    if (!QFileInfo::exists(path))
        return contents;
    // A torn last line (a crash mid-write) is skipped: it will be received again.
    (void)Run::RunJournal::forEachEvent(path, [&contents](const Run::RunEvent &e) {
        contents.lastSeq = qMax(contents.lastSeq, e.seq);
        contents.finished = finishedAfter(contents.finished, e);
    });
    return contents;
}

bool RunMirror::finishedAfter(bool finished, const Run::RunEvent &event)
{
    if (event.kind == Run::EventKind::RunFinished)
        return true;
    if (event.kind == Run::EventKind::RunResumed)
        return false;
    return finished;
}

Result<RunMirror::Contents> RunMirror::open(const QString &runDir)
{
    const Contents contents = scan(runDir);
    QString error;
    if (!m_journal.open(runDir, nullptr, &error))
        return failure(error);
    return contents;
}

void RunMirror::close()
{
    m_journal.close();
}

Result<void> RunMirror::append(const Run::RunEvent &event)
{
    QString error;
    if (!m_journal.append(event, &error))
        return failure(error);
    return {};
}

Result<void> RunMirror::writeSpec(const QByteArray &specJson)
{
    QString error;
    if (!m_journal.writeSpec(specJson, &error))
        return failure(error);
    return {};
}

Result<QString> RunMirror::writeSnapshot(int iteration, const QByteArray &archive)
{
    QString path = QFileInfo(m_journal.snapshotPath(iteration)).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(QCoreApplication::translate("RunMirror", "Cannot create %1")
                           .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(archive) != archive.size() || !file.commit())
        return failure(QCoreApplication::translate("RunMirror", "Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return path;
}

} // namespace Autocoder::Feed
