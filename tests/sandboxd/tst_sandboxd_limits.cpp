// Resource limits of autocoder-sandboxd, tried the way hostile sandboxed code would: fork
// floods and bombs, memory hogs and disk fillers must stay inside their sandbox's budget, and
// the sandbox must still end cleanly.
#include "sandboxdharness.h"

#include "sandboxd/diskquota.h"
#include "sandboxd/resourcelimiter.h"
#include "sandboxd/sandboxmanager.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
using Autocoder::Sandboxd::DiskQuota;
using Autocoder::Sandboxd::ResourceLimiter;

// Forks up to 500 children that sleep, then reports how many forks succeeded.
const char *const ForkFlood =
    "perl -e '$|=1; my $n=0; for (1..500) { my $p = fork(); last unless defined $p; "
    "if ($p == 0) { sleep 60; exit 0 } $n++ } print \"forked $n\\n\"; sleep 60'";

// A sandbox uid nothing else on the host uses, so the host's /proc tells its processes apart.
int testUid()
{
    return 60000 + int(::getpid() % 5000);
}

// Live processes (not threads, not zombies: this host's init does not always reap orphans)
// whose real uid is \a uid, from the host's /proc.
int processesOfUid(int uid)
{
    int count = 0;
    DIR *proc = ::opendir("/proc");
    while (proc) {
        const dirent *entry = ::readdir(proc);
        if (!entry)
            break;
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(QLatin1String(entry->d_name)));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = status.readAll().split('\n');
        bool zombie = false;
        for (const QByteArray &line : lines) {
            if (line.startsWith("State:"))
                zombie = line.contains("(zombie)");
            if (line.startsWith("Uid:")) {
                if (!zombie && line.mid(4).simplified().split(' ').value(0).toInt() == uid)
                    ++count;
                break;
            }
        }
    }
    if (proc)
        ::closedir(proc);
    return count;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

QJsonObject baseWith(const QJsonObject &extra)
{
    QJsonObject body { { QStringLiteral("templateID"), QStringLiteral("base") },
                       { QStringLiteral("secure"), true },
                       { QStringLiteral("timeout"), 120 } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}
} // namespace

