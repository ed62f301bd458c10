#include "exportrun.h"
#include "fakesandbox.h"
#include "skip.h"

#include "run/orphansweeper.h"
#include "run/receiptbuilder.h"
#include "run/runcontroller.h"
#include "run/runevents.h"
#include "run/runjournal.h"
#include "run/runlock.h"
#include "run/runstore.h"
#include "run/runsummary.h"
#include "run/safearchive.h"
#include "run/verificationreceipt.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

namespace {

const QString kKey = QStringLiteral("fake-ant-fake-key-0123456789abcdef");
const QString kProject = QStringLiteral("/home/user/project");
const QString kLockedTest = QStringLiteral(
    "import { sum } from \"../src/sum\";\nimport { test, expect } from \"bun:test\";\n"
    "test(\"[R1] adds\", () => expect(sum(1, 2)).toBe(3));\n");

QByteArray agentLines(const QString &session, double cost, const QString &text)
{
    QByteArray out;
    out +=
        QStringLiteral(
            R"({"type":"system","subtype":"init","session_id":"%1","cwd":"/home/user/project","tools":["Write"],"model":"m"})")
            .arg(session)
            .toUtf8()
        + '\n';
    out +=
        QStringLiteral(
            R"({"type":"assistant","message":{"content":[{"type":"text","text":"%1"}]},"session_id":"%2"})")
            .arg(text, session)
            .toUtf8()
        + '\n';
    out +=
        QStringLiteral(
            R"({"type":"assistant","message":{"content":[{"type":"tool_use","id":"t1","name":"Write","input":{"file_path":"/home/user/project/src/sum.ts","content":"x"}}]},"session_id":"%1"})")
            .arg(session)
            .toUtf8()
        + '\n';
    out +=
        QStringLiteral(
            R"({"type":"result","subtype":"success","is_error":false,"num_turns":2,"total_cost_usd":%1,"session_id":"%2","result":"done"})")
            .arg(cost)
            .arg(session)
            .toUtf8()
        + '\n';
    return out;
}

QByteArray bunOutput(bool pass, bool skipped = false)
{
    if (skipped)
        return "bun test v1.1.38\n\ntests/sum.test.ts:\n(skip) [R1] adds\n\n 0 pass\n 1 skip\n 0 "
               "fail\n";
    if (pass)
        return "bun test v1.1.38\n\ntests/sum.test.ts:\n(pass) [R1] adds [0.10ms]\n\n 1 pass\n 0 "
               "fail\n";
    return "bun test v1.1.38\n\ntests/sum.test.ts:\nerror: "
           "expect(received).toBe(expected)\n\nExpected: 3\nReceived: -1\n"
           "(fail) [R1] adds [0.20ms]\n\n 0 pass\n 1 fail\n";
}

/// A scripted "model": what the agent writes in each iteration.
struct Scenario
{
    QList<std::function<void(FakeSandboxSession &)>> agentTurns; ///< last one repeats
    bool claudePresent = true;
    int agentDelayMs = 0;
    bool agentHangs = false;
    std::function<void(FakeSandboxSession &)> onTest;
    std::function<void(FakeSandboxSession &, int call)> beforeAgent; ///< e.g. kill the sandbox
    int agentCalls = 0;
    QString hangTag; ///< the process with this tag (or tag prefix ending in '-') never ends
    bool mutantsSurvive = false; ///< the tests pass whatever the mutation check changes
};

FakeHandler handlerFor(Scenario *sc)
{
    return [sc](const SandboxProcessRequest &r, FakeSandboxSession &s) -> FakeScript {
        FakeScript out;
        if (!sc->hangTag.isEmpty()
            && (r.tag == sc->hangTag
                || (sc->hangTag.endsWith(QLatin1Char('-')) && r.tag.startsWith(sc->hangTag)))) {
            out.hang = true;
            return out;
        }
        if (r.tag.startsWith(QLatin1String("agent-check"))) {
            out.exitCode = sc->claudePresent ? 0 : 127;
            out.stdoutData = sc->claudePresent ? "2.1.112 (Claude Code)\n" : "";
            return out;
        }
        if (r.tag.startsWith(QLatin1String("agent-install"))) {
            sc->claudePresent = true;
            out.stdoutData = "added 3 packages\n2.1.112 (Claude Code)\n";
            return out;
        }
        if (r.tag.startsWith(QLatin1String("agent-"))) {
            if (sc->beforeAgent)
                sc->beforeAgent(s, sc->agentCalls);
            const int i = std::min<int>(sc->agentCalls++, int(sc->agentTurns.size()) - 1);
            if (i >= 0)
                sc->agentTurns.at(i)(s);
            out.stdoutData = agentLines(QStringLiteral("sess-1"), 0.01,
                                        QStringLiteral("working on it, key=") + kKey);
            out.delayMs = sc->agentDelayMs;
            out.hang = sc->agentHangs;
            return out;
        }
        if (r.tag.startsWith(QLatin1String("install-"))) {
            out.stdoutData = "bun install v1.1.38\nChecked 0 installs\n";
            return out;
        }
        if (r.tag.startsWith(QLatin1String("test-"))) {
            if (sc->onTest)
                sc->onTest(s);
            const QByteArray code = s.files.value(kProject + QStringLiteral("/src/sum.ts"));
            const QByteArray test = s.files.value(kProject + QStringLiteral("/tests/sum.test.ts"));
            const bool skipped = test.contains("test.skip");
            const bool pass = code.contains("a + b");
            out.stderrData = bunOutput(pass, skipped);
            out.exitCode = (pass || skipped) ? 0 : 1;
            return out;
        }
        if (r.tag.startsWith(QLatin1String("mutant-"))) {
            // The tests run in a copy holding the mutant: they pass only while it adds.
            const QByteArray code = s.files.value(r.cwd + QStringLiteral("/src/sum.ts"));
            const bool pass = sc->mutantsSurvive || code.contains("a + b");
            out.stderrData = bunOutput(pass);
            out.exitCode = pass ? 0 : 1;
            return out;
        }
        return out; // build etc.: fine
    };
}

void writeCode(FakeSandboxSession &s, const QByteArray &body)
{
    s.files.insert(kProject + QStringLiteral("/src/sum.ts"), body);
    s.files.insert(kProject + QStringLiteral("/node_modules/dep/index.js"), "ignored");
}

/// The first sandbox exists and runs the process tagged @p tag (e.g. "agent-1").
bool firstSandboxRuns(const FakeSandboxProvider &provider, const QString &tag)
{
    return !provider.sessions.isEmpty() && provider.sessions.first()
        && provider.sessions.first()->runningTags().contains(tag);
}

} // namespace

class RunControllerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void greenAfterFeedback();
    void untaggedRequirementIsNotGreen();
    void survivingMutantsAreNotGreen();
    void verificationOffSkipsTheChecks();
    void stopsAtIterationLimit();
    void noProgressStopsEarly();
    void budgetStops();
    void lockedTestChangedIsNotGreen();
    void lockedTestSkippedIsNotGreen();
    void stopDuringAgentTurnKeepsItsFiles();
    void stopRightAfterStart();
    void stopWhileTheSandboxIsMadeKillsIt();
    void stopWhileAProcessRuns_data();
    void stopWhileAProcessRuns();
    void stopFromAnEventHandler_data();
    void stopFromAnEventHandler();
    void stopWhenTheSnapshotFailsKeepsTheLastOne();
    void stopKeepSandboxThenContinue();
    void resumeOfAStoppedRun_data();
    void resumeOfAStoppedRun();
    void feedbackNamesTheFailedIteration();
    void oneDriverPerRun();
    void deletedFromItsFinishedSignal();
    void sandboxDiesMidRunKeepsSnapshot();
    void resumeContinuesFromSnapshot();
    void resumeReattachesToLiveSandbox();
    void installsAgentWhenMissing();
    void createFailureIsInfrastructureError();
    void badSpecIsRefused();
    void continueWithGuidance();
    void stopAndGuidanceNameTheirSource();
    void orphanSweepKillsOnlyOrphans();
    void egressAllowListAndRefusals();

