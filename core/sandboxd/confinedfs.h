#pragma once

#include "sandboxd/pathresolver.h"

#include <QString>

namespace Autocoder::Sandboxd {

/// Directory operations on resolved sandbox paths done through file descriptors:
/// every component is opened with O_NOFOLLOW below the area root, so a sandbox
/// process that swaps a directory for a symlink between the server's check and
/// its use cannot redirect a mkdir, rename or recursive remove onto the host.
/// New directories and files are handed to \a ownerUid (the host uid sandboxes
/// run as) when it is >= 0.
class ConfinedFs final
{
public:
    /// mkdir -p of the path itself; returns an open directory fd (caller closes) or -1.
    static int makePath(const ResolvedPath &path, int ownerUid, QString *error);
    /// mkdir -p of the path's parent; returns the parent's fd (caller closes) or -1.
    static int makeParent(const ResolvedPath &path, int ownerUid, QString *error);
    static bool rename(const ResolvedPath &from, const ResolvedPath &to, int ownerUid,
                       QString *error);
    /// Removes a file, symlink or directory tree; a missing path is not an error.
    static bool removeTree(const ResolvedPath &path, QString *error);
    /// Hands an fd's file to \a ownerUid (no-op when < 0).
    static void adopt(int fd, int ownerUid);

private:
    static int walk(const QString &areaRoot, const QStringList &components, bool create,
                    int ownerUid, QString *error);
    static bool removeAt(int parentFd, const QByteArray &name, int depth);
    static int openUnlocked(int parentFd, const QByteArray &name);
};

} // namespace Autocoder::Sandboxd
