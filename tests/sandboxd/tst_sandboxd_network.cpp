// A sandbox's way out: its egress proxy, end to end. A local HTTP server on 127.0.0.2 stands
// for "the internet" and the server resolves test names without DNS, so nothing here leaves
// this machine's loopback.
#include "sandboxdharness.h"

#include "sandboxd/sandboxmanager.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
/// Answers every request with "hello from <name>" and counts connections.
class Origin : public QTcpServer
{
public:
    explicit Origin(const QByteArray &name)
        : m_name(name)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    request += socket->readAll();
                    if (!request.contains("\r\n\r\n"))
                        return;
                    const QByteArray body = "hello from " + m_name;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: "
                                  + QByteArray::number(body.size())
                                  + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int connections = 0;
    QByteArray request;

private:
    QByteArray m_name;
};

QJsonObject network(const QStringList &allow, const QStringList &deny)
{
    return { { QStringLiteral("allowOut"), QJsonArray::fromStringList(allow) },
             { QStringLiteral("denyOut"), QJsonArray::fromStringList(deny) } };
}
} // namespace

class TestSandboxdNetwork : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;
    Origin m_internet { "the internet" };
    Origin m_hostService { "a host service" };

    QString create(const QJsonObject &extra, QString *token)
    {
        QJsonObject body { { QStringLiteral("templateID"), QStringLiteral("base") },
                           { QStringLiteral("secure"), true } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return h.create(body, token);
    }

    /// With \a throughProxy even loopback URLs go to the proxy (NO_PROXY would keep them
    /// on the sandbox's own loopback).
    QByteArray curl(const QString &id, const QString &token, const QString &url,
                    bool throughProxy = false)
    {
        // -w prints the status even when the proxy refuses (403) or nothing answers (000).
        const QString proxy =
            throughProxy ? QStringLiteral("-x http://127.0.0.1:3128 --noproxy '' ") : QString();
        return h
            .run(id, token,
                 QStringLiteral("curl -s -m 10 %1-o /tmp/body -w '%{http_code}' '%2'; echo; "
                                "cat /tmp/body 2>/dev/null")
                     .arg(proxy, url))
            .stdoutData;
    }

    QString internetUrl(const QString &host) const
    {
        return QStringLiteral("http://%1:%2/x").arg(host).arg(m_internet.serverPort());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_internet.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        QVERIFY(m_hostService.listen(QHostAddress::LocalHost));
        const QHostAddress stand(QStringLiteral("127.0.0.2"));
        h.config.resolveOverrides = {
            { QStringLiteral("example.test"), { stand } },
            { QStringLiteral("other.test"), { stand } },
            // Private and metadata addresses: refused at the decision, never connected to.
            { QStringLiteral("private.test"), { QHostAddress(QStringLiteral("10.1.2.3")) } },
            { QStringLiteral("metadata.test"),
              { QHostAddress(QStringLiteral("169.254.169.254")) } },
        };
        h.config.strictResolve = true;
        h.useBaseTemplateOnly();
        QVERIFY(h.start());
    }

    void allowedHostIsReachedThroughTheProxy()
    {
        QString token;
        const QString id = create(
            { { QStringLiteral("network"),
                network({ QStringLiteral("example.test") }, { QStringLiteral("0.0.0.0/0") }) } },
            &token);
        QVERIFY(!id.isEmpty());
        const int before = m_internet.connections;
        QCOMPARE(curl(id, token, internetUrl(QStringLiteral("example.test"))),
                 QByteArray("200\nhello from the internet"));
        QCOMPARE(m_internet.connections, before + 1);
        // The origin sees an origin-form request, no proxy headers.
        QVERIFY2(m_internet.request.startsWith("GET /x HTTP/1.1"), m_internet.request.constData());
        QVERIFY(!m_internet.request.toLower().contains("proxy-"));

        // A tunnel (what HTTPS uses): CONNECT, then any bytes.
        const QByteArray tunnel = h.run(id, token,
                                        QStringLiteral("curl -s -m 10 -p -x http://127.0.0.1:3128 "
                                                       "http://example.test:%1/y")
                                            .arg(m_internet.serverPort()))
                                      .stdoutData;
        QCOMPARE(tunnel, QByteArray("hello from the internet"));

        // Not on the list: refused, and the refusal is logged with the host name.
        QCOMPARE(curl(id, token, internetUrl(QStringLiteral("other.test"))).left(3),
                 QByteArray("403"));
        const HttpResult logs = h.api("GET", QStringLiteral("/v2/sandboxes/%1/logs").arg(id));
        QCOMPARE(logs.status, 200);
        const QJsonArray entries = logs.json().value(QStringLiteral("logs")).toArray();
        QVERIFY2(!entries.isEmpty(), logs.body.constData());
        const QJsonObject last = entries.last().toObject();
        QCOMPARE(last.value(QStringLiteral("level")).toString(), QStringLiteral("warn"));
        QVERIFY2(
            last.value(QStringLiteral("message")).toString().contains(QStringLiteral("other.test")),
            logs.body.constData());
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }

    void privateRangesAreRefusedBeforeAnyConnect()
    {
        QString token;
        // Internet allowed, nothing listed: public addresses would pass, special ones not.
        const QString id = create({}, &token);
        QVERIFY(!id.isEmpty());
        for (const char *host : { "private.test", "metadata.test", "example.test", "127.0.0.1",
                                  "10.0.0.1", "[::1]" }) {
            const QByteArray out = curl(id, token, internetUrl(QLatin1String(host)), true);
            QVERIFY2(out.startsWith("403"), (QByteArray(host) + ": " + out).constData());
        }
        const QJsonArray entries = h.api("GET", QStringLiteral("/v2/sandboxes/%1/logs").arg(id))
                                       .json()
                                       .value(QStringLiteral("logs"))
                                       .toArray();
        QCOMPARE(entries.size(), 6);
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }

    void hostLoopbackOnlyByAliasAndPortAndNeverTheServer()
    {
        QString token;
        const QString alias = QStringLiteral("host.autocoder.internal");
        const QString id =
            create({ { QStringLiteral("network"),
                       network({ QStringLiteral("%1:%2").arg(alias).arg(m_hostService.serverPort()),
                                 QStringLiteral("%1:%2").arg(alias).arg(h.port),
                                 QStringLiteral("127.0.0.1") },
                               { QStringLiteral("0.0.0.0/0") }) } },
                   &token);
        QVERIFY(!id.isEmpty());
        QCOMPARE(curl(id, token,
                      QStringLiteral("http://%1:%2/").arg(alias).arg(m_hostService.serverPort())),
                 QByteArray("200\nhello from a host service"));
        // The server's own port stays closed, even listed, by alias or by address.
        QCOMPARE(
            curl(id, token, QStringLiteral("http://%1:%2/health").arg(alias).arg(h.port)).left(3),
            QByteArray("403"));
        QCOMPARE(curl(id, token, QStringLiteral("http://127.0.0.1:%1/health").arg(h.port)).left(3),
                 QByteArray("000")); // 127.0.0.1 is the sandbox's own loopback, bypassing the proxy
        QCOMPARE(
            curl(id, token, QStringLiteral("http://127.0.0.1:%1/health").arg(h.port), true).left(3),
            QByteArray("403"));
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }

    void noInternetAccessRefusesEverything()
    {
        QString token;
        const QString id = create({ { QStringLiteral("allow_internet_access"), false } }, &token);
        QVERIFY(!id.isEmpty());
        QCOMPARE(curl(id, token, internetUrl(QStringLiteral("example.test"))).left(3),
                 QByteArray("403"));
        const QJsonObject detail = h.api("GET", QStringLiteral("/sandboxes/") + id).json();
        QCOMPARE(detail.value(QStringLiteral("allowInternetAccess")).toBool(true), false);
        // Opened later through E2B's network update.
        QCOMPARE(h.api("PUT", QStringLiteral("/sandboxes/%1/network").arg(id),
                       QJsonDocument(network({ QStringLiteral("example.test") }, {}))
                           .toJson(QJsonDocument::Compact))
                     .status,
                 204);
        QCOMPARE(curl(id, token, internetUrl(QStringLiteral("example.test"))),
                 QByteArray("200\nhello from the internet"));
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }

    void badNetworkOptionsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::newRow("domain in denyOut")
            << QJsonObject { { QStringLiteral("network"),
                               network({}, { QStringLiteral("evil.example") }) } };
        QTest::newRow("not a list") << QJsonObject {
            { QStringLiteral("network"),
              QJsonObject { { QStringLiteral("allowOut"), QStringLiteral("x.org") } } }
        };
        QTest::newRow("bad cidr") << QJsonObject {
            { QStringLiteral("network"), network({ QStringLiteral("10.0.0.0/99") }, {}) }
        };
    }

    void badNetworkOptionsAreRefused()
    {
        QFETCH(QJsonObject, extra);
        QJsonObject body { { QStringLiteral("templateID"), QStringLiteral("base") } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResult r = h.api("POST", QStringLiteral("/sandboxes"),
                                   QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 400);
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(h.server->manager()->sandboxes().isEmpty());
    }

    void cleanupTestCase() { QCOMPARE(m_hostService.connections, 1); }
};

QTEST_GUILESS_MAIN(TestSandboxdNetwork)
#include "tst_sandboxd_network.moc"