private:
    Autocoder::Spec::ProjectSpec spec(int maxIterations = 5) const;
    RunOptions options() const;
    QString runAndWait(RunController &c, const Autocoder::Spec::ProjectSpec &s,
                       const RunOptions &o = {});
    void assertNoSecretIn(const QString &dir);
    /// After a stop: "stopped", every step closed, one run.finished, the last event even
    /// after the event loop ran on, no process started since `startedAtStop`, every sandbox
    /// killed exactly once, the run's lock released.
    void assertCleanStop(RunController &c, FakeSandboxProvider &provider,
                         const QList<RunEvent> &events, int startedAtStop);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void RunControllerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

Autocoder::Spec::ProjectSpec RunControllerTest::spec(int maxIterations) const
{
    Autocoder::Spec::ProjectSpec s =
        Autocoder::Spec::ProjectSpec::forKind(QStringLiteral("bun-library"));
    s.name = QStringLiteral("sum-lib");
    s.description = QStringLiteral("A sum function.");
    s.requirements = QStringList { QStringLiteral("export sum(a, b)") };
    s.lockedTests = { { QStringLiteral("tests/sum.test.ts"), kLockedTest } };
    s.commands.install = QStringLiteral("bun install");
    s.commands.test = QStringLiteral("bun test");
    s.commands.build = QString();
    s.commands.lint = QString();
    s.limits.maxIterations = maxIterations;
    return s;
}

RunOptions RunControllerTest::options() const
{
    RunOptions o;
    o.runsRoot = m_dir->filePath(QStringLiteral("runs"));
    o.anthropicApiKey = kKey;
    return o;
}

QString RunControllerTest::runAndWait(RunController &c, const Autocoder::Spec::ProjectSpec &s,
                                      const RunOptions &o)
{
    QSignalSpy done(&c, &RunController::finished);
    QString error;
    if (!c.start(s, o.runsRoot.isEmpty() ? options() : o, &error)) {
        qWarning("start failed: %s", qPrintable(error));
        return QString();
    }
    if (!done.wait(10000))
        return QStringLiteral("timeout");
    return done.first().first().toString();
}

void RunControllerTest::assertNoSecretIn(const QString &dir)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray content = f.readAll();
        if (path.endsWith(QLatin1String(".tar.gz"))) {
            QMap<QString, QByteArray> all;
            ArchiveListing listing = SafeArchive::list(path).valueOr(ArchiveListing());
            QStringList paths;
            for (const ArchiveEntry &e : listing.entries)
                paths.append(e.path);
            // What could be read is scanned even when the rest is refused.
            static_cast<void>(SafeArchive::readFiles(path, paths, &all));
            for (const QByteArray &v : std::as_const(all))
                content += v;
        }
        QVERIFY2(!content.contains(kKey.toUtf8()), qPrintable(path));
        ++files;
    }
    QVERIFY(files > 0);
}

void RunControllerTest::greenAfterFeedback()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) {
                         writeCode(s, "export const sum = (a: number, b: number) => a - b;\n");
                     },
                      [](FakeSandboxSession &s) {
                          writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
                          // An agent that leaks its key into the project.
                          s.files.insert(kProject + QStringLiteral("/.env"),
                                         "ANTHROPIC_API_KEY=" + kKey.toUtf8() + "\n");
                      } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QCOMPARE(runAndWait(c, spec()), QString(Outcome::Green));
    QCOMPARE(c.state().iteration, 2);
    QCOMPARE(sc.agentCalls, 2);
    QVERIFY(qAbs(c.state().costUsd - 0.02) < 1e-9);

    // The fix turn resumed the session and carried the failure.
    FakeSandboxSession *s = provider.sessions.first();
    QVERIFY(s->startedTags.contains(QStringLiteral("agent-2")));
    QCOMPARE(
        s->envByTag.value(QStringLiteral("agent-2")).value(QStringLiteral("ANTHROPIC_API_KEY")),
        kKey);
    QVERIFY(
        !s->envByTag.value(QStringLiteral("test-2")).contains(QStringLiteral("ANTHROPIC_API_KEY")));
    QVERIFY(!s->isAliveNow()); // killed at the end
    QCOMPARE(provider.metadataById.value(s->sandboxId()).value(QStringLiteral("app")),
             QStringLiteral("autocoder"));

    // Events: ordered, journaled identically, snapshot per iteration.
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).seq, qint64(i + 1));
    const QList<RunEvent> journal = RunJournal::readEvents(c.runDir());
    QCOMPARE(journal.size(), events.size());
    QCOMPARE(events.first().kind, QString(EventKind::RunStarted));
    QCOMPARE(events.last().kind, QString(EventKind::RunFinished));
    int snapshots = 0, gates = 0;
    for (const RunEvent &e : events) {
        snapshots += e.kind == EventKind::FilesSnapshot;
        if (e.kind == EventKind::GateTests) {
            ++gates;
            QCOMPARE(e.data.value(QStringLiteral("failed")).toInt(), e.iteration() == 1 ? 1 : 0);
        }
        // The project's commands are shown with their steps; the agent's command line is not.
        if (const auto started = e.payload<StepStarted>()) {
            if (started->step == Step::Test || started->step == Step::Mutation)
                QCOMPARE(started->command, QStringLiteral("bun test"));
            else if (started->step == Step::Install)
                QCOMPARE(started->command, QStringLiteral("bun install"));
            else
                QCOMPARE(started->command, QString());
        }
    }
    QCOMPARE(snapshots, 2);
    QCOMPARE(gates, 2);

    // Green means tested: each test run maps the tests to the requirements, the green
    // iteration's mutants were all caught, and its receipt is in the run folder.
    int requirementEvents = 0;
    QList<GateMutation> mutations;
    for (const RunEvent &e : events) {
        if (const auto req = e.payload<GateRequirements>()) {
            ++requirementEvents;
            QCOMPARE(req->coverage.requirements().size(), 1);
            QCOMPARE(req->coverage.allCovered(), e.iteration() == 2);
        }
        if (const auto m = e.payload<GateMutation>())
            mutations.append(*m);
    }
    QCOMPARE(requirementEvents, 2);
    QCOMPARE(mutations.size(), 1);
    QCOMPARE(mutations.first().iteration, 2);
    QVERIFY(mutations.first().result.has_value());
    const auto &mutation = *mutations.first().result;
    QCOMPARE(mutation.status, Autocoder::Mutation::MutationResult::Status::Completed);
    QVERIFY(!mutation.mutants.isEmpty());
    QCOMPARE(mutation.score().value_or(-1), 1.0);
    QVERIFY(!s->startedTags.contains(QStringLiteral("toolchain-1"))); // iteration 1 failed
    QVERIFY(s->startedTags.contains(QStringLiteral("toolchain-2")));
    QFile receiptFile(c.runDir() + QLatin1Char('/')
                      + QLatin1String(VerificationReceipt::RunFileName));
    QVERIFY(receiptFile.open(QIODevice::ReadOnly));
    const auto receipt = VerificationReceipt::fromJson(receiptFile.readAll());
    QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error()));
    QCOMPARE(receipt->specSha256, ReceiptBuilder::specSha256(spec()));
    QCOMPARE(receipt->spec, spec().toJsonObject());
    QCOMPARE(receipt->testCounts.passed, 1);
    QCOMPARE(receipt->testOutputSha256.size(), 64);
    QVERIFY(receipt->requirements.allCovered());
    QVERIFY(receipt->mutation.has_value());
    QCOMPARE(receipt->mutation->count(Autocoder::Mutation::MutationOutcome::Killed),
             int(mutation.mutants.size()));
    QCOMPARE(receipt->lockedTests.size(), 1);
    QCOMPARE(receipt->lockedTests.first().sha256,
             VerificationReceipt::sha256Hex(kLockedTest.toUtf8()));
    QCOMPARE(receipt->commands.size(), 2);
    QVERIFY(QFile::exists(c.runDir() + QStringLiteral("/snapshots/iter-1.tar.gz")));
    QVERIFY(QFile::exists(c.runDir() + QStringLiteral("/RUN_REPORT.md")));

    // Saved project: last snapshot, no node_modules, with report.
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(exportRun(c.runDir(), out));
    QFile code(out + QStringLiteral("/src/sum.ts"));
    QVERIFY(code.open(QIODevice::ReadOnly));
    QVERIFY(code.readAll().contains("a + b"));
    QVERIFY(!QFile::exists(out + QStringLiteral("/node_modules/dep/index.js")));
    QFile report(out + QStringLiteral("/RUN_REPORT.md"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("**green**"));

    RunState state;
    QVERIFY(RunJournal::readState(c.runDir(), &state));
    QCOMPARE(state.status, QStringLiteral("finished"));
    QCOMPARE(state.outcome, QString(Outcome::Green));
    QVERIFY(QFile::exists(out + QStringLiteral("/.env"))); // kept, but without the value
    const bool warned = std::any_of(events.cbegin(), events.cend(), [](const RunEvent &e) {
        return e.kind == EventKind::Log
            && e.data.value(QStringLiteral("text")).toString().contains(QLatin1String(".env"));
    });
    QVERIFY(warned);
    assertNoSecretIn(m_dir->path());
}

