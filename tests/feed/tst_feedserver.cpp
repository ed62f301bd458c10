#include "feedserverfixture.h"

#include "feed/feedprotocol.h"
#include "feed/feedserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace Autocoder;
using namespace Autocoder::Feed;
using namespace FeedTesting;

namespace {
const QByteArray &Token = fullToken();
const QByteArray &ReadOnlyToken = readOnlyToken();
} // namespace

class FeedServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusesAMissingOrWrongTokenWith401();
    void acceptsTheTokenAsBearerOrQuery();
    void refusesUnknownRunsBadRequestsAndTooManyClients();
    void twoClientsOneLateGetTheJournal();
    void sinceContinuesWithoutGapOrDuplicate();
    void steeringCarriesItsSource();
    void readOnlyTokenWatchesButCannotSteer();
    void snapshotIsTheFileWithItsHash();
    void snapshotRequestsThatNameNoSnapshotFail();
    void specIsTheRunsSpec();
    void removeRunSendsWhatIsJournaledThenCloses();
    void closeSaysGoingAwayAndStopsListening();
    void listenRefusesNonLoopbackAndEmptyTokens();
};

void FeedServerTest::refusesAMissingOrWrongTokenWith401()
{
    TestRun run;
    run.append(3);
    auto server = startServer(run);
    QVERIFY(server->isListening());
    QSignalSpy refused(server.get(), &FeedServer::clientRefused);

    const QByteArray none = rawExchange(server->port(), upgradeRequest("/runs/run-1"));
    QCOMPARE(statusLine(none), QByteArray("HTTP/1.1 401 Unauthorized"));
    QVERIFY(!none.contains("event 1"));

    const QByteArray wrong = rawExchange(
        server->port(),
        upgradeRequest("/runs/run-1", "Authorization: Bearer " + generateToken() + "\r\n"));
    QCOMPARE(statusLine(wrong), QByteArray("HTTP/1.1 401 Unauthorized"));
    const QByteArray wrongQuery =
        rawExchange(server->port(), upgradeRequest("/runs/run-1?token=" + generateToken()));
    QCOMPARE(statusLine(wrongQuery), QByteArray("HTTP/1.1 401 Unauthorized"));
    // A prefix of the right token is still wrong.
    const QByteArray prefix =
        rawExchange(server->port(), upgradeRequest("/runs/run-1?token=" + Token.left(10)));
    QCOMPARE(statusLine(prefix), QByteArray("HTTP/1.1 401 Unauthorized"));

    QCOMPARE(refused.size(), 4);
    for (const QList<QVariant> &args : std::as_const(refused)) {
        QVERIFY(args.at(0).toString().startsWith(QLatin1String("127.0.0.1:")));
        QVERIFY(!args.at(1).toString().contains(QString::fromLatin1(Token.left(10))));
    }

    // A WebSocket client without a token never opens.
    Client client;
    client.open(server->url(run.id()), {});
    QTRY_VERIFY(client.closed);
    QVERIFY(client.events.isEmpty());
    QCOMPARE(server->clientCount(run.id()), 0);
}

void FeedServerTest::acceptsTheTokenAsBearerOrQuery()
{
    TestRun run;
    run.append(5);
    auto server = startServer(run);

    Client bearer;
    bearer.open(server->url(run.id()), Token);
    Client query;
    query.open(
        withQuery(server->url(), { { QStringLiteral("token"), QString::fromLatin1(Token) } }), {});
    QTRY_COMPARE(bearer.events.size(), 5);
    QTRY_COMPARE(query.events.size(), 5);
    const QJsonObject hello = bearer.controls.value(0);
    QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("hello"));
    QCOMPARE(hello.value(QLatin1String("protocol")).toInt(), ProtocolVersion);
    QCOMPARE(hello.value(QLatin1String("run")).toString(), run.id());
    QCOMPARE(hello.value(QLatin1String("readOnly")).toBool(true), false);
    QCOMPARE(hello.value(QLatin1String("lastSeq")).toInteger(), 5);
    QCOMPARE(bearer.events, run.journalLines());
    QCOMPARE(query.events, run.journalLines());
    QCOMPARE(server->clientCount(run.id()), 2);

    // The raw answer is a real 101 from the request already buffered by the server.
    const QByteArray raw =
        rawExchange(server->port(), upgradeRequest("/runs/run-1?token=" + Token), 300);
    QCOMPARE(statusLine(raw), QByteArray("HTTP/1.1 101 Switching Protocols"));
}