class TestSandboxdLimits : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;

    static void prepare(SandboxdHarness &harness)
    {
        if (::geteuid() == 0)
            harness.config.sandboxUid = testUid();
        harness.config.diskCheckIntervalMs = 200;
        harness.useBaseTemplateOnly();
    }

    ResourceLimiter *limiter(SandboxdHarness &harness) const
    {
        return harness.server->manager()->limiter();
    }

    QString cgroupDir(SandboxdHarness &harness, const QString &controller, const QString &id)
    {
        return limiter(harness)->baseDir(controller) + QLatin1Char('/') + id;
    }

    /// Runs a fork flood in a sandbox limited to \a limit processes; returns the most
    /// processes seen at once on the host, -1 on failure. Kills the sandbox after.
    int floodAndKill(SandboxdHarness &harness, int limit, const QString &script)
    {
        QString token;
        const QString id = harness.create(baseWith({ { QStringLiteral("maxProcesses"), limit },
                                                     { QStringLiteral("cpuCount"), 1 } }),
                                          &token);
        if (id.isEmpty())
            return -1;
        QNetworkAccessManager client;
        QNetworkReply *reply =
            harness.openStream(client, id, token, QStringLiteral("process.Process/Start"),
                               SandboxdHarness::startRequest(script));
        const bool isCgroup = limiter(harness)->mechanism() != ResourceLimiter::Mechanism::Rlimits;
        const QString pids = isCgroup ? cgroupDir(harness, QStringLiteral("pids"), id) : QString();
        const auto count = [&] {
            if (::geteuid() == 0)
                return processesOfUid(testUid());
            return int(readFile(pids + QStringLiteral("/cgroup.procs")).count('\n')) + 1;
        };
        // Let the flood reach its ceiling, then watch it for a while.
        QElapsedTimer timer;
        timer.start();
        int most = 0;
        while (timer.elapsed() < 4000) {
            const int c = count();
            most = qMax(most, c);
            if (isCgroup)
                most = qMax(most, readFile(pids + QStringLiteral("/pids.current")).toInt());
            QTest::qWait(50);
        }
        // The sandbox still ends cleanly: the request answers, nothing of it survives.
        const int status = harness.api("DELETE", QStringLiteral("/sandboxes/") + id).status;
        const StreamResult s = SandboxdHarness::collect(reply, 10000);
        if (status != 204) {
            qWarning("DELETE answered %d", status);
            return -1;
        }
        if (::geteuid() == 0) {
            QElapsedTimer gone;
            gone.start();
            while (processesOfUid(testUid()) > 0 && gone.elapsed() < 5000)
                QTest::qWait(50);
            if (processesOfUid(testUid()) > 0) {
                qWarning("processes of the sandbox survived it");
                return -1;
            }
        }
        if (isCgroup && QFileInfo::exists(pids)) {
            QTest::qWait(1500); // a busy cgroup is retried from the event loop
            if (QFileInfo::exists(pids)) {
                qWarning("cgroup %s left behind", qPrintable(pids));
                return -1;
            }
        }
        qInfo("flood: most processes at once %d (limit %d), output %s", most, limit,
              s.stdoutData.trimmed().constData());
        return most;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        prepare(h);
        // Server-wide defaults that a request without fields gets.
        h.config.limits.diskSizeMB = 5000;
        h.config.limits.memoryMB = 2048;
        QVERIFY(h.start());
    }

    void healthSaysMechanism()
    {
        const HttpResult r = h.api("GET", QStringLiteral("/health"), {}, QByteArray());
        QCOMPARE(r.status, 200);
        const QJsonObject limits = r.json().value(QStringLiteral("limits")).toObject();
        const QString mechanism = limits.value(QStringLiteral("mechanism")).toString();
        QCOMPARE(mechanism, limiter(h)->mechanismName());
        QVERIFY2(QStringList({ QStringLiteral("cgroup-v2"), QStringLiteral("cgroup-v1"),
                               QStringLiteral("rlimit") })
                     .contains(mechanism),
                 qPrintable(mechanism));
        QCOMPARE(limits.value(QStringLiteral("defaults"))
                     .toObject()
                     .value(QStringLiteral("diskSizeMB"))
                     .toInt(),
                 5000);
        // This host (root, v1/hybrid) must get real per-sandbox limits, not the fallback.
        if (::geteuid() == 0 && QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/pids/tasks")))
            QCOMPARE(mechanism, QStringLiteral("cgroup-v1"));
    }

    void defaultsReported()
    {
        QString token;
        const QString id = h.create(baseWith({}), &token);
        QVERIFY(!id.isEmpty());
        const QJsonObject detail = h.api("GET", QStringLiteral("/sandboxes/") + id).json();
        QCOMPARE(detail.value(QStringLiteral("diskSizeMB")).toInt(), 5000);
        QCOMPARE(detail.value(QStringLiteral("memoryMB")).toInt(), 2048);
        QCOMPARE(detail.value(QStringLiteral("maxProcesses")).toInt(), 1024);
        QCOMPARE(detail.value(QStringLiteral("cpuCount")).toInt(), QThread::idealThreadCount());
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }

    void requestLimitsApplied()
    {
        QString token;
        const QString id = h.create(baseWith({ { QStringLiteral("cpuCount"), 1 },
                                               { QStringLiteral("memoryMB"), 300 },
                                               { QStringLiteral("maxProcesses"), 50 },
                                               { QStringLiteral("diskSizeMB"), 2048 } }),
                                    &token);
        QVERIFY(!id.isEmpty());
        const QJsonObject detail = h.api("GET", QStringLiteral("/sandboxes/") + id).json();
        QCOMPARE(detail.value(QStringLiteral("cpuCount")).toInt(), 1);
        QCOMPARE(detail.value(QStringLiteral("memoryMB")).toInt(), 300);
        QCOMPARE(detail.value(QStringLiteral("maxProcesses")).toInt(), 50);
        QCOMPARE(detail.value(QStringLiteral("diskSizeMB")).toInt(), 2048);
        const QJsonArray list = h.api("GET", QStringLiteral("/sandboxes")).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("memoryMB")).toInt(), 300);

        // No file may outgrow the disk quota (RLIMIT_FSIZE), in every mode.
        const StreamResult s = h.run(id, token, QStringLiteral("ulimit -f"));
        QCOMPARE(s.stdoutData.trimmed(), QByteArray::number(2048 * 1024)); // bash: 1024-byte blocks

        if (limiter(h)->mechanism() == ResourceLimiter::Mechanism::Rlimits) {
            QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
            QSKIP("no cgroups on this host: the rlimit case is rlimitFallbackStopsForkFlood");
        }
        if (limiter(h)->mechanism() == ResourceLimiter::Mechanism::CgroupV1) {
            QCOMPARE(readFile(cgroupDir(h, QStringLiteral("pids"), id) + "/pids.max"), "50");
            QCOMPARE(
                readFile(cgroupDir(h, QStringLiteral("memory"), id) + "/memory.limit_in_bytes"),
                QByteArray::number(300 * 1024 * 1024));
            QCOMPARE(readFile(cgroupDir(h, QStringLiteral("cpu"), id) + "/cpu.cfs_quota_us"),
                     "100000");
            QCOMPARE(readFile(cgroupDir(h, QStringLiteral("cpu"), id) + "/cpu.cfs_period_us"),
                     "100000");
        } else {
            const QString dir = cgroupDir(h, QStringLiteral("pids"), id);
            QCOMPARE(readFile(dir + "/pids.max"), "50");
            QCOMPARE(readFile(dir + "/memory.max"), QByteArray::number(300 * 1024 * 1024));
            QCOMPARE(readFile(dir + "/cpu.max"), "100000 100000");
        }
        // The sandbox's processes really sit in its cgroup, seen from the host while one runs.
        QNetworkAccessManager client;
        QNetworkReply *reply =
            h.openStream(client, id, token, QStringLiteral("process.Process/Start"),
                         SandboxdHarness::startRequest(QStringLiteral("sleep 2")));
        const QString procs = cgroupDir(h, QStringLiteral("pids"), id) + "/cgroup.procs";
        QTRY_VERIFY_WITH_TIMEOUT(readFile(procs).split('\n').size() >= 2, 5000);
        SandboxdHarness::collect(reply);
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(procs), 3000);
    }

    void badValuesRefused_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *field, const QJsonValue &value) {
            QTest::newRow(name) << QJsonObject { { QLatin1String(field), value } }
                                << QString::fromLatin1(field);
        };
        row("memory as string", "memoryMB", QStringLiteral("512"));
        row("memory negative", "memoryMB", -1);
        row("memory zero", "memoryMB", 0);
        row("memory tiny", "memoryMB", 8);
        row("memory fraction", "memoryMB", 256.5);
        row("memory beyond the host", "memoryMB", 1e12);
        row("memory object", "memoryMB", QJsonObject { { QStringLiteral("a"), 1 } });
        row("cpu zero", "cpuCount", 0);
        row("cpu beyond the host", "cpuCount", 4096);
        row("cpu bool", "cpuCount", true);
        row("processes one", "maxProcesses", 1);
        row("processes huge", "maxProcesses", 1e9);
        row("processes negative", "maxProcesses", -5);
        row("disk zero", "diskSizeMB", 0);
        row("disk huge", "diskSizeMB", 1e18);
        row("disk array", "diskSizeMB", QJsonArray { 1 });
    }

    void badValuesRefused()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, field);
        const HttpResult r = h.api("POST", QStringLiteral("/sandboxes"),
                                   QJsonDocument(baseWith(fields)).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 400);
        const QString message = r.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(field) && message.contains(QStringLiteral("between")),
                 qPrintable(message));
        QVERIFY(h.server->manager()->sandboxes().isEmpty());
    }

    void forkFloodStaysInsideLimit()
    {
        if (::geteuid() != 0 && limiter(h)->mechanism() == ResourceLimiter::Mechanism::Rlimits)
            QSKIP("without cgroups, one sandbox's processes are told apart by their uid (root)");
        const int most = floodAndKill(h, 64, QLatin1String(ForkFlood));
        QVERIFY(most >= 0);
        QVERIFY2(most <= 64, qPrintable(QString::number(most)));
        QVERIFY2(most >= 40, "the flood never got going; the test measured nothing");
    }

    void forkBombContained()
    {
        if (::geteuid() != 0 && limiter(h)->mechanism() == ResourceLimiter::Mechanism::Rlimits)
            QSKIP("without cgroups, one sandbox's processes are told apart by their uid (root)");
        const int most =
            floodAndKill(h, 48, QStringLiteral("bomb() { bomb | bomb & }; bomb; sleep 60"));
        QVERIFY(most >= 0);
        QVERIFY2(most <= 48, qPrintable(QString::number(most)));
        QVERIFY2(most >= 20, "the bomb never went off; the test measured nothing");
        // The server is fine and still answers.
        QCOMPARE(h.api("GET", QStringLiteral("/health"), {}, QByteArray()).status, 200);
    }

    void memoryHogContained()
    {
        QString token;
        const QString id = h.create(baseWith({ { QStringLiteral("memoryMB"), 128 } }), &token);
        QVERIFY(!id.isEmpty());
        // Twice the limit, every byte touched.
        const StreamResult s =
            h.run(id, token,
                  QStringLiteral("perl -e '$x = \"a\" x (256*1024*1024); print \"allocated \", "
                                 "length($x), \"\\n\"'; echo \"exit $?\""));
        QVERIFY(s.complete);
        QVERIFY2(!s.stdoutData.contains("allocated"), s.stdoutData.constData());
        QVERIFY2(s.stdoutData.contains("exit ") && !s.stdoutData.contains("exit 0"),
                 s.stdoutData.constData());
        if (limiter(h)->mechanism() == ResourceLimiter::Mechanism::CgroupV1) {
            const QString mem = cgroupDir(h, QStringLiteral("memory"), id);
            // It ran into the limit and no further.
            const qint64 peak = readFile(mem + "/memory.max_usage_in_bytes").toLongLong();
            QVERIFY2(peak > 100 * 1024 * 1024 && peak <= 128 * 1024 * 1024,
                     qPrintable(QString::number(peak)));
        }
        // Memory-backed files: /dev is read-only and /dev/shm small, whatever the mechanism.
        const StreamResult shm =
            h.run(id, token,
                  QStringLiteral("dd if=/dev/zero of=/dev/shm/fill bs=1M count=256 2>/dev/null; "
                                 "echo dd=$?; touch /dev/fill 2>/dev/null; echo touch=$?"));
        QVERIFY2(!shm.stdoutData.contains("dd=0"), shm.stdoutData.constData());
        QVERIFY2(shm.stdoutData.contains("touch=1"), shm.stdoutData.constData());
        // The sandbox and the server carry on.
        QCOMPARE(h.run(id, token, QStringLiteral("echo alive")).stdoutData, QByteArray("alive\n"));
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }

    void diskQuotaEnforced()
    {
        QString token;
        const QString id = h.create(baseWith({ { QStringLiteral("diskSizeMB"), 20 } }), &token);
        QVERIFY(!id.isEmpty());
        // Files that together go over the quota end the running processes with a clear error.
        QElapsedTimer timer;
        timer.start();
        StreamResult s =
            h.run(id, token,
                  QStringLiteral("for f in a b c; do head -c 10M /dev/zero > $f; done; sleep 15; "
                                 "echo survived"));
        QVERIFY2(timer.elapsed() < 10000, "the over-quota process was not ended");
        QVERIFY(!s.stdoutData.contains("survived"));
        static const QRegularExpression message(
            QStringLiteral("^disk quota exceeded: used (\\d+) MiB of 20 MiB$"));
        const QString error = s.end.value(QStringLiteral("error")).toString();
        const QRegularExpressionMatch m = message.match(error);
        QVERIFY2(m.hasMatch(), qPrintable(error));
        QVERIFY(m.captured(1).toInt() >= 21 && m.captured(1).toInt() <= 32);

        // New processes and uploads are refused with the same message.
        s = h.run(id, token, QStringLiteral("echo should-not-run"));
        QVERIFY(s.stdoutData.isEmpty());
        QCOMPARE(s.endOfStream.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 error);
        QNetworkRequest upload =
            h.envdRequest(id, token, QStringLiteral("/files"), "application/octet-stream");
        QUrl url = upload.url();
        url.setQuery(QStringLiteral("path=/home/user/more"));
        upload.setUrl(url);
        const HttpResult up = SandboxdHarness::wait(h.nam.post(upload, QByteArray(1024, 'x')));
        QCOMPARE(up.status, 507);
        QCOMPARE(up.json().value(QStringLiteral("message")).toString(), error);
        QVERIFY(!QFileInfo::exists(h.config.dataDir + "/sandboxes/" + id + "/home/more"));

        // Removing files lifts the refusal.
        for (const char *name : { "a", "b" }) {
            QCOMPARE(h.rpc(id, token, QStringLiteral("filesystem.Filesystem/Remove"),
                           QJsonObject { { QStringLiteral("path"),
                                           QStringLiteral("/home/user/") + QLatin1String(name) } })
                         .status,
                     200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            h.run(id, token, QStringLiteral("echo back")).stdoutData == "back\n", 5000);
        QCOMPARE(h.api("DELETE", QStringLiteral("/sandboxes/") + id).status, 204);
    }

    void diskMeasureCannotBeFooled()
    {
        QTemporaryDir outside;
        QTemporaryDir root;
        QFile big(outside.path() + "/big");
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.write(QByteArray(4 * 1024 * 1024, 'x')) > 0);
        big.close();
        // Symlinks to data elsewhere are not the sandbox's usage.
        QVERIFY(QFile::link(outside.path(), root.path() + "/dirlink"));
        QVERIFY(QFile::link(outside.path() + "/big", root.path() + "/filelink"));
        DiskQuota::Usage usage = DiskQuota::measure({ root.path() }, 1000, 16);
        QVERIFY(usage.incomplete.isEmpty());
        QVERIFY2(usage.bytes < 1024 * 1024, qPrintable(QString::number(usage.bytes)));
        // Its own data is counted, however nested.
        QVERIFY(QDir().mkpath(root.path() + "/x/y/z"));
        QFile own(root.path() + "/x/y/z/own");
        QVERIFY(own.open(QIODevice::WriteOnly));
        QVERIFY(own.write(QByteArray(2 * 1024 * 1024, 'y')) > 0);
        own.close();
        usage = DiskQuota::measure({ root.path() }, 1000, 16);
        QVERIFY(usage.bytes >= 2 * 1024 * 1024);
        QVERIFY(DiskQuota::verdict(usage, 1024 * 1024).startsWith("disk quota exceeded: used "));
        QVERIFY(DiskQuota::verdict(usage, 64 * 1024 * 1024).isEmpty());
        // Data hidden beyond the walk's bounds counts as over quota, never as nothing.
        QString deep = root.path();
        for (int i = 0; i < 20; ++i)
            deep += QStringLiteral("/d");
        QVERIFY(QDir().mkpath(deep));
        usage = DiskQuota::measure({ root.path() }, 1000, 16);
        QVERIFY(!usage.incomplete.isEmpty());
        QVERIFY(!DiskQuota::verdict(usage, qint64(1) << 40).isEmpty());
        usage = DiskQuota::measure({ root.path() }, 5, 64);
        QVERIFY(!usage.incomplete.isEmpty());
    }

    void rlimitFallbackStopsForkFlood()
    {
        SandboxdHarness r;
        prepare(r);
        r.config.forceRlimits = true;
        QVERIFY(r.start());
        QCOMPARE(limiter(r)->mechanism(), ResourceLimiter::Mechanism::Rlimits);
        const QJsonObject limits = r.api("GET", QStringLiteral("/health"), {}, QByteArray())
                                       .json()
                                       .value(QStringLiteral("limits"))
                                       .toObject();
        QCOMPARE(limits.value(QStringLiteral("mechanism")).toString(), QStringLiteral("rlimit"));
        QCOMPARE(limits.value(QStringLiteral("cpu")).toString(), QStringLiteral("none"));
        if (::geteuid() != 0)
            QSKIP("counting one sandbox's processes on the host needs its own uid (root)");
        // The documented fallback when the templates or data folder are out of the sandbox
        // uid's reach (a checkout in a 0700 folder): sandboxes then share the server's uid.
        if (r.server->manager()->config().sandboxUid < 0)
            QSKIP("sandboxes run as the server's uid here; counting needs their own uid");
        const int most = floodAndKill(r, 64, QLatin1String(ForkFlood));
        QVERIFY(most >= 0);
        QVERIFY2(most <= 64, qPrintable(QString::number(most)));
        QVERIFY2(most >= 40, "the flood never got going; the test measured nothing");

        // A memory hog fails inside its per-process limit.
        QString token;
        const QString id = r.create(baseWith({ { QStringLiteral("memoryMB"), 128 } }), &token);
        const StreamResult s =
            r.run(id, token,
                  QStringLiteral("perl -e '$x = \"a\" x (256*1024*1024); print \"allocated\\n\"'"));
        QVERIFY2(!s.stdoutData.contains("allocated"), s.stdoutData.constData());
    }

    void staleCgroupsRemovedAtStart()
    {
        if (limiter(h)->mechanism() == ResourceLimiter::Mechanism::Rlimits)
            QSKIP("no cgroups in use");
        // What a server killed with SIGKILL leaves: its directory with a sandbox's inside.
        const pid_t dead = ::fork();
        if (dead == 0)
            ::_exit(0);
        QVERIFY(dead > 0);
        int status = 0;
        QCOMPARE(::waitpid(dead, &status, 0), dead);
        const QString own = QFileInfo(limiter(h)->baseDir(QStringLiteral("pids"))).path();
        const QString stale = own + QStringLiteral("/autocoder-sandboxd-%1-1").arg(dead);
        QVERIFY(QDir().mkpath(stale + QStringLiteral("/abc")));
        // A live server's directory is not touched.
        const QString live = limiter(h)->baseDir(QStringLiteral("pids"));
        SandboxdHarness next;
        prepare(next);
        QVERIFY(next.start());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(live));
    }

    void ownNameLeftByAnEarlierProcessIsReused()
    {
        if (limiter(h)->mechanism() != ResourceLimiter::Mechanism::CgroupV1)
            QSKIP("the cgroup v1 case");
        // pids wrap at 32768: an earlier server with this process's pid, killed, left the
        // directory the next limiter here will name itself.
        const QString base = limiter(h)->baseDir(QStringLiteral("pids"));
        const QString own = QFileInfo(base).path();
        const QString name = QFileInfo(base).fileName(); // autocoder-sandboxd-<pid>-<n>
        const int n = name.section(QLatin1Char('-'), -1).toInt();
        QStringList planted;
        for (int next = n + 1; next <= n + 8; ++next) {
            const QString dir =
                own + QStringLiteral("/autocoder-sandboxd-%1-%2/abc").arg(::getpid()).arg(next);
            QVERIFY(QDir().mkpath(dir));
            planted << QFileInfo(dir).path();
        }
        {
            SandboxdHarness next;
            prepare(next);
            QVERIFY(next.start());
            QCOMPARE(limiter(next)->mechanism(), ResourceLimiter::Mechanism::CgroupV1);
        }
        for (const QString &dir : std::as_const(planted)) {
            QDir(dir).rmdir(QStringLiteral("abc"));
            QDir().rmdir(dir);
        }
    }

    void nothingLeftBehind()
    {
        if (limiter(h)->mechanism() == ResourceLimiter::Mechanism::Rlimits)
            QSKIP("no cgroups in use");
        const QString base = limiter(h)->baseDir(QStringLiteral("pids"));
        QVERIFY(QFileInfo::exists(base));
        QString token;
        QVERIFY(!h.create(baseWith({}), &token).isEmpty());
        // Server exit with a sandbox alive: its cgroups and the server's go.
        h.server.reset();
        QVERIFY2(!QFileInfo::exists(base), qPrintable(base));
    }
};

QTEST_GUILESS_MAIN(TestSandboxdLimits)
#include "tst_sandboxd_limits.moc"
