// End-to-end runs with real parts: the real `claude` CLI and real `bun` inside the real local
// sandbox server (template "claude"), against the scripted fake Anthropic API.
#include "e2efixture.h"
#include "exportrun.h"

#include "e2b/connectionconfig.h"
#include "run/e2bsandboxprovider.h"
#include "run/localsandboxserver.h"
#include "run/runcontroller.h"
#include "run/runjournal.h"
#include "run/safearchive.h"
#include "run/sandboxsession.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

class E2eRunTest : public Autocoder::Run::Testing::E2eTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void a_fixesAfterFeedback();
    void e_lockedTestSkippedOrDeletedIsNotGreen();
    void b_neverConvergesStopsAtLimit();
    void c_stopDuringAgentTurnKeepsTheFiles();
    void d_sandboxKilledFromOutside();
    void resumeReattachesToTheRunningAgent();
    void secretsNeverReachTheRunFolder();
    void realServices();
};

void E2eRunTest::initTestCase()
{
    initServer();
}

void E2eRunTest::cleanupTestCase()
{
    stopServer();
}

void E2eRunTest::a_fixesAfterFeedback()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    auto run = makeRun(QStringLiteral("a-fix-after-feedback.json"));
    QString error;
    QVERIFY2(run->controller->start(loadSpec(QStringLiteral("sum-spec.json"), 3), optionsFor(*run),
                                    &error),
             qPrintable(error));
    m_runFolders.append(run->controller->runDir());
    const QString outcome = waitFinished(*run);
    QVERIFY2(outcome == Outcome::Green, qPrintable(outcome + QLatin1Char('\n') + dump(*run)));
    QCOMPARE(run->controller->state().iteration, 2);
    QCOMPARE(run->fake->turnsStarted(), 2);
    // The fix turn got the gate's failure, not the agent's claim.
    QVERIFY2(run->fake->prompts().value(1).contains(QLatin1String("sum adds two numbers")),
             qPrintable(run->fake->prompts().value(1)));
    // Iteration 1 failed with a parsed test record, iteration 2 passed.
    QList<int> failedPerIteration;
    for (const RunEvent &e : std::as_const(run->events)) {
        if (e.kind == EventKind::GateTests)
            failedPerIteration.append(e.data.value(QStringLiteral("failed")).toInt());
    }
    QCOMPARE(failedPerIteration, (QList<int> { 1, 0 }));
    QVERIFY(run->controller->state().costUsd > 0.0);
    // The agent reached the fake model API only through the sandbox's egress proxy; its try
    // at a host the run does not allow was refused and shows in the run, by name.
    QStringList warnings;
    for (const RunEvent &e : std::as_const(run->events)) {
        if (e.kind == EventKind::Log
            && e.data.value(QStringLiteral("level")).toString() == QLatin1String("warning"))
            warnings.append(e.data.value(QStringLiteral("text")).toString());
    }
    QVERIFY2(warnings.filter(QStringLiteral("exfil.example.com")).size() == 1,
             qPrintable(warnings.join(QLatin1Char('\n')) + dump(*run)));
    // Saved project and report.
    QVERIFY(exportRun(run->controller->runDir(), run->outDir));
    QVERIFY(readAll(run->outDir + QStringLiteral("/src/sum.ts")).contains("a + b"));
    QVERIFY(readAll(run->outDir + QStringLiteral("/tests/sum.test.ts"))
                .contains("sum adds two numbers"));
    QVERIFY(readAll(run->outDir + QStringLiteral("/RUN_REPORT.md")).contains("**green**"));
    QVERIFY(!QFile::exists(run->outDir + QStringLiteral("/node_modules")));
    QVERIFY(QFile::exists(run->controller->runDir() + QStringLiteral("/snapshots/iter-1.tar.gz")));
    QVERIFY(QFile::exists(run->controller->runDir() + QStringLiteral("/snapshots/iter-2.tar.gz")));
}

