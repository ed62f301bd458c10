#pragma once

#include "egresslimits.h"
#include "egresspolicy.h"
#include "proxyrequesthead.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <optional>

class QTcpSocket;
class QTimer;

namespace Autocoder::Sandboxd {

class HostResolver;

/// One client connection of the egress proxy: reads the request head, resolves
/// the host, asks the policy, connects to the exact address that passed, and
/// relays bytes both ways with backpressure. Deletes itself when done.
class EgressConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EgressConnection)
public:
    EgressConnection(QTcpSocket *client, const EgressPolicy &policy, const HostResolver *resolver,
                     const EgressLimits &limits, QObject *parent = nullptr);
    ~EgressConnection() override;

    /// Bytes this connection holds in user space (socket buffers and its own).
    qint64 bufferedBytes() const;
    /// A new policy: a request not decided yet is decided by it; an open
    /// connection it no longer allows is closed (and reported as refused).
    void applyPolicy(const EgressPolicy &policy);

Q_SIGNALS:
    void refused(const QString &host, quint16 port, const QString &reason);
    /// Emitted right before the TCP connect, with the address that was checked.
    void upstreamConnecting(const QString &host, const QHostAddress &address, quint16 port);
    void finished();

private:
    enum class State { ReadingHead, Resolving, Connecting, Relaying, Closing, Done };

    void onClientReadyRead();
    void onResolved(const QList<QHostAddress> &addresses, const QString &error);
    void onUpstreamConnected();
    void onUpstreamError();
    void onTimeout();
    void pumpToUpstream();
    void pumpToClient();
    bool deliverResponseBytes(const QByteArray &chunk);
    void maybeFinishRelay();
    void reply(int status, const QByteArray &reason, const QString &text);
    void finish();
    void restartIdle();

    QTcpSocket *m_client = nullptr;
    QPointer<QTcpSocket> m_upstream;
    QTimer *m_timer = nullptr;
    EgressPolicy m_policy;
    const HostResolver *m_resolver = nullptr;
    EgressLimits m_limits;
    State m_state = State::ReadingHead;
    QByteArray m_head; ///< the request head while it arrives
    QByteArray m_toUpstream; ///< bytes read with the head that belong to the upstream
    std::optional<ProxyRequestHead> m_request;
    QHostAddress m_address; ///< the one the policy allowed
    bool m_rewriteResponse = false; ///< plain HTTP: response head still to rewrite
    QByteArray m_responseHead;
    bool m_upstreamClosed = false;
};

} // namespace Autocoder::Sandboxd
