#pragma once

#include "common/foldermove.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Autocoder::Common {

/// Moves folders from old locations to new ones on start, before anything reads settings or
/// data, without ever losing what was there:
/// - only when the old folder exists and the new one does not (or is empty); never merging;
/// - with one rename (atomic: two processes starting at once cannot both move it); across
///   filesystems by a copy into a temporary sibling of the new folder, renamed into place,
///   and only then removing the old folder;
/// - on any error the old folder stays as it was, and the caller goes on with the new one.
class FolderMigration
{
    Q_DECLARE_TR_FUNCTIONS(FolderMigration)
public:
    enum class Outcome {
        NothingToMove, ///< no old folder
        AlreadyMoved, ///< only the new folder (an earlier start, or another process just now)
        Moved, ///< renamed
        Copied, ///< copied across filesystems, the old one removed
        BothExist, ///< left alone: the new one is used, the old one stays
        InUse, ///< left alone: a process holds the old folder's lock file
    };

    struct Step
    {
        FolderMove move;
        Outcome outcome = Outcome::NothingToMove;
        QString error; ///< why the folder could not move; empty when it could (or need not)
    };

    /// Moves AppFolders::legacyMoves() (see run()).
    static QList<Step> migrateLegacyFolders();

    /// Moves AppFolders::legacyServerMoves() when the local server's old folder was in use at
    /// start and its server has exited since: before a new server starts in the new folder
    /// (which would leave the old one behind for good). Nothing, and says nothing, otherwise.
    static QList<Step> migrateReleasedServerFolder();

    /// Moves each of \a moves in turn, logging what happened: one line per folder moved, a
    /// warning for folders left alone, a critical message for failures (naming both paths).
    static QList<Step> run(const QList<FolderMove> &moves);

    /// Moves one folder: a rename, or moveByCopy() when the two are on different filesystems.
    static Result<Outcome> move(const FolderMove &move);

    /// Copies \a from into a temporary sibling of \a to, renames that to \a to, then removes
    /// \a from. Symbolic links are copied as links, permissions are kept; sockets and other
    /// special files (a dead server's leftovers) are not copied. On failure the copy goes and
    /// \a from stays untouched.
    static Result<Outcome> moveByCopy(const QString &from, const QString &to);

    /// The log line for \a step; empty when there is nothing to say.
    static QString describe(const Step &step);
};

} // namespace Autocoder::Common