void E2eRunTest::e_lockedTestSkippedOrDeletedIsNotGreen()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    auto run = makeRun(QStringLiteral("e-skips-locked-test.json"));
    QString error;
    QVERIFY2(run->controller->start(loadSpec(QStringLiteral("sum-spec.json"), 2), optionsFor(*run),
                                    &error),
             qPrintable(error));
    m_runFolders.append(run->controller->runDir());
    const QString outcome = waitFinished(*run);
    QVERIFY2(outcome == Outcome::MaxIterations,
             qPrintable(outcome + QLatin1Char('\n') + dump(*run)));
    QStringList failing;
    for (const RunEvent &e : std::as_const(run->events)) {
        if (e.kind == EventKind::IterationFinished) {
            QVERIFY(!e.data.value(QStringLiteral("green")).toBool());
            failing.append(e.data.value(QStringLiteral("failing"))
                               .toVariant()
                               .toStringList()
                               .join(QLatin1Char(';')));
        }
    }
    QCOMPARE(failing.size(), 2);
    QVERIFY2(failing.at(0).contains(QLatin1String("changed")), qPrintable(failing.at(0)));
    QVERIFY2(failing.at(1).contains(QLatin1String("deleted"))
                 || failing.at(1).contains(QLatin1String("no test ran")),
             qPrintable(failing.at(1)));
}

void E2eRunTest::b_neverConvergesStopsAtLimit()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    auto run = makeRun(QStringLiteral("b-never-converges.json"));
    QString error;
    QVERIFY2(run->controller->start(loadSpec(QStringLiteral("sum-spec.json"), 2), optionsFor(*run),
                                    &error),
             qPrintable(error));
    m_runFolders.append(run->controller->runDir());
    const QString outcome = waitFinished(*run);
    QVERIFY2(outcome == Outcome::MaxIterations,
             qPrintable(outcome + QLatin1Char('\n') + dump(*run)));
    QCOMPARE(run->controller->state().iteration, 2);
    QVERIFY(!run->controller->state().lastGreen);
}

void E2eRunTest::c_stopDuringAgentTurnKeepsTheFiles()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    auto run = makeRun(QStringLiteral("c-cancel-during-agent.json"));
    QString error;
    QVERIFY2(run->controller->start(loadSpec(QStringLiteral("sum-spec.json"), 3), optionsFor(*run),
                                    &error),
             qPrintable(error));
    m_runFolders.append(run->controller->runDir());
    // Wait until the agent's Bash tool is really running inside the sandbox.
    QTRY_VERIFY_WITH_TIMEOUT(
        !hostProcessesContaining("sleep 61").isEmpty() || run->controller->isFinished(), 120000);
    QVERIFY2(!run->controller->isFinished(), qPrintable(dump(*run)));
    const QString sandboxId = run->controller->sandboxId();
    QVERIFY(!sandboxId.isEmpty());
    run->controller->stop();
    QCOMPARE(waitFinished(*run, 30000), QString(Outcome::Stopped));
    // Every sandbox process ended (including the agent's grandchild) and the sandbox is gone.
    QTRY_VERIFY_WITH_TIMEOUT(hostProcessesContaining("sleep 61").isEmpty(), 15000);
    bool listed = false;
    QList<SandboxListing> left;
    m_provider->list({ { QStringLiteral("run"), run->controller->runId() } }, this,
                     [&](const SandboxResult<QList<SandboxListing>> &l) {
                         left = l.valueOr(QList<SandboxListing>());
                         listed = true;
                     });
    QTRY_VERIFY(listed);
    QVERIFY(left.isEmpty());
    RunState state;
    QVERIFY(RunJournal::readState(run->controller->runDir(), &state));
    QCOMPARE(state.status, QStringLiteral("finished"));
    QCOMPARE(state.outcome, QString(Outcome::Stopped));
    QVERIFY(state.sandboxId.isEmpty());
    // What the agent wrote before the stop is in the last snapshot, and saved from it.
    QCOMPARE(state.lastSnapshotIteration, 1);
    QVERIFY(exportRun(run->controller->runDir(), run->outDir));
    QFile partial(run->outDir + QStringLiteral("/src/partial.ts"));
    QVERIFY2(partial.open(QIODevice::ReadOnly), qPrintable(dump(*run)));
    QCOMPARE(partial.readAll(), QByteArray("export const partial = 1;\n"));
}

