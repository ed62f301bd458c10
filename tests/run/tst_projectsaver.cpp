#include "run/projectsaver.h"
#include "run/runjournal.h"
#include "run/runreport.h"
#include "run/runstate.h"
#include "run/tarwriter.h"
#include "skip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;

class ProjectSaverTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void savesLastSnapshotWithReport();
    void refusesNonEmptyTargetUnlessOverwrite();
    void gitHistoryHasOneCommitPerIteration();
    void hostileSnapshotLeavesTargetUntouched();
    void reportFromEvents();
    void savesReceiptWithDigestsOfTheSavedFiles();
    void receiptGoesIntoTheLastCommit();
    void noReceiptDropsOneTheSnapshotCarried();
    void receiptOfAGreenRunsLastSnapshotOnly();

private:
    VerificationReceipt sampleReceipt() const
    {
        VerificationReceipt r;
        r.autocoderVersion = QStringLiteral("0.9.0");
        r.createdAt = QDateTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC);
        r.specSha256 = QString(64, QLatin1Char('a'));
        r.testOutputSha256 = QString(64, QLatin1Char('c'));
        r.commands = { { QStringLiteral("test"), QStringLiteral("bun test"), 0 } };
        r.testCounts = { 3, 0, 0 };
        r.spec = QJsonObject { { QStringLiteral("name"), QStringLiteral("slug") } };
        r.files = { { QStringLiteral("stale.txt"), QString(64, QLatin1Char('0')), false } };
        return r;
    }
    void writeRunState(const QString &outcome)
    {
        RunState state;
        state.id = QStringLiteral("r1");
        state.status = QStringLiteral("finished");
        state.outcome = outcome;
        QFile f(m_dir->filePath(QStringLiteral("run/") + RunJournal::stateFileName()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(state.toJson()).toJson());
    }
    void writeRunReceipt(const QByteArray &bytes)
    {
        QFile f(m_dir->filePath(QStringLiteral("run/")
                                + QLatin1String(VerificationReceipt::RunFileName)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QString archive(int iteration, const QList<QPair<QString, QByteArray>> &files,
                    bool evil = false)
    {
        TarWriter w;
        w.addDirectory(QStringLiteral("./"));
        for (const auto &f : files)
            w.addFile(QStringLiteral("./") + f.first, f.second);
        if (evil)
            w.addFile(QStringLiteral("../escape.txt"), "x");
        const QString path =
            m_dir->filePath(QStringLiteral("run/snapshots/iter-%1.tar.gz").arg(iteration));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(w.finishGzip());
        return path;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void ProjectSaverTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void ProjectSaverTest::savesLastSnapshotWithReport()
{
    archive(1, { { QStringLiteral("src/index.ts"), "v1" } });
    archive(2, { { QStringLiteral("src/index.ts"), "v2" }, { QStringLiteral("README.md"), "hi" } });
    const auto snaps = ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run")));
    QCOMPARE(snaps.size(), 2);
    QCOMPARE(snaps.last().first, 2);
    SaveOptions o;
    o.targetDir = m_dir->filePath(QStringLiteral("out/project"));
    const SaveResult r = ProjectSaver::save(snaps, QStringLiteral("# report\n"), o);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(read(o.targetDir + QStringLiteral("/src/index.ts")), QByteArray("v2"));
    QCOMPARE(read(o.targetDir + QStringLiteral("/RUN_REPORT.md")), QByteArray("# report\n"));
    QCOMPARE(r->files, 3);
    // Nothing left beside it.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("out")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("project") });
}

void ProjectSaverTest::refusesNonEmptyTargetUnlessOverwrite()
{
    archive(1, { { QStringLiteral("a.txt"), "new" } });
    const QString target = m_dir->filePath(QStringLiteral("existing"));
    QDir().mkpath(target);
    QFile f(target + QStringLiteral("/mine.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep");
    f.close();
    SaveOptions o;
    o.targetDir = target;
    SaveResult r = ProjectSaver::save(
        ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run"))), QString(), o);
    QVERIFY(!r.isOk());
    QVERIFY(r.error().message.contains(QLatin1String("not empty")));
    QCOMPARE(read(target + QStringLiteral("/mine.txt")), QByteArray("keep"));
    o.overwrite = true;
    r = ProjectSaver::save(ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run"))),
                           QString(), o);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/mine.txt")));
    QCOMPARE(read(target + QStringLiteral("/a.txt")), QByteArray("new"));
    // An empty existing folder is fine without overwrite.
    const QString empty = m_dir->filePath(QStringLiteral("empty"));
    QDir().mkpath(empty);
    o.targetDir = empty;
    o.overwrite = false;
    QVERIFY(ProjectSaver::save(ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run"))),
                               QString(), o)
                .isOk());
}

void ProjectSaverTest::gitHistoryHasOneCommitPerIteration()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        AUTOCODER_SKIP("git is not installed");
    archive(1, { { QStringLiteral("a.txt"), "1" }, { QStringLiteral("gone.txt"), "x" } });
    archive(2, { { QStringLiteral("a.txt"), "2" } });
    SaveOptions o;
    o.targetDir = m_dir->filePath(QStringLiteral("git-out"));
    o.gitHistory = true;
    const SaveResult r =
        ProjectSaver::save(ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run"))),
                           QStringLiteral("# r\n"), o);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(r->commits, 3);
    QVERIFY(!QFileInfo::exists(o.targetDir + QStringLiteral("/gone.txt")));
    QProcess git;
    git.setWorkingDirectory(o.targetDir);
    git.start(QStringLiteral("git"), { QStringLiteral("log"), QStringLiteral("--format=%s") });
    QVERIFY(git.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(git.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')),
             (QStringList { QStringLiteral("Add run report"), QStringLiteral("Iteration 2"),
                            QStringLiteral("Iteration 1") }));
}

void ProjectSaverTest::hostileSnapshotLeavesTargetUntouched()
{
    archive(1, { { QStringLiteral("a.txt"), "1" } }, true);
    SaveOptions o;
    o.targetDir = m_dir->filePath(QStringLiteral("never"));
    const SaveResult r = ProjectSaver::save(
        ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run"))), QString(), o);
    QVERIFY(!r.isOk());
    QVERIFY(!QFileInfo::exists(o.targetDir));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("run/escape.txt"))));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("run") });
}

void ProjectSaverTest::reportFromEvents()
{
    Autocoder::Spec::ProjectSpec spec;
    spec.name = QStringLiteral("todo-lib");
    spec.requirements = QStringList { QStringLiteral("adds | subtracts") };
    QList<RunEvent> events;
    auto add = [&](QLatin1String kind, const QJsonObject &data, qint64 msOffset) {
        RunEvent e;
        e.runId = QStringLiteral("r1");
        e.seq = events.size() + 1;
        e.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(msOffset);
        e.kind = kind;
        e.data = data;
        events.append(e);
    };
    add(EventKind::RunStarted, { { QStringLiteral("backend"), QStringLiteral("local") } }, 0);
    add(EventKind::AgentResult,
        { { QStringLiteral("iteration"), 1 }, { QStringLiteral("costUsd"), 0.5 } }, 1000);
    add(EventKind::GateTests,
        { { QStringLiteral("iteration"), 1 },
          { QStringLiteral("passed"), 1 },
          { QStringLiteral("failed"), 1 },
          { QStringLiteral("tests"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("sum > adds") },
                                       { QStringLiteral("status"), QStringLiteral("failed") },
                                       { QStringLiteral("durationMs"), 3 } } } } },
        2000);
    add(EventKind::IterationFinished,
        { { QStringLiteral("iteration"), 1 },
          { QStringLiteral("green"), false },
          { QStringLiteral("costUsd"), 0.5 },
          { QStringLiteral("failing"), QJsonArray { QStringLiteral("sum > adds") } } },
        3000);
    add(EventKind::RunFinished,
        { { QStringLiteral("outcome"), QStringLiteral("max_iterations") },
          { QStringLiteral("iterations"), 1 },
          { QStringLiteral("costUsd"), 0.5 },
          { QStringLiteral("message"), QStringLiteral("stopped") } },
        65000);
    const QString md = RunReport::render(spec, events);
    QVERIFY(md.startsWith(QLatin1String("# Run report: todo-lib")));
    QVERIFY(md.contains(QLatin1String("| Outcome | **max_iterations** |")));
    QVERIFY(md.contains(QLatin1String("| 1 | $0.5000 | 1 | 1 | 0 | - | no | sum > adds |")));
    QVERIFY(md.contains(QLatin1String("| sum > adds |  | failed | 3 ms |  |")));
    QVERIFY(md.contains(QLatin1String("1 min 5 s")));
    QVERIFY(md.contains(QLatin1String("adds \\| subtracts"))
            || md.contains(QLatin1String("adds | subtracts")));
}

void ProjectSaverTest::savesReceiptWithDigestsOfTheSavedFiles()
{
    archive(1,
            { { QStringLiteral("src/slug.ts"), "export const slug = 1;\n" },
              { QStringLiteral("tests/slug.test.ts"), "test" } });
    SaveOptions o;
    o.targetDir = m_dir->filePath(QStringLiteral("out"));
    o.receipt = sampleReceipt();
    const SaveResult r =
        ProjectSaver::save(ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run"))),
                           QStringLiteral("# r\n"), o);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    const auto saved = VerificationReceipt::fromJson(
        read(o.targetDir + QLatin1Char('/') + QLatin1String(VerificationReceipt::FileName)));
    QVERIFY2(saved.isOk(), qPrintable(saved.isOk() ? QString() : saved.error()));
    // The run's findings as they were, the files those of the saved project (not the report).
    QCOMPARE(saved->specSha256, o.receipt->specSha256);
    QCOMPARE(saved->testCounts, o.receipt->testCounts);
    QCOMPARE(saved->spec, o.receipt->spec);
    QStringList paths;
    for (const auto &f : saved->files)
        paths << f.path;
    QCOMPARE(paths,
             (QStringList { QStringLiteral("src/slug.ts"), QStringLiteral("tests/slug.test.ts") }));
    QCOMPARE(saved->files.first().sha256,
             VerificationReceipt::sha256Hex("export const slug = 1;\n"));
    QVERIFY(QFileInfo::exists(o.targetDir + QStringLiteral("/RUN_REPORT.md")));
    // What the verifier digests on disk is what was saved.
    const auto onDisk = ProjectSaver::projectDigest(o.targetDir);
    QVERIFY(onDisk.isOk());
    QCOMPARE(*onDisk, saved->files);
}

void ProjectSaverTest::receiptGoesIntoTheLastCommit()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        AUTOCODER_SKIP("git is not installed");
    archive(1, { { QStringLiteral("a.txt"), "1" } });
    SaveOptions o;
    o.targetDir = m_dir->filePath(QStringLiteral("git-out"));
    o.gitHistory = true;
    o.receipt = sampleReceipt();
    const SaveResult r =
        ProjectSaver::save(ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run"))),
                           QStringLiteral("# r\n"), o);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QProcess git;
    git.setWorkingDirectory(o.targetDir);
    git.start(QStringLiteral("git"), { QStringLiteral("status"), QStringLiteral("--porcelain") });
    QVERIFY(git.waitForFinished(10000));
    QCOMPARE(git.readAllStandardOutput(), QByteArray()); // everything committed
    const auto saved = VerificationReceipt::fromJson(
        read(o.targetDir + QLatin1Char('/') + QLatin1String(VerificationReceipt::FileName)));
    QVERIFY(saved.isOk());
    QCOMPARE(saved->files.size(), 1); // a.txt; neither .git nor the report
    QCOMPARE(saved->files.first().path, QStringLiteral("a.txt"));
}

