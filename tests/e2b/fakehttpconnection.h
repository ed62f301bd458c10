#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Autocoder::E2b::Testing {

/// One parsed HTTP/1.1 request as the fake server sees it.
struct FakeHttpRequest
{
    QByteArray method;
    QString path; ///< decoded path, e.g. "/process.Process/Start"
    QByteArray rawQuery;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

/// Minimal HTTP/1.1 server side of one TCP connection: parses requests one at a time
/// (Content-Length or chunked bodies), writes plain or chunked responses. A fake, but
/// it speaks the real wire format so QNetworkAccessManager cannot tell.
class FakeHttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpConnection(QTcpSocket *socket, QObject *parent);

    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void respondJson(int status, const QByteArray &json,
                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

    /// Chunked streaming response.
    void beginStream(int status, const QByteArray &contentType);
    void writeChunk(const QByteArray &data);
    void endStream();
    /// Writes raw bytes (for faults such as a truncated frame) without chunk framing.
    void writeRaw(const QByteArray &data);
    /// Drops the TCP connection at once.
    void abortConnection();

    bool isStreaming() const { return m_streaming; }
    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

Q_SIGNALS:
    void requestReceived(const Autocoder::E2b::Testing::FakeHttpRequest &request);
    void closed();

private:
    void onReadyRead();
    void tryParse();
    void responseDone();

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_streaming = false;
    bool m_closeAfterResponse = false;
};

} // namespace Autocoder::E2b::Testing
