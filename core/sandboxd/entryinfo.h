#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <sys/stat.h>

namespace Autocoder::Sandboxd {

class PathResolver;
struct ResolvedPath;

/// envd's EntryInfo JSON for one file, built from a stat taken through a
/// descriptor below the sandbox's area but named by its sandbox path. Symlinks
/// are reported with `symlinkTarget` (read with readlinkat) and their target's
/// type, found by resolving the target in the sandbox's view, never by
/// following the link on the host.
class EntryInfo final
{
public:
    /// \a visiblePath is what the client asked for (ListDir keeps its prefix);
    /// \a st the entry itself (lstat), \a symlinkTarget its target if a symlink.
    static QJsonObject build(const PathResolver &resolver, const QString &visiblePath,
                             const struct stat &st, const QByteArray &symlinkTarget);
    /// Stats \a path (not following a final symlink) through PathResolver::statConfined;
    /// returns an empty object if it does not exist.
    static QJsonObject stat(const PathResolver &resolver, const QString &visiblePath,
                            const ResolvedPath &path);
    /// Go's FileMode.String() for the permission part: "drwxr-xr-x", "-rw-r--r--".
    static QString permissionsString(bool isDir, bool isSymlink, unsigned mode);
    static QString rfc3339(qint64 seconds, long nanoseconds);
};

} // namespace Autocoder::Sandboxd