void FeedServerTest::refusesUnknownRunsBadRequestsAndTooManyClients()
{
    TestRun run;
    run.append(1);
    FeedServer::Options options;
    options.maxClientsPerRun = 1;
    auto server = startServer(run, options);
    const QByteArray auth = "Authorization: Bearer " + Token + "\r\n";

    QCOMPARE(statusLine(rawExchange(server->port(), upgradeRequest("/runs/other", auth))),
             QByteArray("HTTP/1.1 404 Not Found"));
    QCOMPARE(statusLine(rawExchange(server->port(), upgradeRequest("/elsewhere", auth))),
             QByteArray("HTTP/1.1 404 Not Found"));
    // A plain HTTP GET with the right token is not a WebSocket upgrade.
    QCOMPARE(statusLine(rawExchange(server->port(),
                                    "GET /runs/run-1 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n")),
             QByteArray("HTTP/1.1 400 Bad Request"));
    QCOMPARE(statusLine(rawExchange(server->port(), upgradeRequest("/runs/run-1?since=x", auth))),
             QByteArray("HTTP/1.1 400 Bad Request"));
    QCOMPARE(statusLine(rawExchange(server->port(), "NONSENSE\r\n\r\n")),
             QByteArray("HTTP/1.1 400 Bad Request"));

    Client first;
    first.open(server->url(run.id()), Token);
    QTRY_COMPARE(first.events.size(), 1);
    QCOMPARE(statusLine(rawExchange(server->port(), upgradeRequest("/runs/run-1", auth))),
             QByteArray("HTTP/1.1 503 Service Unavailable"));
    first.socket.close();
    QTRY_COMPARE(server->clientCount(run.id()), 0);
    QCOMPARE(statusLine(rawExchange(server->port(), upgradeRequest("/runs/run-1", auth), 300)),
             QByteArray("HTTP/1.1 101 Switching Protocols"));

    // "/" needs exactly one published run.
    TestRun second(QStringLiteral("run-2"));
    server->addRun(second.id(), second.dir());
    QCOMPARE(statusLine(rawExchange(server->port(), upgradeRequest("/", auth))),
             QByteArray("HTTP/1.1 404 Not Found"));
}

void FeedServerTest::twoClientsOneLateGetTheJournal()
{
    TestRun run;
    auto server = startServer(run);
    run.append(20, 40, server.get());

    Client early;
    early.open(server->url(run.id()), Token);
    QTRY_COMPARE(early.events.size(), 20);
    for (int i = 0; i < 30; ++i) {
        run.append(7, 60, server.get());
        if (i % 10 == 0)
            QTest::qWait(1);
    }
    Client late;
    late.open(server->url(run.id()), Token);
    for (int i = 0; i < 20; ++i)
        run.append(5, 80, server.get());
    QTRY_COMPARE(early.events.size(), int(run.lastSeq()));
    QTRY_COMPARE(late.events.size(), int(run.lastSeq()));
    QCOMPARE(early.events, run.journalLines());
    QCOMPARE(late.events, run.journalLines());
}

void FeedServerTest::sinceContinuesWithoutGapOrDuplicate()
{
    TestRun run;
    auto server = startServer(run);
    run.append(10, 40, server.get());

    auto first = std::make_unique<Client>();
    first->open(server->url(run.id()), Token);
    QTRY_COMPARE(first->events.size(), 10);
    const qint64 received = first->seqs().constLast();
    first.reset(); // dropped mid-run
    run.append(15, 40, server.get());

    Client again;
    again.open(withQuery(server->url(run.id()),
                         { { QStringLiteral("since"), QString::number(received) } }),
               Token);
    QTRY_COMPARE(again.controls.size(), 1);
    run.append(5, 40, server.get());
    QTRY_COMPARE(again.events.size(), 20);
    QCOMPARE(again.controls.value(0).value(QLatin1String("lastSeq")).toInteger(), 25);
    const QList<QByteArray> lines = run.journalLines();
    QCOMPARE(again.events, lines.mid(10));
    QCOMPARE(again.seqs().constFirst(), received + 1);
}

