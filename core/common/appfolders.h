#pragma once

#include "common/foldermove.h"

#include <QList>
#include <QString>

namespace Autocoder::Common {

/// Where Autocoder keeps its things: folders named after AppInfo::appId() under the XDG base
/// directories (so XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME apply, through
/// QStandardPaths). Both executables and the headless commands resolve the same folders,
/// whichever application name they run under.
struct AppFolders
{
    /// `<config>/dev.autocoder.Autocoder`: autocoder.conf (QSettings).
    static QString configDir();
    /// `<data>/dev.autocoder.Autocoder`: one folder per executable below it.
    static QString dataRoot();
    /// `dataRoot()/autocoder`: runs/, attached/, feed-token (the app's AppLocalDataLocation).
    static QString appDataDir();
    /// `dataRoot()/autocoder-sandboxd`: the local server's data and its templates. While a
    /// server of an earlier version still holds the old folder and the new one does not exist
    /// yet, the old folder: the app and that server keep meeting in one place, and the folder
    /// moves on a later start, once the server has exited.
    static QString sandboxdDataDir();

    /// The names used before the application id: `Autocoder/...`.
    static QString legacyConfigDir();
    static QString legacyDataRoot();
    static QString legacyAppDataDir();
    static QString legacySandboxdDataDir();
    /// Where the app once prepared the sandbox templates: `<cache>/autocoder/sandbox-templates`.
    static QString legacyTemplatesDir();

    /// What FolderMigration moves on start, in order: settings, the app's data, then
    /// legacyServerMoves().
    static QList<FolderMove> legacyMoves();
    /// The local server's data, then the templates into the server's folder.
    static QList<FolderMove> legacyServerMoves();

    /// The file autocoder-sandboxd keeps flock()ed in its data folder while it runs
    /// (Sandboxd::DataDirLock).
    static QString sandboxdLockFileName();
    /// True while some process holds an exclusive flock() on \a file. Never blocks or creates.
    static bool isLockHeld(const QString &file);
};

} // namespace Autocoder::Common
