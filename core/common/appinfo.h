#pragma once

#include <QString>

class QCoreApplication;

namespace Autocoder::Common {

/// Identity of the application as QSettings, QStandardPaths and the command
/// line show it. Every binary applies it before touching settings or paths,
/// so the GUI and the headless commands share one data location.
struct AppInfo
{
    /// The reverse-DNS application id, "dev.autocoder.Autocoder": the desktop file, AppStream
    /// id, icon name and the folder that holds settings and data are all named after it.
    static QString appId();
    static QString applicationName(); ///< "autocoder": the settings file and data subfolder
    /// "autocoder-sandboxd": the local server's application name and data subfolder.
    static QString sandboxdName();
    static QString displayName(); ///< "Autocoder": what people read
    /// The app id: QSettings and QStandardPaths put their folders under
    /// <XDG folder>/<organisation>/<application>, so this names the folder both executables
    /// share (see AppFolders; FolderMigration moves the older "Autocoder" ones).
    static QString organizationName();
    static QString organizationDomain();
    static QString version(); ///< the project version, e.g. "0.1.0"

    /// Sets name, organisation, domain and version on \a app.
    static void apply(QCoreApplication &app);
};

} // namespace Autocoder::Common
