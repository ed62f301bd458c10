// The real autocoder-sandboxd as a shared server: one per data folder, its key in a
// 0600 file, an address file, a minimal environment, outliving a killed client,
// and exiting by itself when idle.
#include "run/localsandboxserver.h"
#include "sandboxd/apikeyfile.h"
#include "sandboxd/serveraddressfile.h"
#include "sandboxdharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using Autocoder::Run::LocalSandboxServer;
using Autocoder::Sandboxd::ServerAddressFile;

namespace {
QString sandboxdProgram()
{
    // Overridable to show what an older binary does with these tests.
    const QString fromEnv = qEnvironmentVariable("AUTOCODER_LIFETIME_SANDBOXD");
    return fromEnv.isEmpty() ? QStringLiteral(SANDBOXD_BINARY) : fromEnv;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool isAlive(qint64 pid)
{
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return pid > 0 && close > 0 && stat.mid(close + 2, 1) != "Z"; // a zombie has ended
}

/// The host pid of `sleep <marker>`, wherever it runs; 0 if there is none.
qint64 findSleep(const QString &marker)
{
    const QByteArray wanted = QByteArray("sleep\0", 6) + marker.toLatin1() + '\0';
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (pid.toLongLong() > 0
            && readAll(QStringLiteral("/proc/%1/cmdline").arg(pid)).endsWith(wanted))
            return pid.toLongLong();
    }
    return 0;
}

QString newMarker()
{
    return QStringLiteral("600.%1").arg(QRandomGenerator::system()->bounded(100000, 999999));
}
} // namespace

class SandboxdLifetimeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QStringList m_dataDirs;
    QList<QProcess *> m_processes;
    int m_counter = 0;

    QString newDataDir()
    {
        const QString d = m_tmp.filePath(QStringLiteral("data%1").arg(++m_counter));
        m_dataDirs << d;
        return d;
    }

    QString templatesDir() const
    {
        const QString t = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
        return t.isEmpty() ? m_tmp.filePath(QStringLiteral("templates")) : t;
    }

    /// The binary run directly, as a person would; \a url gets the ready line's URL.
    QProcess *runServer(const QString &dataDir, const QStringList &extra,
                        const QProcessEnvironment &env = {})
    {
        auto *p = new QProcess(this);
        m_processes << p;
        QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
        if (env.isEmpty())
            e.remove(QStringLiteral("AUTOCODER_SANDBOXD_API_KEY"));
        p->setProcessEnvironment(e);
        p->start(sandboxdProgram(),
                 QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--data-dir"), dataDir,
                               QStringLiteral("--templates-dir"), templatesDir() }
                     + extra);
        return p;
    }

    static QUrl waitListening(QProcess *p)
    {
        QElapsedTimer t;
        t.start();
        while (!p->canReadLine() && p->state() != QProcess::NotRunning && !t.hasExpired(15000))
            p->waitForReadyRead(100);
        const QByteArray line = p->readLine().trimmed();
        if (!line.startsWith("Listening on "))
            return {};
        return QUrl(QString::fromLatin1(line.mid(13)));
    }

    static SandboxdHarness *clientFor(SandboxdHarness &h, const QUrl &url, const QString &key)
    {
        h.port = quint16(url.port());
        h.config.apiKey = key;
        return &h;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (!QFileInfo(sandboxdProgram()).isExecutable())
            QSKIP("autocoder-sandboxd is not built");
        QDir().mkpath(templatesDir());
    }

    void cleanup()
    {
        for (QProcess *p : std::as_const(m_processes)) {
            p->kill();
            p->waitForFinished(5000);
            delete p;
        }
        m_processes.clear();
        for (const QString &d : std::as_const(m_dataDirs))
            QVERIFY2(LocalSandboxServer::shutdownServer(d, 10000), qPrintable(d));
        m_dataDirs.clear();
    }

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

    void addressFileIsTrustedOnlyWhenPrivateAndLoopback_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("accepted");
        const QByteArray ok = "{\"pid\": 4242, \"url\": \"http://127.0.0.1:5555\"}";
        QTest::newRow("valid") << ok << 0600 << true;
        QTest::newRow("world readable") << ok << 0644 << false;
        QTest::newRow("group writable") << ok << 0620 << false;
        QTest::newRow("another host")
            << QByteArray("{\"pid\": 4242, \"url\": \"http://example.org:5555\"}") << 0600 << false;
        QTest::newRow("localhost name")
            << QByteArray("{\"pid\": 4242, \"url\": \"http://localhost:5555\"}") << 0600 << false;
        QTest::newRow("https") << QByteArray("{\"pid\": 4242, \"url\": \"https://127.0.0.1:5555\"}")
                               << 0600 << false;
        QTest::newRow("credentials")
            << QByteArray("{\"pid\": 4242, \"url\": \"http://a:b@127.0.0.1:5555\"}") << 0600
            << false;
        QTest::newRow("path") << QByteArray("{\"pid\": 4242, \"url\": \"http://127.0.0.1:5555/x\"}")
                              << 0600 << false;
        QTest::newRow("no pid") << QByteArray("{\"url\": \"http://127.0.0.1:5555\"}") << 0600
                                << false;
        QTest::newRow("not json") << QByteArray("garbage") << 0600 << false;
    }

    void addressFileIsTrustedOnlyWhenPrivateAndLoopback()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, mode);
        QFETCH(bool, accepted);
        const QString data = m_tmp.filePath(QStringLiteral("address%1").arg(++m_counter));
        QVERIFY(QDir().mkpath(data));
        QFile f(ServerAddressFile::path(data));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(f.fileName()).constData(), mode_t(mode)), 0);
        QString error;
        const auto address = ServerAddressFile::read(data, &error);
        QCOMPARE(address.has_value(), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        if (accepted)
            QCOMPARE(address->url, QUrl(QStringLiteral("http://127.0.0.1:5555")));
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

    void badIdleValuesAreRefused()
    {
        for (const char *bad : { "-1", "abc", "" }) {
            QProcess *p = runServer(newDataDir(), { QStringLiteral("--idle-exit-seconds"), bad });
            QVERIFY(p->waitForFinished(5000));
            QCOMPARE(p->exitCode(), 2);
        }
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

    void unsafeKeyFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("group readable") << "0640";
        QTest::newRow("world readable") << "0644";
        QTest::newRow("another owner") << "owner";
        QTest::newRow("symlink") << "symlink";
        QTest::newRow("empty") << "empty";
        QTest::newRow("given file, world readable") << "given";
    }

    void unsafeKeyFilesAreRefused()
    {
        QFETCH(QString, kind);
        const QString data = newDataDir();
        QVERIFY(QDir().mkpath(data + "/sandboxes/keep"));
        const QString key = data + "/sandboxd.key";
        const QString elsewhere = m_tmp.filePath(QStringLiteral("key%1").arg(m_counter));
        QFile f(kind == QLatin1String("symlink") || kind == QLatin1String("given") ? elsewhere
                                                                                   : key);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind != QLatin1String("empty"))
            f.write("e2b_planted0123456789\n");
        f.close();
        const mode_t mode = kind == QLatin1String("0640")                     ? 0640
            : kind == QLatin1String("0644") || kind == QLatin1String("given") ? 0644
                                                                              : 0600;
        ::chmod(QFile::encodeName(f.fileName()).constData(), mode);
        if (kind == QLatin1String("owner"))
            QVERIFY(::chown(QFile::encodeName(key).constData(), 65534, 65534) == 0);
        if (kind == QLatin1String("symlink"))
            QVERIFY(QFile::link(elsewhere, key));
        const QStringList extra = kind == QLatin1String("given")
            ? QStringList { QStringLiteral("--api-key-file"), elsewhere }
            : QStringList {};
        QProcess *p = runServer(data, extra);
        QVERIFY2(p->waitForFinished(10000), "the server accepted an unsafe key file");
        QCOMPARE(p->exitCode(), 1);
        const QString why = QString::fromLocal8Bit(p->readAllStandardError());
        QVERIFY2(why.contains(QFileInfo(extra.isEmpty() ? key : elsewhere).fileName()),
                 qPrintable(why));
        QVERIFY(!p->readAllStandardOutput().contains("Listening"));
        // Refused before anything in the folder was touched.
        QVERIFY(QFileInfo::exists(data + "/sandboxes/keep"));
    }

    void givenKeyFileAndManualOverrideAreUsed()
    {
        const QString given = m_tmp.filePath(QStringLiteral("given.key"));
        QFile f(given);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("e2b_given_file_key_0123456789\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QProcess *p = runServer(newDataDir(), { QStringLiteral("--api-key-file"), given });
        const QUrl url = waitListening(p);
        QVERIFY(url.isValid());
        SandboxdHarness h;
        clientFor(h, url, QStringLiteral("e2b_given_file_key_0123456789"));
        QCOMPARE(h.api("GET", "/sandboxes").status, 200);
        QCOMPARE(h.api("GET", "/sandboxes", {}, "e2b_planted0123456789").status, 401);

        // By hand: the environment's key, documented as an override for people.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AUTOCODER_SANDBOXD_API_KEY"), QStringLiteral("e2b_by_hand_42"));
        QProcess *byHand = runServer(newDataDir(), {}, env);
        const QUrl handUrl = waitListening(byHand);
        QVERIFY(handUrl.isValid());
        clientFor(h, handUrl, QStringLiteral("e2b_by_hand_42"));
        QCOMPARE(h.api("GET", "/sandboxes").status, 200);
    }
};

QTEST_GUILESS_MAIN(SandboxdLifetimeTest)
#include "tst_sandboxd_lifetime.moc"
