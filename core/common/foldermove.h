#pragma once

#include <QString>

namespace Autocoder::Common {

/// One folder to move from an old location to a new one (see FolderMigration).
struct FolderMove
{
    QString from;
    QString to;
    /// A file in \a from that a process holds flock()ed while it uses the folder (empty: none).
    /// While it is held, the folder stays where it is.
    QString lockFile = {};
    /// Removed after the move when it is then empty: the old parent folder (empty: none).
    QString emptiedParent = {};
};

} // namespace Autocoder::Common
