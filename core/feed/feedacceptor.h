#pragma once

#include "common/result.h"
#include "feed/feedconnection.h"
#include "feed/feedhandshake.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QWebSocketServer>

#include <functional>

class QTcpSocket;
class QWebSocket;

namespace Autocoder::Feed {

/// The feed's door: accepts TCP connections, reads each HTTP upgrade request (bounded in size
/// and time), asks the owner whether to let it in, answers refusals with a real HTTP status,
/// and hands an accepted connection to QWebSocketServer, before any WebSocket exists.
class FeedAcceptor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedAcceptor)

public:
    using Authorise = std::function<Result<FeedAuthorisation, HttpRefusal>(
        const FeedRequest &request, const QHostAddress &peer)>;

    FeedAcceptor(Authorise authorise, int handshakeTimeoutMs, qint64 maxClientFrameBytes,
                 QObject *parent = nullptr);
    ~FeedAcceptor() override;

    Result<void> listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const { return m_tcp.isListening(); }
    QHostAddress address() const { return m_tcp.serverAddress(); }
    quint16 port() const { return m_tcp.serverPort(); }
    /// Connections of @p runId let in and still in the WebSocket handshake.
    int handingOver(const QString &runId) const;

Q_SIGNALS:
    void accepted(QWebSocket *socket, const FeedAuthorisation &authorisation);
    void refused(const QString &peer, const QString &reason);

private:
    void onNewConnection();
    void onReadable(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, const HttpRefusal &refusal);
    void handOver(QTcpSocket *socket, const FeedAuthorisation &authorisation);
    void onUpgraded();

    Authorise m_authorise;
    int m_handshakeTimeoutMs;
    qint64 m_maxClientFrameBytes;
    QTcpServer m_tcp;
    QWebSocketServer m_webSockets;
    QSet<QTcpSocket *> m_reading; ///< connections whose request is being read
    QHash<QTcpSocket *, FeedAuthorisation> m_handedOver;
};

} // namespace Autocoder::Feed
