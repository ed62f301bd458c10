#include "sandboxd/guardedsocket.h"

#include "sandboxd/requestgate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstring>
#include <sys/socket.h>

namespace Autocoder::Sandboxd {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 507:
        return "Insufficient Storage";
    default:
        return "Status";
    }
}
} // namespace

GuardedSocket::GuardedSocket(qintptr descriptor, RequestGate *gate, QObject *parent)
    : QTcpSocket(parent)
    , m_wire(new QTcpSocket(this))
    , m_gate(gate)
{
    m_wire->setSocketDescriptor(descriptor);
    // The wire holds at most this much that was not looked at; the kernel holds the rest and
    // the client's sending stalls.
    m_wire->setReadBufferSize(WireChunk);
    setPeerAddress(m_wire->peerAddress());
    setPeerPort(m_wire->peerPort());
    setLocalAddress(m_wire->localAddress());
    setLocalPort(m_wire->localPort());
    QIODevice::open(QIODevice::ReadWrite);
    setSocketState(m_wire->state() == ConnectedState ? ConnectedState : UnconnectedState);
    connect(m_wire, &QIODevice::readyRead, this, [this] { pump(); });
    connect(m_wire, &QIODevice::bytesWritten, this, [this](qint64 written) {
        Q_EMIT bytesWritten(written);
        if (m_mode == Mode::Closing)
            shutdownWhenFlushed();
    });
    connect(m_wire, &QAbstractSocket::disconnected, this, [this] { wireGone(); });
}

GuardedSocket::~GuardedSocket()
{
    // QAbstractSocket's destructor would abort() a connected socket it has no engine for.
    setSocketState(UnconnectedState);
}

qint64 GuardedSocket::bytesAvailable() const
{
    // The buffer this socket fills itself; QAbstractSocket's would count its own, unused one.
    return QIODevice::bytesAvailable() + m_released.size(); // NOLINT(bugprone-parent-virtual-call)
}

qint64 GuardedSocket::bytesToWrite() const
{
    return m_wire ? m_wire->bytesToWrite() : 0;
}

void GuardedSocket::disconnectFromHost()
{
    if (m_wire)
        m_wire->disconnectFromHost();
}

void GuardedSocket::close()
{
    if (m_wire)
        m_wire->disconnectFromHost();
    QIODevice::close(); // NOLINT(bugprone-parent-virtual-call): no socket of our own to close
}

qint64 GuardedSocket::readData(char *data, qint64 maxSize)
{
    if (m_released.isEmpty() && !m_pumping) {
        m_inRead = true;
        pump();
        m_inRead = false;
    }
    const qint64 n = qMin<qint64>(maxSize, m_released.size());
    if (n > 0) {
        std::memcpy(data, m_released.constData(), size_t(n));
        m_released.remove(0, int(n));
    }
    if (n == 0 && !m_wire)
        return -1;
    return n;
}

qint64 GuardedSocket::writeData(const char *data, qint64 size)
{
    if (!m_wire || m_mode == Mode::Closing)
        return -1;
    return m_wire->write(data, size);
}

