#pragma once

// "The internet" for the egress proxy's tests and benchmark: a tiny HTTP server
// on a loopback address. GET /hello answers a short body; GET /big?n=BYTES
// streams BYTES bytes, writing more only as the peer takes them, so what it has
// sent shows how far a download got. It honours `Connection: close` and keeps
// the connection open otherwise, like a keep-alive server would.
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

class EgressOrigin : public QObject
{
public:
    explicit EgressOrigin(const QHostAddress &address)
    {
        if (!m_server.listen(address, 0))
            qFatal("origin cannot listen on %s", qPrintable(address.toString()));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    quint16 port() const { return m_server.serverPort(); }
    QByteArray lastRequestHead() const { return m_lastHead; }
    qint64 bytesSent() const { return m_bytesSent; }
    int connections() const { return m_connections; }

private:
    struct Peer
    {
        QByteArray buffer;
        bool answered = false;
        bool closeAfter = false;
        qint64 left = 0;
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            auto peer = std::make_shared<Peer>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket, peer] { onRead(socket, peer); });
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                             [this, socket, peer] { feed(socket, peer); });
        }
    }

    void onRead(QTcpSocket *socket, const std::shared_ptr<Peer> &peer)
    {
        peer->buffer += socket->readAll();
        const qsizetype end = peer->buffer.indexOf("\r\n\r\n");
        if (peer->answered || end < 0)
            return;
        peer->answered = true;
        m_lastHead = peer->buffer.left(end + 4);
        peer->closeAfter = m_lastHead.toLower().contains("\r\nconnection: close\r\n");
        const QByteArray target = m_lastHead.split(' ').value(1);
        if (target.startsWith("/big?n=")) {
            peer->left = target.mid(7).toLongLong();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                          "Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: "
                          + QByteArray::number(peer->left) + "\r\n\r\n");
            feed(socket, peer);
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: keep-alive\r\n"
                      "Keep-Alive: timeout=5\r\nContent-Length: 17\r\n\r\nhello from origin");
        if (peer->closeAfter)
            socket->disconnectFromHost();
    }

    void feed(QTcpSocket *socket, const std::shared_ptr<Peer> &peer)
    {
        static const QByteArray chunk(64 * 1024, 'x');
        while (peer->left > 0 && socket->bytesToWrite() < 1024 * 1024) {
            const qint64 n = qMin<qint64>(peer->left, chunk.size());
            socket->write(chunk.constData(), n);
            peer->left -= n;
            m_bytesSent += n;
            if (peer->left == 0 && peer->closeAfter)
                socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    QByteArray m_lastHead;
    qint64 m_bytesSent = 0;
    int m_connections = 0;
};
