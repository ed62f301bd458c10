#include "common/appfolders.h"
#include "common/appinfo.h"
#include "common/foldermigration.h"
#include "sandboxd/datadirlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Autocoder::Common;
using Outcome = FolderMigration::Outcome;

namespace {

// Every message the code under test logs, so a test can say "nothing" as well as "this".
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("autocoder.folders"))
        g_messages << message;
    else
        g_previous(type, context, message);
}

bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions = {})
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return false;
    f.close();
    return permissions == QFile::Permissions() || f.setPermissions(permissions);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QList<Outcome> outcomesOf(const QList<FolderMigration::Step> &steps)
{
    QList<Outcome> outcomes;
    for (const FolderMigration::Step &step : steps)
        outcomes << step.outcome;
    return outcomes;
}

} // namespace

class TestFolderMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString config() const { return m_home.filePath(QStringLiteral("config")); }
    QString data() const { return m_home.filePath(QStringLiteral("data")); }
    QString cache() const { return m_home.filePath(QStringLiteral("cache")); }

    /// What an earlier version left: settings, a run, an attached run's mirror, the feed
    /// token, the local server's data with its templates.
    void writeOldLayout()
    {
        QVERIFY(writeFile(config() + QStringLiteral("/Autocoder/autocoder.conf"),
                          "[General]\nbackend=e2b\n"));
        const QString app = data() + QStringLiteral("/Autocoder/autocoder");
        QVERIFY(writeFile(app + QStringLiteral("/runs/20260101-000000-aaaa/state.json"),
                          "{\"id\":\"20260101-000000-aaaa\"}"));
        QVERIFY(writeFile(app + QStringLiteral("/runs/20260101-000000-aaaa/events.jsonl"),
                          "{\"seq\":1}\n"));
        QVERIFY(
            writeFile(app + QStringLiteral("/attached/feed-host-1/events.jsonl"), "{\"seq\":7}\n"));
        QVERIFY(writeFile(app + QStringLiteral("/feed-token"), "secret-token",
                          QFile::ReadOwner | QFile::WriteOwner));
        const QString server = data() + QStringLiteral("/Autocoder/autocoder-sandboxd");
        QVERIFY(writeFile(server + QStringLiteral("/sandboxd.key"), "server-key",
                          QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(writeFile(server + QStringLiteral("/templates/claude/.ready"), "2.1.112\n"));
        QVERIFY(writeFile(server + QStringLiteral("/templates/claude/bin/claude"), "#!/bin/sh\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::link(QStringLiteral("claude"),
                            server + QStringLiteral("/templates/claude/bin/agent")));
    }

    void verifyNewLayout()
    {
        QCOMPARE(contentOf(AppFolders::configDir() + QStringLiteral("/autocoder.conf")),
                 QByteArray("[General]\nbackend=e2b\n"));
        const QString app = AppFolders::appDataDir();
        QCOMPARE(contentOf(app + QStringLiteral("/runs/20260101-000000-aaaa/state.json")),
                 QByteArray("{\"id\":\"20260101-000000-aaaa\"}"));
        QCOMPARE(contentOf(app + QStringLiteral("/runs/20260101-000000-aaaa/events.jsonl")),
                 QByteArray("{\"seq\":1}\n"));
        QCOMPARE(contentOf(app + QStringLiteral("/attached/feed-host-1/events.jsonl")),
                 QByteArray("{\"seq\":7}\n"));
        QCOMPARE(contentOf(app + QStringLiteral("/feed-token")), QByteArray("secret-token"));
        QCOMPARE(modeOf(app + QStringLiteral("/feed-token")), 0600);
        const QString server = AppFolders::sandboxdDataDir();
        QCOMPARE(contentOf(server + QStringLiteral("/sandboxd.key")), QByteArray("server-key"));
        QCOMPARE(contentOf(server + QStringLiteral("/templates/claude/.ready")),
                 QByteArray("2.1.112\n"));
        QVERIFY(QFileInfo(server + QStringLiteral("/templates/claude/bin/claude")).isExecutable());
        QCOMPARE(QFileInfo(server + QStringLiteral("/templates/claude/bin/agent")).symLinkTarget(),
                 server + QStringLiteral("/templates/claude/bin/claude"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Before QStandardPaths is first asked: the real folders, not test mode's.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", config().toLocal8Bit());
        qputenv("XDG_DATA_HOME", data().toLocal8Bit());
        qputenv("XDG_CACHE_HOME", cache().toLocal8Bit());
        qunsetenv("AUTOCODER_SANDBOXD_DATA_DIR");
        AppInfo::apply(*QCoreApplication::instance());
        g_previous = qInstallMessageHandler(collect);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void init()
    {
        g_messages.clear();
        for (const QString &dir : { config(), data(), cache() }) {
            QVERIFY(QDir(dir).removeRecursively());
            QVERIFY(QDir().mkpath(dir));
        }
    }

    void foldersAreNamedAfterTheAppId()
    {
        QCOMPARE(AppFolders::configDir(), config() + QStringLiteral("/dev.autocoder.Autocoder"));
        QCOMPARE(AppFolders::dataRoot(), data() + QStringLiteral("/dev.autocoder.Autocoder"));
        QCOMPARE(AppFolders::appDataDir(),
                 data() + QStringLiteral("/dev.autocoder.Autocoder/autocoder"));
        QCOMPARE(AppFolders::sandboxdDataDir(),
                 data() + QStringLiteral("/dev.autocoder.Autocoder/autocoder-sandboxd"));
        QCOMPARE(AppFolders::legacyConfigDir(), config() + QStringLiteral("/Autocoder"));
        QCOMPARE(AppFolders::legacyAppDataDir(), data() + QStringLiteral("/Autocoder/autocoder"));
        QCOMPARE(AppFolders::legacyTemplatesDir(),
                 cache() + QStringLiteral("/autocoder/sandbox-templates"));
        // What Qt makes of the identity is what AppFolders says, for both executables.
        QCOMPARE(QSettings().fileName(),
                 AppFolders::configDir() + QStringLiteral("/autocoder.conf"));
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
                 AppFolders::appDataDir());
        QCoreApplication::setApplicationName(AppInfo::sandboxdName());
        const QString server =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        AppInfo::apply(*QCoreApplication::instance());
        QCOMPARE(server, AppFolders::sandboxdDataDir());
    }

    void theLockFileIsTheServers()
    {
        QCOMPARE(Autocoder::Sandboxd::DataDirLock::path(QStringLiteral("/d")),
                 QStringLiteral("/d/") + AppFolders::sandboxdLockFileName());
    }

    void oldFoldersMoveWithTheirContents()
    {
        writeOldLayout();
        QVERIFY(writeFile(cache() + QStringLiteral("/autocoder/sandbox-templates/base/x"), "b"));
        // The server's folder had templates already: the cache's stay, with a warning.
        const QList<FolderMigration::Step> steps = FolderMigration::migrateLegacyFolders();
        QCOMPARE(outcomesOf(steps),
                 (QList<Outcome> { Outcome::Moved, Outcome::Moved, Outcome::Moved,
                                   Outcome::BothExist }));
        verifyNewLayout();
        QVERIFY(!QFileInfo::exists(config() + QStringLiteral("/Autocoder")));
        QVERIFY(!QFileInfo::exists(data() + QStringLiteral("/Autocoder")));
        QCOMPARE(QSettings().value(QStringLiteral("backend")).toString(), QStringLiteral("e2b"));
        QCOMPARE(g_messages.size(), 4);
        QVERIFY2(g_messages.at(0).startsWith(QStringLiteral("Moved ") + config()
                                             + QStringLiteral("/Autocoder to ")),
                 qPrintable(g_messages.at(0)));
        QVERIFY(g_messages.at(3).contains(AppFolders::legacyTemplatesDir()));
        QVERIFY(g_messages.at(3).contains(AppFolders::sandboxdDataDir()
                                          + QStringLiteral("/templates")));
    }

    void templatesFromTheCacheMoveIntoTheServersFolder()
    {
        QVERIFY(writeFile(cache() + QStringLiteral("/autocoder/sandbox-templates/claude/.ready"),
                          "2.1.112\n"));
        const QList<FolderMigration::Step> steps = FolderMigration::migrateLegacyFolders();
        QCOMPARE(outcomesOf(steps),
                 (QList<Outcome> { Outcome::NothingToMove, Outcome::NothingToMove,
                                   Outcome::NothingToMove, Outcome::Moved }));
        QCOMPARE(
            contentOf(AppFolders::sandboxdDataDir() + QStringLiteral("/templates/claude/.ready")),
            QByteArray("2.1.112\n"));
        QVERIFY(!QFileInfo::exists(cache() + QStringLiteral("/autocoder")));
    }

    void bothFoldersExistNothingMoves()
    {
        writeOldLayout();
        QVERIFY(writeFile(AppFolders::appDataDir() + QStringLiteral("/runs/new/state.json"), "{}"));
        const QList<FolderMigration::Step> steps = FolderMigration::migrateLegacyFolders();
        QCOMPARE(steps.at(1).outcome, Outcome::BothExist);
        QVERIFY(steps.at(1).error.isEmpty());
        // Neither side changed.
        QVERIFY(QFileInfo::exists(
            data() + QStringLiteral("/Autocoder/autocoder/runs/20260101-000000-aaaa")));
        QVERIFY(!QFileInfo::exists(AppFolders::appDataDir()
                                   + QStringLiteral("/runs/20260101-000000-aaaa")));
        QVERIFY(
            QFileInfo::exists(AppFolders::appDataDir() + QStringLiteral("/runs/new/state.json")));
        // One warning, naming both.
        const QStringList both = g_messages.filter(QStringLiteral("Both "));
        QCOMPARE(both.size(), 1);
        QVERIFY(both.first().contains(AppFolders::legacyAppDataDir()));
        QVERIFY(both.first().contains(AppFolders::appDataDir()));
        // The others moved.
        QCOMPARE(steps.at(0).outcome, Outcome::Moved);
        QCOMPARE(steps.at(2).outcome, Outcome::Moved);
    }

    void anEmptyNewFolderIsNoObstacle()
    {
        writeOldLayout();
        QVERIFY(QDir().mkpath(AppFolders::appDataDir()));
        const QList<FolderMigration::Step> steps = FolderMigration::migrateLegacyFolders();
        QCOMPARE(steps.at(1).outcome, Outcome::Moved);
        verifyNewLayout();
    }

    void onlyTheNewFoldersIsANoOp()
    {
        QVERIFY(writeFile(AppFolders::configDir() + QStringLiteral("/autocoder.conf"), "x"));
        QVERIFY(writeFile(AppFolders::appDataDir() + QStringLiteral("/feed-token"), "t"));
        const QList<FolderMigration::Step> steps = FolderMigration::migrateLegacyFolders();
        QCOMPARE(outcomesOf(steps),
                 (QList<Outcome> { Outcome::AlreadyMoved, Outcome::AlreadyMoved,
                                   Outcome::NothingToMove, Outcome::NothingToMove }));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
        QCOMPARE(contentOf(AppFolders::appDataDir() + QStringLiteral("/feed-token")), "t");
        QVERIFY(!QFileInfo::exists(AppFolders::sandboxdDataDir())); // nothing made up
    }

    void aSecondStartChangesNothing()
    {
        writeOldLayout();
        (void)FolderMigration::migrateLegacyFolders();
        g_messages.clear();
        const QList<FolderMigration::Step> steps = FolderMigration::migrateLegacyFolders();
        QCOMPARE(outcomesOf(steps),
                 (QList<Outcome> { Outcome::AlreadyMoved, Outcome::AlreadyMoved,
                                   Outcome::AlreadyMoved, Outcome::AlreadyMoved }));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
        verifyNewLayout();
    }

    void aFailedMoveLeavesTheOldFolderAsItWas()
    {
        writeOldLayout();
        // A file where the new data folder should be: nothing can be made below it.
        QVERIFY(writeFile(AppFolders::dataRoot(), "in the way"));
        const QList<FolderMigration::Step> steps = FolderMigration::migrateLegacyFolders();
        QCOMPARE(steps.at(0).outcome, Outcome::Moved); // settings are elsewhere
        for (int i : { 1, 2 }) {
            QVERIFY2(!steps.at(i).error.isEmpty(), qPrintable(steps.at(i).move.from));
            QVERIFY2(steps.at(i).error.contains(AppFolders::dataRoot()),
                     qPrintable(steps.at(i).error));
        }
        const QString old = data() + QStringLiteral("/Autocoder/autocoder");
        QCOMPARE(contentOf(old + QStringLiteral("/runs/20260101-000000-aaaa/state.json")),
                 QByteArray("{\"id\":\"20260101-000000-aaaa\"}"));
        QCOMPARE(contentOf(old + QStringLiteral("/feed-token")), QByteArray("secret-token"));
        QCOMPARE(contentOf(data() + QStringLiteral("/Autocoder/autocoder-sandboxd/sandboxd.key")),
                 QByteArray("server-key"));
        const QStringList errors = g_messages.filter(QStringLiteral("Could not move "));
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.first().contains(old));
        QVERIFY(errors.first().contains(AppFolders::appDataDir()));
        QVERIFY(errors.first().contains(QStringLiteral("left as it was")));
        // The app goes on with the new location.
        QCOMPARE(AppFolders::appDataDir(),
                 data() + QStringLiteral("/dev.autocoder.Autocoder/autocoder"));
    }

    void aRunningOldServerKeepsItsFolderUntilItExits()
    {
        writeOldLayout();
        const QString old = AppFolders::legacySandboxdDataDir();
        {
            Autocoder::Sandboxd::DataDirLock lock(old);
            QString error;
            QCOMPARE(lock.acquire(0, &error), Autocoder::Sandboxd::DataDirLock::Result::Acquired);
            QVERIFY(
                writeFile(cache() + QStringLiteral("/autocoder/sandbox-templates/base/x"), "b"));
            const QList<FolderMigration::Step> steps = FolderMigration::migrateLegacyFolders();
            QCOMPARE(steps.at(1).outcome, Outcome::Moved);
            QCOMPARE(steps.at(2).outcome, Outcome::InUse);
            QVERIFY(steps.at(2).error.isEmpty());
            // The app and a server started by hand meet in the old folder meanwhile.
            QCOMPARE(AppFolders::sandboxdDataDir(), old);
            QVERIFY(QFileInfo::exists(old + QStringLiteral("/sandboxd.key")));
            QVERIFY(!QFileInfo::exists(
                data() + QStringLiteral("/dev.autocoder.Autocoder/autocoder-sandboxd")));
            QCOMPARE(g_messages.filter(QStringLiteral("in use")).size(), 1);
            // The cache's templates joined the folder in use (they move on with it).
            QCOMPARE(steps.at(3).outcome, Outcome::BothExist);
            // A server about to start while that one still runs moves nothing.
            g_messages.clear();
            QVERIFY(FolderMigration::migrateReleasedServerFolder().isEmpty());
            QVERIFY(g_messages.isEmpty());
        }
        // Once it has exited, before a new server starts (while this app still runs).
        g_messages.clear();
        const QList<FolderMigration::Step> steps = FolderMigration::migrateReleasedServerFolder();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).outcome, Outcome::Moved);
        QCOMPARE(g_messages.size(), 2); // moved, and the cache's templates left beside
        QVERIFY(FolderMigration::migrateReleasedServerFolder().isEmpty());
        QCOMPARE(AppFolders::sandboxdDataDir(),
                 data() + QStringLiteral("/dev.autocoder.Autocoder/autocoder-sandboxd"));
        verifyNewLayout();
    }

    void aCopyKeepsLinksModesAndLeavesNoOriginal()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("from"));
        const QString to = dir.filePath(QStringLiteral("a/b/to"));
        QVERIFY(writeFile(from + QStringLiteral("/bin/tool"), "#!/bin/sh\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                              | QFile::ExeOther));
        QVERIFY(writeFile(from + QStringLiteral("/.hidden"), "h"));
        QVERIFY(QDir().mkpath(from + QStringLiteral("/lib")));
        QVERIFY(QFile::link(QStringLiteral("../bin/tool"), from + QStringLiteral("/lib/link")));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), from + QStringLiteral("/broken")));
        QVERIFY(QDir().mkpath(from + QStringLiteral("/ro/inner")));
        QVERIFY(writeFile(from + QStringLiteral("/ro/inner/f"), "r"));
        QVERIFY(::mkfifo(QFile::encodeName(from + QStringLiteral("/fifo")).constData(), 0600) == 0);
        QVERIFY(::chmod(QFile::encodeName(from + QStringLiteral("/ro")).constData(), 0555) == 0);

        const auto result = FolderMigration::moveByCopy(from, to);
        QVERIFY2(result, result ? "" : qPrintable(result.error()));
        QCOMPARE(*result, Outcome::Copied);
        QVERIFY(!QFileInfo::exists(from));
        QCOMPARE(contentOf(to + QStringLiteral("/bin/tool")), QByteArray("#!/bin/sh\n"));
        QCOMPARE(modeOf(to + QStringLiteral("/bin/tool")), 0705);
        QCOMPARE(contentOf(to + QStringLiteral("/.hidden")), QByteArray("h"));
        QCOMPARE(QFile::symLinkTarget(to + QStringLiteral("/lib/link")),
                 to + QStringLiteral("/bin/tool"));
        QVERIFY(QFileInfo(to + QStringLiteral("/broken")).isSymLink());
        QCOMPARE(contentOf(to + QStringLiteral("/ro/inner/f")), QByteArray("r"));
        QCOMPARE(modeOf(to + QStringLiteral("/ro")), 0555);
        QVERIFY(!QFileInfo::exists(to + QStringLiteral("/fifo")));
        // No temporary copy left beside it.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("a/b")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList { QStringLiteral("to") });
        ::chmod(QFile::encodeName(to + QStringLiteral("/ro")).constData(), 0755);
    }

    void aCopyThatCannotStartLeavesTheOriginal()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("from"));
        QVERIFY(writeFile(from + QStringLiteral("/f"), "keep"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), "in the way"));
        const auto result =
            FolderMigration::moveByCopy(from, dir.filePath(QStringLiteral("file/to")));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(dir.filePath(QStringLiteral("file"))),
                 qPrintable(result.error()));
        QCOMPARE(contentOf(from + QStringLiteral("/f")), QByteArray("keep"));
    }

    void aMoveAcrossFilesystemsCopies()
    {
        QTemporaryDir other(QStringLiteral("/dev/shm/autocoder-migration-XXXXXX"));
        struct stat here
        {
        };
        struct stat there
        {
        };
        if (!other.isValid() || ::stat(QFile::encodeName(data()).constData(), &here) != 0
            || ::stat(QFile::encodeName(other.path()).constData(), &there) != 0
            || here.st_dev == there.st_dev)
            QSKIP("no second filesystem (/dev/shm) to move across");
        const QString from = other.filePath(QStringLiteral("Autocoder/autocoder"));
        QVERIFY(writeFile(from + QStringLiteral("/runs/r/state.json"), "{}"));
        const FolderMove move {
            from, AppFolders::appDataDir(), {}, other.filePath(QStringLiteral("Autocoder"))
        };
        const QList<FolderMigration::Step> steps = FolderMigration::run({ move });
        QCOMPARE(steps.first().outcome, Outcome::Copied);
        QVERIFY(steps.first().error.isEmpty());
        QCOMPARE(contentOf(AppFolders::appDataDir() + QStringLiteral("/runs/r/state.json")),
                 QByteArray("{}"));
        QVERIFY(!QFileInfo::exists(other.filePath(QStringLiteral("Autocoder"))));
        QCOMPARE(g_messages.size(), 1);
        QVERIFY(g_messages.first().startsWith(QStringLiteral("Copied ")));
    }
};

QTEST_GUILESS_MAIN(TestFolderMigration)
#include "tst_foldermigration.moc"
