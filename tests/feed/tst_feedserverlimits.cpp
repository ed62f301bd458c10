// The feed server against hostile or broken clients: oversized, malformed and binary frames,
// a client that never reads, requests that never end.
#include "feedserverfixture.h"

#include "feed/feedprotocol.h"
#include "feed/feedserver.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Autocoder;
using namespace Autocoder::Feed;
using namespace FeedTesting;

namespace {

bool anyReasonContains(const QSignalSpy &spy, const QString &text)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(1).toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class FeedServerLimitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void badFramesCloseOnlyTheirClient();
    void aClientThatNeverReadsIsBoundedThenDropped();
    void requestsThatNeverEndOrNeverStopAreDropped();
    void aRequestInPiecesIsAccepted();
};

void FeedServerLimitsTest::badFramesCloseOnlyTheirClient()
{
    TestRun run;
    FeedServer::Options options;
    options.maxClientFrameBytes = 1024;
    auto server = startServer(run, options);
    QSignalSpy refused(server.get(), &FeedServer::clientRefused);
    Client watcher;
    watcher.open(server->url(run.id()), fullToken());
    QTRY_VERIFY(watcher.isOpen());

    struct Case
    {
        const char *name;
        std::function<void(QWebSocket &)> send;
        int code;
    };
    const QList<Case> cases = {
        { "not JSON", [](QWebSocket &s) { s.sendTextMessage(QStringLiteral("{stop")); },
          Close::PolicyViolation },
        { "an array", [](QWebSocket &s) { s.sendTextMessage(QStringLiteral("[1,2]")); },
          Close::PolicyViolation },
        { "binary", [](QWebSocket &s) { s.sendBinaryMessage("{\"type\":\"stop\"}"); },
          Close::PolicyViolation },
        // Qt refuses it from the frame's header, before reading its payload: 1009.
        { "oversized", [](QWebSocket &s) { s.sendTextMessage(QString(4096, QLatin1Char('x'))); },
          QWebSocketProtocol::CloseCodeTooMuchData },
        // Closed at its first frame while the rest still arrives: TCP may reset the connection
        // before the close frame is read, so any close will do.
        { "a flood",
          [](QWebSocket &s) {
              for (int i = 0; i < 2000; ++i)
                  s.sendTextMessage(QStringLiteral("garbage %1").arg(i));
          },
          0 },
    };
    QSignalSpy stops(server.get(), &FeedServer::stopRequested);
    for (const Case &c : cases) {
        Client bad;
        bad.open(server->url(run.id()), fullToken());
        QTRY_VERIFY2(bad.isOpen(), c.name);
        c.send(bad.socket);
        QTRY_VERIFY2(bad.closed, c.name);
        QVERIFY2(c.code == 0 || bad.closeCode == c.code,
                 qPrintable(QStringLiteral("%1: %2 %3")
                                .arg(QLatin1String(c.name))
                                .arg(bad.closeCode)
                                .arg(bad.closeReason)));
        QVERIFY2(c.code == 0 || !bad.closeReason.isEmpty(), c.name);
        // The others go on.
        run.append(1, 40, server.get());
        QTRY_COMPARE(watcher.events.size(), int(run.lastSeq()));
        QVERIFY(watcher.isOpen());
    }
    QCOMPARE(stops.size(), 0);
    QTRY_COMPARE(server->clientCount(run.id()), 1);
    QVERIFY(anyReasonContains(refused, QStringLiteral("malformed frame")));
    QVERIFY(anyReasonContains(refused, QStringLiteral("frame too large")));
    QCOMPARE(watcher.events, run.journalLines());
}