void RunControllerTest::untaggedRequirementIsNotGreen()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    Autocoder::Spec::ProjectSpec sp = spec(3);
    sp.requirements.append(QStringLiteral("export diff(a, b)")); // no test carries [R2]
    QCOMPARE(runAndWait(c, sp), QString(Outcome::NoProgress));
    QCOMPARE(c.state().lastFailing,
             QStringList { QStringLiteral("requirement R2 has no passing test") });
    FakeSandboxSession *s = provider.sessions.first();
    // Not green without mutation: the check is not reached, no receipt is written.
    for (const QString &tag : std::as_const(s->startedTags)) {
        QVERIFY2(!tag.startsWith(QLatin1String("mutant-")), qPrintable(tag));
        QVERIFY2(!tag.startsWith(QLatin1String("toolchain-")), qPrintable(tag));
    }
    QVERIFY(!QFile::exists(c.runDir() + QLatin1Char('/')
                           + QLatin1String(VerificationReceipt::RunFileName)));
    // The next turn is told which requirement lacks a test and how to tag one.
    const QString prompt = s->commandByTag.value(QStringLiteral("agent-2"));
    QVERIFY2(prompt.contains(QStringLiteral("## Requirements without a passing test")),
             qPrintable(prompt));
    QVERIFY(prompt.contains(QStringLiteral("R2: export diff(a, b)")));
}

void RunControllerTest::survivingMutantsAreNotGreen()
{
    Scenario sc;
    sc.mutantsSurvive = true;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QCOMPARE(runAndWait(c, spec(3)), QString(Outcome::NoProgress));
    QVERIFY(!c.state().lastFailing.isEmpty());
    for (const QString &f : c.state().lastFailing)
        QVERIFY2(f.startsWith(QStringLiteral("surviving mutant src/sum.ts:")), qPrintable(f));
    int mutationEvents = 0;
    for (const RunEvent &e : events)
        mutationEvents += e.kind == EventKind::GateMutation;
    QCOMPARE(mutationEvents, 2);
    FakeSandboxSession *s = provider.sessions.first();
    const QString prompt = s->commandByTag.value(QStringLiteral("agent-2"));
    QVERIFY2(prompt.contains(QStringLiteral("## Mutants your tests did not catch")),
             qPrintable(prompt));
    QVERIFY(!QFile::exists(c.runDir() + QLatin1Char('/')
                           + QLatin1String(VerificationReceipt::RunFileName)));
    // The project's source was never written by the check: only its copies were.
    int mutantWrites = 0;
    for (const QString &path : std::as_const(s->writtenPaths)) {
        if (path.endsWith(QLatin1String("src/sum.ts"))) {
            ++mutantWrites;
            QVERIFY2(path.startsWith(QStringLiteral("/tmp/autocoder-mutants/")), qPrintable(path));
        }
    }
    QVERIFY(mutantWrites > 0);
}

void RunControllerTest::verificationOffSkipsTheChecks()
{
    Scenario sc;
    sc.mutantsSurvive = true;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    Autocoder::Spec::ProjectSpec sp = spec(2);
    sp.requirements.append(QStringLiteral("untested"));
    sp.verification.requirementTests = false;
    sp.verification.mutationCheck = false;
    QCOMPARE(runAndWait(c, sp), QString(Outcome::Green));
    for (const RunEvent &e : events) {
        QVERIFY(e.kind != EventKind::GateMutation);
        QVERIFY(e.kind != EventKind::GateRequirements);
    }
    for (const QString &tag : std::as_const(provider.sessions.first()->startedTags))
        QVERIFY2(!tag.startsWith(QLatin1String("mutant-")), qPrintable(tag));
    // Green all the same, with a receipt that says no mutation check ran.
    QFile receiptFile(c.runDir() + QLatin1Char('/')
                      + QLatin1String(VerificationReceipt::RunFileName));
    QVERIFY(receiptFile.open(QIODevice::ReadOnly));
    const auto receipt = VerificationReceipt::fromJson(receiptFile.readAll());
    QVERIFY(receipt);
    QVERIFY(!receipt->mutation.has_value());
}

void RunControllerTest::stopsAtIterationLimit()
{
    Scenario sc;
    int n = 0;
    sc.agentTurns = { [&n](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => " + QByteArray::number(++n) + ";\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QCOMPARE(runAndWait(c, spec(2)), QString(Outcome::MaxIterations));
    QCOMPARE(c.state().iteration, 2);
    // Not green, but its last snapshot can be saved for inspection.
    QVERIFY(exportRun(c.runDir(), m_dir->filePath(QStringLiteral("out"))));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("out/src/sum.ts"))));
}

void RunControllerTest::noProgressStopsEarly()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => 0;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QCOMPARE(runAndWait(c, spec(5)), QString(Outcome::NoProgress));
    QCOMPARE(c.state().iteration, 2);
}

void RunControllerTest::budgetStops()
{
    Scenario sc;
    int n = 0;
    sc.agentTurns = { [&n](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => " + QByteArray::number(++n) + ";\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    Autocoder::Spec::ProjectSpec sp = spec(5);
    sp.limits.budgetUsd = 0.015;
    QCOMPARE(runAndWait(c, sp), QString(Outcome::Budget));
    QCOMPARE(c.state().iteration, 2);
}

void RunControllerTest::lockedTestChangedIsNotGreen()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
        s.files.insert(kProject + QStringLiteral("/tests/sum.test.ts"), "// tests removed\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QCOMPARE(runAndWait(c, spec(2)), QString(Outcome::MaxIterations));
    bool sawViolation = false;
    for (const RunEvent &e : events) {
        if (e.kind == EventKind::IterationFinished) {
            QVERIFY(!e.data.value(QStringLiteral("green")).toBool());
            sawViolation = sawViolation
                || e.data.value(QStringLiteral("failing"))
                       .toArray()
                       .first()
                       .toString()
                       .contains(QLatin1String("changed"));
        }
    }
    QVERIFY(sawViolation);
}

void RunControllerTest::lockedTestSkippedIsNotGreen()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        s.files.remove(kProject + QStringLiteral("/tests/sum.test.ts"));
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QCOMPARE(runAndWait(c, spec(1)), QString(Outcome::MaxIterations));
    QVERIFY(c.state().lastFailing.join(QLatin1Char(' ')).contains(QLatin1String("deleted")));

    Scenario sc2;
    sc2.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
        QByteArray t = s.files.value(kProject + QStringLiteral("/tests/sum.test.ts"));
        s.files.insert(kProject + QStringLiteral("/tests/sum.test.ts"),
                       t.replace("test(", "test.skip("));
    } };
    FakeSandboxProvider provider2(handlerFor(&sc2));
    RunController c2(&provider2);
    RunOptions o = options();
    QCOMPARE(runAndWait(c2, spec(1), o), QString(Outcome::MaxIterations));
    QVERIFY(!c2.state().lastGreen);
}

static int startedProcesses(const FakeSandboxProvider &provider)
{
    return int(provider.startedTags.size());
}

/// Every step.started has its step.finished, and one run.finished comes last.
static void assertStepsClosedAndOneEnd(const QList<RunEvent> &events)
{
    QMap<QPair<QString, int>, int> open;
    for (const RunEvent &e : events) {
        if (e.kind == EventKind::StepStarted)
            ++open[{ e.step(), e.iteration() }];
        else if (e.kind == EventKind::StepFinished)
            --open[{ e.step(), e.iteration() }];
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        QVERIFY2(it.value() == 0,
                 qPrintable(QStringLiteral("%1 of iteration %2 never finished")
                                .arg(it.key().first)
                                .arg(it.key().second)));
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().kind, QString(EventKind::RunFinished));
    const auto ends = std::count_if(events.cbegin(), events.cend(), [](const RunEvent &e) {
        return e.kind == EventKind::RunFinished;
    });
    QCOMPARE(ends, 1);
}

