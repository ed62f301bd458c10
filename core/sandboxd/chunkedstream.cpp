#include "sandboxd/chunkedstream.h"

#include <QTcpSocket>

namespace Autocoder::Sandboxd {

ChunkedStream::ChunkedStream(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    if (socket) {
        connect(socket, &QAbstractSocket::disconnected, this, [this] {
            if (!m_finished)
                Q_EMIT disconnected();
        });
        connect(socket, &QIODevice::bytesWritten, this, [this] { Q_EMIT bytesWritten(); });
        connect(socket, &QObject::destroyed, this, [this] {
            if (!m_finished)
                Q_EMIT disconnected();
        });
    }
}

void ChunkedStream::begin(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!isOpen())
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status)
        + (status == 200 ? QByteArray(" OK") : QByteArray(" Status")) + "\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Transfer-Encoding: chunked\r\n\r\n";
    m_socket->write(head);
    m_socket->flush();
}

void ChunkedStream::write(const QByteArray &data)
{
    if (!isOpen() || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    m_socket->flush();
}

void ChunkedStream::finish()
{
    if (!isOpen())
        return;
    m_finished = true;
    m_socket->write("0\r\n\r\n");
    m_socket->flush();
}

qint64 ChunkedStream::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool ChunkedStream::isOpen() const
{
    return !m_finished && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace Autocoder::Sandboxd
