#pragma once

#include "sandboxd/serverconfig.h"

#include <QString>

class QCoreApplication;

namespace Autocoder {

/// autocoder-sandboxd's command line, parsed into what main() wires together.
struct ServerOptions
{
    Sandboxd::ServerConfig config;
    quint16 port = 0; ///< 0 = any free port
    int idleSeconds = 600; ///< 0 = never exit when idle
    bool prepareTemplates = false; ///< the prepare-templates command
    QString apiKeyFile; ///< --api-key-file; empty = the data folder's key file
};

/// Parses \a app's arguments (--help and --version print and exit). False with a
/// translated \a error for bad usage.
bool parseServerOptions(const QCoreApplication &app, ServerOptions *out, QString *error);

} // namespace Autocoder
