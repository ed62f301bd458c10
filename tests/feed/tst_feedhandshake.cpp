#include "feed/feedhandshake.h"

#include <QtTest>

using namespace Autocoder::Feed;

namespace {

QByteArray request(const QByteArray &target, const QByteArray &headers)
{
    return "GET " + target + " HTTP/1.1\r\n" + headers + "\r\n";
}

const QByteArray Upgrade = "Host: h\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
                           "Sec-WebSocket-Key: a2V5a2V5a2V5a2V5a2V5aw==\r\n"
                           "Sec-WebSocket-Version: 13\r\n";

} // namespace

class FeedHandshakeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerSize()
    {
        QCOMPARE(FeedHandshake::headerSize("GET / HTTP/1.1\r\nHost: x\r\n"), -1);
        QCOMPARE(FeedHandshake::headerSize("GET / HTTP/1.1\r\n\r\nrest"), 18);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("runId");
        QTest::addColumn<bool>("knownPath");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<qint64>("since");
        QTest::addColumn<QString>("client");
        QTest::addColumn<bool>("valid");

        QTest::newRow("bearer") << request("/runs/r1", Upgrade + "Authorization: Bearer abc\r\n")
                                << "r1" << true << QByteArray("abc") << qint64(0) << "" << true;
        QTest::newRow("bearer, any case")
            << request("/runs/r1", Upgrade + "authorization: bEaReR   abc \r\n") << "r1" << true
            << QByteArray("abc") << qint64(0) << "" << true;
        QTest::newRow("query") << request("/?token=a%2Db_c&since=42&client=ci%20box", Upgrade) << ""
                               << true << QByteArray("a-b_c") << qint64(42) << "ci box" << true;
        QTest::newRow("header wins over query")
            << request("/runs/r?token=q", Upgrade + "Authorization: Bearer h\r\n") << "r" << true
            << QByteArray("h") << qint64(0) << "" << true;
        QTest::newRow("basic auth is no token")
            << request("/runs/r", Upgrade + "Authorization: Basic abc\r\n") << "r" << true
            << QByteArray() << qint64(0) << "" << true;
        QTest::newRow("two authorization headers")
            << request("/runs/r",
                       Upgrade + "Authorization: Bearer a\r\nAuthorization: Bearer b\r\n")
            << "r" << true << QByteArray() << qint64(0) << "" << false;
        QTest::newRow("unknown path")
            << request("/run/r", Upgrade) << "" << false << QByteArray() << qint64(0) << "" << true;
        QTest::newRow("nested path") << request("/runs/r/x", Upgrade) << "" << false << QByteArray()
                                     << qint64(0) << "" << true;
        QTest::newRow("encoded slash") << request("/runs/a%2Fb", Upgrade) << "" << false
                                       << QByteArray() << qint64(0) << "" << true;
        QTest::newRow("negative since") << request("/?since=-1", Upgrade) << "" << true
                                        << QByteArray() << qint64(-1) << "" << false;
        QTest::newRow("no upgrade") << request("/", "Host: h\r\n") << "" << true << QByteArray()
                                    << qint64(0) << "" << false;
        QTest::newRow("no key") << request(
            "/",
            "Host: h\r\nUpgrade: websocket\r\nConnection: upgrade\r\nSec-WebSocket-Version: 13\r\n")
                                << "" << true << QByteArray() << qint64(0) << "" << false;
        QTest::newRow("version 8") << request("/", QByteArray(Upgrade).replace("13", "8")) << ""
                                   << true << QByteArray() << qint64(0) << "" << false;
        QTest::newRow("POST") << QByteArray("POST / HTTP/1.1\r\n" + Upgrade + "\r\n") << "" << true
                              << QByteArray() << qint64(0) << "" << false;
        QTest::newRow("client name sanitised")
            << request("/?client=%1B%5B31mred%E2%80%AE%0Aline%09x", Upgrade) << "" << true
            << QByteArray() << qint64(0) << "[31mred line x" << true;
        QTest::newRow("client name cut")
            << request("/?client=" + QByteArray(100, 'n'), Upgrade) << "" << true << QByteArray()
            << qint64(0) << QString(64, QLatin1Char('n')) << true;
    }

    void parse()
    {
        QFETCH(QByteArray, header);
        const auto parsed = FeedHandshake::parse(header);
        QVERIFY(parsed);
        QTEST(parsed->runId, "runId");
        QTEST(parsed->knownPath, "knownPath");
        QTEST(parsed->token, "token");
        QFETCH(bool, valid);
        QCOMPARE(parsed->invalidReason.isEmpty(), valid);
        if (valid) {
            QTEST(parsed->since, "since");
            QTEST(parsed->clientName, "client");
        }
    }

    void notHttp_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\r\n\r\n");
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n");
        QTest::newRow("folded header") << request("/", Upgrade + " folded\r\n");
        QTest::newRow("no colon") << request("/", "Host h\r\n");
    }

    void notHttp()
    {
        QFETCH(QByteArray, header);
        const auto parsed = FeedHandshake::parse(header);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().status, 400);
    }

    void responseIsCompleteHttp()
    {
        const QByteArray response = FeedHandshake::response({ 401, QStringLiteral("no token") });
        QVERIFY(response.startsWith("HTTP/1.1 401 Unauthorized\r\n"));
        QVERIFY(response.contains("\r\nWWW-Authenticate: Bearer\r\n"));
        QVERIFY(response.contains("\r\nConnection: close\r\n"));
        QVERIFY(response.endsWith("\r\n\r\nno token\n"));
        QVERIFY(response.contains("Content-Length: 9\r\n"));
        QVERIFY(FeedHandshake::response({ 503, QStringLiteral("full") })
                    .startsWith("HTTP/1.1 503 Service Unavailable\r\n"));
    }
};

QTEST_GUILESS_MAIN(FeedHandshakeTest)
#include "tst_feedhandshake.moc"
