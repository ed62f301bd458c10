// The built executables move the old folders and then use the new ones, all three ways in:
// a headless command, the window, and autocoder-sandboxd started by hand.
#include "run/runjournal.h"
#include "run/runstate.h"
#include "sandboxd/datadirlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Autocoder;

namespace {

const QString kAutocoder = QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder");
const QString kSandboxd = QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd");
const QString kRunId = QStringLiteral("20260101-000000-aaaa");

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestFolderMigrationBinaries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;

    QString home(const QString &rest) const { return m_home->filePath(rest); }
    QString oldApp() const { return home(QStringLiteral(".local/share/Autocoder/autocoder")); }
    QString newApp() const
    {
        return home(QStringLiteral(".local/share/dev.autocoder.Autocoder/autocoder"));
    }
    QString oldServer() const
    {
        return home(QStringLiteral(".local/share/Autocoder/autocoder-sandboxd"));
    }
    QString newServer() const
    {
        return home(QStringLiteral(".local/share/dev.autocoder.Autocoder/autocoder-sandboxd"));
    }

    /// A person's home as an earlier version left it; the XDG variables unset, so the
    /// defaults below HOME apply.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home->path());
        for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                  "AUTOCODER_SANDBOXD_DATA_DIR", "AUTOCODER_TEMPLATES_DIR",
                                  "AUTOCODER_SANDBOXD", "ANTHROPIC_API_KEY", "E2B_API_KEY" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/autocoder-no-bus"));
        return env;
    }

    void writeOldLayout()
    {
        QVERIFY(writeFile(home(QStringLiteral(".config/Autocoder/autocoder.conf")),
                          "[General]\nbackend=local\n"));
        Run::RunJournal journal;
        QVERIFY(journal.open(oldApp() + QStringLiteral("/runs/") + kRunId, nullptr, nullptr));
        Run::RunState state;
        state.id = kRunId;
        state.name = QStringLiteral("project-from-before");
        state.status = QStringLiteral("finished");
        state.outcome = QStringLiteral("green");
        state.iteration = 3;
        state.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(journal.writeState(state));
        QVERIFY(writeFile(oldApp() + QStringLiteral("/attached/feed-1/events.jsonl"), "{}\n"));
        QVERIFY(writeFile(oldServer() + QStringLiteral("/sandboxd.key"),
                          "0123456789abcdef0123456789abcdef"));
        QVERIFY(QFile::setPermissions(oldServer() + QStringLiteral("/sandboxd.key"),
                                      QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(writeFile(oldServer() + QStringLiteral("/templates/claude/.ready"), "2.1.112\n"));
    }

    static QProcess *start(const QString &program, const QStringList &args,
                           const QProcessEnvironment &env)
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(env);
        p->start(program, args);
        return p;
    }

    static Ran finish(QProcess *p, int ms = 30000)
    {
        Ran r;
        if (p->waitForFinished(ms) && p->exitStatus() == QProcess::NormalExit)
            r.exitCode = p->exitCode();
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        delete p;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(kAutocoder).isExecutable() || !QFileInfo(kSandboxd).isExecutable())
            QSKIP("autocoder and autocoder-sandboxd are not built");
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void theHeadlessCommandMovesThemAndListsTheOldRun()
    {
        writeOldLayout();
        Ran r = finish(start(kAutocoder, { QStringLiteral("runs") }, environment()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("project-from-before"), r.out.constData());
        QVERIFY2(r.err.contains("Moved " + oldApp().toUtf8() + " to " + newApp().toUtf8()),
                 r.err.constData());
        QVERIFY(QFileInfo::exists(newApp() + QStringLiteral("/runs/") + kRunId
                                  + QStringLiteral("/state.json")));
        QCOMPARE(contentOf(newApp() + QStringLiteral("/attached/feed-1/events.jsonl")), "{}\n");
        QCOMPARE(contentOf(home(QStringLiteral(".config/dev.autocoder.Autocoder/autocoder.conf"))),
                 "[General]\nbackend=local\n");
        QCOMPARE(contentOf(newServer() + QStringLiteral("/templates/claude/.ready")), "2.1.112\n");
        QVERIFY(!QFileInfo::exists(home(QStringLiteral(".local/share/Autocoder"))));
        QVERIFY(!QFileInfo::exists(home(QStringLiteral(".config/Autocoder"))));

        // The next start finds everything in place and says nothing about it.
        r = finish(start(kAutocoder, { QStringLiteral("runs") }, environment()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("project-from-before"));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void helpMovesNothing()
    {
        writeOldLayout();
        for (const QStringList &args :
             { QStringList { QStringLiteral("--help") },
               QStringList { QStringLiteral("--version") },
               QStringList { QStringLiteral("run"), QStringLiteral("--help") },
               QStringList { QStringLiteral("runs"), QStringLiteral("-h") } }) {
            const Ran r = finish(start(kAutocoder, args, environment()));
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!r.err.contains("Moved"), r.err.constData());
        }
        QVERIFY(QFileInfo::exists(oldApp() + QStringLiteral("/runs/") + kRunId));
        QVERIFY(!QFileInfo::exists(home(QStringLiteral(".local/share/dev.autocoder.Autocoder"))));
        QVERIFY(!QFileInfo::exists(home(QStringLiteral(".config/dev.autocoder.Autocoder"))));
    }

    void twoStartsAtOnceMoveEachFolderOnce()
    {
        writeOldLayout();
        QProcess *a = start(kAutocoder, { QStringLiteral("runs") }, environment());
        QProcess *b = start(kAutocoder, { QStringLiteral("runs") }, environment());
        const Ran ra = finish(a);
        const Ran rb = finish(b);
        for (const Ran &r : { ra, rb }) {
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("project-from-before"), r.out.constData());
            QVERIFY2(!r.err.contains("Could not move") && !r.err.contains("Both "),
                     r.err.constData());
        }
        const QByteArray moved = "Moved " + oldApp().toUtf8() + " to ";
        QCOMPARE(ra.err.count(moved) + rb.err.count(moved), 1);
        QVERIFY(QFileInfo::exists(newApp() + QStringLiteral("/runs/") + kRunId));
        QVERIFY(!QFileInfo::exists(oldApp()));
    }

    void theWindowMovesThemToo()
    {
        writeOldLayout();
        QProcess *gui = start(kAutocoder, {}, environment());
        QVERIFY(gui->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(newApp() + QStringLiteral("/runs/") + kRunId),
                                 15000);
        QVERIFY(!QFileInfo::exists(oldApp()));
        QVERIFY(QFileInfo::exists(home(QStringLiteral(".config/dev.autocoder.Autocoder"))));
        gui->terminate();
        if (!gui->waitForFinished(10000))
            gui->kill();
        const Ran r = finish(gui);
        QVERIFY2(r.err.contains("Moved " + oldApp().toUtf8()), r.err.constData());
    }

    void theServerStartedByHandMovesThemAndKeepsItsKey()
    {
        writeOldLayout();
        QProcess *server =
            start(kSandboxd, { QStringLiteral("--idle-exit-seconds"), QStringLiteral("1") },
                  environment());
        const Ran r = finish(server);
        QCOMPARE(r.exitCode, 0); // idle, exited
        QVERIFY2(r.out.contains("Listening on http://127.0.0.1:"), r.out.constData());
        QVERIFY2(r.err.contains("Moved " + oldServer().toUtf8() + " to " + newServer().toUtf8()),
                 r.err.constData());
        QCOMPARE(contentOf(newServer() + QStringLiteral("/sandboxd.key")),
                 "0123456789abcdef0123456789abcdef");
        QVERIFY(QFileInfo::exists(newServer() + QStringLiteral("/sandboxd.log"))
                || QFileInfo::exists(newServer() + QStringLiteral("/sandboxd.lock")));
        QCOMPARE(contentOf(newServer() + QStringLiteral("/templates/claude/.ready")), "2.1.112\n");
        // The app's folders moved with it: one migration, whichever executable starts first.
        QVERIFY(QFileInfo::exists(newApp() + QStringLiteral("/runs/") + kRunId));
        QVERIFY(!QFileInfo::exists(home(QStringLiteral(".local/share/Autocoder"))));
    }

    void aServerGivenItsFolderLeavesTheUsersFoldersAlone()
    {
        // --help (man pages are made from it at build time) and a server started on a folder
        // of its own (by tests, or by the app, which moved the folders itself) move nothing.
        writeOldLayout();
        Ran r = finish(start(kSandboxd, { QStringLiteral("--help") }, environment()));
        QCOMPARE(r.exitCode, 0);
        r = finish(start(kSandboxd,
                         { QStringLiteral("--data-dir"), home(QStringLiteral("own")),
                           QStringLiteral("--idle-exit-seconds"), QStringLiteral("1") },
                         environment()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("Moved"), r.err.constData());
        QVERIFY(QFileInfo::exists(oldApp() + QStringLiteral("/runs/") + kRunId));
        QVERIFY(QFileInfo::exists(oldServer() + QStringLiteral("/sandboxd.key")));
        QVERIFY(QFileInfo::exists(home(QStringLiteral(".config/Autocoder/autocoder.conf"))));
        QVERIFY(!QFileInfo::exists(home(QStringLiteral(".local/share/dev.autocoder.Autocoder"))));
    }

    void anOldServerStillRunningKeepsItsFolder()
    {
        writeOldLayout();
        Sandboxd::DataDirLock lock(oldServer());
        QString error;
        QCOMPARE(lock.acquire(0, &error), Sandboxd::DataDirLock::Result::Acquired);
        const Ran r = finish(start(kSandboxd, {}, environment()));
        // Not a second server for that folder, nor a new empty one beside it.
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(oldServer().toUtf8() + " is in use"), r.err.constData());
        QVERIFY(QFileInfo::exists(oldServer() + QStringLiteral("/sandboxd.key")));
        QVERIFY(!QFileInfo::exists(newServer()));
        // The rest moved.
        QVERIFY(QFileInfo::exists(newApp() + QStringLiteral("/runs/") + kRunId));
    }
};

QTEST_GUILESS_MAIN(TestFolderMigrationBinaries)
#include "tst_foldermigration_binaries.moc"
