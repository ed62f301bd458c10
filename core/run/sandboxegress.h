#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Autocoder::Spec {
struct ProjectSpec;
}

namespace Autocoder::Run {

/// Where an agent sandbox may connect to: the model endpoint, the package registries the
/// spec's commands use, and what the spec and the settings add — nothing else. Sent as
/// E2B's `network: {denyOut: ["0.0.0.0/0"], allowOut: [...]}`, which both backends enforce
/// (the local server through its egress proxy).
class SandboxEgress final
{
public:
    /// The name under which a local sandbox reaches the host's own loopback through the
    /// egress proxy, only when the allow-list names it (autocoder-sandboxd's EgressPolicy).
    static constexpr const char *HostAlias = "host.autocoder.internal";
    static constexpr const char *AnthropicApiHost = "api.anthropic.com";
    static constexpr const char *AllTraffic = "0.0.0.0/0";

    /// The agent's ANTHROPIC_BASE_URL as the sandbox must use it: on the local backend a
    /// loopback host (a fake API, a local gateway) is the host's loopback, reached as
    /// HostAlias; anything else is unchanged. Empty stays empty (the Anthropic API).
    static QString agentBaseUrl(const QString &baseUrl, bool localBackend);
    /// allowOut entries for a run (deduplicated, in a stable order). Hosts with a port are
    /// allowed on that port only.
    static QStringList allowOut(const Spec::ProjectSpec &spec, const QString &agentBaseUrl,
                                const QStringList &extra);
    /// Registry hosts the commands in \a commandLine need (npm, bun, pip, cargo, go, ...).
    static QStringList registriesFor(const QString &commandLine);
};

} // namespace Autocoder::Run
