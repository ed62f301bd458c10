// A process inside the sandbox swaps a directory with a symlink to `/` in a tight loop
// (renameat2 RENAME_EXCHANGE) while the filesystem API is asked about paths through it. No
// answer may ever show the host: every operation must work from descriptors opened below the
// sandbox's own directories, never re-walk a host path string.
#include "sandboxdharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <unistd.h>

namespace {
const QByteArray Known = "sandbox-known\n";
constexpr int RaceSeconds = 5;
} // namespace

class TestSandboxdFsRace : public QObject
{
    Q_OBJECT
private:
    SandboxdHarness h;
    QString m_id;
    QString m_token;

    HttpResult fs(const QString &method, const QString &path, int depth = 0)
    {
        QJsonObject body { { QStringLiteral("path"), path } };
        if (depth > 0)
            body.insert(QStringLiteral("depth"), depth);
        return h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/") + method, body);
    }

    QNetworkRequest filesRequest(const QString &path, const QByteArray &contentType)
    {
        QNetworkRequest req = h.envdRequest(m_id, m_token, QStringLiteral("/files"), contentType);
        QUrl url = req.url();
        url.setQuery(QStringLiteral("path=") + QString::fromUtf8(QUrl::toPercentEncoding(path)));
        req.setUrl(url);
        return req;
    }

    HttpResult download(const QString &path)
    {
        return SandboxdHarness::wait(h.nam.get(filesRequest(path, {})));
    }

    HttpResult upload(const QString &path, const QByteArray &data)
    {
        return SandboxdHarness::wait(
            h.nam.post(filesRequest(path, "application/octet-stream"), data));
    }

