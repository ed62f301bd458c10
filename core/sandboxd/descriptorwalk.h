#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <sys/stat.h>

namespace Autocoder::Sandboxd {

/// One entry found by DescriptorWalk::list().
struct WalkEntry
{
    QString relativePath; ///< below the listed directory, "a/b"
    struct stat st = {}; ///< of the entry itself, never of a symlink's target
    QByteArray symlinkTarget; ///< set for symlinks, as readlinkat returned it
};

/// File operations below a directory descriptor that never follow a symlink and never leave
/// that directory, whatever a sandbox process renames or swaps meanwhile. Paths handed in are
/// relative, each opened with openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS), and every further
/// step (stat, readlink, listing, descending) goes through the descriptor that open returned,
/// never through a path string again.
class DescriptorWalk final
{
public:
    /// Opens \a relative ("" = the directory itself) below \a dirFd with \a flags (O_CLOEXEC is
    /// added). Refuses absolute paths and `..` components (EXDEV) and any symlink on the way
    /// (ELOOP). Returns an fd or -1 with errno set.
    static int open(int dirFd, const QString &relative, int flags, int mode = 0);
    /// The same with a path in the file system's encoding.
    static int open(int dirFd, const QByteArray &relative, int flags, int mode = 0);
    /// lstat of \a name in \a dirFd (an empty name: the directory itself); a symlink's target
    /// is read with readlinkat into \a symlinkTarget when given.
    static bool statAt(int dirFd, const QByteArray &name, struct stat *st,
                       QByteArray *symlinkTarget = nullptr);
    /// Lists the directory \a dirFd (open for reading) in pre-order, names sorted, descending
    /// into subdirectories up to \a depth levels (1 = its own entries only) through
    /// descriptors opened from their parent's. Symlinks are listed, never followed. Entries
    /// that vanish while listing are skipped.
    static QList<WalkEntry> list(int dirFd, int depth);

private:
    static void listLevel(int dirFd, const QString &prefix, int level, int depth,
                          QList<WalkEntry> *out);
    static int openFallback(int dirFd, const QList<QByteArray> &parts, int flags, int mode);
};

} // namespace Autocoder::Sandboxd
