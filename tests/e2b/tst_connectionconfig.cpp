#include "e2b/connectionconfig.h"
#include "e2b/createsandboxoptions.h"
#include "e2b/httpcall.h"
#include "e2b/listsandboxesquery.h"
#include "e2b/processstartoptions.h"
#include "e2b/sandboxinfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Autocoder::E2b;

Q_DECLARE_METATYPE(Error::Kind)

namespace {

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment e;
    for (const auto &[k, v] : vars)
        e.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return e;
}

} // namespace

class TestConnectionConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void overrides();
    void envdBaseUrl_data();
    void envdBaseUrl();
    void validate_data();
    void validate();
    void secretsNeverPrinted();
    void listQueryEncoding();
    void createBody();
    void startBody();
    void errorForResponse_data();
    void errorForResponse();
    void retryAfter();
    void retryBackoff();
    void sandboxInfoParsing();
};

void TestConnectionConfig::defaults()
{
    const auto c = ConnectionConfig::fromEnvironment(env({ { "E2B_API_KEY", "e2b_abc" } }));
    QCOMPARE(c.apiKey.reveal(), QStringLiteral("e2b_abc"));
    QCOMPARE(c.domain, QStringLiteral("e2b.app"));
    QCOMPARE(c.resolvedApiUrl(), QUrl(QStringLiteral("https://api.e2b.app")));
    QVERIFY(c.validate().isOk());
    QCOMPARE(c.requestTimeout, std::chrono::milliseconds(60000));
    QVERIFY(c.streamIdleTimeout > std::chrono::seconds(c.keepalivePingIntervalSeconds));
}

void TestConnectionConfig::overrides()
{
    auto c =
        ConnectionConfig::fromEnvironment(env({ { "E2B_API_KEY", "k" },
                                                { "E2B_DOMAIN", "example.org" },
                                                { "E2B_API_URL", "http://127.0.0.1:4000/" },
                                                { "E2B_SANDBOX_URL", "http://127.0.0.1:4001" } }));
    QCOMPARE(c.resolvedApiUrl(), QUrl(QStringLiteral("http://127.0.0.1:4000")));
    QCOMPARE(c.envdBaseUrl(QStringLiteral("i1")), QUrl(QStringLiteral("http://127.0.0.1:4001")));
    QVERIFY(c.validate().isOk());
    c = ConnectionConfig::fromEnvironment(
        env({ { "E2B_API_KEY", "k" }, { "E2B_DOMAIN", "example.org" } }));
    QCOMPARE(c.resolvedApiUrl(), QUrl(QStringLiteral("https://api.example.org")));
    c = ConnectionConfig::fromEnvironment(env({ { "E2B_API_KEY", "k" }, { "E2B_DEBUG", "true" } }));
    QCOMPARE(c.resolvedApiUrl(), QUrl(QStringLiteral("http://localhost:3000")));
    QCOMPARE(c.envdBaseUrl(QStringLiteral("i1")), QUrl(QStringLiteral("http://localhost:49983")));
}

void TestConnectionConfig::envdBaseUrl_data()
{
    QTest::addColumn<QString>("configDomain");
    QTest::addColumn<QString>("sandboxDomain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shared host e2b.app") << "e2b.app"
                                         << ""
                                         << "https://sandbox.e2b.app";
    QTest::newRow("shared host from sandbox domain") << "example.org"
                                                     << "e2b.dev"
                                                     << "https://sandbox.e2b.dev";
    QTest::newRow("per-sandbox host self-hosted") << "example.org"
                                                  << ""
                                                  << "https://49983-isb1.example.org";
    QTest::newRow("sandbox domain wins") << "e2b.app"
                                         << "my.host"
                                         << "https://49983-isb1.my.host";
}

void TestConnectionConfig::envdBaseUrl()
{
    QFETCH(QString, configDomain);
    QFETCH(QString, sandboxDomain);
    QFETCH(QString, expected);
    ConnectionConfig c;
    c.domain = configDomain;
    QCOMPARE(c.envdBaseUrl(QStringLiteral("isb1"), sandboxDomain), QUrl(expected));
}

