#include "feed/feedaddress.h"
#include "feed/feedclient.h"
#include "feed/feedprotocol.h"
#include "feed/serverframe.h"

#include "livefeed.h"
#include "scriptedfeedserver.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace Autocoder;
using namespace Autocoder::Feed;

namespace {

const QByteArray Token = "tok-SECRET-0123456789abcdef";

// Every message logged while a test runs: the token must never be among them.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QList<QByteArray> journalLines(const QString &runDir)
{
    QFile f(runDir + QStringLiteral("/events.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

QList<QByteArray> lines(const QSignalSpy &spy)
{
    QList<QByteArray> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<Run::RunEvent>().toJsonLine().trimmed());
    return out;
}

int loggedDuplicates()
{
    return int(g_log.filter(QStringLiteral("dropping duplicate event")).size());
}

QList<qint64> seqs(const QSignalSpy &spy)
{
    QList<qint64> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<Run::RunEvent>().seq);
    return out;
}

} // namespace

class FeedClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Run::RunEvent>();
        QLoggingCategory::setFilterRules(QStringLiteral("autocoder.feed.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromLatin1(Token)), qPrintable(line));
    }

    void parsesServerFrames_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("type");

        using T = ServerFrame::Type;
        QTest::newRow("hello") << ScriptedFeedServer::hello().toUtf8() << true << int(T::Hello);
        QTest::newRow("event") << ScriptedFeedServer::event(3).toUtf8() << true << int(T::Event);
        QTest::newRow("error") << QByteArray(R"({"type":"error","request":"stop","message":"no"})")
                               << true << int(T::Error);
        QTest::newRow("snapshot") << QByteArray(
            "{\"type\":\"snapshot\",\"iteration\":2,\"bytes\":5,\"sha256\":\"" + QByteArray(64, 'a')
            + "\"}") << true << int(T::SnapshotHeader);
        QTest::newRow("spec") << QByteArray(R"({"type":"spec","spec":{"name":"x"}})") << true
                              << int(T::Spec);
        QTest::newRow("future type") << QByteArray(R"({"type":"ping"})") << true << int(T::Unknown);

        QTest::newRow("not json") << QByteArray("{nope") << false << 0;
        QTest::newRow("array") << QByteArray("[1,2]") << false << 0;
        QTest::newRow("both type and kind")
            << QByteArray(R"({"type":"hello","kind":"log"})") << false << 0;
        QTest::newRow("neither") << QByteArray(R"({"x":1})") << false << 0;
        QTest::newRow("event without seq")
            << QByteArray(R"({"v":1,"run":"r1","kind":"log","data":{}})") << false << 0;
        QTest::newRow("event with seq 0") << QByteArray(
            R"({"v":1,"run":"r1","seq":0,"ts":"2026-01-01T00:00:00.000Z","kind":"log","data":{}})")
                                          << false << 0;
        QTest::newRow("hello without run")
            << QByteArray(R"({"type":"hello","protocol":1,"readOnly":false})") << false << 0;
        QTest::newRow("hello with fractional lastSeq")
            << QByteArray(R"({"type":"hello","protocol":1,"run":"r","lastSeq":1.5})") << false << 0;
        QTest::newRow("snapshot with short sha")
            << QByteArray(R"({"type":"snapshot","iteration":2,"bytes":5,"sha256":"abcd"})") << false
            << 0;
        QTest::newRow("snapshot with huge size")
            << QByteArray("{\"type\":\"snapshot\",\"iteration\":2,\"bytes\":1e300,\"sha256\":\""
                          + QByteArray(64, 'a') + "\"}")
            << false << 0;
        QTest::newRow("snapshot with negative iteration")
            << QByteArray("{\"type\":\"snapshot\",\"iteration\":-1,\"bytes\":5,\"sha256\":\""
                          + QByteArray(64, 'a') + "\"}")
            << false << 0;
        QTest::newRow("spec not an object")
            << QByteArray(R"({"type":"spec","spec":"x"})") << false << 0;
    }

