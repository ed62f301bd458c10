// Control plane of autocoder-sandboxd over HTTP: status codes, bodies and
// errors as E2B answers them.
#include "sandboxdharness.h"

#include "sandboxd/sandboxmanager.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestSandboxdControlPlane : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(h.start());
    }

    void health()
    {
        QCOMPARE(h.api("GET", QStringLiteral("/health"), {}, QByteArray()).status, 200);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong") << QByteArray("e2b_deadbeef");
        QTest::newRow("prefix of the key") << QByteArray("e2b_0123");
    }
    void authentication()
    {
        QFETCH(QByteArray, key);
        const HttpResult r = h.api("GET", QStringLiteral("/sandboxes"), {}, key);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 401);
        QVERIFY(r.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QLatin1String("Invalid API key")));
    }

    void badCreate_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("malformed json") << QByteArray("{\"templateID\":") << 400;
        QTest::newRow("not an object") << QByteArray("[1,2]") << 400;
        QTest::newRow("no template") << QByteArray("{}") << 400;
        QTest::newRow("template not a string") << QByteArray("{\"templateID\":5}") << 400;
        QTest::newRow("unknown template") << QByteArray("{\"templateID\":\"nope\"}") << 404;
        QTest::newRow("negative timeout")
            << QByteArray("{\"templateID\":\"base\",\"timeout\":-1}") << 400;
        QTest::newRow("timeout too long")
            << QByteArray("{\"templateID\":\"base\",\"timeout\":999999}") << 400;
    }
    void badCreate()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpResult r = h.api("POST", QStringLiteral("/sandboxes"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), status);
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        // The server keeps serving.
        QCOMPARE(h.api("GET", QStringLiteral("/sandboxes")).status, 200);
    }

    void lifecycle()
    {
        // v1, not secured.
        HttpResult r =
            h.api("POST", QStringLiteral("/sandboxes"),
                  "{\"templateID\":\"base\",\"timeout\":60,\"metadata\":{\"job\":\"42\"},"
                  "\"envVars\":{\"A\":\"1\"}}");
        QCOMPARE(r.status, 201);
        QJsonObject sb = r.json();
        const QString id = sb.value(QStringLiteral("sandboxID")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!sb.contains(QStringLiteral("envdAccessToken")));
        QCOMPARE(sb.value(QStringLiteral("templateID")).toString(), QStringLiteral("base"));
        QVERIFY(!sb.value(QStringLiteral("envdVersion")).toString().isEmpty());
        QVERIFY(!sb.value(QStringLiteral("clientID")).toString().isEmpty());
        QVERIFY(
            QDir(h.config.dataDir + QStringLiteral("/sandboxes/") + id + QStringLiteral("/home"))
                .exists());

        // v2: always secured.
        r = h.api("POST", QStringLiteral("/v2/sandboxes"), "{\"templateID\":\"base\"}");
        QCOMPARE(r.status, 201);
        const QString id2 = r.json().value(QStringLiteral("sandboxID")).toString();
        QVERIFY(r.json().value(QStringLiteral("envdAccessToken")).toString().size() >= 32);

        // Info.
        r = h.api("GET", QStringLiteral("/sandboxes/") + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("job"))
                     .toString(),
                 QStringLiteral("42"));
        const QDateTime end = QDateTime::fromString(
            r.json().value(QStringLiteral("endAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(end) - 60) <= 2);
        // v2 default timeout is 300 s.
        r = h.api("GET", QStringLiteral("/sandboxes/") + id2);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(QDateTime::fromString(
                         r.json().value(QStringLiteral("endAt")).toString(), Qt::ISODateWithMs))
                     - 300)
                <= 2);

        // List: metadata filter, and v2 state filter.
        r = h.api("GET", QStringLiteral("/v2/sandboxes?metadata=job%3D42"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("sandboxID")).toString(), id);
        QVERIFY(!r.array().first().toObject().contains(QStringLiteral("envdAccessToken")));
        QCOMPARE(r.header("X-Total-Running"), QByteArray("2"));
        r = h.api("GET", QStringLiteral("/sandboxes?metadata=job%3D43"));
        QCOMPARE(r.array().size(), 0);
        QCOMPARE(h.api("GET", QStringLiteral("/v2/sandboxes?state=bogus")).status, 400);

        // Timeout (may shorten) and refreshes (extend only).
        QCOMPARE(h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/timeout"),
                       "{\"timeout\":30}")
                     .status,
                 204);
        r = h.api("GET", QStringLiteral("/sandboxes/") + id);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(QDateTime::fromString(
                         r.json().value(QStringLiteral("endAt")).toString(), Qt::ISODateWithMs))
                     - 30)
                <= 2);
        QCOMPARE(h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/timeout"),
                       "{\"timeout\":0}")
                     .status,
                 400);
        QCOMPARE(
            h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/timeout"), "nope")
                .status,
            400);
        QCOMPARE(h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/refreshes"),
                       "{\"duration\":5}")
                     .status,
                 204);
        r = h.api("GET", QStringLiteral("/sandboxes/") + id);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(QDateTime::fromString(
                    r.json().value(QStringLiteral("endAt")).toString(), Qt::ISODateWithMs))
                >= 28);

        // Pause / resume / connect.
        QCOMPARE(
            h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/pause")).status,
            204);
        QCOMPARE(
            h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/pause")).status,
            409);
        QCOMPARE(h.api("GET", QStringLiteral("/sandboxes/") + id)
                     .json()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("paused"));
        QCOMPARE(h.api("GET", QStringLiteral("/sandboxes")).array().size(), 1); // v1: running only
        QCOMPARE(h.api("GET", QStringLiteral("/v2/sandboxes?state=paused")).array().size(), 1);
        QCOMPARE(h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/connect"),
                       "{\"timeout\":60}")
                     .status,
                 201);
        QCOMPARE(h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/connect"),
                       "{\"timeout\":60}")
                     .status,
                 200);
        QCOMPARE(
            h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/connect"), "{}")
                .status,
            400);
        QCOMPARE(h.api("POST", QStringLiteral("/v2/sandboxes/") + id + QStringLiteral("/connect"))
                     .status,
                 200);
        QCOMPARE(h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/resume"),
                       "{\"timeout\":60}")
                     .status,
                 409);
        QCOMPARE(
            h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/pause")).status,
            204);
        QCOMPARE(h.api("POST", QStringLiteral("/sandboxes/") + id + QStringLiteral("/resume"),
                       "{\"timeout\":60}")
                     .status,
                 201);

        // Kill.
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
        QTRY_VERIFY(!QDir(h.config.dataDir + QStringLiteral("/sandboxes/") + id).exists());
        r = h.api("DELETE", QStringLiteral("/sandboxes/") + id);
        QCOMPARE(r.status, 404);
        QCOMPARE(
            r.json().value(QStringLiteral("message")).toString(),
            QStringLiteral("Sandbox \"%1\" doesn't exist or you don't have access to it").arg(id));
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id2).status, 204);
    }

    void unknownSandbox_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/sandboxes/nosuchid");
        QTest::newRow("timeout") << QByteArray("POST")
                                 << QStringLiteral("/sandboxes/nosuchid/timeout");
        QTest::newRow("pause") << QByteArray("POST") << QStringLiteral("/sandboxes/nosuchid/pause");
        QTest::newRow("connect v2")
            << QByteArray("POST") << QStringLiteral("/v2/sandboxes/nosuchid/connect");
        QTest::newRow("traversal id")
            << QByteArray("GET") << QStringLiteral("/sandboxes/..%2F..%2Fetc");
    }
    void unknownSandbox()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QCOMPARE(h.api(verb, path, "{\"timeout\":10}").status, 404);
    }

    void sandboxLimit()
    {
        SandboxdHarness small;
        small.config.maxSandboxes = 1;
        QVERIFY(small.start());
        QString token;
        QVERIFY(!small.createBase(&token).isEmpty());
        const HttpResult r =
            small.api("POST", QStringLiteral("/sandboxes"), "{\"templateID\":\"base\"}");
        QCOMPARE(r.status, 429);
        QVERIFY(r.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("maximum number")));
    }

    // The first create of a template that is not prepared yet prepares it (npm inside a
    // sandbox); here bwrap is replaced by a stub so the test stays offline and fast.
    void templatePreparedOnFirstUse_data()
    {
        QTest::addColumn<int>("stubExit");
        QTest::addColumn<int>("status");
        QTest::newRow("preparation succeeds") << 0 << 201;
        QTest::newRow("preparation fails") << 1 << 500;
    }
    void templatePreparedOnFirstUse()
    {
        QFETCH(int, stubExit);
        QFETCH(int, status);
        SandboxdHarness local;
        local.config.templatesDir = local.dir.path() + QStringLiteral("/fresh-templates");
        local.config.bwrapProgram = local.dir.path() + QStringLiteral("/fake-bwrap");
        QFile stub(local.config.bwrapProgram);
        QVERIFY(stub.open(QIODevice::WriteOnly));
        stub.write(QStringLiteral("#!/bin/sh\necho stub output\nexit %1\n").arg(stubExit).toUtf8());
        stub.close();
        // Executable by everyone: a root server runs it as the unprivileged sandbox uid.
        QVERIFY(stub.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                    | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(local.start());
        // Two creates while preparing: both wait for the same preparation.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 2; ++i) {
            QNetworkRequest req(local.url(QStringLiteral("/v2/sandboxes")));
            req.setRawHeader("X-API-Key", local.config.apiKey.toUtf8());
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies << local.nam.post(req, QByteArray("{\"templateID\":\"claude\"}"));
        }
        for (QNetworkReply *reply : replies) {
            const HttpResult r = SandboxdHarness::wait(reply);
            QCOMPARE(r.status, status);
            if (status == 201)
                QCOMPARE(r.json().value(QStringLiteral("templateID")).toString(),
                         QStringLiteral("claude"));
            else
                QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(QFile::exists(local.config.templatesDir + QStringLiteral("/claude/.ready")),
                 status == 201);
        // No half-prepared template is left behind.
        const QStringList leftovers =
            QDir(local.config.templatesDir)
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(leftovers,
                 status == 201 ? QStringList { QStringLiteral("claude") } : QStringList {});
    }

    void unknownPath()
    {
        QCOMPARE(h.api("GET", QStringLiteral("/nothing/here")).status, 404);
        QCOMPARE(h.api("PUT", QStringLiteral("/sandboxes")).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSandboxdControlPlane)
#include "tst_sandboxd_controlplane.moc"