void TestConnectionConfig::validate_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("sandboxUrl");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https ok") << "k"
                              << "https://api.example.org"
                              << "" << true;
    QTest::newRow("http loopback ok") << "k"
                                      << "http://127.0.0.1:9"
                                      << "http://localhost:9" << true;
    QTest::newRow("http ipv6 loopback ok") << "k"
                                           << "http://[::1]:9"
                                           << "" << true;
    QTest::newRow("http remote refused") << "k"
                                         << "http://api.example.org"
                                         << "" << false;
    QTest::newRow("http remote sandbox refused") << "k"
                                                 << ""
                                                 << "http://10.0.0.5:49983" << false;
    QTest::newRow("ftp refused") << "k"
                                 << "ftp://127.0.0.1"
                                 << "" << false;
    QTest::newRow("no key") << ""
                            << ""
                            << "" << false;
}

void TestConnectionConfig::validate()
{
    QFETCH(QString, key);
    QFETCH(QString, apiUrl);
    QFETCH(QString, sandboxUrl);
    QFETCH(bool, ok);
    ConnectionConfig c;
    c.apiKey = Secret(key);
    c.apiUrl = QUrl(apiUrl);
    c.sandboxUrl = QUrl(sandboxUrl);
    const Error e = c.validate();
    QCOMPARE(e.isOk(), ok);
    if (!ok) {
        QCOMPARE(e.kind, Error::Kind::InvalidArgument);
        QVERIFY(!e.message.isEmpty());
    }
}

void TestConnectionConfig::secretsNeverPrinted()
{
    ConnectionConfig c;
    c.apiKey = Secret(QStringLiteral("e2b_supersecret1234"));
    SandboxInfo info;
    info.envdAccessToken = Secret(QStringLiteral("tok_verysecret5678"));
    QString out;
    QDebug(&out) << c << info.envdAccessToken
                 << Error::make(Error::Kind::Unauthorized, QStringLiteral("nope"), 401);
    QVERIFY(!out.contains(QStringLiteral("supersecret")));
    QVERIFY(!out.contains(QStringLiteral("verysecret")));
    QVERIFY(out.contains(QStringLiteral("[REDACTED]")));
    QVERIFY(out.contains(QStringLiteral("Unauthorized (HTTP 401): nope")));
}

void TestConnectionConfig::listQueryEncoding()
{
    ListSandboxesQuery q;
    q.metadata.insert(QStringLiteral("app"), QStringLiteral("autocoder"));
    q.metadata.insert(QStringLiteral("run id"), QStringLiteral("a&b=c"));
    q.limit = 50;
    // Inner: app=autocoder&run%20id=a%26b%3Dc ; then encoded again as the query value.
    QCOMPARE(
        q.toQueryString(),
        QStringLiteral(
            "metadata=app%3Dautocoder%26run%2520id%3Da%2526b%253Dc&state=running,paused&limit=50"));
    ListSandboxesQuery empty;
    empty.states.clear();
    QCOMPARE(empty.toQueryString(), QString());
}

void TestConnectionConfig::createBody()
{
    CreateSandboxOptions o;
    o.templateId = QStringLiteral("claude");
    o.timeout = std::chrono::seconds(3600);
    o.metadata.insert(QStringLiteral("autocoder.run"), QStringLiteral("r1"));
    o.envVars.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const QJsonObject v1 = QJsonDocument::fromJson(o.toJson()).object();
    QCOMPARE(v1.value(QLatin1String("templateID")).toString(), QStringLiteral("claude"));
    QCOMPARE(v1.value(QLatin1String("timeout")).toInt(), 3600);
    QCOMPARE(v1.value(QLatin1String("secure")).toBool(), true);
    QCOMPARE(v1.value(QLatin1String("allow_internet_access")).toBool(), true);
    QCOMPARE(v1.value(QLatin1String("autoPause")).toBool(true), false);
    QCOMPARE(v1.value(QLatin1String("metadata"))
                 .toObject()
                 .value(QLatin1String("autocoder.run"))
                 .toString(),
             QStringLiteral("r1"));
    QCOMPARE(v1.value(QLatin1String("envVars")).toObject().value(QLatin1String("LANG")).toString(),
             QStringLiteral("C.UTF-8"));
    o.useV2 = true;
    QVERIFY(!QJsonDocument::fromJson(o.toJson()).object().contains(QLatin1String("secure")));
}