void FeedServerLimitsTest::aClientThatNeverReadsIsBoundedThenDropped()
{
    TestRun run;
    FeedServer::Options options;
    options.sendHighWaterBytes = 256 * 1024;
    options.slowClientTimeoutMs = 2000;
    auto server = startServer(run, options);
    QSignalSpy refused(server.get(), &FeedServer::clientRefused);

    // A healthy client alongside: it receives everything.
    QWebSocket healthy;
    qint64 healthyEvents = 0;
    qint64 healthyLastSeq = 0;
    connect(&healthy, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        if (object.contains(QLatin1String("seq"))) {
            ++healthyEvents;
            healthyLastSeq = object.value(QLatin1String("seq")).toInteger();
        }
    });
    healthy.open(withQuery(server->url(run.id()),
                           { { QStringLiteral("token"), QString::fromLatin1(fullToken()) } }));

    // The stalled client: completes the handshake, then its buffer fills and it stops reading.
    QTcpSocket stalled;
    stalled.setReadBufferSize(64 * 1024);
    stalled.connectToHost(QHostAddress(QHostAddress::LocalHost), server->port());
    stalled.write(upgradeRequest("/runs/run-1?token=" + fullToken()));
    QTRY_VERIFY(stalled.peek(12).startsWith("HTTP/1.1 101"));
    QTRY_COMPARE(server->clientCount(run.id()), 2);

    // 50+ MB journaled while it does not read.
    constexpr int EventBytes = 10 * 1024;
    constexpr int Events = 5200;
    qint64 mostBuffered = 0;
    for (int i = 0; i < Events / 100; ++i) {
        run.append(100, EventBytes, server.get());
        mostBuffered = qMax(mostBuffered, server->bufferedBytes(run.id()));
        QCoreApplication::processEvents();
        mostBuffered = qMax(mostBuffered, server->bufferedBytes(run.id()));
    }
    QVERIFY(QFileInfo(run.dir() + QStringLiteral("/events.jsonl")).size() > 50 * 1000 * 1000);
    // The mark, plus at most one line (and the close frame) queued past it.
    QVERIFY2(mostBuffered <= options.sendHighWaterBytes + EventBytes + 1024,
             qPrintable(QString::number(mostBuffered)));
    QVERIFY(mostBuffered >= options.sendHighWaterBytes); // it was reached: the test means it
    qInfo("most bytes queued for the stalled client: %lld", mostBuffered);

    QTRY_VERIFY_WITH_TIMEOUT(anyReasonContains(refused, QStringLiteral("too slow")), 10000);
    // Now read everything that was queued for it: events in order, then the close frame.
    stalled.setReadBufferSize(0);
    QByteArray received;
    bool gone = false;
    connect(&stalled, &QTcpSocket::readyRead, this, [&] { received += stalled.readAll(); });
    connect(&stalled, &QTcpSocket::disconnected, this, [&] { gone = true; });
    received += stalled.readAll();
    QTRY_VERIFY_WITH_TIMEOUT(gone, 10000);
    received += stalled.readAll();
    received = received.mid(received.indexOf("\r\n\r\n") + 4);
    const QList<Frame> frames = parseFrames(received);
    QVERIFY(frames.size() > 2);
    QCOMPARE(frames.constLast().opcode, 0x8);
    const QByteArray close = frames.constLast().payload;
    QCOMPARE((quint8(close.at(0)) << 8) | quint8(close.at(1)), Close::TryAgainLater);
    qint64 expected = 1;
    for (qsizetype i = 1; i + 1 < frames.size(); ++i) {
        const qint64 seq = QJsonDocument::fromJson(frames.at(i).payload)
                               .object()
                               .value(QLatin1String("seq"))
                               .toInteger();
        QCOMPARE(seq, expected++);
    }
    QCOMPARE(QString::fromUtf8(close.mid(2)),
             QStringLiteral("too slow: reconnect with since=%1").arg(expected - 1));
    QVERIFY(expected - 1 < Events); // it was far behind

    // The healthy one got all of it, and is still there.
    QTRY_COMPARE_WITH_TIMEOUT(healthyEvents, qint64(Events), 30000);
    QCOMPARE(healthyLastSeq, qint64(Events));
    QCOMPARE(healthy.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(server->clientCount(run.id()), 1);
}

void FeedServerLimitsTest::requestsThatNeverEndOrNeverStopAreDropped()
{
    TestRun run;
    FeedServer::Options options;
    options.handshakeTimeoutMs = 300;
    auto server = startServer(run, options);
    QSignalSpy refused(server.get(), &FeedServer::clientRefused);

    // Nothing at all.
    QElapsedTimer timer;
    timer.start();
    const QByteArray silent = rawExchange(server->port(), {}, 5000);
    QCOMPARE(statusLine(silent), QByteArray("HTTP/1.1 408 Request Timeout"));
    QVERIFY(timer.elapsed() < 4000);
    // Half a request, never finished.
    const QByteArray half = rawExchange(server->port(), "GET /runs/run-1 HTTP/1.1\r\nHost: x\r\n");
    QCOMPARE(statusLine(half), QByteArray("HTTP/1.1 408 Request Timeout"));
    // Headers beyond the limit.
    QByteArray huge = "GET /runs/run-1 HTTP/1.1\r\n";
    while (huge.size() <= MaxHandshakeBytes + 100)
        huge += "X-Padding: " + QByteArray(100, 'p') + "\r\n";
    const QByteArray tooLarge = rawExchange(server->port(), huge);
    QCOMPARE(statusLine(tooLarge), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
    // Frames sent before the answer.
    const QByteArray eager = rawExchange(
        server->port(), upgradeRequest("/runs/run-1?token=" + fullToken()) + "\x81\x85xxxx");
    QCOMPARE(statusLine(eager), QByteArray("HTTP/1.1 400 Bad Request"));
    QCOMPARE(refused.size(), 4);
    QCOMPARE(server->clientCount(run.id()), 0);
}

void FeedServerLimitsTest::aRequestInPiecesIsAccepted()
{
    TestRun run;
    run.append(2);
    auto server = startServer(run);
    const QByteArray request = upgradeRequest("/runs/run-1?token=" + fullToken());
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), server->port());
    for (qsizetype i = 0; i < request.size(); i += 20) {
        socket.write(request.mid(i, 20));
        QTest::qWait(5);
    }
    QTRY_VERIFY(received.contains("\r\n\r\n"));
    QCOMPARE(statusLine(received), QByteArray("HTTP/1.1 101 Switching Protocols"));
    // hello and both events follow.
    QTRY_COMPARE(parseFrames(received.mid(received.indexOf("\r\n\r\n") + 4)).size(), 3);
}

QTEST_GUILESS_MAIN(FeedServerLimitsTest)
#include "tst_feedserverlimits.moc"