    void parsesServerFrames()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, type);
        const Result<ServerFrame> frame = ServerFrame::parse(text);
        QCOMPARE(frame.isOk(), ok);
        if (ok)
            QCOMPARE(int(frame->type), type);
        else
            QVERIFY(!frame.error().isEmpty());
    }

    void helloWithoutReadOnlyIsReadOnly()
    {
        const auto frame = ServerFrame::parse(R"({"type":"hello","protocol":1,"run":"r"})");
        QVERIFY(frame);
        QVERIFY(frame->readOnly);
    }

    void makesFeedAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("clean"); ///< empty: refused
        QTest::addColumn<QByteArray>("bearer");
        QTest::newRow("plain") << QStringLiteral("ws://127.0.0.1:8080/runs/a") << QByteArray("t")
                               << QStringLiteral("ws://127.0.0.1:8080/runs/a") << QByteArray("t");
        QTest::newRow("token in the url")
            << QStringLiteral("ws://127.0.0.1:8080/?token=abc&since=5&client=x&keep=1")
            << QByteArray() << QStringLiteral("ws://127.0.0.1:8080/?keep=1") << QByteArray("abc");
        QTest::newRow("given token wins")
            << QStringLiteral("ws://127.0.0.1:8080/?token=abc") << QByteArray("def")
            << QStringLiteral("ws://127.0.0.1:8080/") << QByteArray("def");
        QTest::newRow("http means ws") << QStringLiteral("http://localhost:1/") << QByteArray("t")
                                       << QStringLiteral("ws://localhost:1/") << QByteArray("t");
        QTest::newRow("https means wss")
            << QStringLiteral("https://feed.example/runs/a") << QByteArray("t")
            << QStringLiteral("wss://feed.example/runs/a") << QByteArray("t");
        QTest::newRow("no token") << QStringLiteral("ws://127.0.0.1:1/") << QByteArray()
                                  << QString() << QByteArray();
        QTest::newRow("no host") << QStringLiteral("ws:///runs/a") << QByteArray("t") << QString()
                                 << QByteArray();
        QTest::newRow("other scheme")
            << QStringLiteral("file:///etc/passwd") << QByteArray("t") << QString() << QByteArray();
        QTest::newRow("header injection")
            << QStringLiteral("ws://127.0.0.1:1/") << QByteArray("t\r\nHost: evil") << QString()
            << QByteArray();
        QTest::newRow("space") << QStringLiteral("ws://127.0.0.1:1/") << QByteArray("a b")
                               << QString() << QByteArray();
    }

    void makesFeedAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, token);
        QFETCH(QString, clean);
        QFETCH(QByteArray, bearer);
        const Result<FeedAddress> address = FeedAddress::make(QUrl(url), token);
        QCOMPARE(address.isOk(), !clean.isEmpty());
        if (!address) {
            QVERIFY(!address.error().isEmpty());
            return;
        }
        QCOMPARE(address->url().toString(), clean);
        const QNetworkRequest request = address->request(12, QStringLiteral("me"));
        QCOMPARE(request.rawHeader("Authorization"), "Bearer " + bearer);
        const QUrlQuery query(request.url());
        QCOMPARE(query.queryItemValue(QStringLiteral("since")), QStringLiteral("12"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client")), QStringLiteral("me"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("token")));
    }

    void readsRefusedHandshakes()
    {
        QCOMPARE(FeedAddress::refusedStatus(
                     QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http status "
                                    "code: 401 (Unauthorized).")),
                 401);
        QCOMPARE(FeedAddress::refusedStatus(QStringLiteral("Connection refused")), 0);
        QCOMPARE(FeedAddress::refusalMessage(401),
                 QStringLiteral("The feed refused the token (HTTP 401)"));
        QVERIFY(FeedAddress::refusalMessage(418).contains(QStringLiteral("HTTP 418")));
        QCOMPARE(FeedAddress::loggable(QUrl(QStringLiteral("ws://u:p@h:1/runs/a?token=SECRET"))),
                 QStringLiteral("ws://h:1/runs/a"));
    }

    void sendsTheTokenInTheHeaderNotTheUrl()
    {
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        FeedClient client;
        client.setClientName(QStringLiteral("laptop"));
        // A pasted URL with the token in it: the token moves to the header.
        QUrl url = server.url();
        url.setQuery(QStringLiteral("token=%1&since=99").arg(QString::fromLatin1(Token)));
        client.open(url, QByteArray(), 7);
        QCOMPARE(client.state(), FeedClient::State::Connecting);
        QTRY_COMPARE(server.connections(), 1);

        const QNetworkRequest request = server.requests().first();
        QCOMPARE(request.rawHeader("Authorization"), "Bearer " + Token);
        const QUrlQuery query(request.url());
        QVERIFY(!request.url().toString().contains(QString::fromLatin1(Token)));
        QVERIFY(!query.hasQueryItem(QStringLiteral("token")));
        QCOMPARE(query.queryItemValue(QStringLiteral("since")), QStringLiteral("7"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client")), QStringLiteral("laptop"));
        QCOMPARE(request.url().path(), QStringLiteral("/runs/r1"));
    }

    void refusesBadAddressesAndTokens()
    {
        FeedClient client;
        client.open(QUrl(QStringLiteral("ftp://127.0.0.1:1/")), Token);
        QCOMPARE(client.state(), FeedClient::State::Ended);
        QVERIFY(!client.errorString().isEmpty());

        client.open(QUrl(QStringLiteral("ws://127.0.0.1:1/")), QByteArray());
        QCOMPARE(client.state(), FeedClient::State::Ended);

        client.open(QUrl(QStringLiteral("ws://127.0.0.1:1/")), "abc\r\nX-Evil: 1");
        QCOMPARE(client.state(), FeedClient::State::Ended);
        QVERIFY(!client.sendStop());
    }

    void welcomesThenPassesEventsOnceInOrder()
    {
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        server.onConnection([](QWebSocket *s) {
            s->sendTextMessage(ScriptedFeedServer::hello(QStringLiteral("r1"), false, 3));
            for (const qint64 seq : { 1, 2, 2, 1, 3 })
                s->sendTextMessage(ScriptedFeedServer::event(seq));
            // Garbage a hostile or broken server could send: logged and ignored.
            s->sendTextMessage(QStringLiteral("{not json"));
            s->sendTextMessage(QStringLiteral("[1,2,3]"));
            s->sendTextMessage(QStringLiteral(R"({"kind":"log"})"));
            s->sendBinaryMessage("unannounced");
            s->sendTextMessage(ScriptedFeedServer::event(4));
        });
        FeedClient client;
        QSignalSpy welcomed(&client, &FeedClient::welcomed);
        QSignalSpy events(&client, &FeedClient::eventReceived);
        client.open(server.url(), Token);
        QTRY_COMPARE(events.size(), 4);
        QCOMPARE(welcomed.size(), 1);
        QCOMPARE(welcomed.first().at(0).toString(), QStringLiteral("r1"));
        QCOMPARE(welcomed.first().at(1).toBool(), false);
        QCOMPARE(welcomed.first().at(2).toLongLong(), 3);
        QCOMPARE(seqs(events), QList<qint64>({ 1, 2, 3, 4 }));
        QVERIFY(loggedDuplicates() >= 2); // what the tests against the real server count
        QCOMPARE(client.state(), FeedClient::State::Connected);
        QCOMPARE(client.runId(), QStringLiteral("r1"));
        QCOMPARE(client.lastSeq(), 4);
        QVERIFY(!client.isReadOnly());
    }

    void refusedTokenEndsWithoutRetry()
    {
        RefusingHttpServer server("401 Unauthorized");
        QVERIFY(server.listen());
        FeedClient client;
        client.setReconnectDelays(20, 40);
        QSignalSpy states(&client, &FeedClient::stateChanged);
        client.open(server.url(), Token);
        QTRY_COMPARE(client.state(), FeedClient::State::Ended);
        QCOMPARE(client.errorString(), QStringLiteral("The feed refused the token (HTTP 401)"));
        QVERIFY(server.request().contains("Authorization: Bearer " + Token));
        QTest::qWait(200); // several reconnection delays: none may happen
        QCOMPARE(server.connections(), 1);
        QVERIFY(!states.isEmpty());
        for (const QList<QVariant> &args : std::as_const(states))
            QVERIFY(args.at(0).value<FeedClient::State>() != FeedClient::State::Reconnecting);
    }

    void otherRefusalsEndToo_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QString>("needle");
        QTest::newRow("404") << QByteArray("404 Not Found") << QStringLiteral("HTTP 404");
        QTest::newRow("503") << QByteArray("503 Service Unavailable") << QStringLiteral("HTTP 503");
    }

    void otherRefusalsEndToo()
    {
        QFETCH(QByteArray, status);
        QFETCH(QString, needle);
        RefusingHttpServer server(status);
        QVERIFY(server.listen());
        FeedClient client;
        client.setReconnectDelays(20, 40);
        client.open(server.url(), Token);
        QTRY_COMPARE(client.state(), FeedClient::State::Ended);
        QVERIFY2(client.errorString().contains(needle), qPrintable(client.errorString()));
        QTest::qWait(100);
        QCOMPARE(server.connections(), 1);
    }

    void reconnectsWithSinceAfterAnAbnormalLoss()
    {
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        server.onConnection([&server](QWebSocket *s) {
            s->sendTextMessage(ScriptedFeedServer::hello());
            const qint64 since =
                QUrlQuery(s->request().url()).queryItemValue(QStringLiteral("since")).toLongLong();
            // The first connection gets 1..3 and dies; the next ones continue after since
            // (one duplicate on purpose: it must be dropped).
            const qint64 from = server.connections() == 1 ? 1 : since;
            for (qint64 seq = from; seq <= since + 3; ++seq)
                s->sendTextMessage(ScriptedFeedServer::event(seq));
            if (server.connections() == 1)
                QTimer::singleShot(100, s, [s] { s->abort(); }); // after the frames are out
        });
        FeedClient client;
        client.setReconnectDelays(20, 100);
        QSignalSpy states(&client, &FeedClient::stateChanged);
        QSignalSpy events(&client, &FeedClient::eventReceived);
        client.open(server.url(), Token);
        QTRY_COMPARE(server.connections(), 2);
        QTRY_COMPARE(events.size(), 6);
        QCOMPARE(seqs(events), QList<qint64>({ 1, 2, 3, 4, 5, 6 }));
        QCOMPARE(QUrlQuery(server.requests().at(1).url()).queryItemValue(QStringLiteral("since")),
                 QStringLiteral("3"));
        QCOMPARE(server.requests().at(1).rawHeader("Authorization"), "Bearer " + Token);
        QList<FeedClient::State> seen;
        for (const QList<QVariant> &args : std::as_const(states))
            seen.append(args.at(0).value<FeedClient::State>());
        QCOMPARE(seen,
                 QList<FeedClient::State>(
                     { FeedClient::State::Connecting, FeedClient::State::Connected,
                       FeedClient::State::Reconnecting, FeedClient::State::Connected }));
    }

    void closeCodesDecideWhetherToReconnect_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("reconnects");
        QTest::addColumn<bool>("hasError");
        QTest::newRow("1000 run ended") << 1000 << false << false;
        QTest::newRow("1008 policy") << 1008 << false << true;
        QTest::newRow("1001 going away") << 1001 << true << false;
        QTest::newRow("1013 too slow") << 1013 << true << false;
    }

    void closeCodesDecideWhetherToReconnect()
    {
        QFETCH(int, code);
        QFETCH(bool, reconnects);
        QFETCH(bool, hasError);
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        server.onConnection([&server, code](QWebSocket *s) {
            s->sendTextMessage(ScriptedFeedServer::hello());
            if (server.connections() == 1)
                s->close(QWebSocketProtocol::CloseCode(code), QStringLiteral("because"));
        });
        FeedClient client;
        client.setReconnectDelays(20, 40);
        client.open(server.url(), Token);
        if (reconnects) {
            QTRY_COMPARE(server.connections(), 2);
            QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        } else {
            QTRY_COMPARE(client.state(), FeedClient::State::Ended);
            QTest::qWait(150);
            QCOMPARE(server.connections(), 1);
            QCOMPARE(client.errorString().isEmpty(), !hasError);
        }
    }

    void retriesWhileTheServerIsDownThenResetsTheDelay()
    {
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        const quint16 port = server.port();
        server.onConnection([](QWebSocket *s) {
            s->sendTextMessage(ScriptedFeedServer::hello());
            s->sendTextMessage(ScriptedFeedServer::event(1));
        });
        FeedClient client;
        client.setReconnectDelays(20, 80);
        QSignalSpy events(&client, &FeedClient::eventReceived);
        client.open(server.url(), Token);
        QTRY_COMPARE(events.size(), 1);
        server.stopListening();
        server.last()->abort();
        QTRY_COMPARE(client.state(), FeedClient::State::Reconnecting);
        QTest::qWait(300); // a few refused attempts (20, 40, 80, 80 ms)
        QCOMPARE(client.state(), FeedClient::State::Reconnecting);
        QVERIFY(!client.errorString().isEmpty());
        QVERIFY(server.listen(port));
        QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        QVERIFY(client.errorString().isEmpty());
        QCOMPARE(events.size(), 1); // event 1 again: a duplicate, dropped
    }

    void closeStopsEverything()
    {
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        server.onConnection([](QWebSocket *s) { s->sendTextMessage(ScriptedFeedServer::hello()); });
        FeedClient client;
        client.setReconnectDelays(20, 40);
        client.open(server.url(), Token);
        QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        client.close();
        QCOMPARE(client.state(), FeedClient::State::Disconnected);
        QVERIFY(!client.sendStop());
        QVERIFY(!client.requestSpec());
        QTest::qWait(150);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(client.state(), FeedClient::State::Disconnected);
    }

    void sendsRequestsOnlyWhenAllowed()
    {
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        bool readOnly = true;
        server.onConnection([&readOnly](QWebSocket *s) {
            s->sendTextMessage(ScriptedFeedServer::hello(QStringLiteral("r1"), readOnly));
        });
        FeedClient client;
        QVERIFY(!client.sendStop()); // not connected
        QVERIFY(!client.requestSnapshot(1));
        client.open(server.url(), Token);
        QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        QVERIFY(client.isReadOnly());
        QVERIFY(!client.sendStop());
        QVERIFY(!client.sendGuidance(QStringLiteral("go on")));
        QVERIFY(client.requestSpec());
        QVERIFY(client.requestSnapshot(2));
        QVERIFY(!client.requestSnapshot(-1));
        QVERIFY(!client.requestSnapshot(0));
        QTRY_COMPARE(server.received().size(), 2);
        QCOMPARE(server.received().at(0), QStringLiteral(R"({"type":"spec"})"));
        QCOMPARE(server.received().at(1), QStringLiteral(R"({"iteration":2,"type":"snapshot"})"));

        readOnly = false;
        client.open(server.url(), Token);
        QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        QVERIFY(client.sendStop());
        QVERIFY(client.sendGuidance(QStringLiteral("go on")));
        QVERIFY(!client.sendGuidance(QString())); // nothing to say
        QVERIFY(!client.sendGuidance(QString(MaxGuidanceChars + 1, QLatin1Char('x'))));
        QTRY_COMPARE(server.received().size(), 4);
        QCOMPARE(server.received().at(2), QStringLiteral(R"({"type":"stop"})"));
        QCOMPARE(server.received().at(3), QStringLiteral(R"({"text":"go on","type":"guidance"})"));
    }

    void checksSnapshots()
    {
        const QByteArray archive = QByteArray("pretend this is a tar.gz ").repeated(100);
        const QByteArray sha =
            QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex();
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        server.onConnection([&](QWebSocket *s) {
            s->sendTextMessage(ScriptedFeedServer::hello());
            const auto header = [](int iteration, qint64 bytes, const QByteArray &sha) {
                return QStringLiteral(
                           R"({"type":"snapshot","iteration":%1,"bytes":%2,"sha256":"%3"})")
                    .arg(iteration)
                    .arg(bytes)
                    .arg(QString::fromLatin1(sha));
            };
            s->sendTextMessage(header(1, archive.size(), sha));
            s->sendTextMessage(ScriptedFeedServer::event(1)); // events may come in between
            s->sendBinaryMessage(archive);
            s->sendTextMessage(header(2, archive.size(), sha)); // wrong size
            s->sendBinaryMessage(archive.left(10));
            s->sendTextMessage(header(3, archive.size(), sha)); // corrupted
            QByteArray corrupted = archive;
            corrupted[5] = 'X';
            s->sendBinaryMessage(corrupted);
            s->sendTextMessage(QStringLiteral(
                R"({"type":"error","request":"snapshot","message":"no iteration 9"})"));
            s->sendTextMessage(QStringLiteral(R"({"type":"spec","spec":{"name":"demo"}})"));
        });
        FeedClient client;
        QSignalSpy snapshots(&client, &FeedClient::snapshotReceived);
        QSignalSpy failures(&client, &FeedClient::requestFailed);
        QSignalSpy specs(&client, &FeedClient::specReceived);
        QSignalSpy events(&client, &FeedClient::eventReceived);
        client.open(server.url(), Token);
        QTRY_COMPARE(specs.size(), 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(snapshots.first().at(0).toInt(), 1);
        QCOMPARE(snapshots.first().at(1).toByteArray(), archive);
        QCOMPARE(failures.size(), 3);
        QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("snapshot"));
        QVERIFY(failures.at(0).at(1).toString().contains(QStringLiteral("bytes")));
        QVERIFY(failures.at(1).at(1).toString().contains(QStringLiteral("checksum")));
        QCOMPARE(failures.at(2).at(1).toString(), QStringLiteral("no iteration 9"));
        QVERIFY(QJsonDocument::fromJson(specs.first().at(0).toByteArray()).isObject());
        QCOMPARE(client.state(), FeedClient::State::Connected);
    }

    void anotherRunAfterReconnectEnds()
    {
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        server.onConnection([&server](QWebSocket *s) {
            s->sendTextMessage(ScriptedFeedServer::hello(
                server.connections() == 1 ? QStringLiteral("r1") : QStringLiteral("r2")));
            if (server.connections() == 1)
                QTimer::singleShot(100, s, [s] { s->abort(); }); // after the frames are out
        });
        FeedClient client;
        client.setReconnectDelays(20, 40);
        client.open(server.url(), Token);
        QTRY_COMPARE(client.state(), FeedClient::State::Ended);
        QVERIFY(client.errorString().contains(QStringLiteral("r2")));
    }
    // --- against the real FeedServer --------------------------------------------------------

    void receivesExactlyTheJournal()
    {
        LiveFeed feed;
        feed.log(30);
        QVERIFY(feed.start());
        FeedClient client;
        client.setClientName(QStringLiteral("watcher"));
        QSignalSpy welcomed(&client, &FeedClient::welcomed);
        QSignalSpy events(&client, &FeedClient::eventReceived);
        const int duplicatesBefore = loggedDuplicates();
        client.open(feed.server.url(feed.run.id()), LiveFeed::token());
        QTRY_COMPARE(events.size(), 30);
        QCOMPARE(welcomed.first().at(0).toString(), feed.run.id());
        QCOMPARE(welcomed.first().at(1).toBool(), false);
        QCOMPARE(welcomed.first().at(2).toLongLong(), 30);
        feed.log(20); // live, after joining
        QTRY_COMPARE(events.size(), 50);
        QCOMPARE(lines(events), journalLines(feed.run.dir()));
        QCOMPARE(loggedDuplicates(), duplicatesBefore);

        // The single-run address and a late `since` give the same lines from there on.
        FeedClient late;
        QSignalSpy lateEvents(&late, &FeedClient::eventReceived);
        late.open(feed.server.url(), LiveFeed::token(), 42);
        QTRY_COMPARE(lateEvents.size(), 8);
        QCOMPARE(lines(lateEvents), journalLines(feed.run.dir()).mid(42));
    }

    void droppedMidRunReconnectsWithSinceAndMissesNothing()
    {
        LiveFeed feed;
        feed.log(20);
        QVERIFY(feed.start());
        const quint16 port = feed.server.port();
        FeedClient client;
        client.setReconnectDelays(20, 100);
        QSignalSpy events(&client, &FeedClient::eventReceived);
        const int duplicatesBefore = loggedDuplicates();
        client.open(feed.server.url(feed.run.id()), LiveFeed::token());
        QTRY_COMPARE(events.size(), 20);

        // The server goes away (1001) while the run goes on; it comes back on the same port.
        feed.server.close();
        QTRY_COMPARE(client.state(), FeedClient::State::Reconnecting);
        feed.log(10);
        QVERIFY(feed.start(port));
        QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        QTRY_COMPARE(events.size(), 30);

        // The run is taken off the feed with "going away", then published again.
        feed.server.removeRun(feed.run.id(), Close::GoingAway);
        QTRY_COMPARE(client.state(), FeedClient::State::Reconnecting);
        feed.run.log(QStringLiteral("while unpublished"));
        feed.server.addRun(feed.run.id(), feed.run.dir());
        QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        feed.log(5);
        QTRY_COMPARE(events.size(), 36);
        QTest::qWait(50);
        QCOMPARE(events.size(), 36);
        QCOMPARE(lines(events), journalLines(feed.run.dir()));
        // `since` did its work: the server sent nothing twice.
        QCOMPARE(loggedDuplicates(), duplicatesBefore);

        // The run ends: close 1000, no reconnection.
        feed.server.removeRun(feed.run.id(), Close::RunEnded);
        QTRY_COMPARE(client.state(), FeedClient::State::Ended);
        QVERIFY(client.errorString().isEmpty());
    }

    void aWrongTokenIsRefusedOnce_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("wrong") << QByteArray("not-the-token");
        QTest::newRow("almost") << QByteArray(LiveFeed::token()).append('x');
    }

    void aWrongTokenIsRefusedOnce()
    {
        QFETCH(QByteArray, token);
        LiveFeed feed;
        feed.log(3);
        QVERIFY(feed.start());
        QSignalSpy refused(&feed.server, &FeedServer::clientRefused);
        FeedClient client;
        client.setReconnectDelays(20, 40);
        QSignalSpy events(&client, &FeedClient::eventReceived);
        client.open(feed.server.url(feed.run.id()), token);
        QTRY_COMPARE(client.state(), FeedClient::State::Ended);
        QCOMPARE(client.errorString(), QStringLiteral("The feed refused the token (HTTP 401)"));
        QTest::qWait(200);
        QCOMPARE(refused.size(), 1); // no retry
        QCOMPARE(client.state(), FeedClient::State::Ended);
        QVERIFY(events.isEmpty());
    }

    void anUnknownRunEnds()
    {
        LiveFeed feed;
        QVERIFY(feed.start());
        FeedClient client;
        client.setReconnectDelays(20, 40);
        client.open(feed.server.url(QStringLiteral("no-such-run")), LiveFeed::token());
        QTRY_COMPARE(client.state(), FeedClient::State::Ended);
        QVERIFY2(client.errorString().contains(QStringLiteral("HTTP 404")),
                 qPrintable(client.errorString()));
    }

    void readOnlyTokenWatchesOnly()
    {
        LiveFeed feed;
        feed.log(2);
        QVERIFY(feed.run.writeSpec("{\"name\":\"demo\"}"));
        QVERIFY(feed.start());
        QSignalSpy stops(&feed.server, &FeedServer::stopRequested);
        FeedClient client;
        QSignalSpy events(&client, &FeedClient::eventReceived);
        QSignalSpy specs(&client, &FeedClient::specReceived);
        client.open(feed.server.url(feed.run.id()), LiveFeed::readOnlyToken());
        QTRY_COMPARE(events.size(), 2);
        QVERIFY(client.isReadOnly());
        QVERIFY(!client.sendStop());
        QVERIFY(!client.sendGuidance(QStringLiteral("go")));
        QVERIFY(client.requestSpec()); // watching includes the spec
        QTRY_COMPARE(specs.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(specs.first().at(0).toByteArray())
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("demo"));
        QTest::qWait(50);
        QVERIFY(stops.isEmpty());
        QCOMPARE(client.state(), FeedClient::State::Connected);
    }

    void stopAndGuidanceReachTheServer()
    {
        LiveFeed feed;
        feed.log(1);
        QVERIFY(feed.start());
        QSignalSpy stops(&feed.server, &FeedServer::stopRequested);
        QSignalSpy guidance(&feed.server, &FeedServer::guidanceReceived);
        FeedClient client;
        client.setClientName(QStringLiteral("desk"));
        client.open(feed.server.url(feed.run.id()), LiveFeed::token());
        QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        QVERIFY(client.sendStop());
        QVERIFY(client.sendGuidance(QStringLiteral("try sqlite")));
        QTRY_COMPARE(stops.size(), 1);
        QTRY_COMPARE(guidance.size(), 1);
        QCOMPARE(stops.first().at(0).toString(), feed.run.id());
        QCOMPARE(stops.first().at(1).toString(), QStringLiteral("feed:desk"));
        QCOMPARE(guidance.first().at(1).toString(), QStringLiteral("try sqlite"));
        QCOMPARE(guidance.first().at(2).toString(), QStringLiteral("feed:desk"));
    }

    void snapshotsRoundTrip()
    {
        LiveFeed feed;
        QByteArray archive;
        for (int i = 0; i < 20000; ++i)
            archive.append(char(i * 7919 % 251)); // not text: every byte value travels
        feed.run.snapshot(1, archive);
        QVERIFY(feed.start());
        FeedClient client;
        QSignalSpy snapshots(&client, &FeedClient::snapshotReceived);
        QSignalSpy failures(&client, &FeedClient::requestFailed);
        client.open(feed.server.url(feed.run.id()), LiveFeed::token());
        QTRY_COMPARE(client.state(), FeedClient::State::Connected);
        QVERIFY(client.requestSnapshot(1));
        QVERIFY(client.requestSnapshot(9));
        QTRY_COMPARE(snapshots.size(), 1);
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(snapshots.first().at(0).toInt(), 1);
        QCOMPARE(snapshots.first().at(1).toByteArray(), archive);
        QCOMPARE(failures.first().at(0).toString(), QStringLiteral("snapshot"));
    }
};

QTEST_GUILESS_MAIN(FeedClientTest)
#include "tst_feedclient.moc"
