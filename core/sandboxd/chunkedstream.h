#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QTcpSocket;

namespace Autocoder::Sandboxd {

/// Writes one streamed HTTP/1.1 response (chunked transfer encoding) on a
/// connection that QAbstractHttpServer accepted and parsed. Each write() is one
/// chunk, flushed at once, so Connect envelopes reach the client as produced.
class ChunkedStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkedStream)
public:
    explicit ChunkedStream(QTcpSocket *socket, QObject *parent = nullptr);

    void begin(int status, const QList<QPair<QByteArray, QByteArray>> &headers);
    void write(const QByteArray &data);
    void finish();
    bool isOpen() const;
    /// Bytes written but not yet handed to the kernel (the client is slow or not reading).
    qint64 bytesToWrite() const;

Q_SIGNALS:
    /// Some of the pending bytes went out.
    void bytesWritten();
    /// The client went away before finish().
    void disconnected();

private:
    QPointer<QTcpSocket> m_socket;
    bool m_finished = false;
};

} // namespace Autocoder::Sandboxd
