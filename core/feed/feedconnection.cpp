#include "feed/feedconnection.h"

#include "feed/feedlog.h"
#include "feed/feedprotocol.h"
#include "run/runjournal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QWebSocket>

#include <cmath>

namespace Autocoder::Feed {

namespace {
/// A snapshot is sent as one binary frame held in memory until it is written: cap it.
constexpr qint64 MaxSnapshotBytes = qint64(256) * 1024 * 1024;
/// Requests waiting for their answer; a client that piles up more is not a client.
constexpr int MaxQueuedRequests = 8;
/// Highest iteration number a snapshot request may name.
constexpr double MaxIteration = 1e6;
} // namespace

FeedConnection::FeedConnection(QWebSocket *socket, const FeedAuthorisation &authorisation,
                               const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_auth(authorisation)
    , m_limits(limits)
    , m_cursor(authorisation.runDir + QLatin1Char('/') + Run::RunJournal::eventsFileName(),
               authorisation.since)
{
    m_socket->setParent(this);
    m_peer = m_socket->peerAddress().toString() + QLatin1Char(':')
        + QString::number(m_socket->peerPort());
    // Qt refuses a larger frame from its header, before reading its payload (close code 1009).
    m_socket->setMaxAllowedIncomingFrameSize(quint64(limits.maxClientFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(limits.maxClientFrameBytes));
    m_slowTimer.setSingleShot(true);
    m_slowTimer.setInterval(limits.slowClientTimeoutMs);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(qMax(limits.slowClientTimeoutMs, 2000));
    connect(&m_slowTimer, &QTimer::timeout, this, &FeedConnection::onSlow);
    m_endTimer.setSingleShot(true);
    m_endTimer.setInterval(RunEndedGraceMs);
    connect(&m_endTimer, &QTimer::timeout, this,
            [this] { closeNow(Close::RunEnded, QStringLiteral("run ended")); });
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &FeedConnection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this] { violate(tr("malformed frame: binary frames are not accepted")); });
    connect(m_socket, &QWebSocket::bytesWritten, this, &FeedConnection::pump);
    connect(m_socket, &QWebSocket::disconnected, this, &FeedConnection::onDisconnected);
}

FeedConnection::~FeedConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

QString FeedConnection::peer() const
{
    return m_peer;
}

qint64 FeedConnection::bufferedBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void FeedConnection::start()
{
    QJsonObject hello;
    hello.insert(QLatin1String("type"), MessageType::Hello);
    hello.insert(QLatin1String("protocol"), ProtocolVersion);
    hello.insert(QLatin1String("run"), m_auth.runId);
    hello.insert(QLatin1String("readOnly"), m_auth.readOnly);
    hello.insert(QLatin1String("lastSeq"),
                 FeedJournalCursor::lastSeqOf(m_auth.runDir + QLatin1Char('/')
                                              + Run::RunJournal::eventsFileName()));
    sendJson(hello);
    pump();
}

void FeedConnection::journalAppended()
{
    pump();
}

void FeedConnection::closeAfterJournal(int code)
{
    m_closeAfterJournal = code;
    pump();
}

void FeedConnection::closeNow(int code, const QString &reason)
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    m_slowTimer.stop();
    m_endTimer.stop();
    m_requests.clear();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_closeTimer.start();
}

void FeedConnection::pump()
{
    if (m_closing || !m_socket)
        return;
    const qint64 mark = m_limits.sendHighWaterBytes;
    // Once above the mark, wait until half of it has drained: a client that takes a byte now
    // and then is not kept alive by every byte it takes.
    if (m_aboveMark && bufferedBytes() > mark / 2)
        return;
    m_aboveMark = false;
    m_slowTimer.stop();
    while (bufferedBytes() < mark) {
        if (!m_requests.isEmpty()) {
            answer(m_requests.takeFirst());
            continue;
        }
        const std::optional<QByteArray> line = m_cursor.next();
        if (!line) {
            if (m_closeAfterJournal == Close::RunEnded) {
                // A client that has just seen the last files.snapshot asks for its archive
                // after the journal's end has gone out: answer for a moment before closing.
                if (!m_endTimer.isActive())
                    m_endTimer.start();
            } else if (m_closeAfterJournal != 0) {
                closeNow(m_closeAfterJournal, QStringLiteral("run unpublished"));
            }
            return;
        }
        m_socket->sendTextMessage(QString::fromUtf8(*line));
    }
    m_aboveMark = true;
    m_slowTimer.start();
}

void FeedConnection::onSlow()
{
    const QString reason =
        QStringLiteral("too slow: reconnect with since=%1").arg(m_cursor.lastSeq());
    Q_EMIT refused(reason);
    closeNow(Close::TryAgainLater, reason);
}

void FeedConnection::violate(const QString &reason)
{
    if (m_closing)
        return;
    Q_EMIT refused(reason);
    closeNow(Close::PolicyViolation, reason);
}

