#pragma once

// Helpers for the feed server's tests and benchmark: a real run folder written through
// RunJournal, WebSocket clients that record what they receive, and raw HTTP requests.

#include "feed/feedserver.h"
#include "run/runevents.h"
#include "run/runjournal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebSocket>
#include <QtTest>

#include <memory>

namespace FeedTesting {

using namespace Autocoder;

/// A run folder with a journal that tests append to; tells the server after each append.
class TestRun
{
public:
    explicit TestRun(const QString &id = QStringLiteral("run-1"))
        : m_id(id)
    {
        QString error;
        QVERIFY2(m_dir.isValid(), "temporary dir");
        QVERIFY2(m_journal.open(m_dir.path(), nullptr, &error), qPrintable(error));
    }

    const QString &id() const { return m_id; }
    QString dir() const { return m_dir.path(); }
    Run::RunJournal &journal() { return m_journal; }
    qint64 lastSeq() const { return m_seq; }

    /// Appends @p count log events whose text is @p textBytes long.
    void append(int count, int textBytes = 40, Feed::FeedServer *server = nullptr)
    {
        for (int i = 0; i < count; ++i) {
            Run::Log log;
            log.text = QStringLiteral("event %1 ").arg(m_seq + 1);
            log.text += QString(qMax(0, textBytes - int(log.text.size())), QLatin1Char('x'));
            Run::RunEvent event = Run::RunEvent::make(log);
            event.runId = m_id;
            event.seq = ++m_seq;
            event.time = QDateTime::currentDateTimeUtc();
            QVERIFY(m_journal.append(event));
        }
        if (server)
            server->journalAppended(m_id);
    }

    /// Every line of events.jsonl, without newlines.
    QList<QByteArray> journalLines() const
    {
        QFile file(m_dir.filePath(Run::RunJournal::eventsFileName()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
    }

private:
    QString m_id;
    QTemporaryDir m_dir;
    Run::RunJournal m_journal;
    qint64 m_seq = 0;
};

/// A WebSocket client that records every frame and how it was closed.
class Client
{
public:
    Client()
    {
        QObject::connect(
            &socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
                const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
                if (object.contains(QLatin1String("kind")))
                    events.append(text.toUtf8());
                else
                    controls.append(object);
            });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
                         [this](const QByteArray &data) { binaries.append(data); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] {
            closed = true;
            closeCode = int(socket.closeCode());
            closeReason = socket.closeReason();
        });
    }

    /// Opens @p url with the token in the Authorization header (empty: none).
    void open(const QUrl &url, const QByteArray &bearer)
    {
        QNetworkRequest request(url);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        socket.open(request);
    }

    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QJsonObject &object)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson()));
    }
    /// The seq of every event received, in order.
    QList<qint64> seqs() const
    {
        QList<qint64> out;
        for (const QByteArray &line : events)
            out.append(
                QJsonDocument::fromJson(line).object().value(QLatin1String("seq")).toInteger());
        return out;
    }
    QJsonObject lastControl(const QString &type) const
    {
        for (auto it = controls.crbegin(); it != controls.crend(); ++it) {
            if (it->value(QLatin1String("type")).toString() == type)
                return *it;
        }
        return {};
    }

    QWebSocket socket;
    QList<QByteArray> events;
    QList<QJsonObject> controls;
    QList<QByteArray> binaries;
    bool closed = false;
    int closeCode = 0;
    QString closeReason;
};

/// Sends @p request on a raw TCP connection to the server and returns what came back until
/// the server closed (or @p timeoutMs passed).
inline QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!request.isEmpty())
        socket.write(request);
    QElapsedTimer timer;
    timer.start();
    while (!closed && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    received += socket.readAll();
    return received;
}

inline QByteArray upgradeRequest(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        + extraHeaders + "\r\n";
}

inline const QByteArray &fullToken()
{
    static const QByteArray token = Feed::generateToken();
    return token;
}

inline const QByteArray &readOnlyToken()
{
    static const QByteArray token = Feed::generateToken();
    return token;
}

/// A server on 127.0.0.1 (any port) with both tokens, publishing @p run.
inline std::unique_ptr<Feed::FeedServer> startServer(const TestRun &run,
                                                     Feed::FeedServer::Options options = {})
{
    auto server = std::make_unique<Feed::FeedServer>();
    if (options.token.isEmpty())
        options.token = fullToken();
    if (options.readOnlyToken.isEmpty())
        options.readOnlyToken = readOnlyToken();
    const Result<void> listening = server->listen(options);
    if (!listening)
        qWarning() << listening.error();
    server->addRun(run.id(), run.dir());
    return server;
}

inline QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query(url);
    for (const auto &item : items)
        query.addQueryItem(item.first, item.second);
    url.setQuery(query);
    return url;
}

inline QByteArray statusLine(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n"));
}

} // namespace FeedTesting

namespace FeedTesting {

/// One WebSocket frame as a server sends it (unmasked).
struct Frame
{
    int opcode = 0;
    QByteArray payload;
};

/// Splits @p data into the frames it holds completely; @p consumed tells how far.
inline QList<Frame> parseFrames(const QByteArray &data, qsizetype *consumed = nullptr)
{
    QList<Frame> frames;
    qsizetype pos = 0;
    for (;;) {
        if (data.size() - pos < 2)
            break;
        const auto byte = [&](qsizetype i) {
            return quint8(data.at(pos + i));
        };
        qsizetype header = 2;
        quint64 length = byte(1) & 0x7f;
        if (length == 126) {
            if (data.size() - pos < 4)
                break;
            length = (quint64(byte(2)) << 8) | byte(3);
            header = 4;
        } else if (length == 127) {
            if (data.size() - pos < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | byte(2 + i);
            header = 10;
        }
        if (quint64(data.size() - pos - header) < length)
            break;
        frames.append({ byte(0) & 0x0f, data.mid(pos + header, qsizetype(length)) });
        pos += header + qsizetype(length);
    }
    if (consumed)
        *consumed = pos;
    return frames;
}

} // namespace FeedTesting