void TestConnectionConfig::startBody()
{
    ProcessStartOptions o;
    o.cmd = QStringLiteral("/bin/bash");
    o.args = { QStringLiteral("-l"), QStringLiteral("-c"), QStringLiteral("echo hi") };
    const QJsonObject j = QJsonDocument::fromJson(o.toJson()).object();
    QCOMPARE(j.value(QLatin1String("stdin")), QJsonValue(false)); // explicit presence
    QVERIFY(!j.value(QLatin1String("process")).toObject().contains(QLatin1String("envs")));
    QVERIFY(!j.contains(QLatin1String("tag")));
    o.tag = QStringLiteral("gate-build");
    o.cwd = QStringLiteral("/home/user/proj");
    const QJsonObject j2 = QJsonDocument::fromJson(o.toJson()).object();
    QCOMPARE(j2.value(QLatin1String("tag")).toString(), QStringLiteral("gate-build"));
    QCOMPARE(j2.value(QLatin1String("process")).toObject().value(QLatin1String("cwd")).toString(),
             QStringLiteral("/home/user/proj"));
}

void TestConnectionConfig::errorForResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("gone");
    QTest::addColumn<qint64>("retryMs");

    QTest::newRow("401 api") << 401 << QByteArray(R"({"code":401,"message":"Invalid API key"})")
                             << QByteArray() << Error::Kind::Unauthorized << QString() << false
                             << qint64(0);
    QTest::newRow("404 api") << 404
                             << QByteArray(
                                    R"({"code":404,"message":"Sandbox \"x\" doesn't exist"})")
                             << QByteArray() << Error::Kind::NotFound << QString() << false
                             << qint64(0);
    QTest::newRow("429 retry-after")
        << 429 << QByteArray(R"({"code":429,"message":"Rate limit exceeded"})") << QByteArray("3")
        << Error::Kind::RateLimited << QString() << false << qint64(3000);
    QTest::newRow("429 no header") << 429 << QByteArray() << QByteArray()
                                   << Error::Kind::RateLimited << QString() << false << qint64(0);
    QTest::newRow("400") << 400
                         << QByteArray(R"({"code":400,"message":"Timeout must be greater than 0"})")
                         << QByteArray() << Error::Kind::InvalidArgument << QString() << false
                         << qint64(0);
    QTest::newRow("502 edge sandbox gone")
        << 502
        << QByteArray(R"({"sandboxId":"i1","message":"The sandbox was not found","code":502})")
        << QByteArray() << Error::Kind::NotFound << QString() << true << qint64(0);
    QTest::newRow("502 html") << 502 << QByteArray("<html>bad gateway</html>") << QByteArray()
                              << Error::Kind::NotFound << QString() << true << qint64(0);
    QTest::newRow("connect not_found")
        << 404 << QByteArray(R"({"code":"not_found","message":"no such file"})") << QByteArray()
        << Error::Kind::NotFound << QStringLiteral("not_found") << false << qint64(0);
    QTest::newRow("connect already_exists")
        << 409 << QByteArray(R"({"code":"already_exists","message":"exists"})") << QByteArray()
        << Error::Kind::Remote << QStringLiteral("already_exists") << false << qint64(0);
    QTest::newRow("connect unauthenticated")
        << 401 << QByteArray(R"({"code":"unauthenticated","message":"invalid username"})")
        << QByteArray() << Error::Kind::Unauthorized << QStringLiteral("unauthenticated") << false
        << qint64(0);
    QTest::newRow("connect resource_exhausted")
        << 429 << QByteArray(R"({"code":"resource_exhausted"})") << QByteArray("1")
        << Error::Kind::RateLimited << QStringLiteral("resource_exhausted") << false
        << qint64(1000);
    QTest::newRow("500 empty") << 500 << QByteArray() << QByteArray() << Error::Kind::Remote
                               << QString() << false << qint64(0);
    QTest::newRow("507 disk") << 507
                              << QByteArray(
                                     R"({"code":507,"message":"not enough disk space available"})")
                              << QByteArray() << Error::Kind::Remote << QString() << false
                              << qint64(0);
}

