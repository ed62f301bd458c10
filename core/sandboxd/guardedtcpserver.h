#pragma once

#include <QTcpServer>

namespace Autocoder::Sandboxd {

class RequestGate;

/// A QTcpServer whose connections are GuardedSockets: bind() it to Qt
/// HttpServer and every request passes \a gate before the parser sees it.
/// At most MaxConnections are open at once (more are closed at once), and a
/// failed accept (no descriptors left) pauses accepting only briefly: Qt would
/// otherwise stop accepting for good.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)
public:
    static constexpr int MaxConnections = 512;

    explicit GuardedTcpServer(RequestGate *gate, QObject *parent = nullptr);
    int connectionCount() const { return m_connections; }
    /// Makes \a server resume accepting shortly after a failed accept.
    static void resumeAcceptingAfterErrors(QTcpServer *server);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RequestGate *m_gate;
    int m_connections = 0;
};

} // namespace Autocoder::Sandboxd
