// The real autocoder-sandboxd as a shared server: one per data folder, a minimal
// environment, outliving a killed client, and exiting by itself when idle.
#include "sandboxdbinarytest.h"

#include "sandboxd/apikeyfile.h"
#include "sandboxd/serveraddressfile.h"

using Autocoder::Run::LocalSandboxServer;
using Autocoder::Sandboxd::ServerAddressFile;
using namespace SandboxdBinary;

class SandboxdLifetimeTest : public SandboxdBinaryTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!initFolders())
            QSKIP("autocoder-sandboxd is not built");
    }

    void cleanup() { endServers(); }

    void secondServerIsRefusedAndTheFirstKeepsItsSandbox()
    {
        const QString data = newDataDir();
        // Run by hand, with the documented key override.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AUTOCODER_SANDBOXD_API_KEY"), QStringLiteral("e2b_first_0001"));
        QProcess *first = runServer(data, {}, env);
        const QUrl url = waitListening(first);
        QVERIFY2(url.isValid(), first->readAllStandardError().constData());
        SandboxdHarness h;
        clientFor(h, url, QStringLiteral("e2b_first_0001"));
        QString token;
        const QString id = h.createBase(&token, 300);
        QVERIFY(!id.isEmpty());
        const QString marker = newMarker();
        QNetworkReply *start = h.openStream(h.nam, id, token, "process.Process/Start",
                                            SandboxdHarness::startRequest("exec sleep " + marker));
        QTRY_VERIFY_WITH_TIMEOUT(findSleep(marker) > 0, 10000);
        const qint64 sleeper = findSleep(marker);
        QVERIFY(QFileInfo::exists(data + "/sandboxes/" + id));

        QProcess *second = runServer(data, {});
        QVERIFY2(second->waitForFinished(10000), "a second server kept running on the folder");
        QCOMPARE(second->exitCode(), 3);
        const QString why = QString::fromLocal8Bit(second->readAllStandardError());
        QVERIFY2(why.contains(QString::number(first->processId())), qPrintable(why));
        QVERIFY2(why.contains(url.toString()), qPrintable(why));

        QVERIFY(isAlive(sleeper));
        QVERIFY(QFileInfo::exists(data + "/sandboxes/" + id));
        QCOMPARE(h.api("GET", "/sandboxes/" + id).status, 200);
        start->abort();
        start->deleteLater();
    }

    void killedClientLeavesServerAndSandboxToTheNextClient()
    {
        const QString data = newDataDir();
        const QString marker = newMarker();
        QProcess *client = new QProcess(this);
        m_processes << client;
        client->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client->start(QStringLiteral(LIFETIME_CLIENT),
                      { sandboxdProgram(), data, templatesDir(), marker });
        QTRY_VERIFY_WITH_TIMEOUT(client->canReadLine() || client->state() == QProcess::NotRunning,
                                 30000);
        const QList<QByteArray> ready = client->readLine().trimmed().split(' ');
        QVERIFY2(ready.size() == 4 && ready.at(0) == "READY", ready.join(' ').constData());
        const QUrl url(QString::fromLatin1(ready.at(1)));
        const qint64 serverPid = ready.at(2).toLongLong();
        const QString id = QString::fromLatin1(ready.at(3));
        QTRY_VERIFY_WITH_TIMEOUT(findSleep(marker) > 0, 10000);
        const qint64 sleeper = findSleep(marker);

        client->kill(); // SIGKILL: no chance to clean anything up
        QVERIFY(client->waitForFinished(5000));
        QTest::qWait(1500);
        QVERIFY(isAlive(serverPid));
        QVERIFY(isAlive(sleeper));
        QCOMPARE(findSleep(marker), sleeper);
        QVERIFY(QFileInfo::exists(data + "/sandboxes/" + id));

        LocalSandboxServer next;
        QSignalSpy readySpy(&next, &LocalSandboxServer::ready);
        QSignalSpy failed(&next, &LocalSandboxServer::failed);
        LocalSandboxServer::Options o;
        o.program = sandboxdProgram();
        o.dataDir = data;
        o.templatesDir = templatesDir();
        next.start(o);
        QTRY_VERIFY_WITH_TIMEOUT(!readySpy.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(next.url(), url);
        QCOMPARE(next.serverPid(), serverPid);
        QVERIFY(next.reusedServer());
        SandboxdHarness h;
        clientFor(h, next.url(), next.apiKey());
        QCOMPARE(h.api("GET", "/sandboxes/" + id).status, 200);
    }

    void staleAddressFileIsReplaced()
    {
        const QString data = newDataDir();
        QVERIFY(QDir().mkpath(data + "/sandboxes/left-by-a-dead-server"));
        ::chmod(QFile::encodeName(data).constData(), 0700);
        QProcess dead;
        dead.start(QStringLiteral("true"));
        QVERIFY(dead.waitForFinished(5000));
        Autocoder::Sandboxd::ServerAddress stale;
        stale.pid = dead.processId();
        stale.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        stale.started = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY2(ServerAddressFile::write(data, stale, &error), qPrintable(error));

        LocalSandboxServer server;
        QSignalSpy ready(&server, &LocalSandboxServer::ready);
        QSignalSpy failed(&server, &LocalSandboxServer::failed);
        LocalSandboxServer::Options o;
        o.program = sandboxdProgram();
        o.dataDir = data;
        o.templatesDir = templatesDir();
        o.idleExitSeconds = 30;
        server.start(o);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(!server.reusedServer());
        QVERIFY(server.url() != stale.url);
        const auto now = ServerAddressFile::read(data, &error);
        QVERIFY2(now.has_value(), qPrintable(error));
        QCOMPARE(now->pid, server.serverPid());
        QCOMPARE(now->url, server.url());
        QVERIFY(!QFileInfo::exists(data + "/sandboxes/left-by-a-dead-server"));
    }

    void clientNoticesAnIdleExitAndStartsAnew()
    {
        const QString data = newDataDir();
        LocalSandboxServer server;
        QSignalSpy ready(&server, &LocalSandboxServer::ready);
        QSignalSpy crashed(&server, &LocalSandboxServer::crashed);
        LocalSandboxServer::Options o;
        o.program = sandboxdProgram();
        o.dataDir = data;
        o.templatesDir = templatesDir();
        o.idleExitSeconds = 1;
        server.start(o);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 30000);
        const qint64 first = server.serverPid();
        QTRY_VERIFY_WITH_TIMEOUT(!crashed.isEmpty(), 10000);
        QVERIFY(!server.isReady());
        ready.clear();
        server.start(o);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 30000);
        QVERIFY(server.serverPid() != first);
        QVERIFY(!server.reusedServer());
    }

    void idleServerExits()
    {
        const QString data = newDataDir();
        QProcess *p = runServer(data, { QStringLiteral("--idle-exit-seconds"), "2" });
        QVERIFY(waitListening(p).isValid());
        QElapsedTimer idle;
        idle.start();
        QVERIFY(QFileInfo::exists(ServerAddressFile::path(data)));
        QVERIFY(p->waitForFinished(10000));
        QVERIFY2(idle.elapsed() >= 1500, qPrintable(QString::number(idle.elapsed())));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(!QFileInfo::exists(ServerAddressFile::path(data)));
    }

    void serverWithASandboxIsNotIdle()
    {
        const QString data = newDataDir();
        QProcess *p = runServer(data, { QStringLiteral("--idle-exit-seconds"), "2" });
        const QUrl url = waitListening(p);
        QVERIFY(url.isValid());
        QString error;
        SandboxdHarness h;
        clientFor(h, url, Autocoder::Sandboxd::ApiKeyFile::read(data + "/sandboxd.key", &error));
        QString token;
        QVERIFY(!h.createBase(&token, 5).isEmpty());
        QElapsedTimer t;
        t.start();
        // No request for twice the idle time, but a sandbox: still serving.
        QVERIFY(!p->waitForFinished(4000));
        // The sandbox's own timeout ends it; the idle time counts from there.
        QVERIFY(p->waitForFinished(10000));
        QVERIFY2(t.elapsed() >= 5000 + 1500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(p->exitCode(), 0);
    }

    void environmentIsMinimalAndKeyFileIsPrivate()
    {
        const QByteArray canary = "canary-" + QByteArray::number(::getpid());
        const QByteArray envKey = "e2b_from_the_clients_environment_0123456789";
        qputenv("AUTOCODER_LIFETIME_CANARY", canary);
        qputenv("AUTOCODER_SANDBOXD_API_KEY", envKey);
        // An inheritable descriptor (a pipe, as ctest's): the server must not hold it open.
        int leak[2];
        QVERIFY(::pipe(leak) == 0);
        const QString data = newDataDir();
        LocalSandboxServer server;
        QSignalSpy ready(&server, &LocalSandboxServer::ready);
        QSignalSpy failed(&server, &LocalSandboxServer::failed);
        LocalSandboxServer::Options o;
        o.program = sandboxdProgram();
        o.dataDir = data;
        o.templatesDir = templatesDir();
        server.start(o);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
        qunsetenv("AUTOCODER_LIFETIME_CANARY");
        qunsetenv("AUTOCODER_SANDBOXD_API_KEY");
        const QString leakTarget =
            QFileInfo(QStringLiteral("/proc/self/fd/%1").arg(leak[1])).symLinkTarget();
        ::close(leak[0]);
        ::close(leak[1]);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const qint64 pid = server.serverPid();
        QVERIFY(pid > 0);

        const QByteArray environ = readAll(QStringLiteral("/proc/%1/environ").arg(pid));
        QVERIFY(!environ.isEmpty());
        for (const QByteArray &entry : environ.split('\0')) {
            if (entry.isEmpty())
                continue;
            const QByteArray name = entry.left(entry.indexOf('='));
            QVERIFY2(name == "PATH" || name == "LANG" || name == "HOME" || name.startsWith("XDG_"),
                     entry.constData());
        }
        QVERIFY(!environ.contains(canary));
        QVERIFY(!environ.contains(server.apiKey().toLatin1()));
        QVERIFY(!environ.contains(envKey));
        QVERIFY(server.apiKey().toLatin1() != envKey);
        QVERIFY(!readAll(QStringLiteral("/proc/%1/cmdline").arg(pid))
                     .contains(server.apiKey().toLatin1()));

        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(data + "/sandboxd.key").constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0600);
        QCOMPARE(st.st_uid, ::geteuid());
        QCOMPARE(readAll(data + "/sandboxd.key").trimmed(), server.apiKey().toLatin1());
        QCOMPARE(::stat(QFile::encodeName(ServerAddressFile::path(data)).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0600);

        // Detached: a session of its own, output in the data folder's log, nothing inherited.
        QVERIFY(::getsid(pid_t(pid)) > 0);
        QVERIFY(::getsid(pid_t(pid)) != ::getsid(0));
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/fd/2").arg(pid)).symLinkTarget(),
                 data + "/sandboxd.log");
        const QStringList fds =
            QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::System);
        for (const QString &fd : fds) {
            QVERIFY2(QFileInfo(QStringLiteral("/proc/%1/fd/%2").arg(pid).arg(fd)).symLinkTarget()
                         != leakTarget,
                     qPrintable(leakTarget));
        }

        QVERIFY(server.shutdownServer(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pid), 5000);
        QVERIFY(!QFileInfo::exists(ServerAddressFile::path(data)));
    }
};

QTEST_GUILESS_MAIN(SandboxdLifetimeTest)
#include "tst_sandboxd_lifetime.moc"