static qsizetype indexOf(const QList<RunEvent> &events, const QString &kind, qsizetype from = 0)
{
    for (qsizetype i = from; i < events.size(); ++i) {
        if (events.at(i).kind == kind)
            return i;
    }
    return -1;
}

void RunControllerTest::assertCleanStop(RunController &c, FakeSandboxProvider &provider,
                                        const QList<RunEvent> &events, int startedAtStop)
{
    QSignalSpy done(&c, &RunController::finished);
    if (!c.isFinished())
        QVERIFY(done.wait(5000));
    QTest::qWait(100); // whatever was in flight would call back now
    QCOMPARE(done.size() + (c.isFinished() && done.isEmpty() ? 1 : 0), 1);
    QCOMPARE(c.state().outcome, QString(Outcome::Stopped));
    QVERIFY2(c.state().message.startsWith(QLatin1String("Stopped ")),
             qPrintable(c.state().message));
    QVERIFY(!c.state().message.contains(QLatin1String("Cancelled")));
    assertStepsClosedAndOneEnd(events);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(startedProcesses(provider), startedAtStop); // nothing started after the stop
    QCOMPARE(provider.sessionKills.size(), provider.requests.size()); // each sandbox once
    QCOMPARE(provider.sessionKills.size(), provider.sessions.size());
    for (const auto &s : std::as_const(provider.sessions))
        QVERIFY(!s); // the handle is released once the sandbox is gone
    const QList<RunEvent> journal = RunJournal::readEvents(c.runDir());
    QCOMPARE(journal.size(), events.size());
    QCOMPARE(journal.last().kind, QString(EventKind::RunFinished));
    RunState state;
    QVERIFY(RunJournal::readState(c.runDir(), &state));
    QCOMPARE(state.outcome, QString(Outcome::Stopped));
    QVERIFY(state.sandboxId.isEmpty());
    QVERIFY(!QFile::exists(c.runDir() + QLatin1Char('/') + RunLock::fileName()));
}

