#pragma once

#include <QTcpServer>

namespace Autocoder::Sandboxd {

class RequestGate;

/// A QTcpServer whose connections are GuardedSockets: bind() it to Qt
/// HttpServer and every request passes \a gate before the parser sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(RequestGate *gate, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RequestGate *m_gate;
};

} // namespace Autocoder::Sandboxd
