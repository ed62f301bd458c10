#include "sandboxd/descriptorwalk.h"

#include "sandboxd/uniquefd.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
constexpr int MaxListDepth = 64;
} // namespace

int DescriptorWalk::open(int dirFd, const QString &relative, int flags, int mode)
{
    return open(dirFd, QFile::encodeName(relative), flags, mode);
}

int DescriptorWalk::open(int dirFd, const QByteArray &relative, int flags, int mode)
{
    if (relative.startsWith('/')) {
        errno = EXDEV;
        return -1;
    }
    if (relative.contains('\0')) {
        errno = EINVAL;
        return -1;
    }
    QList<QByteArray> parts;
    const QList<QByteArray> names = relative.split('/');
    for (const QByteArray &name : names) {
        // RESOLVE_BENEATH would allow `a/..`; callers only ever pass cleaned paths, so any
        // `..` is somebody else's doing.
        if (name == "..") {
            errno = EXDEV;
            return -1;
        }
        if (!name.isEmpty() && name != ".")
            parts << name;
    }
    const QByteArray path = parts.isEmpty() ? QByteArray(".") : parts.join('/');
    struct open_how how
    {
    };
    how.flags = quint64(flags | O_CLOEXEC);
    // openat2 refuses a mode without O_CREAT / O_TMPFILE (which includes O_DIRECTORY's bit).
    const bool creates = (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE;
    how.mode = creates ? quint64(mode) : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    const int fd = int(::syscall(SYS_openat2, dirFd, path.constData(), &how, sizeof(how)));
    if (fd < 0 && errno == ENOSYS)
        return openFallback(dirFd, parts, flags, mode);
    return fd;
}

// Kernels before 5.6 have no openat2: the same walk, one O_NOFOLLOW component at a time.
int DescriptorWalk::openFallback(int dirFd, const QList<QByteArray> &parts, int flags, int mode)
{
    if (parts.isEmpty())
        return ::openat(dirFd, ".", flags | O_CLOEXEC, mode);
    UniqueFd current;
    int at = dirFd;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        const int next =
            ::openat(at, parts.at(i).constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0)
            return -1;
        current.reset(next);
        at = next;
    }
    return ::openat(at, parts.last().constData(), flags | O_NOFOLLOW | O_CLOEXEC, mode);
}

bool DescriptorWalk::statAt(int dirFd, const QByteArray &name, struct stat *st,
                            QByteArray *symlinkTarget)
{
    if (name.isEmpty())
        return ::fstat(dirFd, st) == 0;
    if (name.contains('/') || name == "..") {
        errno = EXDEV;
        return false;
    }
    if (::fstatat(dirFd, name.constData(), st, AT_SYMLINK_NOFOLLOW) != 0)
        return false;
    if (symlinkTarget && S_ISLNK(st->st_mode)) {
        QByteArray buffer(PATH_MAX, Qt::Uninitialized);
        const ssize_t n =
            ::readlinkat(dirFd, name.constData(), buffer.data(), size_t(buffer.size()));
        // Replaced by something else since the stat: report it as gone rather than mix the two.
        if (n < 0)
            return false;
        *symlinkTarget = buffer.left(int(n));
    }
    return true;
}

QList<WalkEntry> DescriptorWalk::list(int dirFd, int depth)
{
    QList<WalkEntry> out;
    listLevel(dirFd, QString(), 1, qBound(1, depth, MaxListDepth), &out);
    return out;
}

void DescriptorWalk::listLevel(int dirFd, const QString &prefix, int level, int depth,
                               QList<WalkEntry> *out)
{
    // fdopendir owns the descriptor it is given: hand it a duplicate, and rewind because the
    // duplicate shares its offset with dirFd.
    const int dupFd = ::fcntl(dirFd, F_DUPFD_CLOEXEC, 0);
    if (dupFd < 0)
        return;
    DIR *dir = ::fdopendir(dupFd);
    if (!dir) {
        ::close(dupFd);
        return;
    }
    ::rewinddir(dir);
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names << name;
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());

    for (const QByteArray &name : qAsConst(names)) {
        WalkEntry entry;
        if (!statAt(dirFd, name, &entry.st, &entry.symlinkTarget))
            continue;
        entry.relativePath = prefix + QFile::decodeName(name);
        const bool descend = S_ISDIR(entry.st.st_mode) && level < depth;
        const QString childPrefix = entry.relativePath + QLatin1Char('/');
        out->append(entry);
        if (!descend)
            continue;
        // Opened from this directory's descriptor, refusing a symlink swapped in since the
        // stat; whatever is opened is listed, and it is below dirFd.
        const UniqueFd child(open(dirFd, name, O_RDONLY | O_DIRECTORY));
        if (child.isValid())
            listLevel(child.get(), childPrefix, level + 1, depth, out);
    }
}

} // namespace Autocoder::Sandboxd