void RunControllerTest::stopDuringAgentTurnKeepsItsFiles()
{
    Scenario sc;
    sc.agentHangs = true;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => 42; // half done\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QVERIFY(c.start(spec(), options()));
    QTRY_VERIFY(c.phase() == RunController::Phase::AgentTurn
                && firstSandboxRuns(provider, QStringLiteral("agent-1")));
    QCOMPARE(RunLock::holder(c.runDir()), QCoreApplication::applicationPid());
    // Guidance during the turn is shown at once, for the turn it will go to.
    c.continueWithGuidance(QStringLiteral("  Mind the types.  "));
    const auto live = events.last().payload<UserGuidance>();
    QVERIFY(live);
    QCOMPARE(live->text, QStringLiteral("Mind the types."));
    QCOMPARE(live->source, QStringLiteral("app"));
    QCOMPARE(live->iteration, 2);
    const int started = startedProcesses(provider);
    const qsizetype before = events.size();
    c.stop();
    c.stop(RunController::StopMode::KeepSandbox); // harmless while stopping
    assertCleanStop(c, provider, events, started);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(c.state().message,
             QStringLiteral("Stopped during iteration 1; the files of that moment are kept."));
    // The agent's step ends as stopped, then the workspace is kept as iteration 1.
    const qsizetype agentEnd = indexOf(events, EventKind::StepFinished, before);
    QVERIFY(agentEnd > 0);
    QCOMPARE(events.at(agentEnd).step(), QString(Step::Agent));
    QCOMPARE(events.at(agentEnd).iteration(), 1);
    QVERIFY(!events.at(agentEnd).data.value(QStringLiteral("ok")).toBool());
    QCOMPARE(events.at(agentEnd).data.value(QStringLiteral("message")).toString(),
             QStringLiteral("stopped"));
    const qsizetype snapshot = indexOf(events, EventKind::FilesSnapshot, before);
    QVERIFY(snapshot > agentEnd);
    QCOMPARE(events.at(snapshot).iteration(), 1);
    QCOMPARE(c.state().lastSnapshotIteration, 1);
    QVERIFY(QFile::exists(c.state().lastSnapshot));
    QCOMPARE(indexOf(events, EventKind::IterationFinished), -1); // no verdict: it was cut short
    // Savable: the project holds what the agent wrote before the stop.
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(exportRun(c.runDir(), out));
    QFile code(out + QStringLiteral("/src/sum.ts"));
    QVERIFY(code.open(QIODevice::ReadOnly));
    QVERIFY(code.readAll().contains("=> 42"));
    QFile report(out + QStringLiteral("/RUN_REPORT.md"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray md = report.readAll();
    QVERIFY(md.contains("**stopped**"));
    // Iteration 1 is listed once, as stopped, not as a failed agent step.
    const QList<QByteArray> rows = md.split('\n');
    const auto row = std::find_if(rows.cbegin(), rows.cend(),
                                  [](const QByteArray &l) { return l.startsWith("| 1 |"); });
    QVERIFY(row != rows.cend());
    QVERIFY2(row->endsWith("| - | stopped |  |"), row->constData());
    QCOMPARE(md.count("\n| 1 |"), 1);
    QVERIFY(!md.contains("Set-up failed"));
    c.stop(); // harmless once finished
    QCOMPARE(events.last().kind, QString(EventKind::RunFinished));
}

void RunControllerTest::stopRightAfterStart()
{
    Scenario sc;
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QVERIFY(c.start(spec(), options()));
    c.stop(); // before the first step had its turn
    assertCleanStop(c, provider, events, 0);
    QCOMPARE(c.state().message,
             QStringLiteral("Stopped while setting up; there were no files to keep yet."));
    QVERIFY(provider.requests.isEmpty()); // no sandbox was asked for
}

void RunControllerTest::stopWhileTheSandboxIsMadeKillsIt()
{
    Scenario sc;
    FakeSandboxProvider provider(handlerFor(&sc));
    provider.createDelayMs = 300;
    RunController c(&provider);
    QSignalSpy finished(&c, &RunController::finished);
    QVERIFY(c.start(spec(), options()));
    QTRY_COMPARE(provider.requests.size(), 1); // asked for, not made yet
    QVERIFY(provider.sessions.isEmpty());
    c.stop();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(c.state().outcome, QString(Outcome::Stopped));
    // The sandbox made after the stop is killed at once, not left to its time-to-live.
    QTRY_COMPARE(provider.sessions.size(), 1);
    QTRY_COMPARE(provider.sessionKills, QStringList { QStringLiteral("fake-1") });
    QTRY_VERIFY(provider.sessions.first().isNull()); // and its handle is gone
}

void RunControllerTest::stopWhileAProcessRuns_data()
{
    QTest::addColumn<QString>("hangTag");
    QTest::addColumn<bool>("claudePresent");
    QTest::addColumn<bool>("settingUp");
    QTest::addColumn<bool>("passing"); ///< the gate passes: the checks after the snapshot run
    QTest::newRow("agent check") << QStringLiteral("agent-check-0") << true << true << false;
    QTest::newRow("agent install") << QStringLiteral("agent-install-0") << false << true << false;
    QTest::newRow("agent turn") << QStringLiteral("agent-1") << true << false << false;
    QTest::newRow("gate install") << QStringLiteral("install-1") << true << false << false;
    QTest::newRow("gate test") << QStringLiteral("test-1") << true << false << false;
    QTest::newRow("toolchain") << QStringLiteral("toolchain-1") << true << false << true;
    // Every mutant hangs: both workers' processes must be killed.
    QTest::newRow("mutation") << QStringLiteral("mutant-1-") << true << false << true;
}

void RunControllerTest::stopWhileAProcessRuns()
{
    QFETCH(QString, hangTag);
    QFETCH(bool, claudePresent);
    QFETCH(bool, settingUp);
    QFETCH(bool, passing);
    Scenario sc;
    sc.hangTag = hangTag;
    sc.claudePresent = claudePresent;
    sc.agentTurns = { [passing](FakeSandboxSession &s) {
        // Passing, with enough to mutate for both of the check's workers.
        writeCode(s,
                  passing ? "export const sum = (a: number, b: number) => a + b;\n"
                            "export const big = (n: number) => n > 100;\n"
                          : "export const sum = () => 0;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QVERIFY(c.start(spec(), options()));
    const QString waitFor =
        hangTag.endsWith(QLatin1Char('-')) ? hangTag + QStringLiteral("0") : hangTag;
    QTRY_VERIFY(firstSandboxRuns(provider, waitFor));
    if (hangTag.endsWith(QLatin1Char('-')))
        QTRY_VERIFY(firstSandboxRuns(provider, hangTag + QStringLiteral("1")));
    const int started = startedProcesses(provider);
    const qsizetype before = events.size();
    c.stop();
    // The running process is killed at once (the sandbox goes later).
    QVERIFY(provider.sessions.first()->runningTags().isEmpty());
    QVERIFY(provider.sessions.first()->isAliveNow());
    assertCleanStop(c, provider, events, started);
    if (QTest::currentTestFailed())
        return;
    // Who asked comes first, journaled like every event.
    const auto requested = events.at(before).payload<StopRequested>();
    QVERIFY(requested);
    QCOMPARE(requested->source, QStringLiteral("app"));
    QCOMPARE(requested->mode, QStringLiteral("kill"));
    QCOMPARE(events.at(before + 1).data.value(QStringLiteral("text")).toString(),
             QStringLiteral("Stopping the run"));
    QCOMPARE(events.at(events.size() - 2).data.value(QStringLiteral("text")).toString(),
             QStringLiteral("Removing sandbox fake-1"));
    const qsizetype snapshot = indexOf(events, EventKind::FilesSnapshot, before);
    if (settingUp) {
        // Nothing of the agent's yet: no snapshot, and the message says so.
        QCOMPARE(snapshot, -1);
        QCOMPARE(c.state().message,
                 QStringLiteral("Stopped while setting up; there were no files to keep yet."));
        QVERIFY(c.state().lastSnapshot.isEmpty());
        for (const RunEvent &e : std::as_const(events)) {
            if (e.kind == EventKind::StepStarted || e.kind == EventKind::StepFinished)
                QCOMPARE(e.iteration(), 0); // set-up steps are not iteration 1's
        }
    } else if (passing) {
        // The iteration's snapshot was taken before the checks that follow it: none again.
        QCOMPARE(snapshot, -1);
        QCOMPARE(c.state().lastSnapshotIteration, 1);
        QVERIFY(c.state().message.contains(QLatin1String("iteration 1")));
        QVERIFY(!QFile::exists(c.runDir() + QLatin1Char('/')
                               + QLatin1String(VerificationReceipt::RunFileName)));
    } else {
        QVERIFY(snapshot > before);
        QCOMPARE(events.at(snapshot).iteration(), 1);
        QCOMPARE(c.state().lastSnapshotIteration, 1);
        QVERIFY(c.state().message.contains(QLatin1String("iteration 1")));
    }
}

void RunControllerTest::stopFromAnEventHandler_data()
{
    // Stop from inside the handler of the first event of a kind (and step): the step that
    // emitted it must not go on afterwards.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("claudePresent");
    const QString started = EventKind::StepStarted;
    const QString finished = EventKind::StepFinished;
    QTest::newRow("sandbox started") << started << QStringLiteral("sandbox") << true;
    QTest::newRow("sandbox created") << finished << QStringLiteral("sandbox") << true;
    QTest::newRow("agent found") << QString(EventKind::Log) << QString() << true;
    QTest::newRow("agent install started") << started << QStringLiteral("agent.install") << false;
    QTest::newRow("agent install output")
        << QString(EventKind::ProcessOutput) << QStringLiteral("agent.install") << false;
    QTest::newRow("agent installed") << finished << QStringLiteral("agent.install") << false;
    QTest::newRow("upload started") << started << QStringLiteral("upload") << true;
    QTest::newRow("upload finished") << finished << QStringLiteral("upload") << true;
    QTest::newRow("agent started") << started << QStringLiteral("agent") << true;
    QTest::newRow("agent message") << QString(EventKind::AgentMessage) << QString() << true;
    QTest::newRow("agent tool use") << QString(EventKind::AgentToolUse) << QString() << true;
    QTest::newRow("agent result") << QString(EventKind::AgentResult) << QString() << true;
    QTest::newRow("agent finished") << finished << QStringLiteral("agent") << true;
    QTest::newRow("install started") << started << QStringLiteral("install") << true;
    QTest::newRow("install output")
        << QString(EventKind::ProcessOutput) << QStringLiteral("install") << true;
    QTest::newRow("test finished") << finished << QStringLiteral("test") << true;
    QTest::newRow("gate tests") << QString(EventKind::GateTests) << QString() << true;
    QTest::newRow("snapshot started") << started << QStringLiteral("snapshot") << true;
    QTest::newRow("snapshot finished") << finished << QStringLiteral("snapshot") << true;
    QTest::newRow("files snapshot") << QString(EventKind::FilesSnapshot) << QString() << true;
    QTest::newRow("iteration finished")
        << QString(EventKind::IterationFinished) << QString() << true;
}

void RunControllerTest::stopFromAnEventHandler()
{
    QFETCH(QString, kind);
    QFETCH(QString, step);
    QFETCH(bool, claudePresent);
    Scenario sc;
    sc.claudePresent = claudePresent;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => 0;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    int startedAtStop = -1;
    connect(&c, &RunController::eventEmitted, this, [&](const RunEvent &e) {
        events.append(e);
        if (startedAtStop < 0 && e.kind == kind && (step.isEmpty() || e.step() == step)) {
            startedAtStop = startedProcesses(provider);
            c.stop();
        }
    });
    QVERIFY(c.start(spec(), options()));
    QTRY_VERIFY(startedAtStop >= 0);
    assertCleanStop(c, provider, events, startedAtStop);
    if (kind == EventKind::IterationFinished)
        QCOMPARE(c.state().message,
                 QStringLiteral("Stopped after iteration 1; its files are kept."));
    // Whatever the agent wrote is in the last snapshot.
    if (!c.state().lastSnapshot.isEmpty()) {
        QVERIFY(exportRun(c.runDir(), m_dir->filePath(QStringLiteral("out"))));
        QCOMPARE(QFile::exists(m_dir->filePath(QStringLiteral("out/src/sum.ts"))),
                 provider.startedTags.contains(QStringLiteral("agent-1")));
    }
}

void RunControllerTest::stopWhenTheSnapshotFailsKeepsTheLastOne()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) { writeCode(s, "export const sum = () => 1;\n"); },
                      [](FakeSandboxSession &s) {
                          writeCode(s, "export const sum = () => 2;\n");
                          s.failDownloads = true; // the sandbox is gone for the snapshot
                      } };
    sc.hangTag = QStringLiteral("agent-2");
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QSignalSpy done(&c, &RunController::finished);
    QVERIFY(c.start(spec(), options()));
    QTRY_VERIFY(firstSandboxRuns(provider, QStringLiteral("agent-2")));
    // agent-2 hangs before its script runs: make the download fail by hand.
    provider.sessions.first()->failDownloads = true;
    c.stop();
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Stopped));
    const QString message = c.state().message;
    QVERIFY2(message.startsWith(QLatin1String("Stopped during iteration 2; its files could not "
                                              "be kept (sandbox not found).")),
             qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String("The files of iteration 1 are kept.")),
             qPrintable(message));
    QCOMPARE(c.state().lastSnapshotIteration, 1);
    QVERIFY(c.state().lastSnapshot.endsWith(QLatin1String("iter-1.tar.gz")));
    QVERIFY(exportRun(c.runDir(), m_dir->filePath(QStringLiteral("out"))));
    QFile code(m_dir->filePath(QStringLiteral("out/src/sum.ts")));
    QVERIFY(code.open(QIODevice::ReadOnly));
    QVERIFY(code.readAll().contains("=> 1"));
}

