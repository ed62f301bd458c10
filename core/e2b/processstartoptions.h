#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Autocoder::E2b {

/// process.Process/Start request. Use cmd "/bin/bash", args {"-l", "-c", script} for a shell.
struct ProcessStartOptions
{
    QString cmd;
    QStringList args;
    QMap<QString, QString> envs; ///< secrets may go here; never logged by this library
    QString cwd; ///< empty = the user's home
    QString user; ///< empty = sandbox default user; sent as Basic auth
    QString tag; ///< lets a dropped connection re-attach (Connect by tag)
    bool stdinEnabled = false; ///< sent explicitly ("stdin": false) as the SDK does
    /// Sent as Connect-Timeout-Ms, which envd also uses as the process *kill* timer.
    /// 0 (default) = no header: the process is never killed by a timer.
    std::chrono::milliseconds killTimeout { 0 };
    /// Re-attach automatically (Connect by pid, else tag) this many times when the HTTP
    /// stream drops before the `end` event.
    int maxReconnects = 3;

    QByteArray toJson() const;
};

} // namespace Autocoder::E2b
