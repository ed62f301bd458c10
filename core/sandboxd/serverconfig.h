#pragma once

#include "sandboxd/resourcelimits.h"
#include <QHostAddress>
#include <QList>
#include <QMap>

#include <QString>

namespace Autocoder::Sandboxd {

/// Settings of one autocoder-sandboxd instance. Secrets (the API key) live here
/// only in memory; nothing in the server logs them.
struct ServerConfig
{
    QString dataDir; ///< root of sandboxes/, runtime/ and (by default) templates/
    QString templatesDir; ///< prepared templates; empty = <dataDir>/templates
    QString apiKey; ///< the key clients send as X-API-Key
    qint64 maxUploadBytes = qint64(1) << 30; ///< larger /files uploads get 413
    int maxSandboxes = 100; ///< concurrent sandboxes; more get 429 like E2B's plan limit
    int maxTimeoutSeconds = 24 * 3600; ///< like E2B Pro: longest sandbox lifetime
    int finishedProcessRetentionSeconds = 600; ///< how long an exit status stays re-attachable
    /// Host uid/gid sandboxes run as (mapped to uid 1000 inside); -1 = the server's own.
    /// A root server uses an unprivileged one (65534) so sandboxed code is never host root.
    int sandboxUid = -1;
    QString bwrapProgram = QStringLiteral("bwrap");
    /// Names the egress proxy resolves without DNS (like curl --resolve), e.g. for tests.
    QMap<QString, QList<QHostAddress>> resolveOverrides;
    /// Only resolveOverrides (and IP literals): no DNS query ever leaves the server.
    bool strictResolve = false;
    ResourceLimits limits; ///< each sandbox's defaults; a create request may change them
    bool forceRlimits = false; ///< bound sandboxes with rlimits even where cgroups are usable
    int diskCheckIntervalMs = 5000; ///< how often each sandbox's disk usage is measured

    QString effectiveTemplatesDir() const
    {
        return templatesDir.isEmpty() ? dataDir + QStringLiteral("/templates") : templatesDir;
    }
};

} // namespace Autocoder::Sandboxd