void FeedConnection::onDisconnected()
{
    m_slowTimer.stop();
    m_closeTimer.stop();
    // Qt closes on its own for frames over the limit (1009), bad UTF-8 (1007), protocol errors.
    if (!m_closing && m_socket) {
        switch (m_socket->closeCode()) {
        case QWebSocketProtocol::CloseCodeTooMuchData:
            Q_EMIT refused(tr("frame too large"));
            break;
        case QWebSocketProtocol::CloseCodeWrongDatatype:
            Q_EMIT refused(tr("malformed frame: not UTF-8"));
            break;
        case QWebSocketProtocol::CloseCodeProtocolError:
            Q_EMIT refused(tr("malformed frame: WebSocket protocol error"));
            break;
        default:
            break;
        }
    }
    m_closing = true;
    Q_EMIT finished();
}

void FeedConnection::onTextMessage(const QString &message)
{
    if (m_closing)
        return;
    const QByteArray utf8 = message.toUtf8();
    if (utf8.size() > m_limits.maxClientFrameBytes)
        return violate(tr("frame too large"));
    const QJsonDocument doc = QJsonDocument::fromJson(utf8);
    if (!doc.isObject())
        return violate(tr("malformed frame: not a JSON object"));
    const QJsonObject object = doc.object();
    Request request;
    request.type = object.value(QLatin1String("type")).toString().left(64);
    const bool steering =
        request.type == MessageType::Stop || request.type == MessageType::Guidance;
    if (steering && m_auth.readOnly) {
        request.error = tr("read-only token: watching only");
    } else if (request.type == MessageType::Stop) {
        Q_EMIT stopRequested(m_auth.source);
        return;
    } else if (request.type == MessageType::Guidance) {
        const QJsonValue text = object.value(QLatin1String("text"));
        if (!text.isString() || text.toString().trimmed().isEmpty())
            request.error = tr("guidance needs a text");
        else if (text.toString().size() > MaxGuidanceChars)
            request.error = tr("guidance is longer than %n characters", nullptr, MaxGuidanceChars);
        else {
            Q_EMIT guidanceReceived(text.toString(), m_auth.source);
            return;
        }
    } else if (request.type == MessageType::Snapshot) {
        const QJsonValue iteration = object.value(QLatin1String("iteration"));
        const double n = iteration.toDouble(-1);
        if (!iteration.isDouble() || n < 1 || n > MaxIteration || std::floor(n) != n)
            request.error = tr("iteration must be a positive whole number");
        else
            request.iteration = int(n);
    } else if (request.type != MessageType::Spec) {
        request.error = tr("unknown request");
    }
    queue(request);
}

void FeedConnection::queue(const Request &request)
{
    if (m_requests.size() >= MaxQueuedRequests)
        return violate(tr("too many requests waiting for their answers"));
    m_requests.append(request);
    if (m_endTimer.isActive())
        m_endTimer.start(); // the grace counts from the last request
    pump();
}

void FeedConnection::answer(const Request &request)
{
    if (!request.error.isEmpty())
        return sendError(request.type, request.error);
    if (request.type == MessageType::Snapshot)
        return answerSnapshot(request.iteration);
    const QJsonDocument spec = QJsonDocument::fromJson(Run::RunJournal::readSpec(m_auth.runDir));
    if (!spec.isObject())
        return sendError(request.type, tr("the run has no spec"));
    QJsonObject out;
    out.insert(QLatin1String("type"), MessageType::Spec);
    out.insert(QLatin1String("spec"), spec.object());
    sendJson(out);
}

void FeedConnection::answerSnapshot(int iteration)
{
    // The path is built from a number, never taken from the client.
    const QString path = m_auth.runDir + QStringLiteral("/snapshots/iter-%1.tar.gz").arg(iteration);
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return sendError(MessageType::Snapshot, tr("no snapshot of iteration %1").arg(iteration));
    if (info.size() > MaxSnapshotBytes)
        return sendError(MessageType::Snapshot, tr("the snapshot is too large to send"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sendError(MessageType::Snapshot, tr("cannot read the snapshot"));
    const QByteArray data = file.read(MaxSnapshotBytes + 1);
    if (data.size() > MaxSnapshotBytes)
        return sendError(MessageType::Snapshot, tr("the snapshot is too large to send"));
    QJsonObject header;
    header.insert(QLatin1String("type"), MessageType::Snapshot);
    header.insert(QLatin1String("iteration"), iteration);
    header.insert(QLatin1String("bytes"), qint64(data.size()));
    header.insert(
        QLatin1String("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    sendJson(header);
    m_socket->sendBinaryMessage(data);
}

void FeedConnection::sendJson(const QJsonObject &object)
{
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void FeedConnection::sendError(const QString &request, const QString &message)
{
    QJsonObject out;
    out.insert(QLatin1String("type"), MessageType::Error);
    out.insert(QLatin1String("request"), request);
    out.insert(QLatin1String("message"), message);
    sendJson(out);
}

} // namespace Autocoder::Feed
