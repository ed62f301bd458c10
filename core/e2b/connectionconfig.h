#pragma once

#include "e2b/error.h"
#include "e2b/retrypolicy.h"
#include "e2b/secret.h"

#include <QDebug>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Autocoder::E2b {

/// Where and how to reach E2B (or the local E2B-compatible server), resolved like the
/// official SDKs: E2B_API_KEY, E2B_DOMAIN (default e2b.app), E2B_API_URL, E2B_SANDBOX_URL,
/// E2B_DEBUG. https is required except for loopback hosts (the local server, tests).
struct ConnectionConfig
{
    static constexpr int kEnvdPort = 49983;

    Secret apiKey;
    QString domain = QStringLiteral("e2b.app");
    QUrl apiUrl; ///< empty = https://api.{domain} (or http://localhost:3000 in debug)
    QUrl sandboxUrl; ///< empty = derived per sandbox (see envdBaseUrl)
    bool debug = false;

    std::chrono::milliseconds requestTimeout { 60000 }; ///< every unary/REST call (0 = none)
    std::chrono::milliseconds streamStartTimeout { 60000 }; ///< until a stream's `start` event
    std::chrono::milliseconds streamIdleTimeout {
        120000
    }; ///< no byte on a stream for this long; > keepalive
    int keepalivePingIntervalSeconds = 50;
    qint64 maxResponseBytes = qint64(16) * 1024 * 1024; ///< cap for JSON replies
    RetryPolicy retry;

    /// Reads the E2B_* variables of `env`.
    static ConnectionConfig
    fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    /// The control-plane base URL after defaults (no trailing slash).
    QUrl resolvedApiUrl() const;

    /// The envd base URL for a sandbox (doc §1.2): sandboxUrl override, else debug
    /// localhost, else the shared host `sandbox.{domain}` for E2B's own domains (routing by
    /// header), else `{49983}-{id}.{domain}`. `sandboxDomain` is the domain the API
    /// returned for that sandbox (empty = configured domain).
    QUrl envdBaseUrl(const QString &sandboxId, const QString &sandboxDomain = QString()) const;

    /// Checks that a key is present and that every URL is https or loopback http.
    Error validate() const;
    /// What envd calls need: the sandbox URL override (if any) is https or loopback http.
    /// (envd uses the sandbox's access token, not the API key.)
    Error validateEnvd() const;

    static bool isLoopbackHost(const QString &host);
    static bool isSharedHostDomain(const QString &domain);
};

/// Prints the endpoints; the API key is shown as [REDACTED].
QDebug operator<<(QDebug debug, const ConnectionConfig &config);

} // namespace Autocoder::E2b
