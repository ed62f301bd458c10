#include "feed/feedclient.h"

#include "feed/feedaddress.h"
#include "feed/feedclientlog.h"
#include "feed/feedprotocol.h"
#include "feed/serverframe.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

#include <optional>

namespace Autocoder::Feed {

namespace {

// A snapshot archive is the largest thing a server sends; anything past this is refused by
// the socket before it is buffered (a hostile server cannot fill our memory).
constexpr quint64 MaxIncomingMessageBytes = 512ull * 1024 * 1024;
// A server that accepts the connection but never says hello is as good as gone.
constexpr int HelloTimeoutMs = 15 * 1000;

} // namespace

class FeedClient::Private
{
public:
    explicit Private(FeedClient *q)
        : q(q)
    { }

    void setState(State s);
    void connectNow();
    void detachSocket();
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void onLost(QWebSocket *socket);
    void scheduleReconnect();
    void end(const QString &why);
    bool send(const QJsonObject &message);

    FeedClient *const q;
    QWebSocket *socket = nullptr;
    QTimer reconnectTimer;
    QTimer helloTimer;

    FeedAddress address;
    QString clientName;
    int firstDelayMs = 500;
    int maxDelayMs = 10 * 1000;
    int nextDelayMs = 500;

    State state = State::Disconnected;
    QString runId;
    bool readOnly = true;
    qint64 lastSeq = 0;
    QString errorString;

    bool welcomedOnThisSocket = false;
    bool serverClosed = false; ///< the server sent a close frame on this socket
    QString socketError;

    struct PendingSnapshot
    {
        int iteration = -1;
        qint64 bytes = -1;
        QByteArray sha256;
    };
    std::optional<PendingSnapshot> pendingSnapshot;
};

void FeedClient::Private::setState(State s)
{
    if (state == s)
        return;
    state = s;
    Q_EMIT q->stateChanged(s);
}

void FeedClient::Private::connectNow()
{
    detachSocket();
    welcomedOnThisSocket = false;
    serverClosed = false;
    socketError.clear();
    pendingSnapshot.reset();

    socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, q);
    socket->setMaxAllowedIncomingMessageSize(MaxIncomingMessageBytes);
    QWebSocket *const s = socket;
    QObject::connect(s, &QWebSocket::textMessageReceived, q,
                     [this](const QString &text) { onText(text); });
    QObject::connect(s, &QWebSocket::binaryMessageReceived, q,
                     [this](const QByteArray &data) { onBinary(data); });
    QObject::connect(s, &QWebSocket::aboutToClose, q, [this] { serverClosed = true; });
    QObject::connect(s, &QWebSocket::disconnected, q, [this, s] { onLost(s); });
    QObject::connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), q,
                     [this, s](QAbstractSocket::SocketError) {
                         socketError = s->errorString();
                         // Some errors are followed by disconnected() and some (a refused
                         // handshake) are not: decide once the socket has said everything it will
                         // say for this event.
                         QTimer::singleShot(0, q, [this, guard = QPointer<QWebSocket>(s)] {
                             if (guard)
                                 onLost(guard);
                         });
                     });
    qCDebug(lcFeedClient) << "connecting to" << FeedAddress::loggable(address.url()) << "since"
                          << lastSeq;
    helloTimer.start(HelloTimeoutMs);
    s->open(address.request(lastSeq, clientName));
}

void FeedClient::Private::detachSocket()
{
    helloTimer.stop();
    if (!socket)
        return;
    QWebSocket *s = socket;
    socket = nullptr;
    QObject::disconnect(s, nullptr, q, nullptr);
    s->abort();
    s->deleteLater();
}