void RunControllerTest::stopKeepSandboxThenContinue()
{
    Scenario sc;
    sc.agentTurns = {
        [](FakeSandboxSession &s) { writeCode(s, "export const sum = () => 0;\n"); },
        [](FakeSandboxSession &s) {
            // Goes on in the same sandbox: iteration 1's file is there.
            QVERIFY(s.files.value(kProject + QStringLiteral("/src/sum.ts")).contains("=> 0"));
            writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
        }
    };
    sc.beforeAgent = [&sc](FakeSandboxSession &, int call) {
        sc.agentHangs = call == 0;
    };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QSignalSpy done(&c, &RunController::finished);
    QVERIFY(c.start(spec(), options()));
    QTRY_VERIFY(firstSandboxRuns(provider, QStringLiteral("agent-1")));
    c.stop(RunController::StopMode::KeepSandbox);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Stopped));
    QVERIFY(c.isFinished());
    FakeSandboxSession *s = provider.sessions.first();
    QVERIFY(s && s->isAliveNow());
    QCOMPARE(s->killCount, 0);
    QVERIFY(s->runningTags().isEmpty()); // the agent was killed all the same
    QVERIFY2(c.state().message.endsWith(QLatin1String("Sandbox fake-1 is left running.")),
             qPrintable(c.state().message));
    RunState stopped;
    QVERIFY(RunJournal::readState(c.runDir(), &stopped));
    QCOMPARE(stopped.sandboxId, QStringLiteral("fake-1"));
    QCOMPARE(stopped.lastSnapshotIteration, 1);
    assertStepsClosedAndOneEnd(events);
    QVERIFY(!QFile::exists(c.runDir() + QLatin1Char('/') + RunLock::fileName()));

    // Go on with guidance: iteration 2, in the same sandbox.
    const qsizetype before = events.size();
    done.clear();
    c.continueWithGuidance(QStringLiteral("Please add, do not return 0."));
    QCOMPARE(events.at(before).kind, QString(EventKind::RunResumed)); // first, at once
    const auto resumed = events.at(before).payload<RunResumed>();
    QVERIFY(resumed);
    QCOMPARE(resumed->how, QStringLiteral("continue"));
    QCOMPARE(resumed->iteration, 1);
    QCOMPARE(resumed->maxIterations, 5);
    QCOMPARE(events.at(before + 1).kind, QString(EventKind::UserGuidance));
    const auto guidance = events.at(before + 1).payload<UserGuidance>();
    QVERIFY(guidance);
    QCOMPARE(guidance->text, QStringLiteral("Please add, do not return 0."));
    QCOMPARE(guidance->source, QStringLiteral("app"));
    QCOMPARE(guidance->iteration, 2);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Green));
    QCOMPARE(c.state().iteration, 2);
    QCOMPARE(provider.requests.size(), 1); // no second sandbox
    QCOMPARE(provider.sessions.first()->killCount, 1); // removed at the (green) end
    const QString prompt = s ? s->commandByTag.value(QStringLiteral("agent-2")) : QString();
    QVERIFY2(prompt.contains(QLatin1String("Iteration 1 was stopped before it finished")),
             qPrintable(prompt));
    QVERIFY(prompt.contains(QLatin1String("Please add, do not return 0.")));
    QVERIFY(!prompt.contains(QLatin1String("gate failed")));
    // The journal: one end per going-on, each iteration's agent turn once.
    const QList<RunEvent> journal = RunJournal::readEvents(c.runDir());
    QCOMPARE(journal.size(), events.size());
    QList<int> agentTurns;
    int ends = 0;
    for (const RunEvent &e : journal) {
        if (e.kind == EventKind::StepStarted && e.step() == Step::Agent)
            agentTurns.append(e.iteration());
        ends += e.kind == EventKind::RunFinished;
    }
    QCOMPARE(agentTurns, (QList<int> { 1, 2 }));
    QCOMPARE(ends, 2);
    QCOMPARE(journal.last().kind, QString(EventKind::RunFinished));
    RunSummary summary;
    for (const RunEvent &e : journal)
        summary = reduce(summary, e);
    QCOMPARE(summary.outcome, RunOutcome::Green);
    QCOMPARE(summary.iteration, 2);
}

void RunControllerTest::resumeOfAStoppedRun_data()
{
    QTest::addColumn<bool>("keepSandbox");
    QTest::newRow("from the snapshot") << false;
    QTest::newRow("in the kept sandbox") << true;
}

