#include "sandboxd/pathresolver.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
constexpr int MaxSymlinkHops = 40;

QString readLink(const QString &hostPath)
{
    const QByteArray native = QFile::encodeName(hostPath);
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(native.constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0)
        return {};
    return QFile::decodeName(buffer.left(int(n)));
}
} // namespace

PathResolver::PathResolver(const QString &homeHostDir, const QString &tmpHostDir, int ownerUid)
    : m_homeHost(homeHostDir)
    , m_tmpHost(tmpHostDir)
    , m_ownerUid(ownerUid)
{ }

QString PathResolver::clean(const QString &path)
{
    QString p = path;
    if (p == QLatin1String("~"))
        p = homePath();
    else if (p.startsWith(QLatin1String("~/")))
        p = homePath() + p.mid(1);
    else if (!p.startsWith(QLatin1Char('/')))
        p = homePath() + QLatin1Char('/') + p;

    QStringList out;
    const QStringList parts = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(part);
    }
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

bool PathResolver::areaFor(const QString &visible, QString *visibleRoot, QString *hostRoot) const
{
    const auto inside = [&visible](const QString &root) {
        return visible == root || visible.startsWith(root + QLatin1Char('/'));
    };
    if (inside(homePath())) {
        *visibleRoot = homePath();
        *hostRoot = m_homeHost;
        return true;
    }
    if (inside(QStringLiteral("/tmp"))) {
        *visibleRoot = QStringLiteral("/tmp");
        *hostRoot = m_tmpHost;
        return true;
    }
    return false;
}

ResolvedPath PathResolver::resolve(const QString &requested, bool followFinalSymlink) const
{
    ResolvedPath result;
    if (requested.contains(QChar(0))) {
        result.errorCode = QStringLiteral("invalid_argument");
        result.message = QStringLiteral("path contains a NUL character");
        return result;
    }
    result.visiblePath = clean(requested);
    QString vpath = result.visiblePath;

    for (int hop = 0; hop <= MaxSymlinkHops; ++hop) {
        QString visibleRoot;
        QString hostRoot;
        if (!areaFor(vpath, &visibleRoot, &hostRoot)) {
            result.errorCode = QStringLiteral("permission_denied");
            result.message = QStringLiteral("access to '%1' is not permitted: only /home/user "
                                            "and /tmp are reachable")
                                 .arg(result.visiblePath);
            return result;
        }
        const QStringList comps =
            vpath.mid(visibleRoot.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString host = hostRoot;
        QString vis = visibleRoot;
        bool restarted = false;
        bool exists = true;
        for (int i = 0; i < comps.size(); ++i) {
            const QString next = host + QLatin1Char('/') + comps.at(i);
            struct stat st
            {
            };
            if (!exists || ::lstat(QFile::encodeName(next).constData(), &st) != 0) {
                exists = false;
                host = next;
                vis += QLatin1Char('/') + comps.at(i);
                continue;
            }
            const bool last = i == comps.size() - 1;
            if (S_ISLNK(st.st_mode) && (!last || followFinalSymlink)) {
                const QString target = readLink(next);
                const QStringList rest = comps.mid(i + 1);
                QString newPath =
                    target.startsWith(QLatin1Char('/')) ? target : vis + QLatin1Char('/') + target;
                if (!rest.isEmpty())
                    newPath += QLatin1Char('/') + rest.join(QLatin1Char('/'));
                vpath = clean(newPath);
                restarted = true;
                break;
            }
            host = next;
            vis += QLatin1Char('/') + comps.at(i);
        }
        if (restarted)
            continue;
        result.ok = true;
        result.exists = exists;
        result.canonicalVisiblePath = vis;
        result.hostPath = host;
        result.areaRoot = hostRoot;
        result.relativePath = host.mid(hostRoot.size() + 1);
        return result;
    }
    result.errorCode = QStringLiteral("invalid_argument");
    result.message =
        QStringLiteral("too many levels of symbolic links in '%1'").arg(result.visiblePath);
    return result;
}

int PathResolver::openConfined(const ResolvedPath &path, int flags, int mode)
{
    if (!path.ok) {
        errno = EACCES;
        return -1;
    }
    const int rootFd =
        ::open(QFile::encodeName(path.areaRoot).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0)
        return -1;
    const QByteArray rel =
        path.relativePath.isEmpty() ? QByteArray(".") : QFile::encodeName(path.relativePath);
    struct open_how how
    {
    };
    how.flags = quint64(flags | O_CLOEXEC);
    how.mode = (flags & O_CREAT) ? quint64(mode) : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    int fd = int(::syscall(SYS_openat2, rootFd, rel.constData(), &how, sizeof(how)));
    if (fd < 0 && errno == ENOSYS) {
        // Kernels before 5.6: refuse a symlink as the last component at least.
        fd = ::openat(rootFd, rel.constData(), flags | O_CLOEXEC | O_NOFOLLOW, mode);
    }
    const int saved = errno;
    ::close(rootFd);
    errno = saved;
    return fd;
}

} // namespace Autocoder::Sandboxd
