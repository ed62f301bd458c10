#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Autocoder::Run {

/// Starts a program that outlives the process starting it: in a session of its
/// own (no terminal hang-up or Ctrl-C reaches it), reparented to init (double
/// fork, so no zombie waits for us), with exactly the given environment, stdin
/// on /dev/null, stdout and stderr appended to a log file, and no other
/// inherited file descriptor (none of the client's sockets or pipes).
class DetachedLaunch final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Run::DetachedLaunch)

public:
    struct Spec
    {
        QString program;
        QStringList arguments;
        QStringList environment; ///< "NAME=value", the whole environment
        QString logPath; ///< created 0600 if missing, appended to
    };

    /// The started process's pid (> 0), or why it did not start (exec failures included).
    static Result<qint64> start(const Spec &spec);
};

} // namespace Autocoder::Run
