#pragma once

#include <QJsonObject>
#include <QString>

namespace Autocoder::Sandboxd {

class PathResolver;

/// envd's EntryInfo JSON for one file, built from the host file but named by
/// its sandbox path. Symlinks are reported with their target's type (resolved
/// in the sandbox's view, never by following the link on the host) and
/// `symlinkTarget`.
class EntryInfo
{
public:
    /// \a visiblePath is what the client asked for (ListDir keeps its prefix);
    /// \a hostPath the file itself (not followed). Returns an empty object if
    /// the file does not exist.
    static QJsonObject build(const PathResolver &resolver, const QString &visiblePath,
                             const QString &hostPath);
    /// Go's FileMode.String() for the permission part: "drwxr-xr-x", "-rw-r--r--".
    static QString permissionsString(bool isDir, bool isSymlink, unsigned mode);
    static QString rfc3339(qint64 seconds, long nanoseconds);
};

} // namespace Autocoder::Sandboxd
