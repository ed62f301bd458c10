#include "feed/feedacceptor.h"

#include "feed/feedlog.h"
#include "feed/feedprotocol.h"

#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace Autocoder::Feed {

namespace {
/// Connections allowed to be in their HTTP handshake at once; more are cut at once.
constexpr int MaxReadingConnections = 64;
/// A refused client that does not take its answer is cut off after this long.
constexpr int RefusalLingerMs = 5000;
const char TimerName[] = "feedHandshakeTimer";

QString peerOf(const QTcpSocket *socket)
{
    return socket->peerAddress().toString() + QLatin1Char(':')
        + QString::number(socket->peerPort());
}
} // namespace

FeedAcceptor::FeedAcceptor(Authorise authorise, int handshakeTimeoutMs, qint64 maxClientFrameBytes,
                           QObject *parent)
    : QObject(parent)
    , m_authorise(std::move(authorise))
    , m_handshakeTimeoutMs(handshakeTimeoutMs)
    , m_maxClientFrameBytes(maxClientFrameBytes)
    , m_webSockets(QStringLiteral("autocoder"), QWebSocketServer::NonSecureMode)
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &FeedAcceptor::onNewConnection);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &FeedAcceptor::onUpgraded);
}

FeedAcceptor::~FeedAcceptor()
{
    close();
}

Result<void> FeedAcceptor::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tcp.listen(address, port)) {
        return failure(tr("Cannot listen on %1 port %2: %3")
                           .arg(address.toString())
                           .arg(port)
                           .arg(m_tcp.errorString()));
    }
    return {};
}

void FeedAcceptor::close()
{
    m_tcp.close();
    const QSet<QTcpSocket *> reading = std::exchange(m_reading, {});
    for (QTcpSocket *socket : reading) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

int FeedAcceptor::handingOver(const QString &runId) const
{
    int count = 0;
    for (const FeedAuthorisation &authorisation : m_handedOver)
        count += authorisation.runId == runId ? 1 : 0;
    return count;
}

void FeedAcceptor::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        if (m_reading.size() >= MaxReadingConnections) {
            Q_EMIT refused(peerOf(socket), tr("too many connections in their handshake"));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_reading.insert(socket);
        // The request must fit: the socket stops reading from the network once this is full.
        socket->setReadBufferSize(MaxHandshakeBytes);
        auto *timer = new QTimer(socket);
        timer->setObjectName(QLatin1String(TimerName));
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] {
            refuse(socket, { 408, tr("no request in time") });
        });
        timer->start(m_handshakeTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_reading.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadable(socket);
    }
}

void FeedAcceptor::onReadable(QTcpSocket *socket)
{
    // Peek, never read: QWebSocketServer reads the same request from the socket's buffer.
    const QByteArray buffered = socket->peek(MaxHandshakeBytes + 1);
    const qsizetype size = FeedHandshake::headerSize(buffered);
    if (size < 0 || size > MaxHandshakeBytes) {
        if (buffered.size() >= MaxHandshakeBytes)
            refuse(socket, { 431, tr("request header too large") });
        return;
    }
    // A client sends nothing after its request until it has the answer (RFC 6455, 4.1).
    if (socket->bytesAvailable() > size)
        return refuse(socket, { 400, tr("data sent before the handshake's answer") });
    const Result<FeedRequest, HttpRefusal> request = FeedHandshake::parse(buffered.left(size));
    if (!request)
        return refuse(socket, request.error());
    const Result<FeedAuthorisation, HttpRefusal> authorisation =
        m_authorise(*request, socket->peerAddress());
    if (!authorisation)
        return refuse(socket, authorisation.error());
    handOver(socket, *authorisation);
}

void FeedAcceptor::refuse(QTcpSocket *socket, const HttpRefusal &refusal)
{
    m_reading.remove(socket);
    socket->disconnect(this);
    delete socket->findChild<QTimer *>(QLatin1String(TimerName));
    const QString peer = peerOf(socket);
    qCInfo(lcFeed).noquote() << "refused" << peer << refusal.status << refusal.reason;
    Q_EMIT refused(peer, refusal.reason);
    // Unread bytes at close make the kernel reset the connection, which can lose the answer:
    // take what the client sent (and sends) and drop it.
    socket->setReadBufferSize(0);
    socket->readAll();
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    socket->write(FeedHandshake::response(refusal));
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(RefusalLingerMs, socket, [socket] {
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
    });
    socket->disconnectFromHost();
}

void FeedAcceptor::handOver(QTcpSocket *socket, const FeedAuthorisation &authorisation)
{
    m_reading.remove(socket);
    socket->disconnect(this);
    delete socket->findChild<QTimer *>(QLatin1String(TimerName));
    // Room for one whole frame of the largest size allowed (plus its header); Qt reads a frame
    // only once all of it is in the buffer.
    socket->setReadBufferSize(m_maxClientFrameBytes + 1024);
    m_handedOver.insert(socket, authorisation);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_handedOver.remove(socket); });
    // QWebSocketServer (Qt 6.4) picks up a request already in the buffer: handleConnection()
    // signals readyRead itself when bytes are available (tst_feedserver checks it).
    m_webSockets.handleConnection(socket);
}

void FeedAcceptor::onUpgraded()
{
    while (QWebSocket *socket = m_webSockets.nextPendingConnection()) {
        // QWebSocket does not expose its QTcpSocket: the peer's address and port name it.
        QTcpSocket *tcp = nullptr;
        for (auto it = m_handedOver.cbegin(); it != m_handedOver.cend(); ++it) {
            if (it.key()->peerPort() == socket->peerPort()
                && it.key()->peerAddress() == socket->peerAddress())
                tcp = it.key();
        }
        if (!tcp) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        Q_EMIT accepted(socket, m_handedOver.take(tcp));
    }
}

} // namespace Autocoder::Feed