void ProjectSaverTest::noReceiptDropsOneTheSnapshotCarried()
{
    archive(1,
            { { QStringLiteral("a.txt"), "1" },
              { QLatin1String(VerificationReceipt::FileName), sampleReceipt().toJsonBytes() } });
    SaveOptions o;
    o.targetDir = m_dir->filePath(QStringLiteral("out"));
    const SaveResult r = ProjectSaver::save(
        ProjectSaver::snapshotsOf(m_dir->filePath(QStringLiteral("run"))), QString(), o);
    QVERIFY(r.isOk());
    QVERIFY(QFileInfo::exists(o.targetDir + QStringLiteral("/a.txt")));
    QVERIFY(!QFileInfo::exists(o.targetDir + QLatin1Char('/')
                               + QLatin1String(VerificationReceipt::FileName)));
}

void ProjectSaverTest::receiptOfAGreenRunsLastSnapshotOnly()
{
    const QString run = m_dir->filePath(QStringLiteral("run"));
    archive(1, { { QStringLiteral("a.txt"), "1" } });
    archive(2, { { QStringLiteral("a.txt"), "2" } });
    const auto snaps = ProjectSaver::snapshotsOf(run);
    writeRunState(QStringLiteral("green"));
    QVERIFY(!ProjectSaver::receiptOf(run, snaps)); // no receipt in the run folder
    writeRunReceipt(sampleReceipt().toJsonBytes());
    const auto receipt = ProjectSaver::receiptOf(run, snaps);
    QVERIFY(receipt);
    QCOMPARE(receipt->specSha256, sampleReceipt().specSha256);
    QVERIFY(!ProjectSaver::receiptOf(run, { snaps.first() })); // an older iteration
    QVERIFY(!ProjectSaver::receiptOf(QString(), snaps));
    QVERIFY(!ProjectSaver::receiptOf(run, {}));
    writeRunState(QStringLiteral("max_iterations"));
    QVERIFY(!ProjectSaver::receiptOf(run, snaps)); // not green
    writeRunState(QStringLiteral("green"));
    writeRunReceipt("{ not json");
    QVERIFY(!ProjectSaver::receiptOf(run, snaps)); // unreadable: no receipt, no failure
}

QTEST_GUILESS_MAIN(ProjectSaverTest)
#include "tst_projectsaver.moc"