void FeedServerTest::steeringCarriesItsSource()
{
    TestRun run;
    auto server = startServer(run);
    QSignalSpy stops(server.get(), &FeedServer::stopRequested);
    QSignalSpy guidance(server.get(), &FeedServer::guidanceReceived);

    Client named;
    named.open(withQuery(server->url(run.id()),
                         { { QStringLiteral("client"), QStringLiteral("laptop\n\x01 of Anna") } }),
               Token);
    Client anonymous;
    anonymous.open(server->url(run.id()), Token);
    QTRY_VERIFY(named.isOpen() && anonymous.isOpen());

    named.send({ { QStringLiteral("type"), QStringLiteral("stop") } });
    QTRY_COMPARE(stops.size(), 1);
    QCOMPARE(stops.at(0).at(0).toString(), run.id());
    QCOMPARE(stops.at(0).at(1).toString(), QStringLiteral("feed:laptop of Anna"));

    anonymous.send({ { QStringLiteral("type"), QStringLiteral("guidance") },
                     { QStringLiteral("text"), QStringLiteral("use a hash map") } });
    QTRY_COMPARE(guidance.size(), 1);
    QCOMPARE(guidance.at(0).at(0).toString(), run.id());
    QCOMPARE(guidance.at(0).at(1).toString(), QStringLiteral("use a hash map"));
    QCOMPARE(guidance.at(0).at(2).toString(), QStringLiteral("feed:127.0.0.1"));

    // Empty or overlong guidance is an error, not a signal.
    anonymous.send({ { QStringLiteral("type"), QStringLiteral("guidance") },
                     { QStringLiteral("text"), QStringLiteral("  ") } });
    anonymous.send({ { QStringLiteral("type"), QStringLiteral("guidance") },
                     { QStringLiteral("text"), QString(MaxGuidanceChars + 1, QLatin1Char('g')) } });
    anonymous.send({ { QStringLiteral("type"), QStringLiteral("launch") } });
    QTRY_COMPARE(anonymous.controls.size(), 4); // hello and three errors
    for (int i = 1; i < 4; ++i)
        QCOMPARE(anonymous.controls.at(i).value(QLatin1String("type")).toString(),
                 QStringLiteral("error"));
    QCOMPARE(anonymous.controls.at(3).value(QLatin1String("request")).toString(),
             QStringLiteral("launch"));
    QCOMPARE(guidance.size(), 1);
    QVERIFY(anonymous.isOpen());
}

void FeedServerTest::readOnlyTokenWatchesButCannotSteer()
{
    TestRun run;
    run.append(4);
    auto server = startServer(run);
    QSignalSpy stops(server.get(), &FeedServer::stopRequested);
    QSignalSpy guidance(server.get(), &FeedServer::guidanceReceived);

    Client watcher;
    watcher.open(server->url(run.id()), ReadOnlyToken);
    QTRY_COMPARE(watcher.events.size(), 4);
    QCOMPARE(watcher.controls.value(0).value(QLatin1String("readOnly")).toBool(), true);
    watcher.send({ { QStringLiteral("type"), QStringLiteral("stop") } });
    watcher.send({ { QStringLiteral("type"), QStringLiteral("guidance") },
                   { QStringLiteral("text"), QStringLiteral("hi") } });
    QTRY_COMPARE(watcher.controls.size(), 3);
    QCOMPARE(watcher.controls.at(1).value(QLatin1String("type")).toString(),
             QStringLiteral("error"));
    QCOMPARE(watcher.controls.at(1).value(QLatin1String("request")).toString(),
             QStringLiteral("stop"));
    QCOMPARE(watcher.controls.at(2).value(QLatin1String("request")).toString(),
             QStringLiteral("guidance"));
    QTest::qWait(50);
    QCOMPARE(stops.size(), 0);
    QCOMPARE(guidance.size(), 0);
    run.append(1, 40, server.get());
    QTRY_COMPARE(watcher.events.size(), 5);
}

