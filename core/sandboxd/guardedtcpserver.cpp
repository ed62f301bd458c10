#include "sandboxd/guardedtcpserver.h"

#include "sandboxd/guardedsocket.h"

namespace Autocoder::Sandboxd {

GuardedTcpServer::GuardedTcpServer(RequestGate *gate, QObject *parent)
    : QTcpServer(parent)
    , m_gate(gate)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new GuardedSocket(descriptor, m_gate, this);
    if (!socket->isConnected()) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace Autocoder::Sandboxd