void E2eRunTest::d_sandboxKilledFromOutside()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    auto run = makeRun(QStringLiteral("d-killed-from-outside.json"));
    QString error;
    RunOptions options = optionsFor(*run);
    QVERIFY2(run->controller->start(loadSpec(QStringLiteral("sum-spec.json"), 4), options, &error),
             qPrintable(error));
    m_runFolders.append(run->controller->runDir());
    const QString runId = run->controller->runId();
    // Iteration 1 completes (snapshot on disk); iteration 2's agent sleeps; kill it then.
    QTRY_VERIFY_WITH_TIMEOUT(
        !hostProcessesContaining("sleep 62").isEmpty() || run->controller->isFinished(), 180000);
    QVERIFY2(!run->controller->isFinished(), qPrintable(dump(*run)));
    QVERIFY(QFile::exists(run->controller->runDir() + QStringLiteral("/snapshots/iter-1.tar.gz")));
    bool killed = false;
    m_provider->killSandbox(run->controller->sandboxId(), this,
                            [&](const SandboxOpResult &) { killed = true; });
    QTRY_VERIFY(killed);
    const QString outcome = waitFinished(*run, 60000);
    QVERIFY2(outcome == Outcome::InfrastructureError,
             qPrintable(outcome + QLatin1Char('\n') + dump(*run)));
    // Nothing already snapshotted is lost: the saved folder holds iteration 1's files.
    QVERIFY(exportRun(run->controller->runDir(), run->outDir));
    QVERIFY(readAll(run->outDir + QStringLiteral("/src/sum.ts")).contains("return 0"));
    QCOMPARE(run->controller->state().lastSnapshotIteration, 1);

    // Resume continues from the last snapshot in a new sandbox and gets to green.
    RunController resumed(m_provider.get());
    QList<RunEvent> events;
    connect(&resumed, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QSignalSpy done(&resumed, &RunController::finished);
    QVERIFY2(resumed.resume(runId, options, QString(), &error), qPrintable(error));
    QVERIFY(done.wait(240000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Green));
    const QString resumedDir = run->outDir + QStringLiteral("-resumed");
    QVERIFY(exportRun(resumed.runDir(), resumedDir));
    QVERIFY(readAll(resumedDir + QStringLiteral("/src/sum.ts")).contains("a + b"));
}

void E2eRunTest::resumeReattachesToTheRunningAgent()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    auto run = makeRun(QStringLiteral("f-reattach-after-crash.json"));
    QString error;
    RunOptions options = optionsFor(*run);
    QVERIFY2(run->controller->start(loadSpec(QStringLiteral("sum-spec.json"), 3), options, &error),
             qPrintable(error));
    m_runFolders.append(run->controller->runDir());
    const QString runId = run->controller->runId();
    QTRY_VERIFY_WITH_TIMEOUT(
        !hostProcessesContaining("sleep 7.3").isEmpty() || run->controller->isFinished(), 120000);
    QVERIFY2(!run->controller->isFinished(), qPrintable(dump(*run)));
    const QString sandboxId = run->controller->sandboxId();
    run->controller.reset(); // the app dies; the sandbox and the agent in it go on

    RunController resumed(m_provider.get());
    QList<RunEvent> events;
    connect(&resumed, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QSignalSpy done(&resumed, &RunController::finished);
    QVERIFY2(resumed.resume(runId, options, QString(), &error), qPrintable(error));
    QVERIFY(done.wait(240000));
    QString log;
    for (const RunEvent &e : std::as_const(events))
        log += QString::fromUtf8(e.toJsonLine()).left(300);
    QVERIFY2(done.first().first().toString() == Outcome::Green, qPrintable(log.right(5000)));
    QCOMPARE(resumed.state().iteration, 2);
    const bool reattached = std::any_of(events.cbegin(), events.cend(), [&](const RunEvent &e) {
        return e.kind == EventKind::Log
            && e.data.value(QStringLiteral("text")).toString().contains(sandboxId);
    });
    QVERIFY(reattached);
    QCOMPARE(run->fake->turnsStarted(), 2); // the agent was not started again
    const QString reattachedDir = run->outDir + QStringLiteral("-reattached");
    QVERIFY(exportRun(resumed.runDir(), reattachedDir));
    QVERIFY(readAll(reattachedDir + QStringLiteral("/src/sum.ts")).contains("a + b"));
}

