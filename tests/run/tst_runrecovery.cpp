// RunRecovery (which interrupted runs can be re-attached or resumed) and the orphan sweep
// (only sandboxes nobody will come back for), over run folders made here and the in-process
// fake sandbox backend.
#include "fakesandbox.h"

#include "run/orphansweeper.h"
#include "run/runlock.h"
#include "run/runrecovery.h"
#include "run/runstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

namespace {

QString idOf(int n)
{
    return QStringLiteral("20260101-120000-%1").arg(n, 4, 10, QLatin1Char('0'));
}

} // namespace

class RunRecoveryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void findsWhatCanBePickedUp();
    void skipsRunsThatAreNotInterrupted();
    void lockedRunsAreNotInterrupted();
    void badFoldersAreSkipped();
    void noAnswerAfterTheContextIsGone();
    void sweepKillsOnlyRealOrphans();

private:
    /// A run folder with a state.json: \a status "running"/"finished", \a outcome when
    /// finished, \a sandboxId as recorded.
    QString makeRun(int n, const QString &status, const QString &outcome = {},
                    const QString &sandboxId = {}, const QString &backend = QStringLiteral("fake"));
    /// A live fake sandbox tagged with run \a n; returns its id.
    QString makeSandbox(int n);
    void addSnapshot(int n, int iteration);
    /// A lock file naming a process that has exited (a kill -9 leaves one like it).
    void writeStaleLock(int n);
    QList<RecoverableRun> find(const QStringList &liveIds = {});
    const RecoverableRun *byId(const QList<RecoverableRun> &runs, int n) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSandboxProvider> m_provider;
    std::unique_ptr<QObject> m_sandboxOwner; ///< keeps the fake sandboxes' handles (alive)
};

void RunRecoveryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_provider = std::make_unique<FakeSandboxProvider>(
        [](const SandboxProcessRequest &, FakeSandboxSession &) { return FakeScript(); });
    m_sandboxOwner = std::make_unique<QObject>();
}

void RunRecoveryTest::cleanup()
{
    m_sandboxOwner.reset();
    m_provider.reset();
    m_dir.reset();
}

QString RunRecoveryTest::makeRun(int n, const QString &status, const QString &outcome,
                                 const QString &sandboxId, const QString &backend)
{
    RunState state;
    state.id = idOf(n);
    state.name = QStringLiteral("run %1").arg(n);
    state.status = status;
    state.outcome = outcome;
    state.sandboxId = sandboxId;
    state.backend = backend;
    state.startedAt = QDateTime::currentDateTimeUtc();
    const QString dir = RunStore(m_dir->path()).runDir(state.id);
    QDir().mkpath(dir);
    QFile f(dir + QStringLiteral("/state.json"));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write(QJsonDocument(state.toJson()).toJson());
    return dir;
}

QString RunRecoveryTest::makeSandbox(int n)
{
    SandboxCreateRequest r;
    r.metadata = { { QStringLiteral("app"), QStringLiteral("autocoder") },
                   { QStringLiteral("run"), idOf(n) } };
    QString id;
    m_provider->create(r, m_sandboxOwner.get(), [&id](const SandboxResult<SandboxSession *> &s) {
        if (s && *s)
            id = (*s)->sandboxId();
    });
    if (!QTest::qWaitFor([&id]() { return !id.isEmpty(); }, 5000))
        qFatal("the fake sandbox was not created");
    return id;
}

void RunRecoveryTest::addSnapshot(int n, int iteration)
{
    const QString dir = RunStore(m_dir->path()).runDir(idOf(n)) + QStringLiteral("/snapshots");
    QDir().mkpath(dir);
    QFile f(dir + QStringLiteral("/iter-%1.tar.gz").arg(iteration));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not really a tar");
}

void RunRecoveryTest::writeStaleLock(int n)
{
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished(5000));
    const qint64 pid = gone.processId() > 0 ? gone.processId() : 999999;
    QFile f(RunStore(m_dir->path()).runDir(idOf(n)) + QLatin1Char('/') + RunLock::fileName());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::number(pid) + "\nautocoder\n" + QSysInfo::machineHostName().toUtf8()
            + "\n");
}