void TestConnectionConfig::errorForResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, code);
    QFETCH(bool, gone);
    QFETCH(qint64, retryMs);
    const Error e = HttpCall::errorForResponse(status, "application/json", body, retryAfter);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.connectCode, code);
    QCOMPARE(e.sandboxGone, gone);
    QCOMPARE(qint64(e.retryAfter.count()), retryMs);
    QVERIFY(!e.message.isEmpty());
}

void TestConnectionConfig::retryAfter()
{
    QCOMPARE(HttpCall::parseRetryAfter("  7 "), std::chrono::milliseconds(7000));
    QCOMPARE(HttpCall::parseRetryAfter(""), std::chrono::milliseconds(0));
    QCOMPARE(HttpCall::parseRetryAfter("soon"), std::chrono::milliseconds(0));
    QCOMPARE(HttpCall::parseRetryAfter("-4"), std::chrono::milliseconds(0));
    QCOMPARE(HttpCall::parseRetryAfter("999999999"), std::chrono::milliseconds(86400000)); // capped
    const QByteArray future = QLocale::c()
                                  .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                  .toLatin1();
    const auto ms = HttpCall::parseRetryAfter(future);
    QVERIFY2(ms.count() > 25000 && ms.count() <= 30000, future.constData());
}

void TestConnectionConfig::retryBackoff()
{
    RetryPolicy p;
    p.initialDelay = std::chrono::milliseconds(100);
    p.maxDelay = std::chrono::milliseconds(500);
    QCOMPARE(p.delayForAttempt(1), std::chrono::milliseconds(100));
    QCOMPARE(p.delayForAttempt(2), std::chrono::milliseconds(200));
    QCOMPARE(p.delayForAttempt(3), std::chrono::milliseconds(400));
    QCOMPARE(p.delayForAttempt(4), std::chrono::milliseconds(500));
    QCOMPARE(p.delayForAttempt(40), std::chrono::milliseconds(500));
}

void TestConnectionConfig::sandboxInfoParsing()
{
    const QByteArray json =
        R"({"templateID":"rki5","sandboxID":"i123","alias":"base","clientID":"6532622b","envdVersion":"0.6.4","envdAccessToken":"T0K","trafficAccessToken":null,"domain":null,"state":"paused","metadata":{"a":"b"},"cpuCount":2,"startedAt":"2025-01-01T00:00:00Z","newField":{"x":[1]}})";
    const Autocoder::Result<SandboxInfo> parsed =
        SandboxInfo::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(parsed.isOk());
    const SandboxInfo &s = *parsed;
    QCOMPARE(s.sandboxId, QStringLiteral("i123"));
    QCOMPARE(s.envdAccessToken.reveal(), QStringLiteral("T0K"));
    QVERIFY(s.domain.isEmpty());
    QCOMPARE(s.state, QStringLiteral("paused"));
    QCOMPARE(s.metadata.value(QStringLiteral("a")), QStringLiteral("b"));
    QCOMPARE(s.cpuCount, 2);
    QVERIFY(s.startedAt.isValid());
    const Autocoder::Result<SandboxInfo> bad =
        SandboxInfo::fromJson(QJsonObject { { QStringLiteral("sandboxID"), 5 } });
    QVERIFY(!bad.isOk());
    QVERIFY(!bad.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionConfig)
#include "tst_connectionconfig.moc"