void FeedClient::Private::onText(const QString &text)
{
    Result<ServerFrame> frame = ServerFrame::parse(text.toUtf8());
    if (!frame) {
        qCWarning(lcFeedClient) << "ignoring a malformed frame from the feed:" << frame.error();
        return;
    }
    switch (frame->type) {
    case ServerFrame::Type::Hello: {
        if (frame->protocol != ProtocolVersion) {
            end(FeedClient::tr("The feed speaks protocol %1; this version understands %2.")
                    .arg(frame->protocol)
                    .arg(ProtocolVersion));
            return;
        }
        if (!runId.isEmpty() && frame->runId != runId) {
            end(FeedClient::tr("The feed now serves another run (%1 instead of %2).")
                    .arg(frame->runId, runId));
            return;
        }
        if (frame->lastSeq < lastSeq)
            qCWarning(lcFeedClient) << "the feed's journal ends at" << frame->lastSeq
                                    << "before what was received already:" << lastSeq;
        helloTimer.stop();
        welcomedOnThisSocket = true;
        runId = frame->runId;
        readOnly = frame->readOnly;
        nextDelayMs = firstDelayMs;
        errorString.clear();
        setState(State::Connected);
        Q_EMIT q->welcomed(runId, readOnly, frame->lastSeq);
        return;
    }
    case ServerFrame::Type::Event: {
        if (!welcomedOnThisSocket) {
            qCWarning(lcFeedClient) << "ignoring an event sent before hello";
            return;
        }
        const Run::RunEvent &event = frame->event;
        if (event.seq <= lastSeq) {
            qCDebug(lcFeedClient) << "dropping duplicate event" << event.seq;
            return;
        }
        if (event.seq != lastSeq + 1 && lastSeq > 0)
            // The server reads the journal in order, so this should not happen; pass the event
            // on anyway: losing it would be worse than a visible gap.
            qCWarning(lcFeedClient) << "gap in the feed: event" << event.seq << "after" << lastSeq;
        lastSeq = event.seq;
        Q_EMIT q->eventReceived(event);
        return;
    }
    case ServerFrame::Type::Error:
        if (frame->request == MessageType::Snapshot)
            pendingSnapshot.reset();
        Q_EMIT q->requestFailed(frame->request, frame->message);
        return;
    case ServerFrame::Type::SnapshotHeader:
        if (pendingSnapshot)
            Q_EMIT q->requestFailed(
                MessageType::Snapshot,
                FeedClient::tr("The feed announced snapshot %1 but never sent it.")
                    .arg(pendingSnapshot->iteration));
        pendingSnapshot = PendingSnapshot { frame->iteration, frame->bytes, frame->sha256 };
        return;
    case ServerFrame::Type::Spec:
        Q_EMIT q->specReceived(QJsonDocument(frame->spec).toJson(QJsonDocument::Indented));
        return;
    case ServerFrame::Type::Unknown:
        qCDebug(lcFeedClient) << "ignoring a control message of type" << frame->typeName;
        return;
    }
}

void FeedClient::Private::onBinary(const QByteArray &data)
{
    if (!pendingSnapshot) {
        qCWarning(lcFeedClient) << "ignoring a binary frame nobody announced";
        return;
    }
    const PendingSnapshot expected = *pendingSnapshot;
    pendingSnapshot.reset();
    if (data.size() != expected.bytes) {
        Q_EMIT q->requestFailed(MessageType::Snapshot,
                                FeedClient::tr("Snapshot %1 has %2 bytes instead of %3.")
                                    .arg(expected.iteration)
                                    .arg(data.size())
                                    .arg(expected.bytes));
        return;
    }
    if (QCryptographicHash::hash(data, QCryptographicHash::Sha256) != expected.sha256) {
        Q_EMIT q->requestFailed(
            MessageType::Snapshot,
            FeedClient::tr("Snapshot %1 does not match its checksum.").arg(expected.iteration));
        return;
    }
    Q_EMIT q->snapshotReceived(expected.iteration, data);
}

