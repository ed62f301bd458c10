#include "egressproxy.h"

#include "sandboxd/guardedtcpserver.h"

#include "egressconnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Autocoder::Sandboxd {

namespace {
constexpr int RejectLingerMs = 2000;
}

EgressProxy::EgressProxy(const EgressPolicy &policy, const HostResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_policy(policy)
    , m_resolver(resolver)
{
    connect(m_server, &QTcpServer::newConnection, this, &EgressProxy::onNewConnection);
    GuardedTcpServer::resumeAcceptingAfterErrors(m_server);
}

EgressProxy::~EgressProxy()
{
    close();
}

bool EgressProxy::listenOnDescriptor(qintptr listeningFd)
{
    return m_server->setSocketDescriptor(listeningFd);
}

bool EgressProxy::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

QHostAddress EgressProxy::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 EgressProxy::serverPort() const
{
    return m_server->serverPort();
}

QString EgressProxy::errorString() const
{
    return m_server->errorString();
}

void EgressProxy::close()
{
    m_server->close();
    const QSet<EgressConnection *> connections = std::exchange(m_connections, {});
    for (EgressConnection *c : connections) {
        c->disconnect(this);
        delete c;
    }
}

void EgressProxy::setPolicy(const EgressPolicy &policy)
{
    m_policy = policy;
    // A copy: a connection that closes leaves m_connections through finished().
    const QSet<EgressConnection *> connections = m_connections;
    for (EgressConnection *c : connections)
        c->applyPolicy(policy);
}

void EgressProxy::setLimits(const EgressLimits &limits)
{
    m_limits = limits;
}

qint64 EgressProxy::bufferedBytes() const
{
    qint64 total = 0;
    for (const EgressConnection *c : m_connections)
        total += c->bufferedBytes();
    return total;
}

void EgressProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections
            && m_rejecting >= m_limits.maxConnections) {
            delete socket; // a flood: not even an answer
            Q_EMIT connectionRejected();
            continue;
        }
        if (m_connections.size() >= m_limits.maxConnections) {
            // A short answer rather than a silent reset, so the client can tell
            // "too many connections" from "refused by policy"; it costs a few
            // bytes and lives at most RejectLingerMs.
            socket->setParent(this);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                          "Content-Length: 28\r\nConnection: close\r\n\r\n"
                          "too many proxy connections\r\n");
            ++m_rejecting;
            connect(socket, &QObject::destroyed, this, [this] { --m_rejecting; });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(RejectLingerMs, socket, [socket] { socket->abort(); });
            socket->disconnectFromHost();
            Q_EMIT connectionRejected();
            continue;
        }
        auto *connection = new EgressConnection(socket, m_policy, m_resolver, m_limits, this);
        m_connections.insert(connection);
        connect(connection, &EgressConnection::refused, this, &EgressProxy::refused);
        connect(connection, &EgressConnection::upstreamConnecting, this,
                &EgressProxy::upstreamConnecting);
        connect(connection, &EgressConnection::finished, this,
                [this, connection] { m_connections.remove(connection); });
    }
}

} // namespace Autocoder::Sandboxd
