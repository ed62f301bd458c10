#include "egressconnection.h"

#include "hostresolver.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace Autocoder::Sandboxd {

namespace {
// After the last byte of a reply: how long the client gets to read it and close.
constexpr int LingerMs = 10 * 1000;
} // namespace

EgressConnection::EgressConnection(QTcpSocket *client, const EgressPolicy &policy,
                                   const HostResolver *resolver, const EgressLimits &limits,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
    , m_policy(policy)
    , m_resolver(resolver)
    , m_limits(limits)
{
    m_client->setParent(this);
    // Qt stops reading the socket while this much is unread, so the kernel's
    // flow control holds a fast sender back instead of our memory.
    m_client->setReadBufferSize(m_limits.readChunkBytes);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EgressConnection::onTimeout);
    m_timer->start(m_limits.headTimeoutMs);
    connect(m_client, &QTcpSocket::readyRead, this, &EgressConnection::onClientReadyRead);
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
        restartIdle();
        if (m_state == State::Relaying) {
            pumpToClient();
            maybeFinishRelay();
        } else if (m_state == State::Closing && m_client->bytesToWrite() == 0) {
            // Half-close: the client reads our last bytes and an EOF, while we
            // keep draining what it still sends (closing with unread input
            // would reset the connection and could destroy the reply).
            ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
        }
    });
    connect(m_client, &QTcpSocket::disconnected, this, &EgressConnection::finish);
    QMetaObject::invokeMethod(this, &EgressConnection::onClientReadyRead, Qt::QueuedConnection);
}

EgressConnection::~EgressConnection() = default;

qint64 EgressConnection::bufferedBytes() const
{
    qint64 total = m_head.size() + m_toUpstream.size() + m_responseHead.size()
        + m_client->bytesAvailable() + m_client->bytesToWrite();
    if (m_upstream)
        total += m_upstream->bytesAvailable() + m_upstream->bytesToWrite();
    return total;
}

void EgressConnection::applyPolicy(const EgressPolicy &policy)
{
    m_policy = policy;
    if (m_state != State::Connecting && m_state != State::Relaying)
        return;
    const EgressPolicy::Decision decision =
        m_policy.decide(m_request->host(), m_request->port(), { m_address });
    if (decision.allowed && decision.address == m_address)
        return;
    Q_EMIT refused(m_request->host(), m_request->port(), decision.reason);
    finish();
}

void EgressConnection::onClientReadyRead()
{
    switch (m_state) {
    case State::ReadingHead: {
        m_head += m_client->read(m_limits.maxHeadBytes + 1 - m_head.size());
        const qsizetype end = ProxyRequestHead::headEnd(m_head);
        if (end < 0 || end > m_limits.maxHeadBytes) {
            if (m_head.size() > m_limits.maxHeadBytes)
                reply(431, "Request Header Fields Too Large",
                      QStringLiteral("the request head is larger than %1 bytes")
                          .arg(m_limits.maxHeadBytes));
            return;
        }
        m_toUpstream = m_head.mid(end);
        m_head.truncate(end);
        QString error;
        m_request = ProxyRequestHead::parse(m_head, &error);
        m_head = QByteArray();
        if (!m_request) {
            reply(400, "Bad Request", error);
            return;
        }
        // A name no rule could let through is refused unresolved: a lookup would already
        // carry the name (and whatever a sandbox encodes in it) to DNS servers outside.
        if (const auto refusal =
                m_policy.refusalWithoutLookup(m_request->host(), m_request->port())) {
            Q_EMIT refused(m_request->host(), m_request->port(), refusal->reason);
            reply(403, "Forbidden",
                  QStringLiteral("egress to %1 port %2 refused: %3")
                      .arg(m_request->host())
                      .arg(m_request->port())
                      .arg(refusal->reason));
            return;
        }
        m_state = State::Resolving;
        m_timer->start(m_limits.connectTimeoutMs);
        m_resolver->lookup(m_request->host(), this,
                           [this](const QList<QHostAddress> &addresses, const QString &error) {
                               onResolved(addresses, error);
                           });
        return;
    }
    case State::Relaying:
        restartIdle();
        pumpToUpstream();
        return;
    case State::Closing:
        m_client->skip(m_client->bytesAvailable());
        return;
    case State::Resolving:
    case State::Connecting:
    case State::Done:
        // Held in the socket's bounded buffer until there is somewhere to send it.
        return;
    }
}

void EgressConnection::onResolved(const QList<QHostAddress> &addresses, const QString &error)
{
    if (m_state != State::Resolving)
        return;
    const QString host = m_request->host();
    const quint16 port = m_request->port();
    if (addresses.isEmpty()) {
        reply(502, "Bad Gateway", QStringLiteral("cannot resolve %1: %2").arg(host, error));
        return;
    }
    const EgressPolicy::Decision decision = m_policy.decide(host, port, addresses);
    if (!decision.allowed) {
        Q_EMIT refused(host, port, decision.reason);
        reply(403, "Forbidden",
              QStringLiteral("egress to %1 port %2 refused: %3")
                  .arg(host)
                  .arg(port)
                  .arg(decision.reason));
        return;
    }
    m_state = State::Connecting;
    m_address = decision.address;
    Q_EMIT upstreamConnecting(host, decision.address, port);

    m_upstream = new QTcpSocket(this);
    // Never through another proxy: the address that was checked is the one we reach.
    m_upstream->setProxy(QNetworkProxy::NoProxy);
    m_upstream->setReadBufferSize(m_limits.readChunkBytes);
    connect(m_upstream, &QTcpSocket::connected, this, &EgressConnection::onUpstreamConnected);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &EgressConnection::onUpstreamError);
    connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
        restartIdle();
        pumpToClient();
        maybeFinishRelay();
    });
    connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] {
        restartIdle();
        pumpToUpstream();
    });
    connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
        m_upstreamClosed = true;
        pumpToClient();
        maybeFinishRelay();
    });
    m_upstream->connectToHost(decision.address, port);
}

