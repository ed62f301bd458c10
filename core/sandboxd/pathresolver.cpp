#include "sandboxd/pathresolver.h"

#include "sandboxd/descriptorwalk.h"
#include "sandboxd/uniquefd.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
constexpr int MaxSymlinkHops = 40;
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
        UniqueFd dir(openAreaRoot(hostRoot));
        if (!dir.isValid()) {
            result.errorCode = QStringLiteral("invalid_argument");
            result.message = QStringLiteral("cannot open the sandbox's %1").arg(visibleRoot);
            return result;
        }
        const QStringList comps =
            vpath.mid(visibleRoot.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString host = hostRoot;
        QString vis = visibleRoot;
        bool restarted = false;
        bool exists = true;
        bool isDirectory = true;
        for (int i = 0; i < comps.size(); ++i) {
            host += QLatin1Char('/') + comps.at(i);
            const QString parentVis = vis;
            vis += QLatin1Char('/') + comps.at(i);
            if (!exists)
                continue;
            const QByteArray name = QFile::encodeName(comps.at(i));
            const bool last = i == comps.size() - 1;
            struct stat st
            {
            };
            QByteArray target;
            if (!DescriptorWalk::statAt(dir.get(), name, &st, &target)) {
                exists = false;
                continue;
            }
            if (S_ISLNK(st.st_mode) && (!last || followFinalSymlink)) {
                const QString t = QFile::decodeName(target);
                QString newPath =
                    t.startsWith(QLatin1Char('/')) ? t : parentVis + QLatin1Char('/') + t;
                const QStringList rest = comps.mid(i + 1);
                if (!rest.isEmpty())
                    newPath += QLatin1Char('/') + rest.join(QLatin1Char('/'));
                vpath = clean(newPath);
                restarted = true;
                break;
            }
            isDirectory = S_ISDIR(st.st_mode);
            if (last)
                break;
            // "file/x" does not exist; a directory swapped for a symlink since the stat is
            // refused by the open and counts as missing too.
            const int child =
                isDirectory ? DescriptorWalk::open(dir.get(), name, O_PATH | O_DIRECTORY) : -1;
            if (child < 0)
                exists = false;
            else
                dir.reset(child);
        }
        if (restarted)
            continue;
        result.ok = true;
        result.exists = exists;
        result.isDirectory = exists && isDirectory;
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

int PathResolver::openAreaRoot(const QString &areaRoot)
{
    // The area root's path is the server's own (data dir/sandboxes/<id>/home); a sandbox
    // cannot rename its mount point, so this is the one path opened by name.
    return ::open(QFile::encodeName(areaRoot).constData(),
                  O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

int PathResolver::openConfined(const ResolvedPath &path, int flags, int mode)
{
    if (!path.ok) {
        errno = EACCES;
        return -1;
    }
    const UniqueFd root(openAreaRoot(path.areaRoot));
    if (!root.isValid())
        return -1;
    return DescriptorWalk::open(root.get(), path.relativePath, flags, mode);
}

int PathResolver::openParent(const ResolvedPath &path, QByteArray *name)
{
    if (!path.ok) {
        errno = EACCES;
        return -1;
    }
    const UniqueFd root(openAreaRoot(path.areaRoot));
    if (!root.isValid())
        return -1;
    const int slash = path.relativePath.lastIndexOf(QLatin1Char('/'));
    *name = QFile::encodeName(path.relativePath.mid(slash + 1));
    return DescriptorWalk::open(root.get(), slash < 0 ? QString() : path.relativePath.left(slash),
                                O_PATH | O_DIRECTORY);
}

bool PathResolver::statConfined(const ResolvedPath &path, struct stat *st,
                                QByteArray *symlinkTarget)
{
    QByteArray name;
    const UniqueFd parent(openParent(path, &name));
    return parent.isValid() && DescriptorWalk::statAt(parent.get(), name, st, symlinkTarget);
}

} // namespace Autocoder::Sandboxd