void RunControllerTest::resumeOfAStoppedRun()
{
    QFETCH(bool, keepSandbox);
    Scenario sc;
    sc.agentTurns = {
        [](FakeSandboxSession &s) { writeCode(s, "export const sum = () => 1;\n"); },
        [](FakeSandboxSession &s) {
            // Restored (or still there): what the stopped turn wrote.
            QVERIFY(s.files.value(kProject + QStringLiteral("/src/sum.ts")).contains("=> 1"));
            writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
        }
    };
    sc.beforeAgent = [&sc](FakeSandboxSession &, int call) {
        sc.agentHangs = call == 0;
    };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunOptions o = options();
    QString runId;
    {
        RunController c(&provider);
        QSignalSpy done(&c, &RunController::finished);
        QVERIFY(c.start(spec(), o));
        QTRY_VERIFY(firstSandboxRuns(provider, QStringLiteral("agent-1")));
        c.stop(keepSandbox ? RunController::StopMode::KeepSandbox
                           : RunController::StopMode::KillSandbox);
        QVERIFY(done.wait(5000));
        runId = c.runId();
    }
    QCOMPARE(RunStore(o.runsRoot).list().first().outcome, RunOutcome::Stopped);
    const qsizetype before = RunJournal::readEvents(RunStore(o.runsRoot).runDir(runId)).size();

    RunController r(&provider);
    QList<RunEvent> events;
    connect(&r, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QSignalSpy done(&r, &RunController::finished);
    QString error;
    o.guidanceSource = QStringLiteral("cli");
    QVERIFY2(r.resume(runId, o, QStringLiteral("Use a + b."), &error), qPrintable(error));
    // run.resumed, then the guidance, before any step of the new sandbox.
    QVERIFY(events.size() >= 2);
    const auto resumed = events.at(0).payload<RunResumed>();
    QVERIFY(resumed);
    QCOMPARE(resumed->how, keepSandbox ? QStringLiteral("reattach") : QStringLiteral("resume"));
    QCOMPARE(resumed->iteration, 1);
    const auto guidance = events.at(1).payload<UserGuidance>();
    QVERIFY(guidance);
    QCOMPARE(guidance->source, QStringLiteral("cli"));
    QCOMPARE(guidance->iteration, 2);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Green));
    QCOMPARE(r.state().iteration, 2); // the stopped iteration 1 is not done again
    QCOMPARE(sc.agentCalls, 2);
    QCOMPARE(provider.requests.size(), keepSandbox ? 1 : 2);
    QCOMPARE(provider.sessions.last()->sandboxId(),
             keepSandbox ? QStringLiteral("fake-1") : QStringLiteral("fake-2"));
    // The turn is told where it stands, and gets the guidance.
    const QString prompt = provider.sessions.last()->commandByTag.value(QStringLiteral("agent-2"));
    QVERIFY2(prompt.contains(keepSandbox ? QLatin1String("This run goes on; continue from the "
                                                         "current state of the project folder.")
                                         : QLatin1String("The project folder already holds "
                                                         "the files from iteration 1")),
             qPrintable(prompt));
    QVERIFY(prompt.contains(QLatin1String("Use a + b.")));

    const QList<RunEvent> journal = RunJournal::readEvents(r.runDir());
    for (int i = 0; i < journal.size(); ++i)
        QCOMPARE(journal.at(i).seq, qint64(i + 1)); // one continuous journal
    QCOMPARE(journal.at(before).kind, QString(EventKind::RunResumed));
    QCOMPARE(journal.at(before - 1).kind, QString(EventKind::RunFinished));
    QList<int> agentTurns;
    for (const RunEvent &e : journal) {
        if (e.kind == EventKind::StepStarted && e.step() == Step::Agent)
            agentTurns.append(e.iteration());
        if ((e.kind == EventKind::StepStarted || e.kind == EventKind::StepFinished)
            && (e.step() == Step::Sandbox || e.step() == Step::Upload))
            QCOMPARE(e.iteration(), 0); // set-up, also when a resume sets up again
    }
    QCOMPARE(agentTurns, (QList<int> { 1, 2 }));
    QFile report(r.runDir() + QStringLiteral("/RUN_REPORT.md"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(report.readAll());
    QCOMPARE(md.count(QStringLiteral("\n| 1 |")), 1);
    QCOMPARE(md.count(QStringLiteral("\n| 2 |")), 1);
    QVERIFY(md.contains(QLatin1String("**green**")));
}

void RunControllerTest::feedbackNamesTheFailedIteration()
{
    Scenario sc;
    int n = 0;
    sc.agentTurns = { [&n](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => " + QByteArray::number(++n) + ";\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    RunOptions o = options();
    o.keepSandbox = true;
    QCOMPARE(runAndWait(c, spec(2), o), QString(Outcome::MaxIterations));
    // One more turn with guidance, after the limit.
    QSignalSpy done(&c, &RunController::finished);
    c.continueWithGuidance(QStringLiteral("Return a + b."));
    QVERIFY(done.wait(5000));
    FakeSandboxSession *s = provider.sessions.first();
    QVERIFY(s);
    for (int failed = 1; failed <= 2; ++failed) {
        const QString command = s->commandByTag.value(QStringLiteral("agent-%1").arg(failed + 1));
        // The prompt (-p) of the next turn starts by naming the iteration whose gate failed.
        const QString start =
            QStringLiteral("-p 'The automatic gate failed after iteration %1. Fix the problems "
                           "below in the project \"sum-lib\". Keep following CLAUDE.md; do not "
                           "modify or skip the locked test files.")
                .arg(failed);
        QVERIFY2(command.contains(start), qPrintable(command));
        QVERIFY(!command.contains(QStringLiteral("failed after iteration %1.").arg(failed + 1)));
    }
    QVERIFY(
        s->commandByTag.value(QStringLiteral("agent-3")).contains(QLatin1String("Return a + b.")));
}

void RunControllerTest::oneDriverPerRun()
{
    Scenario sc;
    sc.agentHangs = true;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => 1;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunOptions o = options();
    RunController first(&provider);
    QVERIFY(first.start(spec(), o));
    QTRY_VERIFY(first.phase() == RunController::Phase::AgentTurn);
    const QString runId = first.runId();
    QVERIFY(QFile::exists(first.runDir() + QLatin1Char('/') + RunLock::fileName()));

    // A second driver in this process is refused while the first drives the run.
    RunController second(&provider);
    QString error;
    QVERIFY(!second.resume(runId, o, QString(), &error));
    QCOMPARE(error,
             QStringLiteral("Run %1 is being driven by process %2")
                 .arg(runId)
                 .arg(QCoreApplication::applicationPid()));
    QVERIFY(!first.isFinished()); // untouched

    // ... and so is one while another live process holds the lock.
    QSignalSpy done(&first, &RunController::finished);
    first.stop();
    QVERIFY(done.wait(5000));
    QCOMPARE(RunLock::holder(first.runDir()), 0);
    QProcess other;
    other.start(QStringLiteral("sleep"), { QStringLiteral("30") });
    QVERIFY(other.waitForStarted());
    const auto writeLock = [&](qint64 pid) {
        QFile lock(first.runDir() + QLatin1Char('/') + RunLock::fileName());
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // QLockFile's format: pid, application name, host name.
        lock.write(QByteArray::number(pid) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8()
                   + "\n");
    };
    writeLock(other.processId());
    RunController third(&provider);
    QVERIFY(!third.resume(runId, o, QString(), &error));
    QCOMPARE(
        error,
        QStringLiteral("Run %1 is being driven by process %2").arg(runId).arg(other.processId()));
    QCOMPARE(RunLock::holder(first.runDir()), other.processId());

    // A lock left by a kill -9 is stale: the next driver takes it over.
    ::kill(pid_t(other.processId()), SIGKILL);
    QVERIFY(other.waitForFinished(5000));
    QCOMPARE(RunLock::holder(first.runDir()), 0);
    RunController fourth(&provider);
    sc.agentHangs = false;
    QVERIFY2(fourth.resume(runId, o, QString(), &error), qPrintable(error));
    QCOMPARE(RunLock::holder(fourth.runDir()), QCoreApplication::applicationPid());
    QSignalSpy resumed(&fourth, &RunController::finished);
    QVERIFY(resumed.wait(5000));
    QCOMPARE(RunLock::holder(fourth.runDir()), 0);
}

void RunControllerTest::deletedFromItsFinishedSignal()
{
    // Whoever owns a run may delete it as soon as it ends, from inside finished().
    for (const bool stop : { false, true }) {
        Scenario sc;
        sc.agentHangs = stop;
        sc.agentTurns = { [](FakeSandboxSession &s) {
            writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
        } };
        FakeSandboxProvider provider(handlerFor(&sc));
        auto *c = new RunController(&provider);
        QPointer<RunController> alive(c);
        QString outcome;
        connect(c, &RunController::finished, this, [c, &outcome](const QString &o) {
            outcome = o;
            delete c;
        });
        QVERIFY(c->start(spec(), options()));
        if (stop) {
            QTRY_VERIFY(firstSandboxRuns(provider, QStringLiteral("agent-1")));
            c->stop();
        }
        QTRY_VERIFY(!alive);
        QCOMPARE(outcome, stop ? QString(Outcome::Stopped) : QString(Outcome::Green));
        QTest::qWait(50);
    }
}

void RunControllerTest::sandboxDiesMidRunKeepsSnapshot()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) { writeCode(s, "export const sum = () => 1;\n"); },
                      [](FakeSandboxSession &s) {
                          writeCode(s, "export const sum = () => 2;\n");
                      } };
    sc.beforeAgent = [](FakeSandboxSession &s, int call) {
        if (call == 1)
            s.die(); // killed from outside during the second agent turn
    };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QCOMPARE(runAndWait(c, spec()), QString(Outcome::InfrastructureError));
    QCOMPARE(c.state().lastSnapshotIteration, 1);
    QVERIFY(QFile::exists(c.state().lastSnapshot));
    QVERIFY(c.state().message.contains(QLatin1String("iter-1")));
    QVERIFY(exportRun(c.runDir(), m_dir->filePath(QStringLiteral("out"))));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("out/src/sum.ts"))));
}

void RunControllerTest::resumeContinuesFromSnapshot()
{
    Scenario sc;
    sc.agentTurns = {
        [](FakeSandboxSession &s) { writeCode(s, "export const sum = () => 1;\n"); },
        [](FakeSandboxSession &) {},
        [](FakeSandboxSession &s) {
            // A resumed turn sees the restored file from iteration 1.
            QVERIFY(s.files.value(kProject + QStringLiteral("/src/sum.ts")).contains("=> 1"));
            writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
        }
    };
    sc.beforeAgent = [](FakeSandboxSession &s, int call) {
        if (call == 1)
            s.die(); // dies during the second agent turn, after snapshot 1
    };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunOptions o = options();
    QString runId;
    {
        RunController c(&provider);
        QCOMPARE(runAndWait(c, spec(), o), QString(Outcome::InfrastructureError));
        runId = c.runId();
    }
    RunController r(&provider);
    QSignalSpy done(&r, &RunController::finished);
    QString error;
    QVERIFY2(r.resume(runId, o, QStringLiteral("Use a + b."), &error), qPrintable(error));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Green));
    QCOMPARE(provider.sessions.size(), 2);
    QCOMPARE(r.state().iteration, 3); // iteration 2 was cut short by the dying sandbox
    const QList<RunEvent> events = RunJournal::readEvents(r.runDir());
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).seq, qint64(i + 1)); // one continuous journal
    QVERIFY(!r.resume(runId, o, QString(), &error)); // busy
    RunController again(&provider);
    QVERIFY(!again.resume(runId, o, QString(), &error)); // already green
}

void RunControllerTest::resumeReattachesToLiveSandbox()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) { writeCode(s, "export const sum = () => 1;\n"); },
                      [](FakeSandboxSession &s) {
                          // Written before the "crash": the re-attached run checks it.
                          writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
                      } };
    sc.beforeAgent = [&sc](FakeSandboxSession &, int call) {
        sc.agentHangs = call == 1;
    };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunOptions o = options();
    QString runId;
    QString sandboxId;
    {
        auto c = std::make_unique<RunController>(&provider);
        QVERIFY(c->start(spec(), o));
        QTRY_VERIFY(c->state().iteration == 2 && c->phase() == RunController::Phase::AgentTurn);
        runId = c->runId();
        sandboxId = c->sandboxId();
        // The app dies here: no cancel, no clean-up.
    }
    RunState interrupted;
    QVERIFY(RunStore(o.runsRoot).load(runId, &interrupted));
    QCOMPARE(interrupted.status, QStringLiteral("running"));
    QCOMPARE(RunStore(o.runsRoot).list().first().status, RunStatus::Interrupted);

    RunController r(&provider);
    QSignalSpy done(&r, &RunController::finished);
    QString error;
    QVERIFY2(r.resume(runId, o, QString(), &error), qPrintable(error));
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Green));
    QCOMPARE(provider.sessions.size(), 2); // a second handle...
    QCOMPARE(provider.sessions.last()->sandboxId(), sandboxId); // ...to the same sandbox
    QCOMPARE(r.state().iteration, 2); // the interrupted iteration was completed
    QCOMPARE(sc.agentCalls, 2); // without running the agent again
}

