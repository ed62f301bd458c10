#include "sandboxd/confinedfs.h"

#include "sandboxd/descriptorwalk.h"
#include "sandboxd/uniquefd.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QStringList components(const ResolvedPath &path)
{
    return path.relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

void ConfinedFs::adopt(int fd, int ownerUid)
{
    if (ownerUid >= 0 && fd >= 0) [[maybe_unused]]
        const int rc = ::fchown(fd, uid_t(ownerUid), gid_t(ownerUid));
}

int ConfinedFs::walk(const QString &areaRoot, const QStringList &parts, bool create, int ownerUid,
                     QString *error)
{
    int fd = ::open(QFile::encodeName(areaRoot).constData(), DirFlags);
    if (fd < 0) {
        *error = QStringLiteral("cannot open the sandbox area: %1").arg(errnoText());
        return -1;
    }
    for (const QString &part : parts) {
        const QByteArray name = QFile::encodeName(part);
        bool created = false;
        if (create) {
            if (::mkdirat(fd, name.constData(), 0755) == 0)
                created = true;
            else if (errno != EEXIST) {
                *error = QStringLiteral("cannot create directory '%1': %2").arg(part, errnoText());
                ::close(fd);
                return -1;
            }
        }
        // One component at a time, each refusing a symlink (and `..`).
        const int next = DescriptorWalk::open(fd, name, O_RDONLY | O_DIRECTORY);
        if (next < 0) {
            *error = errno == ENOTDIR || errno == ELOOP
                ? QStringLiteral("'%1' is not a directory").arg(part)
                : QStringLiteral("cannot open directory '%1': %2").arg(part, errnoText());
            ::close(fd);
            return -1;
        }
        if (created)
            adopt(next, ownerUid);
        ::close(fd);
        fd = next;
    }
    return fd;
}

int ConfinedFs::makePath(const ResolvedPath &path, int ownerUid, QString *error)
{
    return walk(path.areaRoot, components(path), true, ownerUid, error);
}

int ConfinedFs::makeParent(const ResolvedPath &path, int ownerUid, QString *error)
{
    QStringList parts = components(path);
    if (parts.isEmpty()) {
        *error = QStringLiteral("the sandbox root has no parent");
        return -1;
    }
    parts.removeLast();
    return walk(path.areaRoot, parts, true, ownerUid, error);
}

bool ConfinedFs::rename(const ResolvedPath &from, const ResolvedPath &to, int ownerUid,
                        QString *error)
{
    QStringList fromParts = components(from);
    if (fromParts.isEmpty() || components(to).isEmpty()) {
        *error = QStringLiteral("cannot move a sandbox root directory");
        return false;
    }
    const QByteArray fromName = QFile::encodeName(fromParts.takeLast());
    const int fromFd = walk(from.areaRoot, fromParts, false, ownerUid, error);
    if (fromFd < 0)
        return false;
    const int toFd = makeParent(to, ownerUid, error);
    if (toFd < 0) {
        ::close(fromFd);
        return false;
    }
    const QByteArray toName = QFile::encodeName(components(to).last());
    const bool ok = ::renameat(fromFd, fromName.constData(), toFd, toName.constData()) == 0;
    if (!ok)
        *error = QStringLiteral("error renaming: %1").arg(errnoText());
    ::close(fromFd);
    ::close(toFd);
    return ok;
}

// A directory the sandbox locked (chmod 000, or without u+w) belongs to the same uid: give it
// u+rwx so that it can be listed and emptied. Always through a descriptor of the directory
// itself: fchmodat by name would follow a symlink swapped in since the stat, and chmod a host
// file as the server.
int ConfinedFs::openUnlocked(int parentFd, const QByteArray &name)
{
    int fd = ::openat(parentFd, name.constData(), DirFlags);
    if (fd >= 0) {
        ::fchmod(fd, 0700);
        return fd;
    }
    if (errno != EACCES)
        return -1;
    const UniqueFd pathFd(
        ::openat(parentFd, name.constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!pathFd.isValid())
        return -1;
    // fchmod cannot take an O_PATH descriptor; its /proc magic link names exactly that inode.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(pathFd.get());
    if (::chmod(self.constData(), 0700) != 0)
        return -1;
    fd = ::openat(pathFd.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    return fd;
}

bool ConfinedFs::removeAt(int parentFd, const QByteArray &name, int depth)
{
    struct stat st
    {
    };
    if (::fstatat(parentFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(st.st_mode))
        return ::unlinkat(parentFd, name.constData(), 0) == 0 || errno == ENOENT;
    if (depth > 512)
        return false;
    const int fd = openUnlocked(parentFd, name);
    if (fd < 0)
        return false;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    QList<QByteArray> children;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray child(entry->d_name);
        if (child != "." && child != "..")
            children << child;
    }
    bool ok = true;
    for (const QByteArray &child : qAsConst(children))
        ok = removeAt(fd, child, depth + 1) && ok;
    ::closedir(dir); // closes fd
    return ok && (::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) == 0 || errno == ENOENT);
}

bool ConfinedFs::removeTree(const ResolvedPath &path, QString *error)
{
    QStringList parts = components(path);
    if (parts.isEmpty()) {
        *error = QStringLiteral("cannot remove a sandbox root directory");
        return false;
    }
    const QByteArray name = QFile::encodeName(parts.takeLast());
    const int parentFd = walk(path.areaRoot, parts, false, -1, error);
    if (parentFd < 0)
        return !path.exists; // nothing there to remove
    const bool ok = removeAt(parentFd, name, 0);
    ::close(parentFd);
    if (!ok)
        *error = QStringLiteral("error removing '%1': %2").arg(path.visiblePath, errnoText());
    return ok;
}

} // namespace Autocoder::Sandboxd