QList<RecoverableRun> RunRecoveryTest::find(const QStringList &liveIds)
{
    bool answered = false;
    QList<RecoverableRun> out;
    QObject ctx;
    RunRecovery::find(m_provider.get(), RunStore(m_dir->path()), liveIds, &ctx,
                      [&](const Autocoder::Result<QList<RecoverableRun>> &r) {
                          answered = true;
                          if (r)
                              out = *r;
                          else
                              qWarning("find: %s", qPrintable(r.error()));
                      });
    if (!QTest::qWaitFor([&answered]() { return answered; }, 5000))
        qWarning("RunRecovery::find did not answer");
    return out;
}

const RecoverableRun *RunRecoveryTest::byId(const QList<RecoverableRun> &runs, int n) const
{
    for (const RecoverableRun &r : runs) {
        if (r.id == idOf(n))
            return &r;
    }
    return nullptr;
}

void RunRecoveryTest::findsWhatCanBePickedUp()
{
    // 1: interrupted, its sandbox alive; 2: interrupted, only a snapshot; 3: interrupted,
    // nothing; 4: stopped keeping its sandbox, which is alive; 5: the same, sandbox gone but
    // a snapshot.
    const QString sandbox1 = makeSandbox(1);
    makeRun(1, QStringLiteral("running"), {}, sandbox1);
    makeRun(2, QStringLiteral("running"), {}, QStringLiteral("long-gone"));
    addSnapshot(2, 1);
    addSnapshot(2, 2);
    makeRun(3, QStringLiteral("running"));
    const QString sandbox4 = makeSandbox(4);
    makeRun(4, QStringLiteral("finished"), QStringLiteral("stopped"), sandbox4);
    makeRun(5, QStringLiteral("finished"), QStringLiteral("no_progress"), QStringLiteral("gone"));
    addSnapshot(5, 3);

    const QList<RecoverableRun> runs = find();
    QCOMPARE(runs.size(), 5);
    QCOMPARE(byId(runs, 1)->action, RecoverableRun::Action::Reattach);
    QCOMPARE(byId(runs, 1)->sandboxId, sandbox1);
    QVERIFY(byId(runs, 1)->interrupted);
    QCOMPARE(byId(runs, 2)->action, RecoverableRun::Action::Resume);
    QVERIFY(byId(runs, 2)->sandboxId.isEmpty());
    QVERIFY(byId(runs, 2)->snapshot.endsWith(QLatin1String("iter-2.tar.gz")));
    QCOMPARE(byId(runs, 3)->action, RecoverableRun::Action::Restart);
    QCOMPARE(byId(runs, 4)->action, RecoverableRun::Action::Reattach);
    QCOMPARE(byId(runs, 4)->sandboxId, sandbox4);
    QVERIFY(!byId(runs, 4)->interrupted);
    QCOMPARE(byId(runs, 5)->action, RecoverableRun::Action::Resume);
    QCOMPARE(byId(runs, 5)->state.outcome, QStringLiteral("no_progress"));
    // Nothing was killed or started by asking.
    QVERIFY(m_provider->killedIds.isEmpty());
    QCOMPARE(m_provider->startedTags, QStringList());
}

void RunRecoveryTest::skipsRunsThatAreNotInterrupted()
{
    makeSandbox(1);
    makeRun(1, QStringLiteral("running")); // driven by a live controller here
    makeRun(2, QStringLiteral("finished"), QStringLiteral("green"));
    makeRun(3, QStringLiteral("finished"), QStringLiteral("max_iterations")); // sandbox removed
    makeRun(4, QStringLiteral("running"), {}, {}, QStringLiteral("e2b")); // another backend
    makeRun(5, QStringLiteral("running"), {}, {}, QString()); // backend not recorded: ours
    const QList<RecoverableRun> runs = find({ idOf(1) });
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().id, idOf(5));
}

