#include "common/appfolders.h"

#include "common/appinfo.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Autocoder::Common {

namespace {
QString generic(QStandardPaths::StandardLocation location)
{
    return QStandardPaths::writableLocation(location);
}

// The organisation name QCoreApplication had before the application id.
QString legacyFolderName()
{
    return QStringLiteral("Autocoder");
}

bool exists(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}
} // namespace

QString AppFolders::configDir()
{
    return generic(QStandardPaths::GenericConfigLocation) + QLatin1Char('/') + AppInfo::appId();
}

QString AppFolders::dataRoot()
{
    return generic(QStandardPaths::GenericDataLocation) + QLatin1Char('/') + AppInfo::appId();
}

QString AppFolders::appDataDir()
{
    return dataRoot() + QLatin1Char('/') + AppInfo::applicationName();
}

QString AppFolders::sandboxdDataDir()
{
    QString current = dataRoot() + QLatin1Char('/') + AppInfo::sandboxdName();
    QString legacy = legacySandboxdDataDir();
    if (!exists(current) && isLockHeld(legacy + QLatin1Char('/') + sandboxdLockFileName()))
        return legacy;
    return current;
}

QString AppFolders::legacyConfigDir()
{
    return generic(QStandardPaths::GenericConfigLocation) + QLatin1Char('/') + legacyFolderName();
}

QString AppFolders::legacyDataRoot()
{
    return generic(QStandardPaths::GenericDataLocation) + QLatin1Char('/') + legacyFolderName();
}

QString AppFolders::legacyAppDataDir()
{
    return legacyDataRoot() + QLatin1Char('/') + AppInfo::applicationName();
}

QString AppFolders::legacySandboxdDataDir()
{
    return legacyDataRoot() + QLatin1Char('/') + AppInfo::sandboxdName();
}

QString AppFolders::legacyTemplatesDir()
{
    return generic(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/autocoder/sandbox-templates");
}

QList<FolderMove> AppFolders::legacyMoves()
{
    return QList<FolderMove> {
        { legacyConfigDir(), configDir() },
        { legacyAppDataDir(), appDataDir(), {}, legacyDataRoot() },
    }
    + legacyServerMoves();
}

QList<FolderMove> AppFolders::legacyServerMoves()
{
    const QString sandboxd = dataRoot() + QLatin1Char('/') + AppInfo::sandboxdName();
    return {
        { legacySandboxdDataDir(), sandboxd, sandboxdLockFileName(), legacyDataRoot() },
        // Into wherever the server's folder is once the move above is done (or skipped).
        { legacyTemplatesDir(),
          sandboxdDataDir() + QStringLiteral("/templates"),
          {},
          QFileInfo(legacyTemplatesDir()).path() },
    };
}

QString AppFolders::sandboxdLockFileName()
{
    return QStringLiteral("sandboxd.lock");
}

bool AppFolders::isLockHeld(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    // A shared lock is refused exactly while an exclusive one is held.
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // also releases the shared lock if it was granted
    return held;
}

} // namespace Autocoder::Common
