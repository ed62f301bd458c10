#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

/// A feed server whose every frame the test writes by hand, on 127.0.0.1: for what the real
/// FeedServer never does (malformed frames, duplicates, a corrupted snapshot, close codes).
class ScriptedFeedServer : public QObject
{
public:
    ScriptedFeedServer()
        : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                m_requests.append(s->request());
                m_sockets.append(s);
                QObject::connect(s, &QWebSocket::textMessageReceived, this,
                                 [this, s](const QString &m) {
                                     m_received.append(m);
                                     if (m_onMessage)
                                         m_onMessage(s, m);
                                 });
                if (m_onConnection)
                    m_onConnection(s);
            }
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void stopListening() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/runs/r1")) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port()).arg(path));
    }

    /// Called with each new connection (after it is recorded).
    void onConnection(std::function<void(QWebSocket *)> f) { m_onConnection = std::move(f); }
    /// Called with each text frame a client sends.
    void onMessage(std::function<void(QWebSocket *, const QString &)> f)
    {
        m_onMessage = std::move(f);
    }

    QWebSocket *last() const { return m_sockets.isEmpty() ? nullptr : m_sockets.last().data(); }
    int connections() const { return int(m_requests.size()); }
    const QList<QNetworkRequest> &requests() const { return m_requests; }
    const QStringList &received() const { return m_received; }

    static QString hello(const QString &run = QStringLiteral("r1"), bool readOnly = false,
                         qint64 lastSeq = 0)
    {
        return QStringLiteral(
                   R"({"type":"hello","protocol":1,"run":"%1","readOnly":%2,"lastSeq":%3})")
            .arg(run, readOnly ? QStringLiteral("true") : QStringLiteral("false"))
            .arg(lastSeq);
    }
    static QString event(qint64 seq, const QString &run = QStringLiteral("r1"))
    {
        return QStringLiteral(
                   R"({"v":1,"run":"%1","seq":%2,"ts":"2026-01-01T00:00:00.000Z","kind":"log","data":{"level":"info","text":"line %2"}})")
            .arg(run)
            .arg(seq);
    }

private:
    QWebSocketServer m_server;
    QList<QPointer<QWebSocket>> m_sockets;
    QList<QNetworkRequest> m_requests;
    QStringList m_received;
    std::function<void(QWebSocket *)> m_onConnection;
    std::function<void(QWebSocket *, const QString &)> m_onMessage;
};

/// Answers every HTTP request with one fixed status line and closes: a refused handshake.
class RefusingHttpServer : public QObject
{
public:
    explicit RefusingHttpServer(QByteArray statusLine)
        : m_statusLine(std::move(statusLine))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_request += s->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    s->write("HTTP/1.1 " + m_statusLine
                             + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    s->disconnectFromHost();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_statusLine;
    QByteArray m_request;
    int m_connections = 0;
};
