#pragma once

#include "common/result.h"

#include <QString>

namespace Autocoder::Run {

/// Packs a project folder on the host into a .tar.gz for a sandbox (what a verification
/// uploads). Only regular files and folders go in: node_modules and .git anywhere and the
/// top-level VERIFICATION.json stay out; a symbolic link is never followed (nor packed: a
/// link out of the folder must not carry the host's files into the archive), and special
/// files (FIFOs, sockets, devices) are skipped, never read.
class ProjectArchive final
{
public:
    /// Limits what is read into memory: a project without its dependencies is far smaller.
    static constexpr qint64 MaxBytes = qint64(256) * 1024 * 1024;

    /// Writes the archive of @p dir to @p archivePath; the number of files packed, or why not.
    static Result<int> pack(const QString &dir, const QString &archivePath);
};

} // namespace Autocoder::Run
