#include "fakehttpconnection.h"

#include <QTimer>
#include <QUrl>

namespace Autocoder::E2b::Testing {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

constexpr qsizetype kMaxBody = 512 * 1024 * 1024;

} // namespace

FakeHttpConnection::FakeHttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    // Like Go's net/http (envd): no Nagle, or head and body segments wait for delayed ACKs.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        Q_EMIT closed();
        deleteLater();
    });
}

void FakeHttpConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    tryParse();
}

void FakeHttpConnection::tryParse()
{
    if (m_busy || !m_socket)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3) {
        respond(400, "text/plain", "bad request line");
        m_closeAfterResponse = true;
        return;
    }
    FakeHttpRequest request;
    request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(q >= 0 ? target.left(q) : target);
    if (q >= 0) {
        request.rawQuery = target.mid(q + 1);
        request.query.setQuery(QString::fromLatin1(request.rawQuery));
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    qsizetype bodyStart = headerEnd + 4;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = bodyStart;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return; // need more
            bool ok = false;
            const qsizetype size =
                m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || size > kMaxBody) {
                respond(400, "text/plain", "bad chunk");
                m_closeAfterResponse = true;
                return;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return;
            if (size == 0) {
                pos = lineEnd + 4;
                break;
            }
            body.append(m_buffer.mid(lineEnd + 2, size));
            pos = lineEnd + 2 + size + 2;
        }
        request.body = body;
        m_buffer.remove(0, pos);
    } else {
        const qsizetype length = request.header("content-length").toLongLong();
        if (length < 0 || length > kMaxBody) {
            respond(413, "text/plain", "too large");
            m_closeAfterResponse = true;
            return;
        }
        if (m_buffer.size() < bodyStart + length)
            return;
        request.body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);
    }
    if (request.header("connection").toLower() == "close")
        m_closeAfterResponse = true;
    m_busy = true;
    Q_EMIT requestReceived(request);
}

void FakeHttpConnection::respond(int status, const QByteArray &contentType, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    if (!m_socket)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty() && status != 204)
        head += "Content-Type: " + contentType + "\r\n";
    if (status != 204)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : extraHeaders)
        head += h.first + ": " + h.second + "\r\n";
    if (m_closeAfterResponse)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (status != 204)
        m_socket->write(body);
    m_socket->flush();
    responseDone();
}

void FakeHttpConnection::respondJson(int status, const QByteArray &json,
                                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    respond(status, "application/json", json, extraHeaders);
}

void FakeHttpConnection::beginStream(int status, const QByteArray &contentType)
{
    if (!m_socket)
        return;
    m_streaming = true;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    m_socket->write(head);
    m_socket->flush();
}

void FakeHttpConnection::writeChunk(const QByteArray &data)
{
    if (!m_socket || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    m_socket->flush();
}

void FakeHttpConnection::endStream()
{
    if (!m_socket || !m_streaming)
        return;
    m_socket->write("0\r\n\r\n");
    m_socket->flush();
    m_streaming = false;
    responseDone();
}

void FakeHttpConnection::writeRaw(const QByteArray &data)
{
    if (m_socket) {
        m_socket->write(data);
        m_socket->flush();
    }
}

void FakeHttpConnection::abortConnection()
{
    if (m_socket) {
        m_socket->flush();
        m_socket->abort();
    }
}

void FakeHttpConnection::responseDone()
{
    m_busy = false;
    if (m_closeAfterResponse) {
        if (m_socket)
            m_socket->disconnectFromHost();
        return;
    }
    // Next pipelined/keep-alive request, if any, after returning to the event loop.
    QTimer::singleShot(0, this, &FakeHttpConnection::tryParse);
}

} // namespace Autocoder::E2b::Testing