void EgressConnection::onUpstreamConnected()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Relaying;
    restartIdle();
    if (m_request->isConnect()) {
        m_client->write("HTTP/1.1 200 Connection Established\r\n\r\n");
    } else {
        m_upstream->write(m_request->forwardedHead());
        m_rewriteResponse = true;
    }
    pumpToUpstream();
    pumpToClient();
}

void EgressConnection::onUpstreamError()
{
    if (m_state == State::Connecting) {
        reply(502, "Bad Gateway",
              QStringLiteral("cannot connect to %1 (%2) port %3: %4")
                  .arg(m_request->host(), m_address.toString())
                  .arg(m_request->port())
                  .arg(m_upstream->errorString()));
        return;
    }
    if (m_state == State::Relaying) {
        m_upstreamClosed = true;
        pumpToClient();
        maybeFinishRelay();
    }
}

void EgressConnection::onTimeout()
{
    switch (m_state) {
    case State::ReadingHead:
        reply(408, "Request Timeout", QStringLiteral("the request head did not arrive in time"));
        return;
    case State::Resolving:
    case State::Connecting:
        reply(504, "Gateway Timeout",
              QStringLiteral("%1 port %2 did not answer in time")
                  .arg(m_request->host())
                  .arg(m_request->port()));
        return;
    case State::Relaying:
    case State::Closing:
    case State::Done:
        finish();
        return;
    }
}

void EgressConnection::pumpToUpstream()
{
    if (m_state != State::Relaying || !m_upstream)
        return;
    if (!m_toUpstream.isEmpty()) {
        m_upstream->write(m_toUpstream);
        m_toUpstream = QByteArray();
    }
    for (;;) {
        const qint64 room = m_limits.highWaterBytes - m_upstream->bytesToWrite();
        const qint64 n = qMin(m_client->bytesAvailable(), qMin(room, m_limits.readChunkBytes));
        if (n <= 0)
            return;
        m_upstream->write(m_client->read(n));
    }
}

void EgressConnection::pumpToClient()
{
    if (m_state != State::Relaying || !m_upstream)
        return;
    for (;;) {
        const qint64 room = m_limits.highWaterBytes - m_client->bytesToWrite();
        const qint64 n = qMin(m_upstream->bytesAvailable(), qMin(room, m_limits.readChunkBytes));
        if (n <= 0)
            return;
        const QByteArray data = m_upstream->read(n);
        if (!m_rewriteResponse)
            m_client->write(data);
        else if (!deliverResponseBytes(data))
            return;
    }
}

bool EgressConnection::deliverResponseBytes(const QByteArray &chunk)
{
    m_responseHead += chunk;
    for (;;) {
        const qsizetype end = ProxyRequestHead::headEnd(m_responseHead);
        if (end < 0 || end > m_limits.maxResponseHeadBytes) {
            if (m_responseHead.size() <= m_limits.maxResponseHeadBytes)
                return true;
            reply(502, "Bad Gateway", QStringLiteral("the response head is too large"));
            return false;
        }
        const QByteArray head = m_responseHead.left(end);
        const int status = ProxyRequestHead::responseStatus(head);
        if (status < 0) {
            reply(502, "Bad Gateway", QStringLiteral("malformed response from the origin"));
            return false;
        }
        if (status >= 100 && status < 200 && status != 101) {
            // Interim (100 Continue): passed on as is; the final head follows.
            m_client->write(head);
            m_responseHead.remove(0, end);
            continue;
        }
        m_client->write(status == 101 ? head : ProxyRequestHead::closingResponseHead(head));
        m_client->write(m_responseHead.mid(end));
        m_responseHead = QByteArray();
        m_rewriteResponse = false;
        return true;
    }
}

void EgressConnection::maybeFinishRelay()
{
    if (m_state != State::Relaying || !m_upstreamClosed || m_upstream->bytesAvailable() > 0)
        return;
    if (m_rewriteResponse) {
        reply(502, "Bad Gateway", QStringLiteral("the origin closed without a response"));
        return;
    }
    m_state = State::Closing;
    m_timer->start(LingerMs);
    if (m_client->bytesToWrite() == 0)
        ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
}

void EgressConnection::reply(int status, const QByteArray &reason, const QString &text)
{
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->abort();
    }
    const QByteArray body = text.toUtf8() + '\n';
    m_client->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    m_state = State::Closing;
    m_timer->start(LingerMs);
    m_client->skip(m_client->bytesAvailable());
}

void EgressConnection::restartIdle()
{
    if (m_state == State::Relaying)
        m_timer->start(m_limits.idleTimeoutMs);
    else if (m_state == State::Closing)
        m_timer->start(LingerMs);
}

void EgressConnection::finish()
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_timer->stop();
    m_client->disconnect(this);
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->abort();
    }
    m_client->abort();
    Q_EMIT finished();
    deleteLater();
}

} // namespace Autocoder::Sandboxd