void FeedClient::Private::onLost(QWebSocket *s)
{
    if (s != socket)
        return; // already handled, or an older socket
    const bool wasWelcomed = welcomedOnThisSocket;
    const int code = serverClosed ? int(s->closeCode())
                                  : int(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
    const QString reason = serverClosed ? s->closeReason() : QString();
    const int status = wasWelcomed ? 0 : FeedAddress::refusedStatus(socketError);
    const QString error = socketError;
    detachSocket();
    pendingSnapshot.reset();

    if (status != 0) {
        end(FeedAddress::refusalMessage(status));
        return;
    }
    if (code == Close::RunEnded) {
        qCInfo(lcFeedClient) << "the feed of" << runId << "ended:" << reason;
        errorString.clear(); // a normal end is no error
        setState(State::Ended);
        return;
    }
    if (code == Close::PolicyViolation) {
        end(FeedClient::tr("The feed closed the connection: %1")
                .arg(reason.isEmpty() ? FeedClient::tr("policy violation") : reason));
        return;
    }
    errorString = !reason.isEmpty() ? reason
        : !error.isEmpty()          ? error
                                    : FeedClient::tr("The connection to the feed was lost");
    qCInfo(lcFeedClient) << "lost the feed" << FeedAddress::loggable(address.url()) << "(code"
                         << code << ")" << errorString << "- reconnecting after seq" << lastSeq;
    scheduleReconnect();
}

void FeedClient::Private::scheduleReconnect()
{
    setState(State::Reconnecting);
    reconnectTimer.start(nextDelayMs);
    nextDelayMs = qMin(nextDelayMs * 2, maxDelayMs);
}

void FeedClient::Private::end(const QString &why)
{
    qCWarning(lcFeedClient) << "the feed" << FeedAddress::loggable(address.url())
                            << "ended:" << why;
    detachSocket();
    reconnectTimer.stop();
    errorString = why;
    setState(State::Ended);
}

bool FeedClient::Private::send(const QJsonObject &message)
{
    if (state != State::Connected || !socket)
        return false;
    const QByteArray frame = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (frame.size() > MaxClientFrameBytes)
        return false; // the server would close us for it
    return socket->sendTextMessage(QString::fromUtf8(frame)) == frame.size();
}

FeedClient::FeedClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->reconnectTimer.setSingleShot(true);
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->connectNow(); });
    d->helloTimer.setSingleShot(true);
    connect(&d->helloTimer, &QTimer::timeout, this, [this] {
        if (!d->socket)
            return;
        qCInfo(lcFeedClient) << "no hello from the feed in time";
        d->detachSocket();
        d->errorString = tr("The feed did not answer");
        d->scheduleReconnect();
    });
}

FeedClient::~FeedClient()
{
    d->detachSocket();
}

void FeedClient::setClientName(const QString &name)
{
    d->clientName = name;
}

void FeedClient::setReconnectDelays(int firstMs, int maxMs)
{
    d->firstDelayMs = qMax(1, firstMs);
    d->maxDelayMs = qMax(d->firstDelayMs, maxMs);
    d->nextDelayMs = d->firstDelayMs;
}

void FeedClient::open(const QUrl &url, const QByteArray &token, qint64 sinceSeq)
{
    close();
    d->runId.clear();
    d->readOnly = true;
    d->lastSeq = qMax<qint64>(0, sinceSeq);
    d->errorString.clear();
    d->nextDelayMs = d->firstDelayMs;

    Result<FeedAddress> address = FeedAddress::make(url, token);
    if (!address) {
        d->address = FeedAddress();
        d->end(address.error());
        return;
    }
    d->address = std::move(*address);
    d->setState(State::Connecting);
    d->connectNow();
}

void FeedClient::close()
{
    d->reconnectTimer.stop();
    if (d->socket) {
        QWebSocket *s = d->socket;
        d->socket = nullptr;
        d->helloTimer.stop();
        disconnect(s, nullptr, this, nullptr);
        s->close(QWebSocketProtocol::CloseCodeNormal);
        s->deleteLater();
    }
    d->pendingSnapshot.reset();
    d->setState(State::Disconnected);
}

FeedClient::State FeedClient::state() const
{
    return d->state;
}

QString FeedClient::runId() const
{
    return d->runId;
}

bool FeedClient::isReadOnly() const
{
    return d->readOnly;
}

qint64 FeedClient::lastSeq() const
{
    return d->lastSeq;
}

QString FeedClient::errorString() const
{
    return d->errorString;
}

bool FeedClient::sendStop()
{
    if (d->readOnly)
        return false;
    return d->send(QJsonObject { { QLatin1String("type"), MessageType::Stop } });
}

bool FeedClient::sendGuidance(const QString &text)
{
    if (d->readOnly || text.trimmed().isEmpty() || text.size() > MaxGuidanceChars)
        return false;
    return d->send(QJsonObject { { QLatin1String("type"), MessageType::Guidance },
                                 { QLatin1String("text"), text } });
}

bool FeedClient::requestSnapshot(int iteration)
{
    if (iteration < 1) // iterations count from 1
        return false;
    return d->send(QJsonObject { { QLatin1String("type"), MessageType::Snapshot },
                                 { QLatin1String("iteration"), iteration } });
}

bool FeedClient::requestSpec()
{
    return d->send(QJsonObject { { QLatin1String("type"), MessageType::Spec } });
}

} // namespace Autocoder::Feed