    // Runs \a loop (perl, in ~) for \a seconds in the sandbox; it prints its iteration count.
    QNetworkReply *startRacer(QNetworkAccessManager &client, const QString &loop, int seconds)
    {
        return h.openStream(client, m_id, m_token, QStringLiteral("process.Process/Start"),
                            SandboxdHarness::startRequest(
                                QStringLiteral("cd ~ && exec perl -e '$end = time + %1; $n = 0;"
                                               " while (time < $end) { for (1..200) { %2; $n++ }"
                                               " } print \"$n\\n\"'")
                                    .arg(seconds)
                                    .arg(loop)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        h.useBaseTemplateOnly();
        QVERIFY(h.start());
        m_id = h.createBase(&m_token);
        QVERIFY(!m_id.isEmpty());
    }

    void swappedDirectoryNeverShowsTheHost()
    {
        const QString home = QStringLiteral("/home/user/");
        const QString tag = QStringLiteral("fsrace-%1").arg(::getpid());
        // Host files the attack would reach through d -> / (host /tmp is not the sandbox's /tmp).
        const QString hostKeep = QStringLiteral("/tmp/") + tag + QStringLiteral("-keep");
        const QString hostMade = QStringLiteral("/tmp/") + tag + QStringLiteral("-made");
        const QString hostUp = QStringLiteral("/tmp/") + tag + QStringLiteral("-up");
        const QString hostRootMade = QLatin1Char('/') + tag;
        {
            QFile keep(hostKeep);
            QVERIFY(keep.open(QIODevice::WriteOnly));
            keep.write("host file");
        }
        const auto cleanup = qScopeGuard([&] {
            QFile::remove(hostKeep);
            QDir(hostMade).removeRecursively();
            QFile::remove(hostUp);
            QDir(hostRootMade).removeRecursively();
        });

        const StreamResult setup = h.run(
            m_id, m_token,
            QStringLiteral("cd ~ && mkdir d && printf 'sandbox-known\\n' > d/known.txt && ln -s / l"
                           " && echo ok"));
        QCOMPARE(setup.stdoutData, QByteArray("ok\n"));

        // syscall 316 = renameat2 on x86_64, -100 = AT_FDCWD, 2 = RENAME_EXCHANGE.
        QNetworkAccessManager racerClient;
        QNetworkReply *racer = startRacer(racerClient,
                                          QStringLiteral("($d, $l) = (\"d\", \"l\");"
                                                         " syscall(316, -100, $d, -100, $l, 2) == 0"
                                                         " or die \"$!\""),
                                          RaceSeconds + 3);

        // The writes below also create d/tmp/<tag>-... in the real d.
        const QSet<QString> allowedNames {
            QStringLiteral("known.txt"), tag,
            QStringLiteral("tmp"),       tag + QStringLiteral("-made"),
            tag + QStringLiteral("-up"), tag + QStringLiteral("-keep")
        };
        int calls = 0;
        int sawDirectory = 0;
        int sawSymlink = 0;
        int listedReal = 0;
        int statReal = 0;
        int downloadedReal = 0;
        int madeReal = 0;
        int leakCount = 0;
        QStringList leaks;
        const auto leak = [&leaks, &leakCount](const QString &what, const HttpResult &r) {
            ++leakCount;
            if (leaks.size() < 10)
                leaks << what
                        + QStringLiteral(": %1 %2").arg(r.status).arg(
                            QString::fromUtf8(r.body.left(1500)));
        };

        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < RaceSeconds * 1000) {
            HttpResult r = fs(QStringLiteral("ListDir"), home + QStringLiteral("d"), 2);
            if (r.status == 200) {
                bool clean = true;
                const QJsonArray entries = r.json().value(QStringLiteral("entries")).toArray();
                for (const QJsonValue &e : entries) {
                    const QJsonObject o = e.toObject();
                    const QString path = o.value(QStringLiteral("path")).toString();
                    const QString name = o.value(QStringLiteral("name")).toString();
                    if (!allowedNames.contains(name)
                        || (path != home + QStringLiteral("d/") + name
                            && path != home + QStringLiteral("d/tmp/") + name))
                        clean = false;
                }
                if (!clean)
                    leak(QStringLiteral("ListDir d"), r);
                else if (!entries.isEmpty())
                    ++listedReal;
            }
            for (const QString &p : { QStringLiteral("d/root"), QStringLiteral("d/etc") }) {
                r = fs(QStringLiteral("ListDir"), home + p, 1);
                if (r.status == 200)
                    leak(QStringLiteral("ListDir ") + p, r);
            }

            r = fs(QStringLiteral("Stat"), home + QStringLiteral("d"));
            if (r.status == 200) {
                const QJsonObject entry = r.json().value(QStringLiteral("entry")).toObject();
                const QString type = entry.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("FILE_TYPE_DIRECTORY"))
                    ++sawDirectory;
                else if (type == QLatin1String("FILE_TYPE_SYMLINK")
                         && entry.value(QStringLiteral("symlinkTarget")).toString()
                             == QLatin1String("/"))
                    ++sawSymlink;
                else
                    leak(QStringLiteral("Stat d"), r);
            }
            for (const QString &p : { QStringLiteral("d/root"), QStringLiteral("d/root/.bashrc"),
                                      QStringLiteral("d/etc/passwd"), QStringLiteral("d/etc") }) {
                r = fs(QStringLiteral("Stat"), home + p);
                if (r.status == 200)
                    leak(QStringLiteral("Stat ") + p, r);
            }
            r = fs(QStringLiteral("Stat"), home + QStringLiteral("d/known.txt"));
            if (r.status == 200) {
                const QJsonObject entry = r.json().value(QStringLiteral("entry")).toObject();
                if (entry.value(QStringLiteral("size")).toString() != QString::number(Known.size()))
                    leak(QStringLiteral("Stat d/known.txt"), r);
                else
                    ++statReal;
            }

            for (const QString &p :
                 { QStringLiteral("d/etc/passwd"), QStringLiteral("d/root/.bashrc") }) {
                r = download(home + p);
                if (r.status == 200 || r.body.contains("root:x:0"))
                    leak(QStringLiteral("download ") + p, r);
            }
            r = download(home + QStringLiteral("d/known.txt"));
            if (r.status == 200) {
                if (r.body != Known)
                    leak(QStringLiteral("download d/known.txt"), r);
                else
                    ++downloadedReal;
            }

            // Writes through d: inside the real d they work; through the link they must land
            // in the sandbox's own /tmp or be refused, never on the host.
            r = fs(QStringLiteral("MakeDir"), home + QStringLiteral("d/") + tag);
            if (r.status == 200)
                ++madeReal;
            fs(QStringLiteral("Remove"), home + QStringLiteral("d/") + tag);
            fs(QStringLiteral("MakeDir"),
               home + QStringLiteral("d/tmp/") + tag + QStringLiteral("-made"));
            // A sandbox file of the host file's name, moved away and removed through d.
            const QString keep = home + QStringLiteral("d/tmp/") + tag + QStringLiteral("-keep");
            upload(keep, "sandbox file");
            h.rpc(m_id, m_token, QStringLiteral("filesystem.Filesystem/Move"),
                  QJsonObject {
                      { QStringLiteral("source"), keep },
                      { QStringLiteral("destination"), home + tag + QStringLiteral("-moved") } });
            fs(QStringLiteral("Remove"), keep);
            upload(home + QStringLiteral("d/tmp/") + tag + QStringLiteral("-up"), "x");
            calls += 19;
        }

        const StreamResult raced = SandboxdHarness::collect(racer, 30000);
        qInfo("%d calls in %d s; Stat d saw %d directories and %d symlinks; real d: %d listings, "
              "%d stats, %d downloads, %d mkdirs; %s swaps; %d answers showed the host",
              calls, RaceSeconds, sawDirectory, sawSymlink, listedReal, statReal, downloadedReal,
              madeReal, raced.stdoutData.trimmed().constData(), leakCount);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        QFile keptFile(hostKeep);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), QByteArray("host file"));
        QVERIFY(download(home + tag + QStringLiteral("-moved")).body != "host file");
        QVERIFY(!QFileInfo::exists(hostMade));
        QVERIFY(!QFileInfo::exists(hostUp));
        QVERIFY(!QFileInfo::exists(hostRootMade));
        // The race really ran, and the real d stayed usable through it.
        QVERIFY2(raced.stderrData.isEmpty(), raced.stderrData.constData());
        QVERIFY(sawDirectory > 0);
        QVERIFY(sawSymlink > 0);
        QVERIFY(listedReal > 0);
        QVERIFY(statReal > 0);
        QVERIFY(downloadedReal > 0);
        QVERIFY(madeReal > 0);
    }

    // Remove of a directory that is swapped with a symlink to a host directory: the server
    // unlocks (chmod u+rwx) directories before emptying them, which must never reach the host.
    void removeNeverTouchesTheHost()
    {
        const QString victim = QStringLiteral("/tmp/fsrace-%1-victim").arg(::getpid());
        QVERIFY(QDir().mkpath(victim));
        const auto cleanup = qScopeGuard([&] { QDir(victim).removeRecursively(); });
        QVERIFY(QFile::setPermissions(victim, QFileInfo(QStringLiteral("/usr")).permissions()));
        {
            QFile keep(victim + QStringLiteral("/keep"));
            QVERIFY(keep.open(QIODevice::WriteOnly));
        }
        const QFileDevice::Permissions before = QFileInfo(victim).permissions();

        // e and el are always one directory and one symlink to the victim (the server removes
        // one of them now and then, the loop puts it back), exchanged all the time.
        QNetworkAccessManager racerClient;
        QNetworkReply *racer = startRacer(
            racerClient,
            QStringLiteral("($e, $l, $v) = (\"e\", \"el\", \"%1\");"
                           " unless (-e $e || -l $e) { -l $l ? mkdir($e) : symlink($v, $e) }"
                           " unless (-e $l || -l $l) { -l $e ? mkdir($l) : symlink($v, $l) }"
                           " syscall(316, -100, $e, -100, $l, 2)")
                .arg(victim),
            RaceSeconds);
        int removed = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < (RaceSeconds - 1) * 1000) {
            const HttpResult r = fs(QStringLiteral("Remove"), QStringLiteral("/home/user/e"));
            if (r.status == 200)
                ++removed;
        }
        const StreamResult raced = SandboxdHarness::collect(racer, 30000);
        qInfo("%d removes succeeded; %s iterations", removed,
              raced.stdoutData.trimmed().constData());
        QCOMPARE(QFileInfo(victim).permissions(), before);
        QVERIFY(QFile::exists(victim + QStringLiteral("/keep")));
        QVERIFY2(raced.stderrData.isEmpty(), raced.stderrData.constData());
        QVERIFY(removed > 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxdFsRace)
#include "tst_sandboxd_fsrace.moc"
