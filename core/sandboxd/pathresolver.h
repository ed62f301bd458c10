#pragma once

#include <QByteArray>
#include <QString>

#include <sys/stat.h>

namespace Autocoder::Sandboxd {

/// A sandbox path mapped to the host, after every symlink on the way was
/// resolved in the sandbox's view.
struct ResolvedPath
{
    bool ok = false;
    QString errorCode; ///< Connect code when !ok: permission_denied / invalid_argument
    QString message;
    QString visiblePath; ///< requested path, cleaned, as the sandbox sees it
    QString canonicalVisiblePath; ///< the same after symlink resolution
    QString hostPath; ///< where it lives on the host
    QString areaRoot; ///< host directory of /home/user or /tmp containing it
    QString relativePath; ///< hostPath relative to areaRoot ("" = the root itself)
    bool exists = false;
    bool isDirectory = false; ///< exists and was a directory (not a symlink to one) when seen
};

/// Confines every path the server itself touches to a sandbox's writable
/// areas (/home/user and /tmp). The server runs on the host, so paths are
/// resolved component by component in the sandbox's view: `..` never climbs
/// above `/`, a symlink's target is interpreted as the sandbox would, and the
/// result must land inside an area; everything else is refused. The walk goes
/// from descriptor to descriptor below the area root (DescriptorWalk), never
/// through a host path string, so it only ever sees the sandbox's own files.
/// Operations then open the resulting symlink-free relative path with
/// openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS) from the area root and work
/// from that one descriptor: a symlink swapped in after the check makes the
/// open fail instead of leading out.
class PathResolver final
{
public:
    static QString homePath() { return QStringLiteral("/home/user"); }

    PathResolver(const QString &homeHostDir, const QString &tmpHostDir, int ownerUid = -1);

    /// Host uid owning the sandbox's files (-1 = the server's own uid).
    int ownerUid() const { return m_ownerUid; }

    /// Lexical clean: expands `~`, makes relative paths relative to /home/user,
    /// removes `.`/`..`/duplicate slashes without ever going above `/`.
    static QString clean(const QString &path);

    ResolvedPath resolve(const QString &requested, bool followFinalSymlink = true) const;

    /// Opens a resolved path with \a flags (O_RDONLY, O_WRONLY|O_CREAT|O_TRUNC...)
    /// confined below its area root; returns an fd or -1 with errno set.
    static int openConfined(const ResolvedPath &path, int flags, int mode = 0644);
    /// Opens the directory holding a resolved path (O_PATH) and names the entry in it; for an
    /// area root itself, the root and an empty name. Returns an fd or -1 with errno set.
    static int openParent(const ResolvedPath &path, QByteArray *name);
    /// lstat of a resolved path through openParent(); reads a symlink's target.
    static bool statConfined(const ResolvedPath &path, struct stat *st,
                             QByteArray *symlinkTarget = nullptr);

private:
    static int openAreaRoot(const QString &areaRoot);
    bool areaFor(const QString &visible, QString *visibleRoot, QString *hostRoot) const;

    QString m_homeHost;
    QString m_tmpHost;
    int m_ownerUid;
};

} // namespace Autocoder::Sandboxd