void RunRecoveryTest::lockedRunsAreNotInterrupted()
{
    // 1: "running" on disk, but another live process holds its lock (a headless command
    // driving it); 2: the lock of a process that died (kill -9): stale, so interrupted.
    const QString dir1 = makeRun(1, QStringLiteral("running"));
    QLockFile held(dir1 + QLatin1Char('/') + RunLock::fileName());
    QVERIFY(held.tryLock());
    makeRun(2, QStringLiteral("running"));
    writeStaleLock(2);
    QVERIFY(RunLock::holder(dir1) != 0);
    QCOMPARE(RunLock::holder(RunStore(m_dir->path()).runDir(idOf(2))), 0);
    QCOMPARE(RunLock::holder(m_dir->filePath(QStringLiteral("no-such-run"))), 0);
    const QList<RecoverableRun> runs = find();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().id, idOf(2));
    // The run history agrees: a run another process drives is running, not interrupted.
    const QList<RunSummary> listed = RunStore(m_dir->path()).list();
    QCOMPARE(listed.size(), 2);
    for (const RunSummary &run : listed)
        QCOMPARE(run.status, run.id == idOf(1) ? RunStatus::Running : RunStatus::Interrupted);
    held.unlock();
    QCOMPARE(find().size(), 2);
}

void RunRecoveryTest::badFoldersAreSkipped()
{
    makeRun(1, QStringLiteral("running"));
    // A damaged state.json, a folder without one, and a folder whose name is no run id.
    const QString damaged = RunStore(m_dir->path()).runDir(idOf(2));
    QDir().mkpath(damaged);
    QFile f(damaged + QStringLiteral("/state.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    QDir().mkpath(RunStore(m_dir->path()).runDir(idOf(3)));
    QDir().mkpath(m_dir->filePath(QStringLiteral("..evil")));
    QDir().mkpath(m_dir->filePath(QStringLiteral("not-a-run")));
    const QList<RecoverableRun> runs = find();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().id, idOf(1));
    // An empty or missing runs folder: nothing, and no error.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(find().isEmpty());
}

void RunRecoveryTest::noAnswerAfterTheContextIsGone()
{
    makeRun(1, QStringLiteral("running"));
    bool answered = false;
    auto ctx = std::make_unique<QObject>();
    RunRecovery::find(
        m_provider.get(), RunStore(m_dir->path()), {}, ctx.get(),
        [&answered](const Autocoder::Result<QList<RecoverableRun>> &) { answered = true; });
    ctx.reset();
    QTest::qWait(50);
    QVERIFY(!answered);
}

void RunRecoveryTest::sweepKillsOnlyRealOrphans()
{
    // 1: green, its sandbox left by a crash during teardown: an orphan. 2: stopped keeping
    // its sandbox: going on later. 3: interrupted: RunRecovery's. 4: finished, but a live
    // process holds its lock. 5: finished with a stale lock: an orphan. 6: live here.
    // 7: a run this store does not know (another runs folder on the same server).
    QMap<int, QString> sandboxes;
    for (int n = 1; n <= 7; ++n)
        sandboxes.insert(n, makeSandbox(n));
    makeRun(1, QStringLiteral("finished"), QStringLiteral("green"), sandboxes.value(1));
    makeRun(2, QStringLiteral("finished"), QStringLiteral("stopped"), sandboxes.value(2));
    makeRun(3, QStringLiteral("running"), {}, sandboxes.value(3));
    const QString dir4 = makeRun(4, QStringLiteral("finished"), QStringLiteral("cancelled"));
    QLockFile held(dir4 + QLatin1Char('/') + RunLock::fileName());
    QVERIFY(held.tryLock());
    makeRun(5, QStringLiteral("finished"), QStringLiteral("max_iterations"));
    writeStaleLock(5);
    makeRun(6, QStringLiteral("finished"), QStringLiteral("green"));

    const RunStore store(m_dir->path());
    QStringList orphans = OrphanSweeper::orphanRuns(store, { idOf(6) });
    orphans.sort();
    QCOMPARE(orphans, (QStringList { idOf(1), idOf(5) }));

    QStringList killed;
    bool called = false;
    QObject ctx;
    OrphanSweeper::sweep(m_provider.get(), store, { idOf(6) }, &ctx,
                         [&](const QStringList &ids, const QString &error) {
                             QVERIFY2(error.isEmpty(), qPrintable(error));
                             killed = ids;
                             called = true;
                         });
    QTRY_VERIFY(called);
    killed.sort();
    QStringList expected { sandboxes.value(1), sandboxes.value(5) };
    expected.sort();
    QCOMPARE(killed, expected);
    for (int n : { 2, 3, 4, 6, 7 })
        QVERIFY2(!m_provider->killedIds.contains(sandboxes.value(n)), qPrintable(idOf(n)));
}

QTEST_GUILESS_MAIN(RunRecoveryTest)
#include "tst_runrecovery.moc"
