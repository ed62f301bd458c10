#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Autocoder::Run {

/// One regular file or directory of an archive, with a cleaned relative path.
struct ArchiveEntry
{
    QString path; ///< relative, '/'-separated, no "." or ".." components
    qint64 size = 0;
    bool isDirectory = false;
    bool executable = false;
};

struct ArchiveLimits
{
    qint64 maxCompressedBytes = qint64(512) << 20; ///< the .tar.gz file (read into memory)
    qint64 maxTotalBytes = qint64(512) << 20; ///< sum of file sizes (and of the inflated tar)
    int maxEntries = 100000;
};

/// What listing or unpacking an archive found.
struct ArchiveListing
{
    QList<ArchiveEntry> entries; ///< files and directories accepted
    QStringList skipped; ///< "path (symlink)" etc.: entries deliberately not created
    qint64 totalBytes = 0;
};

/// The listing, or an error in human words that names the offending entry.
using ArchiveResult = Result<ArchiveListing>;

/// Reads .tar.gz archives that come from an untrusted sandbox, in our own code (no host
/// `tar`). Rules: only regular files and directories are ever created; symlinks, hard links,
/// devices and fifos are skipped and reported; an absolute path or a ".." component rejects
/// the whole archive (it can only be hostile); sizes and entry counts are capped before
/// anything is written; extraction goes into a folder that must not exist yet.
class SafeArchive final
{
public:
    using Visitor = std::function<bool(const ArchiveEntry &entry, const QByteArray &content)>;

    /// Parses an uncompressed tar held in memory; calls `visit` for each accepted entry
    /// (returning false from it stops with an error).
    static ArchiveResult parseTar(const QByteArray &tar, const ArchiveLimits &limits,
                                  const Visitor &visit = {});

    static ArchiveResult list(const QString &archivePath, const ArchiveLimits &limits = {});
    /// Unpacks into `destinationDir`, which must not exist (it is created). On failure the
    /// partially written folder is removed.
    static ArchiveResult extract(const QString &archivePath, const QString &destinationDir,
                                 const ArchiveLimits &limits = {});
    /// Every regular file's content (one pass: listing, checks and contents together).
    static ArchiveResult readAll(const QString &archivePath, QMap<QString, QByteArray> *out,
                                 const ArchiveLimits &limits = {});
    /// Contents of the given files (relative paths); missing ones are absent from the map.
    static ArchiveResult readFiles(const QString &archivePath, const QStringList &paths,
                                   QMap<QString, QByteArray> *out,
                                   const ArchiveLimits &limits = {});

    /// Cleans a tar member name into a safe relative path; an error when it is absolute or
    /// escapes with "..". "./" alone yields an empty path.
    static Result<QString> cleanMemberPath(const QString &name);

private:
    /// The inflated tar, within the limits.
    static Result<QByteArray> load(const QString &archivePath, const ArchiveLimits &limits);
    /// load() then parseTar().
    static ArchiveResult parseFile(const QString &archivePath, const ArchiveLimits &limits,
                                   const Visitor &visit = {});
};

} // namespace Autocoder::Run
