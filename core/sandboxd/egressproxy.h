#pragma once

#include "egresslimits.h"
#include "egresspolicy.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

class QTcpServer;

namespace Autocoder::Sandboxd {

class EgressConnection;
class HostResolver;

/// The HTTP proxy that is a sandbox's only way out: `CONNECT host:port`
/// tunnels and absolute-form plain HTTP requests, each checked against the
/// sandbox's EgressPolicy on the resolved addresses and connected to exactly
/// the address that passed (no second lookup, so no DNS rebinding). Refusals
/// get a 403 naming the host and the reason. Everything a client can make it
/// hold is bounded by EgressLimits.
class EgressProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EgressProxy)
public:
    /// `resolver` must outlive the proxy.
    EgressProxy(const EgressPolicy &policy, const HostResolver *resolver,
                QObject *parent = nullptr);
    ~EgressProxy() override;

    /// Takes over a socket that is already bound and listening (for example
    /// one created inside the sandbox's network namespace).
    bool listenOnDescriptor(qintptr listeningFd);
    bool listen(const QHostAddress &address, quint16 port = 0);
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const;
    /// Stops listening and drops every connection.
    void close();

    /// PUT /sandboxes/{id}/network: new requests are decided by `policy`, and
    /// open connections it no longer allows are closed (each reported by refused()).
    void setPolicy(const EgressPolicy &policy);
    EgressPolicy policy() const { return m_policy; }
    void setLimits(const EgressLimits &limits);
    EgressLimits limits() const { return m_limits; }

    int connectionCount() const { return int(m_connections.size()); }
    /// Bytes all connections hold in user space right now.
    qint64 bufferedBytes() const;

Q_SIGNALS:
    /// A request the policy refused; the server logs it with the host name.
    void refused(const QString &host, quint16 port, const QString &reason);
    /// Right before a TCP connect to `address`, which passed the policy.
    void upstreamConnecting(const QString &host, const QHostAddress &address, quint16 port);
    /// A connection over EgressLimits::maxConnections got 503.
    void connectionRejected();

private:
    void onNewConnection();

    QTcpServer *m_server = nullptr;
    EgressPolicy m_policy;
    const HostResolver *m_resolver = nullptr;
    EgressLimits m_limits;
    QSet<EgressConnection *> m_connections;
    int m_rejecting = 0; ///< 503 answers still being written
};

} // namespace Autocoder::Sandboxd
