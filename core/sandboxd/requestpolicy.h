#pragma once

#include "sandboxd/requestgate.h"

#include <QString>

namespace Autocoder::Sandboxd {

class SandboxManager;
struct ServerConfig;

/// autocoder-sandboxd's rules for a request head, applied before its body is
/// read: the control plane (`/sandboxes*`, `/v2/*`) wants the API key and takes
/// small JSON bodies; envd requests (routed like E2B's edge, see route()) want
/// the sandbox's access token and take larger RPC bodies; `/files` uploads are
/// checked with envd's upload rules and streamed to disk by FilesUpload.
/// Requests that will fail for other reasons (bad method, unknown path) pass
/// with a small limit and get their usual answer from the handlers.
class RequestPolicy final : public RequestGate
{
public:
    static constexpr qint64 ControlPlaneMaxBody = qint64(1024) * 1024;
    static constexpr qint64 EnvdMaxBody = qint64(16) * 1024 * 1024;

    struct Route
    {
        bool envd = false;
        QString sandboxId;
        QString port;
        QString missingHeader; ///< one of the two routing headers came alone
    };

    RequestPolicy(SandboxManager *manager, const ServerConfig &config);

    Decision decide(const RequestHead &head) override;

    /// E2B's edge routing: a `<port>-<id>.<domain>` Host, else the E2b-Sandbox-Id and
    /// E2b-Sandbox-Port headers; neither means the control plane.
    static Route route(const QByteArray &host, const QByteArray &sandboxId, const QByteArray &port);
    /// Constant-time comparison of a client's secret with the expected one.
    static bool secretMatches(const QByteArray &given, const QString &expected);
    static QByteArray errorBody(int status, const QString &message);

private:
    Decision decideEnvd(const Route &route, const RequestHead &head);

    SandboxManager *m_manager;
    const ServerConfig &m_config;
};

} // namespace Autocoder::Sandboxd