void FeedServerTest::snapshotIsTheFileWithItsHash()
{
    TestRun run;
    run.append(2);
    QByteArray archive(300 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < archive.size(); ++i)
        archive[i] = char(QRandomGenerator::global()->bounded(256));
    QFile file(run.journal().snapshotPath(3));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(archive);
    file.close();
    auto server = startServer(run);

    Client client;
    client.open(server->url(run.id()), ReadOnlyToken); // reading files is watching
    QTRY_COMPARE(client.events.size(), 2);
    client.send({ { QStringLiteral("type"), QStringLiteral("snapshot") },
                  { QStringLiteral("iteration"), 3 } });
    QTRY_COMPARE(client.binaries.size(), 1);
    const QJsonObject header = client.lastControl(QStringLiteral("snapshot"));
    QCOMPARE(header.value(QLatin1String("iteration")).toInt(), 3);
    QCOMPARE(header.value(QLatin1String("bytes")).toInteger(), archive.size());
    QCOMPARE(header.value(QLatin1String("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());
    QCOMPARE(client.binaries.at(0), archive);
    // Events keep flowing after a binary answer.
    run.append(1, 40, server.get());
    QTRY_COMPARE(client.events.size(), 3);
}

void FeedServerTest::snapshotRequestsThatNameNoSnapshotFail()
{
    TestRun run;
    QFile secret(run.dir() + QStringLiteral("/secret.tar.gz"));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("not for clients");
    secret.close();
    QVERIFY(QFile::link(secret.fileName(), run.journal().snapshotPath(4)));
    auto server = startServer(run);
    Client client;
    client.open(server->url(run.id()), Token);
    QTRY_VERIFY(client.isOpen());

    const QList<QJsonValue> iterations = {
        2, 0, -1, 1.5, 1e12, QStringLiteral("1"), QStringLiteral("../secret"), QJsonValue(), 4
    };
    for (const QJsonValue &iteration : iterations)
        client.send({ { QStringLiteral("type"), QStringLiteral("snapshot") },
                      { QStringLiteral("iteration"), iteration } });
    QTRY_COMPARE(client.controls.size(), 1 + int(iterations.size()));
    for (int i = 1; i < client.controls.size(); ++i) {
        QCOMPARE(client.controls.at(i).value(QLatin1String("type")).toString(),
                 QStringLiteral("error"));
        QCOMPARE(client.controls.at(i).value(QLatin1String("request")).toString(),
                 QStringLiteral("snapshot"));
    }
    QVERIFY(client.binaries.isEmpty());
    QVERIFY(client.isOpen());
}

void FeedServerTest::specIsTheRunsSpec()
{
    TestRun run;
    auto server = startServer(run);
    Client client;
    client.open(server->url(run.id()), Token);
    QTRY_VERIFY(client.isOpen());
    client.send({ { QStringLiteral("type"), QStringLiteral("spec") } });
    QTRY_COMPARE(client.controls.size(), 2);
    QCOMPARE(client.controls.at(1).value(QLatin1String("type")).toString(),
             QStringLiteral("error"));

    const QJsonObject spec { { QStringLiteral("name"), QStringLiteral("calculator") },
                             { QStringLiteral("requirements"),
                               QJsonArray { QStringLiteral("adds") } } };
    QVERIFY(run.journal().writeSpec(QJsonDocument(spec).toJson()));
    client.send({ { QStringLiteral("type"), QStringLiteral("spec") } });
    QTRY_COMPARE(client.controls.size(), 3);
    QCOMPARE(client.controls.at(2).value(QLatin1String("type")).toString(), QStringLiteral("spec"));
    QCOMPARE(client.controls.at(2).value(QLatin1String("spec")).toObject(), spec);
}

void FeedServerTest::removeRunSendsWhatIsJournaledThenCloses()
{
    TestRun run;
    auto server = startServer(run);
    Client client;
    client.open(server->url(run.id()), Token);
    QTRY_VERIFY(client.isOpen());
    // Journaled, but the server is not told before the run is removed.
    run.append(300, 200);
    server->removeRun(run.id());
    QTRY_VERIFY(client.closed);
    QCOMPARE(client.closeCode, Close::RunEnded);
    QCOMPARE(client.closeReason, QStringLiteral("run ended"));
    QCOMPARE(client.events, run.journalLines());
    QTRY_COMPARE(server->clientCount(run.id()), 0);
    QCOMPARE(statusLine(rawExchange(server->port(), upgradeRequest("/runs/run-1?token=" + Token))),
             QByteArray("HTTP/1.1 404 Not Found"));
}

void FeedServerTest::closeSaysGoingAwayAndStopsListening()
{
    TestRun run;
    run.append(1);
    auto server = startServer(run);
    Client client;
    client.open(server->url(run.id()), Token);
    QTRY_COMPARE(client.events.size(), 1);
    server->close();
    QVERIFY(!server->isListening());
    QTRY_VERIFY(client.closed);
    QCOMPARE(client.closeCode, Close::GoingAway);
    QTRY_COMPARE(server->clientCount(run.id()), 0);
}

void FeedServerTest::listenRefusesNonLoopbackAndEmptyTokens()
{
    FeedServer server;
    FeedServer::Options options;
    QVERIFY(!server.listen(options)); // no token
    QVERIFY(!server.isListening());

    options.token = Token;
    options.readOnlyToken = Token;
    QVERIFY(!server.listen(options)); // read-only equal to full
    options.readOnlyToken.clear();

    // Refused before binding: nothing listens on these addresses afterwards.
    for (const QHostAddress &address :
         { QHostAddress(QHostAddress::AnyIPv4), QHostAddress(QHostAddress::Any),
           QHostAddress(QStringLiteral("192.168.1.7")) }) {
        options.address = address;
        const Result<void> listening = server.listen(options);
        QVERIFY(!listening);
        QVERIFY(listening.error().contains(QLatin1String("loopback")));
        QVERIFY(!server.isListening());
        QCOMPARE(server.port(), quint16(0));
    }

    options.address = QHostAddress(QHostAddress::LocalHost);
    QVERIFY(server.listen(options));
    QVERIFY(server.isListening());
    QCOMPARE(server.url(QStringLiteral("r")).toString(),
             QStringLiteral("ws://127.0.0.1:%1/runs/r").arg(server.port()));
    QCOMPARE(server.url().toString(), QStringLiteral("ws://127.0.0.1:%1/").arg(server.port()));

    // A port in use fails with words.
    FeedServer other;
    options.port = server.port();
    const Result<void> taken = other.listen(options);
    QVERIFY(!taken);
    QVERIFY(!taken.error().isEmpty());
}

QTEST_GUILESS_MAIN(FeedServerTest)
#include "tst_feedserver.moc"
