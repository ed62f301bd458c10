#include "sandboxd/datadirlock.h"

#include "common/appfolders.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

DataDirLock::DataDirLock(const QString &dataDir)
    : m_dataDir(dataDir)
{ }

DataDirLock::~DataDirLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString DataDirLock::path(const QString &dataDir)
{
    return dataDir + QLatin1Char('/') + Common::AppFolders::sandboxdLockFileName();
}

DataDirLock::Result DataDirLock::acquire(int graceMs, QString *error)
{
    const QByteArray dir = QFile::encodeName(m_dataDir);
    if (!QDir().mkpath(m_dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(m_dataDir);
        return Result::Failed;
    }
    struct stat st
    {
    };
    if (::lstat(dir.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) {
        *error = QStringLiteral("the data folder %1 is not a directory owned by this user")
                     .arg(m_dataDir);
        return Result::Failed;
    }
    // O_CLOEXEC: sandbox processes must not inherit (and so prolong) the lock.
    const int fd = ::open(QFile::encodeName(path(m_dataDir)).constData(),
                          O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot open %1: %2")
                     .arg(path(m_dataDir), QString::fromLocal8Bit(std::strerror(errno)));
        return Result::Failed;
    }
    for (int waited = 0;; waited += 20) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            m_fd = fd;
            return Result::Acquired;
        }
        if (errno != EWOULDBLOCK && errno != EINTR) {
            *error = QStringLiteral("cannot lock %1: %2")
                         .arg(path(m_dataDir), QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return Result::Failed;
        }
        if (waited >= graceMs)
            break;
        QThread::msleep(20);
    }
    ::close(fd);
    return Result::Held;
}

bool DataDirLock::isHeld(const QString &dataDir)
{
    return Common::AppFolders::isLockHeld(path(dataDir));
}

} // namespace Autocoder::Sandboxd
