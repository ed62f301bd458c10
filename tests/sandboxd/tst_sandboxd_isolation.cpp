// Escape attempts against autocoder-sandboxd; every one must fail for the
// attacker and leave the host untouched.
#include "sandboxdharness.h"

#include "sandboxd/sandboxmanager.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <unistd.h>

class TestSandboxdIsolation : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;
    QString m_id;
    QString m_token;

    HttpResult download(const QString &id, const QString &token, const QString &path)
    {
        QNetworkRequest req = h.envdRequest(id, token, QStringLiteral("/files"), {});
        QUrl url = req.url();
        url.setQuery(QStringLiteral("path=") + QString::fromUtf8(QUrl::toPercentEncoding(path)));
        req.setUrl(url);
        return SandboxdHarness::wait(h.nam.get(req));
    }

    HttpResult uploadRaw(const QString &path, const QByteArray &data)
    {
        QNetworkRequest req =
            h.envdRequest(m_id, m_token, QStringLiteral("/files"), "application/octet-stream");
        QUrl url = req.url();
        url.setQuery(QStringLiteral("path=") + QString::fromUtf8(QUrl::toPercentEncoding(path)));
        req.setUrl(url);
        return SandboxdHarness::wait(h.nam.post(req, data));
    }

    QByteArray sh(const QString &script) { return h.run(m_id, m_token, script).stdoutData; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(h.start());
        m_id = h.createBase(&m_token);
        QVERIFY(!m_id.isEmpty());
        // Links a hostile process inside the sandbox plants.
        const QString hostSandboxDir = h.config.dataDir + QStringLiteral("/sandboxes/") + m_id;
        sh(QStringLiteral("ln -s /etc/passwd p; ln -s / r; ln -s /home h; ln -s %1 d; ln -s "
                          "../../.. up; mkdir -p real")
               .arg(hostSandboxDir));
    }

    void filesEscapes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dotdot") << QStringLiteral("../../etc/passwd");
        QTest::newRow("absolute host file") << QStringLiteral("/etc/passwd");
        QTest::newRow("root home") << QStringLiteral("/root/.bashrc");
        QTest::newRow("proc environ") << QStringLiteral("/proc/self/environ");
        QTest::newRow("symlink to host file") << QStringLiteral("/home/user/p");
        QTest::newRow("symlink to root dir") << QStringLiteral("/home/user/r/etc/passwd");
        QTest::newRow("symlink to /home") << QStringLiteral("/home/user/h/../../etc/passwd");
        QTest::newRow("relative symlink up") << QStringLiteral("/home/user/up/etc/passwd");
        QTest::newRow("dotdot after dir") << QStringLiteral("/home/user/real/../../../etc/passwd");
        QTest::newRow("encoded nul") << QStringLiteral("/home/user/x\u0000/../../etc/passwd");
    }
    void filesEscapes()
    {
        QFETCH(QString, path);
        const HttpResult r = download(m_id, m_token, path);
        QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(QString::number(r.status)));
        QVERIFY(!r.body.contains("root:x:0"));
        QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), r.status);
    }

    void hostSandboxPathIsNotTheHost()
    {
        // A link to the sandbox's own host directory is read in the sandbox's view: not found.
        const HttpResult r = download(m_id, m_token, QStringLiteral("/home/user/d/home/p"));
        QVERIFY(r.status >= 400 && r.status < 500);
    }

    void writesThroughSymlinks()
    {
        const QString victim = QStringLiteral("/var/tmp/sandboxd-escape-") + m_id;
        QVERIFY(!QFile::exists(victim));
        HttpResult r = uploadRaw(QStringLiteral("/home/user/r") + victim, "pwned");
        QCOMPARE(r.status, 403);
        QVERIFY(!QFile::exists(victim));
        // Through the link to / into /tmp: that is the sandbox's own /tmp, never the host's.
        const QString hostTmp = QStringLiteral("/tmp/sandboxd-escape-") + m_id;
        QCOMPARE(uploadRaw(QStringLiteral("/home/user/r") + hostTmp, "mine").status, 200);
        QVERIFY(!QFile::exists(hostTmp));
        QCOMPARE(sh(QStringLiteral("cat ") + hostTmp), QByteArray("mine"));
        r = uploadRaw(QStringLiteral("/etc/evil"), "pwned");
        QCOMPARE(r.status, 403);
        // Writing "to" a symlink that points outside is refused (not followed on the host).
        r = uploadRaw(QStringLiteral("/home/user/p"), "pwned");
        QCOMPARE(r.status, 403);
        QFile passwd(QStringLiteral("/etc/passwd"));
        QVERIFY(passwd.open(QIODevice::ReadOnly));
        QVERIFY(!passwd.readAll().contains("pwned"));
        // Filesystem RPCs: no listing, moving or making outside.
        r = h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/ListDir"),
                  QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/r") } });
        QCOMPARE(r.status, 403);
        r = h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/ListDir"),
                  QJsonObject { { QStringLiteral("path"), QStringLiteral("/") } });
        QCOMPARE(r.status, 403);
        r = h.rpc(
            m_id, m_token, QStringLiteral("filesystem.Filesystem/MakeDir"),
            QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/r") + victim } });
        QCOMPARE(r.status, 403);
        QVERIFY(!QFile::exists(victim));
        r = h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/Move"),
                  QJsonObject {
                      { QStringLiteral("source"), QStringLiteral("/home/user/real") },
                      { QStringLiteral("destination"), QStringLiteral("/home/user/r") + victim } });
        QCOMPARE(r.status, 403);
        QVERIFY(!QFile::exists(victim));
        // Removing the link removes the link only.
        r = h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/Remove"),
                  QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/p") } });
        QCOMPARE(r.status, 200);
        QVERIFY(QFile::exists(QStringLiteral("/etc/passwd")));
        r = h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/Remove"),
                  QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user/r/tmp") } });
        QCOMPARE(r.status, 403);
        // ListDir does not descend into the link to /.
        r = h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/ListDir"),
                  QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/user") },
                                { QStringLiteral("depth"), 5 } });
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("/home/user/r/"));
    }

    void processView()
    {
        QCOMPARE(sh(QStringLiteral("ls /root >/dev/null 2>&1 && echo visible || echo hidden")),
                 QByteArray("hidden\n"));
        QCOMPARE(sh(QStringLiteral("ls /home")), QByteArray("user\n"));
        QCOMPARE(sh(QStringLiteral("test -e /etc/shadow && echo yes || echo no")),
                 QByteArray("no\n"));
        QCOMPARE(sh(QStringLiteral("test -e %1 && echo yes || echo no").arg(h.config.dataDir)),
                 QByteArray("no\n"));
        QCOMPARE(sh(QStringLiteral("touch /usr/x 2>/dev/null && echo yes || echo no")),
                 QByteArray("no\n"));
        QCOMPARE(sh(QStringLiteral("touch /etc/x 2>/dev/null && echo yes || echo no")),
                 QByteArray("no\n"));
        QCOMPARE(sh(QStringLiteral("grep -c '' /etc/passwd")), QByteArray("3\n"));
        // No capabilities, no nested user namespaces.
        QCOMPARE(sh(QStringLiteral("grep CapEff /proc/self/status | tr -d '\\t'")),
                 QByteArray("CapEff:0000000000000000\n"));
        QCOMPARE(sh(QStringLiteral("unshare -U true 2>/dev/null && echo yes || echo no")),
                 QByteArray("no\n"));
        // Own pid namespace: only the sandbox's processes (bwrap init, bash, ls).
        const int processes = sh(QStringLiteral("ls /proc | grep -c '^[0-9]'")).trimmed().toInt();
        QVERIFY2(processes > 0 && processes <= 4, qPrintable(QString::number(processes)));
    }

    void sandboxUidOnTheHost()
    {
        // Inside: uid 1000. On the host: a root server uses 65534 — unless its data or
        // template folder is out of that uid's reach (e.g. below /root), where it warns and
        // keeps its own uid.
        const bool reachable = Autocoder::Sandboxd::SandboxManager::traversable(h.config.dataDir)
            && Autocoder::Sandboxd::SandboxManager::traversable(h.config.effectiveTemplatesDir()
                                                                + QStringLiteral("/x"));
        const uint expected = ::geteuid() == 0 && reachable ? 65534u : uint(::geteuid());
        QCOMPARE(sh(QStringLiteral("id -u")), QByteArray("1000\n"));
        sh(QStringLiteral("echo x > /home/user/made-inside; mkdir -p /tmp/dir-inside"));
        QCOMPARE(uploadRaw(QStringLiteral("/home/user/up/loaded/file"), "x").status, 403);
        QCOMPARE(uploadRaw(QStringLiteral("/home/user/newdir/sub/uploaded"), "x").status, 200);
        const QString root = h.config.dataDir + QStringLiteral("/sandboxes/") + m_id;
        for (const QString &path :
             { QStringLiteral("/home/made-inside"), QStringLiteral("/tmp/dir-inside"),
               QStringLiteral("/home/newdir"), QStringLiteral("/home/newdir/sub/uploaded"),
               QStringLiteral("/home"), QStringLiteral("/tmp") }) {
            QFileInfo info(root + path);
            QVERIFY2(info.exists(), qPrintable(path));
            QVERIFY2(
                info.ownerId() == expected,
                qPrintable(path + QStringLiteral(" owned by ") + QString::number(info.ownerId())));
        }
        // The sandbox writes its own uploads (same owner).
        QCOMPARE(sh(QStringLiteral("echo more >> /home/user/newdir/sub/uploaded && cat "
                                   "/home/user/newdir/sub/uploaded")),
                 QByteArray("xmore\n"));
    }

    void specialFilesDoNotBlockTheServer()
    {
        // A FIFO with nobody at the other end would block a plain open() forever.
        sh(QStringLiteral("mkfifo /home/user/pipe /tmp/pipe2"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(download(m_id, m_token, QStringLiteral("/home/user/pipe")).status, 400);
        QCOMPARE(uploadRaw(QStringLiteral("/home/user/pipe"), "x").status, 400);
        QCOMPARE(uploadRaw(QStringLiteral("/tmp/pipe2"), "x").status, 400);
        QCOMPARE(download(m_id, m_token, QStringLiteral("/dev/null")).status, 403);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(sh(QStringLiteral("echo alive")), QByteArray("alive\n"));
    }

    void hostProcessesCannotBeSignalled()
    {
        QProcess host;
        host.start(QStringLiteral("sleep"), { QStringLiteral("30") });
        QVERIFY(host.waitForStarted());
        const qint64 pid = host.processId();
        const HttpResult r =
            h.rpc(m_id, m_token, QStringLiteral("process.Process/SendSignal"),
                  QJsonObject {
                      { QStringLiteral("process"), QJsonObject { { QStringLiteral("pid"), pid } } },
                      { QStringLiteral("signal"), QStringLiteral("SIGNAL_SIGKILL") } });
        QCOMPARE(r.status, 404);
        sh(QStringLiteral("kill -9 %1 2>/dev/null; kill -9 -1 2>/dev/null; true").arg(pid));
        QTest::qWait(200);
        QCOMPARE(host.state(), QProcess::Running);
        host.kill();
        host.waitForFinished();
    }

    void sandboxesAreSeparated()
    {
        QString otherToken;
        const QString other = h.createBase(&otherToken);
        QVERIFY(!other.isEmpty());
        sh(QStringLiteral("echo mine > /home/user/secret.txt; echo tmp > /tmp/t.txt"));
        QCOMPARE(h.run(other, otherToken,
                       QStringLiteral("cat /home/user/secret.txt /tmp/t.txt 2>/dev/null; echo end"))
                     .stdoutData,
                 QByteArray("end\n"));
        // The other sandbox's token does not open this one.
        QCOMPARE(download(m_id, otherToken, QStringLiteral("/home/user/secret.txt")).status, 401);
        QCOMPARE(h.rpc(m_id, otherToken, QStringLiteral("process.Process/List"), {}).status, 401);
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + other).status, 204);
    }

    void noInternet()
    {
        QString token;
        const QString id =
            h.create(QJsonObject { { QStringLiteral("templateID"), QStringLiteral("base") },
                                   { QStringLiteral("secure"), true },
                                   { QStringLiteral("allow_internet_access"), false } },
                     &token);
        QVERIFY(!id.isEmpty());
        // Only the loopback interface exists in a new network namespace.
        QCOMPARE(
            h.run(id, token, QStringLiteral("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '"))
                .stdoutData,
            QByteArray("lo\n"));
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }

    void claudeTemplate()
    {
        if (!QFile::exists(h.config.templatesDir + QStringLiteral("/claude/.ready")))
            QSKIP("template 'claude' not prepared (run autocoder-sandboxd prepare-templates "
                  "--templates-dir $AUTOCODER_TEMPLATES_DIR)");
        QString token;
        const QString id =
            h.create(QJsonObject { { QStringLiteral("templateID"), QStringLiteral("claude") },
                                   { QStringLiteral("secure"), true } },
                     &token);
        QVERIFY(!id.isEmpty());
        const StreamResult s = h.run(id, token,
                                     QStringLiteral("id -u; claude --version; bun --version; touch "
                                                    "/opt/autocoder/x 2>/dev/null || echo ro"));
        QCOMPARE(s.end.value(QStringLiteral("status")).toString(), QStringLiteral("exit status 0"));
        const QList<QByteArray> lines = s.stdoutData.split('\n');
        QVERIFY2(lines.size() >= 4, s.stdoutData.constData());
        QCOMPARE(lines.at(0), QByteArray("1000"));
        QVERIFY(lines.at(1).contains("Claude Code"));
        QVERIFY(!lines.at(2).isEmpty());
        QCOMPARE(lines.at(3), QByteArray("ro"));
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }
};

QTEST_GUILESS_MAIN(TestSandboxdIsolation)
#include "tst_sandboxd_isolation.moc"