void RunControllerTest::installsAgentWhenMissing()
{
    Scenario sc;
    sc.claudePresent = false;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QCOMPARE(runAndWait(c, spec()), QString(Outcome::Green));
    const bool installed = std::any_of(events.cbegin(), events.cend(), [](const RunEvent &e) {
        return e.kind == EventKind::StepFinished && e.step() == Step::AgentInstall
            && e.data.value(QStringLiteral("ok")).toBool();
    });
    QVERIFY(installed);
}

void RunControllerTest::createFailureIsInfrastructureError()
{
    Scenario sc;
    FakeSandboxProvider provider(handlerFor(&sc));
    provider.failCreate = true;
    RunController c(&provider);
    QCOMPARE(runAndWait(c, spec()), QString(Outcome::InfrastructureError));
    QVERIFY(c.state().message.contains(QLatin1String("no capacity")));
    // The report files the failure under the set-up, not under an iteration.
    QFile report(c.runDir() + QStringLiteral("/RUN_REPORT.md"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray md = report.readAll();
    QVERIFY2(md.contains("Set-up failed: sandbox: no capacity"), md.constData());
    QVERIFY(!md.contains("\n| 1 |"));
}

void RunControllerTest::badSpecIsRefused()
{
    Scenario sc;
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    Autocoder::Spec::ProjectSpec bad = spec();
    bad.name.clear();
    bad.limits.maxIterations = 0;
    QString error;
    QVERIFY(!c.start(bad, options(), &error));
    QVERIFY(error.contains(QLatin1String("name")));
    RunOptions noKey = options();
    noKey.anthropicApiKey.clear();
    QVERIFY(!c.start(spec(), noKey, &error));
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("runs"))).exists());
}

void RunControllerTest::continueWithGuidance()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) { writeCode(s, "export const sum = () => 0;\n"); },
                      [](FakeSandboxSession &s) {
                          writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
                      } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    RunOptions o = options();
    o.keepSandbox = true;
    QCOMPARE(runAndWait(c, spec(1), o), QString(Outcome::MaxIterations));
    QVERIFY(provider.sessions.first()->isAliveNow());
    QSignalSpy done(&c, &RunController::finished);
    c.continueWithGuidance(QStringLiteral("Please add, do not return 0."));
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Green));
    QCOMPARE(c.state().iteration, 2);
}

void RunControllerTest::stopAndGuidanceNameTheirSource()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => 0;\n");
    } };
    sc.beforeAgent = [&sc](FakeSandboxSession &, int call) {
        sc.agentHangs = call == 0;
    };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    const auto count = [&events](QLatin1String kind) {
        return std::count_if(events.cbegin(), events.cend(),
                             [kind](const RunEvent &e) { return e.kind == kind; });
    };
    c.stop(RunController::StopMode::KillSandbox, QStringLiteral("feed:early"));
    QVERIFY(events.isEmpty()); // nothing to stop: nothing journaled
    QSignalSpy done(&c, &RunController::finished);
    QVERIFY(c.start(spec(), options()));
    QTRY_VERIFY(firstSandboxRuns(provider, QStringLiteral("agent-1")));

    c.continueWithGuidance(QStringLiteral("Add, please."), QStringLiteral("feed:laptop"));
    const auto guidance = events.last().payload<UserGuidance>();
    QVERIFY(guidance);
    QCOMPARE(guidance->text, QStringLiteral("Add, please."));
    QCOMPARE(guidance->source, QStringLiteral("feed:laptop"));
    c.continueWithGuidance(QStringLiteral("And test it."));
    QCOMPARE(events.last().payload<UserGuidance>()->source, QStringLiteral("app")); // the default

    const qsizetype before = events.size();
    c.stop(RunController::StopMode::KeepSandbox, QStringLiteral("feed:laptop"));
    c.stop(RunController::StopMode::KillSandbox, QStringLiteral("feed:other")); // already stopping
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Stopped));
    c.stop(RunController::StopMode::KillSandbox, QStringLiteral("feed:late")); // finished
    QCOMPARE(count(EventKind::StopRequested), 1);
    const auto requested = events.at(before).payload<StopRequested>();
    QVERIFY(requested);
    QCOMPARE(requested->source, QStringLiteral("feed:laptop"));
    QCOMPARE(requested->mode, QStringLiteral("keep"));
    QVERIFY(provider.sessions.first()->isAliveNow()); // kept, as asked
    // Journaled as emitted, and nothing a summary counts.
    const QList<RunEvent> journal = RunJournal::readEvents(c.runDir());
    QCOMPARE(journal.size(), events.size());
    QCOMPARE(journal.at(before).toJsonLine(), events.at(before).toJsonLine());
    QVERIFY(!changesSummary(events.at(before)));
}

void RunControllerTest::orphanSweepKillsOnlyOrphans()
{
    Scenario sc;
    FakeSandboxProvider provider(handlerFor(&sc));
    QObject ctx;
    // A resumable run, a finished one, and one this app has never heard of (a headless
    // run on the same shared server, another machine's run on E2B).
    for (const QString &run :
         { QStringLiteral("live"), QStringLiteral("dead"), QStringLiteral("elsewhere") }) {
        SandboxCreateRequest r;
        r.metadata = { { QStringLiteral("app"), QStringLiteral("autocoder") },
                       { QStringLiteral("run"), run } };
        provider.create(r, &ctx, [](const SandboxResult<SandboxSession *> &) {});
    }
    QTRY_COMPARE(provider.sessions.size(), 3);
    QStringList killed;
    bool called = false;
    OrphanSweeper::sweep(&provider, { QStringLiteral("dead") }, &ctx,
                         [&](const QStringList &ids, const QString &) {
                             killed = ids;
                             called = true;
                         });
    QTRY_VERIFY(called);
    QCOMPARE(killed, QStringList { QStringLiteral("fake-2") });
    QVERIFY(provider.sessions.at(0)->isAliveNow());
    QVERIFY(!provider.sessions.at(1)->isAliveNow());
    QVERIFY(provider.sessions.at(2)->isAliveNow());
}

void RunControllerTest::egressAllowListAndRefusals()
{
    Scenario sc;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = (a: number, b: number) => a + b;\n");
        // What the backend logged while the agent worked: a host not on the allow-list.
        s.logLines.append({ QDateTime::currentMSecsSinceEpoch(), QStringLiteral("warn"),
                            QStringLiteral("connection to evil.example:443 refused: not on the "
                                           "sandbox's allow-list") });
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    RunOptions o = options();
    o.extraAllowOut = { QStringLiteral("mirror.example.org") };
    QCOMPARE(runAndWait(c, spec(), o), QString(Outcome::Green));

    QCOMPARE(provider.requests.size(), 1);
    QCOMPARE(
        provider.requests.first().allowOut,
        (QStringList { QStringLiteral("api.anthropic.com"), QStringLiteral("registry.npmjs.org"),
                       QStringLiteral("mirror.example.org") }));
    QStringList warnings;
    for (const RunEvent &e : std::as_const(events)) {
        if (e.kind == EventKind::Log
            && e.data.value(QStringLiteral("level")).toString() == QLatin1String("warning"))
            warnings.append(e.data.value(QStringLiteral("text")).toString());
    }
    QVERIFY2(warnings.filter(QStringLiteral("evil.example:443")).size() == 1,
             qPrintable(warnings.join(QLatin1Char('\n'))));
    // Asked once per iteration, each time after what it already showed.
    FakeSandboxSession *s = provider.sessions.first();
    QCOMPARE(s->logRequests.size(), 1);
}

QTEST_GUILESS_MAIN(RunControllerTest)
#include "tst_runcontroller.moc"
