#include "exportrun.h"
#include "fakesandbox.h"
#include "skip.h"

#include "run/orphansweeper.h"
#include "run/runcontroller.h"
#include "run/runjournal.h"
#include "run/runstore.h"
#include "run/safearchive.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

namespace {

const QString kKey = QStringLiteral("fake-ant-fake-key-0123456789abcdef");
const QString kProject = QStringLiteral("/home/user/project");
const QString kLockedTest = QStringLiteral(
    "import { sum } from \"../src/sum\";\nimport { test, expect } from \"bun:test\";\n"
    "test(\"adds\", () => expect(sum(1, 2)).toBe(3));\n");

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
        return "bun test v1.1.38\n\ntests/sum.test.ts:\n(skip) adds\n\n 0 pass\n 1 skip\n 0 fail\n";
    if (pass)
        return "bun test v1.1.38\n\ntests/sum.test.ts:\n(pass) adds [0.10ms]\n\n 1 pass\n 0 fail\n";
    return "bun test v1.1.38\n\ntests/sum.test.ts:\nerror: "
           "expect(received).toBe(expected)\n\nExpected: 3\nReceived: -1\n"
           "(fail) adds [0.20ms]\n\n 0 pass\n 1 fail\n";
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
        return out; // build etc.: fine
    };
}

void writeCode(FakeSandboxSession &s, const QByteArray &body)
{
    s.files.insert(kProject + QStringLiteral("/src/sum.ts"), body);
    s.files.insert(kProject + QStringLiteral("/node_modules/dep/index.js"), "ignored");
}

} // namespace

class RunControllerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void greenAfterFeedback();
    void stopsAtIterationLimit();
    void noProgressStopsEarly();
    void budgetStops();
    void lockedTestChangedIsNotGreen();
    void lockedTestSkippedIsNotGreen();
    void cancelDuringAgentTurn();
    void cancelWhileAProcessRuns_data();
    void cancelWhileAProcessRuns();
    void cancelFromAnEventHandler_data();
    void cancelFromAnEventHandler();
    void deletedFromItsFinishedSignal();
    void sandboxDiesMidRunKeepsSnapshot();
    void resumeContinuesFromSnapshot();
    void resumeReattachesToLiveSandbox();
    void installsAgentWhenMissing();
    void createFailureIsInfrastructureError();
    void badSpecIsRefused();
    void continueWithGuidance();
    void orphanSweepKillsOnlyOrphans();
    void egressAllowListAndRefusals();

private:
    Autocoder::Spec::ProjectSpec spec(int maxIterations = 5) const;
    RunOptions options() const;
    QString runAndWait(RunController &c, const Autocoder::Spec::ProjectSpec &s,
                       const RunOptions &o = {});
    void assertNoSecretIn(const QString &dir);
    /// After a cancel: one run.finished, the last event even after the event loop ran on,
    /// no process started since `startedAtCancel`, every sandbox killed exactly once.
    void assertCleanCancel(RunController &c, FakeSandboxProvider &provider,
                           const QList<RunEvent> &events, int startedAtCancel);
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
    }
    QCOMPARE(snapshots, 2);
    QCOMPARE(gates, 2);
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

void RunControllerTest::cancelDuringAgentTurn()
{
    Scenario sc;
    sc.agentHangs = true;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "partial");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QSignalSpy done(&c, &RunController::finished);
    QVERIFY(c.start(spec(), options()));
    QTRY_VERIFY(c.phase() == RunController::Phase::AgentTurn && !provider.sessions.isEmpty()
                && provider.sessions.first()->runningTags().contains(QStringLiteral("agent-1")));
    c.cancel();
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().toString(), QString(Outcome::Cancelled));
    QVERIFY(provider.sessions.first()->runningTags().isEmpty());
    QVERIFY(!provider.sessions.first()->isAliveNow());
    RunState state;
    QVERIFY(RunJournal::readState(c.runDir(), &state));
    QCOMPARE(state.outcome, QString(Outcome::Cancelled));
    c.cancel(); // harmless twice
}

static int startedProcesses(const FakeSandboxProvider &provider)
{
    return int(provider.startedTags.size());
}

