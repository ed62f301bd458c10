#include "run/runlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

namespace Autocoder::Run {

namespace {

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Run::RunLock)
};

std::unique_ptr<QLockFile> lockFileIn(const QString &runDir)
{
    auto file = std::make_unique<QLockFile>(QDir(runDir).filePath(RunLock::fileName()));
    // Runs last hours: only a dead owner makes a lock stale, never its age.
    file->setStaleLockTime(0);
    return file;
}

} // namespace

RunLock::RunLock() = default;

RunLock::~RunLock() = default; // QLockFile unlocks when it goes

QString RunLock::fileName()
{
    return QStringLiteral("run.lock");
}

bool RunLock::isHeld() const
{
    return m_file && m_file->isLocked();
}

Result<void> RunLock::acquire(const QString &runDir, const QString &runId)
{
    if (isHeld())
        return {};
    if (!QDir().mkpath(runDir))
        return failure(Tr::tr("Cannot create the folder of run %1").arg(runId));
    std::unique_ptr<QLockFile> file = lockFileIn(runDir);
    if (file->tryLock(0)) { // removes a stale lock (its process is gone) first
        m_file = std::move(file);
        return {};
    }
    qint64 pid = 0;
    QString host;
    QString app;
    if (file->error() == QLockFile::LockFailedError && file->getLockInfo(&pid, &host, &app))
        return failure(Tr::tr("Run %1 is being driven by process %2").arg(runId).arg(pid));
    return failure(Tr::tr("Cannot lock run %1 (%2)").arg(runId, QDir(runDir).filePath(fileName())));
}

void RunLock::release()
{
    m_file.reset();
}

qint64 RunLock::holder(const QString &runDir)
{
    if (!QFile::exists(QDir(runDir).filePath(fileName())))
        return 0;
    std::unique_ptr<QLockFile> file = lockFileIn(runDir);
    if (file->tryLock(0)) {
        file->unlock();
        return 0;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    return file->getLockInfo(&pid, &host, &app) ? pid : 0;
}

} // namespace Autocoder::Run
