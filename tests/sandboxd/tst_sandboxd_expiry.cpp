// Lifetime of autocoder-sandboxd sandboxes: expiry, kill and server shutdown
// end every process of the sandbox and remove its directory.
#include "sandboxdharness.h"

#include "sandboxd/sandbox.h"
#include "sandboxd/sandboxmanager.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
// True while the host process exists and is not a zombie.
bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const int paren = line.lastIndexOf(')');
    return paren > 0 && line.mid(paren + 2, 1) != "Z";
}
} // namespace

class TestSandboxdExpiry : public QObject
{
    Q_OBJECT
private:
    // Starts `sleep 300` in the sandbox and returns the host pid of the command.
    qint64 startSleeper(SandboxdHarness &h, const QString &id, const QString &token,
                        QNetworkAccessManager &client, QNetworkReply **reply)
    {
        *reply = h.openStream(client, id, token, QStringLiteral("process.Process/Start"),
                              SandboxdHarness::startRequest(QStringLiteral("exec sleep 300")));
        Autocoder::Sandboxd::Sandbox *sandbox = h.server->manager()->find(id);
        if (!sandbox)
            return 0;
        qint64 hostPid = 0;
        QElapsedTimer timer;
        timer.start();
        while (hostPid == 0 && timer.elapsed() < 5000) {
            QTest::qWait(50);
            const auto running = sandbox->runningProcesses();
            if (!running.isEmpty())
                hostPid = running.first()->commandHostPid();
        }
        return hostPid;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void expiryEndsEverything()
    {
        SandboxdHarness h;
        QVERIFY(h.start());
        QString token;
        const QString id =
            h.create(QJsonObject { { QStringLiteral("templateID"), QStringLiteral("base") },
                                   { QStringLiteral("secure"), true },
                                   { QStringLiteral("timeout"), 2 } },
                     &token);
        QVERIFY(!id.isEmpty());
        QNetworkReply *reply = nullptr;
        const qint64 hostPid = startSleeper(h, id, token, h.nam, &reply);
        QVERIFY(hostPid > 0);
        QVERIFY(alive(hostPid));
        const QString dir = h.config.dataDir + QStringLiteral("/sandboxes/") + id;
        QVERIFY(QDir(dir).exists());

        const StreamResult s = SandboxdHarness::collect(reply, 10000);
        QVERIFY(s.complete); // the stream ends, it does not hang
        QCOMPARE(s.end.value(QStringLiteral("status")).toString(),
                 QStringLiteral("signal: killed"));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(hostPid), 5000);
        QTRY_VERIFY(!QDir(dir).exists());
        QCOMPARE(h.api("GET", QStringLiteral("/sandboxes/") + id).status, 404);
        QCOMPARE(h.rpc(id, token, QStringLiteral("process.Process/List"), {}).status, 502);
    }

    void killEndsEverything()
    {
        SandboxdHarness h;
        QVERIFY(h.start());
        QString token;
        const QString id = h.createBase(&token);
        QNetworkReply *reply = nullptr;
        const qint64 hostPid = startSleeper(h, id, token, h.nam, &reply);
        QVERIFY(hostPid > 0);
        // A process that detached into the background inside the sandbox dies too.
        h.run(id, token, QStringLiteral("setsid sleep 300 >/dev/null 2>&1 < /dev/null &"));
        // Directories the sandbox locked up are removed all the same.
        h.run(id, token,
              QStringLiteral("mkdir -p locked/inner && touch locked/inner/f && "
                             "chmod 000 locked/inner locked"));
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(hostPid), 5000);
        QVERIFY(SandboxdHarness::collect(reply).complete);
        QVERIFY(!QDir(h.config.dataDir + QStringLiteral("/sandboxes/") + id).exists());
    }

    void shutdownEndsEverything()
    {
        SandboxdHarness h;
        QVERIFY(h.start());
        QString token;
        const QString a = h.createBase(&token);
        QNetworkAccessManager client;
        QNetworkReply *reply = nullptr;
        const qint64 hostPid = startSleeper(h, a, token, client, &reply);
        QVERIFY(hostPid > 0);
        const QString sandboxes = h.config.dataDir + QStringLiteral("/sandboxes");
        QCOMPARE(QDir(sandboxes).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        h.server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!alive(hostPid), 5000);
        QCOMPARE(QDir(sandboxes).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
        reply->abort();
        reply->deleteLater();
    }

    void staleDirectoriesRemovedAtStart()
    {
        SandboxdHarness h;
        const QString stale = h.config.dataDir + QStringLiteral("/sandboxes/leftover/home");
        QVERIFY(QDir().mkpath(stale));
        QVERIFY(h.start());
        QVERIFY(!QDir(stale).exists());
    }
};

QTEST_GUILESS_MAIN(TestSandboxdExpiry)
#include "tst_sandboxd_expiry.moc"
