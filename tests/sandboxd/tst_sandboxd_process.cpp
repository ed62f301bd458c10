// envd process service of autocoder-sandboxd: streaming, exit statuses,
// stdin, signals, re-attach, deadlines, keepalives, concurrency, bad input.
#include "sandboxdharness.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestSandboxdProcess : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;
    QString m_id;
    QString m_token;

    static QString endStatus(const StreamResult &s)
    {
        return s.end.value(QStringLiteral("status")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(h.start());
        m_id = h.createBase(&m_token);
        QVERIFY(!m_id.isEmpty());
        QVERIFY(!m_token.isEmpty());
    }

    void echo()
    {
        const StreamResult s = h.run(m_id, m_token, QStringLiteral("echo hi; echo err >&2"));
        QCOMPARE(s.status, 200);
        QVERIFY(s.complete);
        QVERIFY(s.endOfStream.isEmpty());
        QVERIFY(s.events.first().contains(QStringLiteral("start")));
        QVERIFY(s.pid > 0);
        QCOMPARE(s.stdoutData, QByteArray("hi\n"));
        QCOMPARE(s.stderrData, QByteArray("err\n"));
        QCOMPARE(QJsonDocument(s.end).toJson(QJsonDocument::Compact),
                 QByteArray("{\"exited\":true,\"status\":\"exit status 0\"}"));
        QVERIFY(s.events.last().contains(QStringLiteral("end")));
    }

    void exitCode()
    {
        const StreamResult s = h.run(m_id, m_token, QStringLiteral("exit 3"));
        QCOMPARE(s.end.value(QStringLiteral("exitCode")).toInt(), 3);
        QCOMPARE(s.end.value(QStringLiteral("exited")).toBool(), true);
        QCOMPARE(endStatus(s), QStringLiteral("exit status 3"));
        QCOMPARE(s.end.value(QStringLiteral("error")).toString(), QStringLiteral("exit status 3"));
    }

    void environmentAndCwd()
    {
        const StreamResult s = h.run(
            m_id, m_token, QStringLiteral("echo $FOO:$HOME:$USER:$(id -u):$(pwd):$(hostname)"),
            QJsonObject { { QStringLiteral("envs"),
                            QJsonObject { { QStringLiteral("FOO"), QStringLiteral("x y") } } },
                          { QStringLiteral("cwd"), QStringLiteral("/tmp") } });
        QCOMPARE(s.stdoutData, QByteArray("x y:/home/user:user:1000:/tmp:sandbox\n"));
    }

    void largeOutputNothingLost()
    {
        // 2 MB through many chunks; every byte arrives, in order.
        const StreamResult s = h.run(m_id, m_token, QStringLiteral("seq 1 300000"));
        QCOMPARE(endStatus(s), QStringLiteral("exit status 0"));
        const QList<QByteArray> lines = s.stdoutData.split('\n');
        QCOMPARE(lines.size(), 300001);
        QCOMPARE(lines.at(299999), QByteArray("300000"));
        int dataEvents = 0;
        for (const auto &e : s.events)
            dataEvents += e.contains(QStringLiteral("data")) ? 1 : 0;
        QVERIFY(dataEvents > 1);
    }

    void badCwd()
    {
        StreamResult s =
            h.run(m_id, m_token, QStringLiteral("true"),
                  QJsonObject { { QStringLiteral("cwd"), QStringLiteral("/home/user/nope") } });
        QCOMPARE(s.status, 200);
        QVERIFY(s.complete);
        QCOMPARE(s.endOfStream.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_argument"));
        s = h.run(m_id, m_token, QStringLiteral("true"),
                  QJsonObject { { QStringLiteral("cwd"), QStringLiteral("/root") } });
        QCOMPARE(s.endOfStream.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_argument"));
    }

    void stdinInputAndClose()
    {
        QJsonObject req = SandboxdHarness::startRequest(QStringLiteral("cat"));
        req.insert(QStringLiteral("stdin"), true);
        req.insert(QStringLiteral("tag"), QStringLiteral("cat-job"));
        QNetworkReply *reply =
            h.openStream(h.nam, m_id, m_token, QStringLiteral("process.Process/Start"), req);
        // Wait until the process is listed, then feed it.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto list = h.rpc(m_id, m_token, QStringLiteral("process.Process/List"), {})
                                      .json()
                                      .value(QStringLiteral("processes"))
                                      .toArray();
                for (const auto &p : list) {
                    if (p.toObject().value(QStringLiteral("tag")).toString()
                        == QLatin1String("cat-job"))
                        return true;
                }
                return false;
            }(),
            5000);
        const QJsonObject byTag { { QStringLiteral("tag"), QStringLiteral("cat-job") } };
        HttpResult r = h.rpc(
            m_id, m_token, QStringLiteral("process.Process/SendInput"),
            QJsonObject {
                { QStringLiteral("process"), byTag },
                { QStringLiteral("input"),
                  QJsonObject { { QStringLiteral("stdin"),
                                  QString::fromLatin1(QByteArray("ping\n").toBase64()) } } } });
        QCOMPARE(r.status, 200);
        r = h.rpc(m_id, m_token, QStringLiteral("process.Process/CloseStdin"),
                  QJsonObject { { QStringLiteral("process"), byTag } });
        QCOMPARE(r.status, 200);
        const StreamResult s = SandboxdHarness::collect(reply);
        QCOMPARE(s.stdoutData, QByteArray("ping\n"));
        QCOMPARE(endStatus(s), QStringLiteral("exit status 0"));
        // A finished process takes no more input.
        r = h.rpc(
            m_id, m_token, QStringLiteral("process.Process/SendInput"),
            QJsonObject {
                { QStringLiteral("process"), QJsonObject { { QStringLiteral("pid"), s.pid } } },
                { QStringLiteral("input"),
                  QJsonObject { { QStringLiteral("stdin"), QStringLiteral("eA==") } } } });
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    }

    void signalsAndReattach()
    {
        QJsonObject req =
            SandboxdHarness::startRequest(QStringLiteral("echo started; exec sleep 60"));
        req.insert(QStringLiteral("tag"), QStringLiteral("sleeper"));
        QNetworkAccessManager first;
        QNetworkReply *startReply =
            h.openStream(first, m_id, m_token, QStringLiteral("process.Process/Start"), req);
        QTRY_VERIFY_WITH_TIMEOUT(startReply->bytesAvailable() > 0 || startReply->isFinished(),
                                 5000);
        // Drop the Start stream: the process keeps running.
        startReply->abort();
        startReply->deleteLater();

        QNetworkAccessManager second;
        QNetworkReply *attached = h.openStream(
            second, m_id, m_token, QStringLiteral("process.Process/Connect"),
            QJsonObject {
                { QStringLiteral("process"),
                  QJsonObject { { QStringLiteral("tag"), QStringLiteral("sleeper") } } } });
        QTRY_VERIFY_WITH_TIMEOUT(attached->bytesAvailable() > 0, 5000);
        const HttpResult sig = h.rpc(
            m_id, m_token, QStringLiteral("process.Process/SendSignal"),
            QJsonObject { { QStringLiteral("process"),
                            QJsonObject { { QStringLiteral("tag"), QStringLiteral("sleeper") } } },
                          { QStringLiteral("signal"), QStringLiteral("SIGNAL_SIGTERM") } });
        QCOMPARE(sig.status, 200);
        const StreamResult s = SandboxdHarness::collect(attached);
        QVERIFY(s.complete);
        QCOMPARE(s.end.value(QStringLiteral("exitCode")).toInt(), -1);
        QCOMPARE(endStatus(s), QStringLiteral("signal: terminated"));

        // Re-attach after the end: the exit status is still there.
        const StreamResult again = SandboxdHarness::collect(
            h.openStream(h.nam, m_id, m_token, QStringLiteral("process.Process/Connect"),
                         QJsonObject { { QStringLiteral("process"),
                                         QJsonObject { { QStringLiteral("pid"), s.pid } } } }));
        QVERIFY(again.complete);
        QCOMPARE(again.pid, s.pid);
        QCOMPARE(endStatus(again), QStringLiteral("signal: terminated"));
    }

    void killRightAfterStartLeavesNothing()
    {
        // SIGKILL before the namespace is fully set up must still take everything down.
        const auto leftovers = [] {
            int n = 0;
            const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString &pid : pids) {
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (cmdline.open(QIODevice::ReadOnly)
                    && cmdline.readAll().startsWith(QByteArray("sleep\0"
                                                               "301.5",
                                                               11)))
                    ++n;
            }
            return n;
        };
        for (int i = 0; i < 5; ++i) {
            QJsonObject request = SandboxdHarness::startRequest(QStringLiteral("exec sleep 301.5"));
            request.insert(QStringLiteral("tag"), QStringLiteral("early-%1").arg(i));
            QNetworkReply *reply = h.openStream(h.nam, m_id, m_token,
                                                QStringLiteral("process.Process/Start"), request);
            const HttpResult r = h.rpc(
                m_id, m_token, QStringLiteral("process.Process/SendSignal"),
                QJsonObject { { QStringLiteral("process"),
                                QJsonObject { { QStringLiteral("tag"),
                                                QStringLiteral("early-%1").arg(i) } } },
                              { QStringLiteral("signal"), QStringLiteral("SIGNAL_SIGKILL") } });
            QCOMPARE(r.status, 200);
            const StreamResult s = SandboxdHarness::collect(reply);
            QCOMPARE(s.end.value(QStringLiteral("status")).toString(),
                     QStringLiteral("signal: killed"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(), 0, 3000);
    }

    void connectUnknown()
    {
        const StreamResult s = SandboxdHarness::collect(
            h.openStream(h.nam, m_id, m_token, QStringLiteral("process.Process/Connect"),
                         QJsonObject { { QStringLiteral("process"),
                                         QJsonObject { { QStringLiteral("pid"), 4242424 } } } }));
        QCOMPARE(s.status, 200);
        QCOMPARE(s.endOfStream.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("not_found"));
    }

    void deadline()
    {
        QElapsedTimer timer;
        timer.start();
        const StreamResult s = SandboxdHarness::collect(
            h.openStream(h.nam, m_id, m_token, QStringLiteral("process.Process/Start"),
                         SandboxdHarness::startRequest(QStringLiteral("sleep 30")),
                         { { "Connect-Timeout-Ms", "500" } }));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(s.complete);
        QCOMPARE(s.endOfStream.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("deadline_exceeded"));
        QCOMPARE(endStatus(s), QStringLiteral("signal: killed"));
    }

    void keepalive()
    {
        const StreamResult s = SandboxdHarness::collect(
            h.openStream(h.nam, m_id, m_token, QStringLiteral("process.Process/Start"),
                         SandboxdHarness::startRequest(QStringLiteral("sleep 2.5; echo done")),
                         { { "Keepalive-Ping-Interval", "1" } }));
        QVERIFY(s.keepalives >= 1);
        QCOMPARE(s.stdoutData, QByteArray("done\n"));
    }

    void concurrentStreams()
    {
        // Many streams at once, each on its own connection.
        constexpr int N = 16;
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < N; ++i) {
            clients.push_back(std::make_unique<QNetworkAccessManager>());
            replies << h.openStream(
                *clients.back(), m_id, m_token, QStringLiteral("process.Process/Start"),
                SandboxdHarness::startRequest(
                    QStringLiteral("for i in 1 2 3; do echo %1-$i; sleep 0.2; done").arg(i)));
        }
        for (int i = 0; i < N; ++i) {
            const StreamResult s = SandboxdHarness::collect(replies.at(i));
            QCOMPARE(s.stdoutData, QStringLiteral("%1-1\n%1-2\n%1-3\n").arg(i).toUtf8());
            QCOMPARE(endStatus(s), QStringLiteral("exit status 0"));
        }
    }

    void badRequests()
    {
        // Wrong token, no token, unknown sandbox, one routing header only, wrong port.
        HttpResult r =
            h.rpc(m_id, QStringLiteral("wrong"), QStringLiteral("process.Process/List"), {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 401);
        r = h.rpc(m_id, QString(), QStringLiteral("process.Process/List"), {});
        QCOMPARE(r.status, 401);
        r = h.rpc(QStringLiteral("nosuchsandbox"), m_token, QStringLiteral("process.Process/List"),
                  {});
        QCOMPARE(r.status, 502);
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The sandbox was not found"));
        QNetworkRequest req(h.url(QStringLiteral("/process.Process/List")));
        req.setRawHeader("E2b-Sandbox-Id", m_id.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QCOMPARE(SandboxdHarness::wait(h.nam.post(req, QByteArray("{}"))).status, 400);
        req.setRawHeader("E2b-Sandbox-Port", "8080");
        QCOMPARE(SandboxdHarness::wait(h.nam.post(req, QByteArray("{}"))).status, 502);

        // Host form routing works like the headers.
        QNetworkRequest hostForm(h.url(QStringLiteral("/process.Process/List")));
        hostForm.setRawHeader("Host", QStringLiteral("49983-%1.localhost").arg(m_id).toUtf8());
        hostForm.setRawHeader("X-Access-Token", m_token.toUtf8());
        hostForm.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QCOMPARE(SandboxdHarness::wait(h.nam.post(hostForm, QByteArray("{}"))).status, 200);

        // Malformed bodies.
        QNetworkRequest bad = h.envdRequest(
            m_id, m_token, QStringLiteral("/process.Process/SendSignal"), "application/json");
        r = SandboxdHarness::wait(h.nam.post(bad, QByteArray("{not json")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_argument"));
        bad = h.envdRequest(m_id, m_token, QStringLiteral("/process.Process/Start"),
                            "application/connect+json");
        StreamResult s = SandboxdHarness::collect(h.nam.post(bad, QByteArray("garbage")));
        QCOMPARE(s.endOfStream.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_argument"));
        s = SandboxdHarness::collect(
            h.openStream(h.nam, m_id, m_token, QStringLiteral("process.Process/Start"),
                         QJsonObject { { QStringLiteral("process"), QJsonObject() } }));
        QCOMPARE(s.endOfStream.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_argument"));
        // Unknown user.
        QNetworkRequest user = h.envdRequest(m_id, m_token, QStringLiteral("/process.Process/List"),
                                             "application/json");
        user.setRawHeader("Authorization", "Basic " + QByteArray("mallory:").toBase64());
        r = SandboxdHarness::wait(h.nam.post(user, QByteArray("{}")));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthenticated"));
        // Unsupported signal and unknown method.
        r = h.rpc(m_id, m_token, QStringLiteral("process.Process/SendSignal"),
                  QJsonObject { { QStringLiteral("process"),
                                  QJsonObject { { QStringLiteral("pid"), 1 } } } });
        QCOMPARE(r.status, 404);
        r = h.rpc(m_id, m_token, QStringLiteral("process.Process/Update"), {});
        QCOMPARE(r.status, 501);
        // Still serving.
        QCOMPARE(h.run(m_id, m_token, QStringLiteral("echo ok")).stdoutData, QByteArray("ok\n"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxdProcess)
#include "tst_sandboxd_process.moc"