void GuardedSocket::pump()
{
    if (m_pumping || !m_wire)
        return;
    m_pumping = true;
    bool progressed = true;
    while (progressed && m_wire) {
        progressed = false;
        if (m_mode == Mode::Closing) {
            // Read and drop what the client still sends, so that its answer is not lost
            // to a reset, until the linger time ends.
            while (m_wire && m_wire->bytesAvailable() > 0)
                m_wire->read(WireChunk);
            break;
        }
        if (m_framer.buffered() < WireChunk && m_wire->bytesAvailable() > 0) {
            m_framer.append(m_wire->read(WireChunk - m_framer.buffered()));
            progressed = true;
        }
        progressed = process() || progressed;
        if (!m_released.isEmpty()) {
            if (m_inRead)
                break; // the parser is reading right now
            // The parser reads (and handles) what was released before the next head is decided.
            const qint64 before = m_released.size();
            Q_EMIT readyRead();
            progressed = progressed || m_released.size() != before;
            if (!m_released.isEmpty())
                break;
        }
    }
    m_pumping = false;
    // Bytes left for a head that may only be decided outside the parser's read. Never for
    // bytes that wait for more input: the wire's readyRead comes back for those, and a
    // re-queue would spin on a client that sent half a head and went quiet.
    if (m_wire && m_mode != Mode::Closing && m_framer.buffered() > 0 && !m_pumpQueued
        && m_released.isEmpty() && m_waitingForParser) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

bool GuardedSocket::process()
{
    bool progressed = false;
    m_waitingForParser = false;
    while (m_mode != Mode::Closing) {
        if ((m_framer.atRequestStart() && (m_inRead || !m_released.isEmpty()))
            || m_released.size() >= WireChunk) {
            m_waitingForParser = true;
            return progressed;
        }
        RequestFramer::Step step = m_framer.next();
        switch (step.kind) {
        case RequestFramer::Kind::NeedMore:
            return progressed;
        case RequestFramer::Kind::Error:
            refuse(step.status, step.error);
            return true;
        case RequestFramer::Kind::Head:
            if (!decide(step))
                return true;
            break;
        case RequestFramer::Kind::Body:
            if (m_mode == Mode::Pass) {
                m_released += step.raw;
            } else if (!step.payload.isEmpty() && !m_sink->write(step.payload)) {
                respond(m_sink->response(), true);
                return true;
            }
            break;
        case RequestFramer::Kind::End:
            if (m_mode == Mode::Stream) {
                const bool ok = m_sink->finish();
                const BodySink::Response response = m_sink->response();
                m_sink.reset();
                m_mode = Mode::Head;
                respond(response, !ok);
            }
            if (m_mode != Mode::Closing)
                m_mode = Mode::Head;
            break;
        }
        progressed = true;
    }
    return progressed;
}

bool GuardedSocket::decide(const RequestFramer::Step &step)
{
    RequestGate::Decision decision = m_gate->decide(step.head);
    if (decision.kind == RequestGate::Decision::Kind::Reject) {
        respond(decision.rejection, true);
        return false;
    }
    if (!m_framer.beginBody(decision.maxBodyBytes)) {
        refuse(
            413,
            QStringLiteral("request body too large (limit %1 bytes)").arg(decision.maxBodyBytes));
        return false;
    }
    const bool hasBody = step.head.chunked || step.head.contentLength > 0;
    if (hasBody && step.head.header("Expect").toLower() == "100-continue")
        m_wire->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (decision.kind == RequestGate::Decision::Kind::Pass) {
        m_mode = Mode::Pass;
        m_released += step.raw;
    } else {
        m_mode = Mode::Stream;
        m_sink = std::move(decision.sink);
    }
    return true;
}

void GuardedSocket::refuse(int status, const QString &message)
{
    BodySink::Response response;
    response.status = status;
    response.body = QJsonDocument(QJsonObject { { QStringLiteral("code"), status },
                                                { QStringLiteral("message"), message } })
                        .toJson(QJsonDocument::Compact);
    respond(response, true);
}

void GuardedSocket::respond(const BodySink::Response &response, bool close)
{
    if (!m_wire || m_mode == Mode::Closing)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reason(response.status) + "\r\nContent-Type: " + response.contentType
        + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    m_wire->write(out + "\r\n" + response.body);
    if (!close)
        return;
    m_mode = Mode::Closing;
    m_sink.reset();
    m_released.clear();
    shutdownWhenFlushed();
    m_linger = new QTimer(this);
    m_linger->setSingleShot(true);
    connect(m_linger, &QTimer::timeout, this, [this] {
        if (m_wire)
            m_wire->abort();
    });
    m_linger->start(LingerMs);
}

void GuardedSocket::shutdownWhenFlushed()
{
    if (!m_wire || m_writeShut)
        return;
    m_wire->flush(); // may find the connection reset and end it (wireGone)
    if (!m_wire || m_wire->bytesToWrite() > 0)
        return;
    // The answer is out: end our direction, keep reading until the client closes or the
    // linger time ends (closing with unread input would reset the connection).
    m_writeShut = true;
    ::shutdown(int(m_wire->socketDescriptor()), SHUT_WR);
}

void GuardedSocket::wireGone()
{
    if (!m_wire)
        return;
    m_wire->deleteLater();
    m_wire = nullptr;
    m_sink.reset();
    setSocketState(UnconnectedState);
    Q_EMIT disconnected();
}

} // namespace Autocoder::Sandboxd