void RunControllerTest::assertCleanCancel(RunController &c, FakeSandboxProvider &provider,
                                          const QList<RunEvent> &events, int startedAtCancel)
{
    QSignalSpy done(&c, &RunController::finished);
    if (!c.isFinished())
        QVERIFY(done.wait(5000));
    QTest::qWait(100); // whatever was in flight would call back now
    QCOMPARE(done.size() + (c.isFinished() && done.isEmpty() ? 1 : 0), 1);
    QCOMPARE(c.state().outcome, QString(Outcome::Cancelled));
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().kind, QString(EventKind::RunFinished));
    const auto finishedEvents =
        std::count_if(events.cbegin(), events.cend(),
                      [](const RunEvent &e) { return e.kind == EventKind::RunFinished; });
    QCOMPARE(finishedEvents, 1);
    QCOMPARE(startedProcesses(provider), startedAtCancel);
    QCOMPARE(provider.sessionKills.size(), provider.requests.size()); // each sandbox once
    QCOMPARE(provider.sessionKills.size(), provider.sessions.size());
    for (const auto &s : std::as_const(provider.sessions))
        QVERIFY(!s); // the handle is released once the sandbox is gone
    const QList<RunEvent> journal = RunJournal::readEvents(c.runDir());
    QCOMPARE(journal.size(), events.size());
    QCOMPARE(journal.last().kind, QString(EventKind::RunFinished));
}

void RunControllerTest::cancelWhileAProcessRuns_data()
{
    QTest::addColumn<QString>("hangTag");
    QTest::addColumn<bool>("claudePresent");
    QTest::newRow("agent check") << QStringLiteral("agent-check-0") << true;
    QTest::newRow("agent install") << QStringLiteral("agent-install-0") << false;
    QTest::newRow("agent turn") << QStringLiteral("agent-1") << true;
    QTest::newRow("gate install") << QStringLiteral("install-1") << true;
    QTest::newRow("gate test") << QStringLiteral("test-1") << true;
}

void RunControllerTest::cancelWhileAProcessRuns()
{
    QFETCH(QString, hangTag);
    QFETCH(bool, claudePresent);
    Scenario sc;
    sc.hangTag = hangTag;
    sc.claudePresent = claudePresent;
    sc.agentTurns = { [](FakeSandboxSession &s) {
        writeCode(s, "export const sum = () => 0;\n");
    } };
    FakeSandboxProvider provider(handlerFor(&sc));
    RunController c(&provider);
    QList<RunEvent> events;
    connect(&c, &RunController::eventEmitted, this,
            [&events](const RunEvent &e) { events.append(e); });
    QVERIFY(c.start(spec(), options()));
    QTRY_VERIFY(!provider.sessions.isEmpty() && provider.sessions.first()
                && provider.sessions.first()->runningTags().contains(hangTag));
    const int started = startedProcesses(provider);
    c.cancel();
    // The running process is killed at once (the sandbox goes later).
    QVERIFY(provider.sessions.first()->runningTags().isEmpty());
    QVERIFY(provider.sessions.first()->isAliveNow());
    assertCleanCancel(c, provider, events, started);
    if (QTest::currentTestFailed())
        return;
    // The process that was running is the one killed, before the sandbox goes.
    QCOMPARE(events.at(events.size() - 3).data.value(QStringLiteral("text")).toString(),
             QStringLiteral("Cancelling the run"));
    QCOMPARE(events.at(events.size() - 2).data.value(QStringLiteral("text")).toString(),
             QStringLiteral("Removing sandbox fake-1"));
    c.cancel(); // harmless once finished
    QCOMPARE(events.last().kind, QString(EventKind::RunFinished));
}

void RunControllerTest::cancelFromAnEventHandler_data()
{
    // Cancel from inside the handler of the first event of a kind (and step): the step that
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

void RunControllerTest::cancelFromAnEventHandler()
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
    int startedAtCancel = -1;
    connect(&c, &RunController::eventEmitted, this, [&](const RunEvent &e) {
        events.append(e);
        if (startedAtCancel < 0 && e.kind == kind && (step.isEmpty() || e.step() == step)) {
            startedAtCancel = startedProcesses(provider);
            c.cancel();
        }
    });
    QVERIFY(c.start(spec(), options()));
    QTRY_VERIFY(startedAtCancel >= 0);
    assertCleanCancel(c, provider, events, startedAtCancel);
}

void RunControllerTest::deletedFromItsFinishedSignal()
{
    // Whoever owns a run may delete it as soon as it ends, from inside finished().
    for (const bool cancel : { false, true }) {
        Scenario sc;
        sc.agentHangs = cancel;
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
        if (cancel) {
            QTRY_VERIFY(
                !provider.sessions.isEmpty()
                && provider.sessions.first()->runningTags().contains(QStringLiteral("agent-1")));
            c->cancel();
        }
        QTRY_VERIFY(!alive);
        QCOMPARE(outcome, cancel ? QString(Outcome::Cancelled) : QString(Outcome::Green));
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