void E2eRunTest::secretsNeverReachTheRunFolder()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    if (m_runFolders.isEmpty())
        AUTOCODER_SKIP("no run ran");
    int files = 0;
    const QStringList roots { m_dir.filePath(QStringLiteral("runs")) };
    QStringList all = roots;
    const QStringList outs = QDir(m_dir.path()).entryList({ QStringLiteral("out-*") }, QDir::Dirs);
    for (const QString &o : outs)
        all.append(m_dir.filePath(o));
    for (const QString &root : std::as_const(all)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QByteArray content = readAll(path);
            if (path.endsWith(QLatin1String(".tar.gz"))) {
                const ArchiveListing listing = SafeArchive::list(path).valueOr(ArchiveListing());
                QStringList paths;
                for (const ArchiveEntry &e : listing.entries)
                    paths.append(e.path);
                QMap<QString, QByteArray> inside;
                // What could be read is scanned even when the rest is refused.
                static_cast<void>(SafeArchive::readFiles(path, paths, &inside));
                for (const QByteArray &v : std::as_const(inside))
                    content += v;
            }
            QVERIFY2(!content.contains(kE2eFakeKey.toUtf8()), qPrintable(path));
            QVERIFY2(!content.contains(m_server->apiKey().toUtf8()), qPrintable(path));
            ++files;
        }
    }
    QVERIFY(files > 10);
}

void E2eRunTest::realServices()
{
    if (qEnvironmentVariableIsEmpty("ANTHROPIC_API_KEY")
        || qEnvironmentVariableIsEmpty("E2B_API_KEY"))
        AUTOCODER_SKIP(
            "ANTHROPIC_API_KEY and E2B_API_KEY are not both set: the run against the real "
            "Anthropic API and E2B cloud is skipped");
    Autocoder::E2b::ConnectionConfig config = Autocoder::E2b::ConnectionConfig::fromEnvironment();
    E2bSandboxProvider cloud(config, QStringLiteral("e2b"));
    RunController controller(&cloud);
    QSignalSpy done(&controller, &RunController::finished);
    RunOptions o;
    o.runsRoot = m_dir.filePath(QStringLiteral("runs-real"));
    o.anthropicApiKey = qEnvironmentVariable("ANTHROPIC_API_KEY");
    o.anthropicBaseUrl = qEnvironmentVariable("ANTHROPIC_BASE_URL");
    o.extraSecrets = QStringList { config.apiKey.reveal() };
    QString error;
    Autocoder::Spec::ProjectSpec spec = loadSpec(QStringLiteral("sum-spec.json"), 3);
    // E2B's "claude" template has Node but not Bun: add it for the gate, as the user.
    const QString path = QStringLiteral("export PATH=\"$HOME/.local/bin:$PATH\"; ");
    spec.commands.install = path
        + QStringLiteral("command -v bun >/dev/null || npm install -g --prefix \"$HOME/.local\" "
                         "bun >/dev/null; bun install");
    spec.commands.test = path + QStringLiteral("bun test");
    QVERIFY2(controller.start(spec, o, &error), qPrintable(error));
    QVERIFY(done.wait(30 * 60 * 1000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Green));
}

QTEST_GUILESS_MAIN(E2eRunTest)
#include "tst_e2e_run.moc"
