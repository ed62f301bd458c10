#include "sandboxd/guardedtcpserver.h"

#include "sandboxd/guardedsocket.h"

#include <QTimer>

#include <unistd.h>

namespace Autocoder::Sandboxd {

GuardedTcpServer::GuardedTcpServer(RequestGate *gate, QObject *parent)
    : QTcpServer(parent)
    , m_gate(gate)
{
    resumeAcceptingAfterErrors(this);
}

void GuardedTcpServer::resumeAcceptingAfterErrors(QTcpServer *server)
{
    // Qt pauses accepting when accept() fails (EMFILE) and never resumes by itself.
    connect(server, &QTcpServer::acceptError, server,
            [server] { QTimer::singleShot(100, server, [server] { server->resumeAccepting(); }); });
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_connections >= MaxConnections) {
        ::close(int(descriptor));
        return;
    }
    auto *socket = new GuardedSocket(descriptor, m_gate, this);
    if (!socket->isConnected()) {
        delete socket;
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    addPendingConnection(socket);
}

} // namespace Autocoder::Sandboxd
