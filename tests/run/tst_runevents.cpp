#include "run/headlessprinter.h"
#include "run/runenums.h"
#include "run/runevents.h"
#include "run/runjournal.h"
#include "run/runreport.h"
#include "run/runstate.h"
#include "run/runstore.h"
#include "run/runsummary.h"
#include "spec/projectspec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;

namespace {

// A journal and state written by the run controller before the event payloads were typed
// (tst_runcontroller's greenAfterFeedback run): the format every later version must read.
const QString kFixtureId = QStringLiteral("20261130-104856-05ec");

QString fixtureDir()
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/journal-v1");
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<QByteArray> fixtureLines()
{
    QFile f(fixtureDir() + QStringLiteral("/events.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    while (!f.atEnd())
        lines.append(f.readLine());
    return lines;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

RunEvent stamped(const RunEvent &base, const QString &runId, qint64 seq, const char *iso)
{
    RunEvent e = base;
    e.runId = runId;
    e.seq = seq;
    e.time = at(iso);
    return e;
}

// The payload's data, re-made from the JSON it was read from: the same JSON text.
template<typename P>
QByteArray retyped(const QJsonObject &data)
{
    return compact(P::fromJson(data).toJson());
}

QByteArray retypedData(const RunEvent &e)
{
    if (e.is<RunStarted>())
        return retyped<RunStarted>(e.data);
    if (e.is<StepStarted>())
        return retyped<StepStarted>(e.data);
    if (e.is<StepFinished>())
        return retyped<StepFinished>(e.data);
    if (e.is<ProcessOutput>())
        return retyped<ProcessOutput>(e.data);
    if (e.is<AgentMessage>())
        return retyped<AgentMessage>(e.data);
    if (e.is<AgentToolUse>())
        return retyped<AgentToolUse>(e.data);
    if (e.is<AgentToolResult>())
        return retyped<AgentToolResult>(e.data);
    if (e.is<AgentResult>())
        return retyped<AgentResult>(e.data);
    if (e.is<GateTests>())
        return retyped<GateTests>(e.data);
    if (e.is<IterationFinished>())
        return retyped<IterationFinished>(e.data);
    if (e.is<FilesSnapshot>())
        return retyped<FilesSnapshot>(e.data);
    if (e.is<RunFinished>())
        return retyped<RunFinished>(e.data);
    if (e.is<Log>())
        return retyped<Log>(e.data);
    return QByteArray();
}

} // namespace

class RunEventsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void enumWireNames();
    void payloadRoundTrip();
    void payloadOfAnotherKindIsNothing();
    void payloadsTolerateMissingFields();
    void fixtureLoadsByteForByte();
    void fixtureReducesToItsSummary();
    void fixtureStateAndStoreAgree();
    void fixtureReportIsUnchanged();
    void reduceFollowsALiveRun();
    void unknownKindsOnlyMoveTheClock();
    void reduceFinishedResumedFinished();
    void headlessLinesForStopAndGoingOn();
};

void RunEventsTest::enumWireNames()
{
    for (auto s : { RunStatus::Running, RunStatus::Finished, RunStatus::Interrupted })
        QCOMPARE(fromWireName<RunStatus>(wireName(s)), s);
    for (auto l : { LogLevel::Info, LogLevel::Warning, LogLevel::Error })
        QCOMPARE(fromWireName<LogLevel>(wireName(l)), l);
    for (auto b : { Backend::Local, Backend::E2b })
        QCOMPARE(fromWireName<Backend>(wireName(b)), b);
    for (auto o :
         { RunOutcome::Green, RunOutcome::MaxIterations, RunOutcome::Budget, RunOutcome::WallClock,
           RunOutcome::NoProgress, RunOutcome::Cancelled, RunOutcome::InfrastructureError })
        QCOMPARE(fromWireName<RunOutcome>(wireName(o)), o);
    for (auto o : { OutputStream::Stdout, OutputStream::Stderr })
        QCOMPARE(fromWireName<OutputStream>(wireName(o)), o);

    // The words on disk.
    QCOMPARE(QString(wireName(RunStatus::Interrupted)), QStringLiteral("interrupted"));
    QCOMPARE(QString(wireName(LogLevel::Warning)), QStringLiteral("warning"));
    QCOMPARE(QString(wireName(Backend::E2b)), QStringLiteral("e2b"));
    QCOMPARE(QString(wireName(RunOutcome::MaxIterations)), QStringLiteral("max_iterations"));
    QCOMPARE(QString(wireName(RunOutcome::InfrastructureError)),
             QStringLiteral("infrastructure_error"));
    QCOMPARE(QString(wireName(OutputStream::Stderr)), QStringLiteral("stderr"));

    QVERIFY(!fromWireName<RunStatus>(u"stopped"));
    QVERIFY(!fromWireName<RunOutcome>(u"Green")); // case matters
    QVERIFY(!fromWireName<Backend>(u""));
    QVERIFY(!fromWireName<LogLevel>(u"debug"));
}

template<typename P>
static void roundTrip(const P &payload)
{
    RunEvent e = RunEvent::make(payload);
    QCOMPARE(e.kind, QString(P::kind));
    e.runId = QStringLiteral("r");
    e.seq = 3;
    e.time = at("2026-01-02T03:04:05.678Z");
    const auto back = RunEvent::fromJsonLine(e.toJsonLine());
    QVERIFY(back);
    const std::optional<P> read = back->template payload<P>();
    QVERIFY(read);
    // Every field was set to something other than its default, so a field lost on the
    // way shows as a difference here.
    QCOMPARE(compact(read->toJson()), compact(payload.toJson()));
    QCOMPARE(back->data, payload.toJson());
}

void RunEventsTest::payloadRoundTrip()
{
    roundTrip(RunStarted { QStringLiteral("todo"), QStringLiteral("e2b"), 7, 2.5 });
    roundTrip(StepStarted { QString(Step::Install), 3, QStringLiteral("bun install") });
    roundTrip(StepFinished { QString(Step::Test), 2, true, 3, 1234, QStringLiteral("exit 3") });
    roundTrip(
        ProcessOutput { QString(Step::Build), 4, OutputStream::Stderr, QStringLiteral("a\nb") });
    roundTrip(AgentMessage { 2, QStringLiteral("hello") });
    roundTrip(AgentToolUse { 1, QStringLiteral("t1"), QStringLiteral("Write"),
                             QJsonObject { { QStringLiteral("file_path"), QStringLiteral("x") } },
                             QStringLiteral("Write x") });
    roundTrip(AgentToolResult { 1, QStringLiteral("t1"), true, QStringLiteral("denied") });
    roundTrip(AgentResult { 2, 0.125, 9, QStringLiteral("s-1"), true,
                            QStringLiteral("error_max_turns") });
    GateTests gate;
    gate.iteration = 2;
    gate.tests = { { QStringLiteral("adds"), QStringLiteral("t/a.test.ts"),
                     QString(TestStatus::Failed), QStringLiteral("1 != 2"), 12 },
                   { QStringLiteral("subs"), QString(), QString(TestStatus::Skipped), QString(),
                     -1 } };
    gate.passed = 4; // the runner's summary counted tests it did not list
    gate.failed = 1;
    gate.skipped = 1;
    roundTrip(gate);
    roundTrip(IterationFinished { 3, true, 0.75, { QStringLiteral("a"), QStringLiteral("b") } });
    roundTrip(FilesSnapshot { 2,
                              QStringLiteral("/runs/x/snapshots/iter-2.tar.gz"),
                              { { QStringLiteral("src/a.ts"), 12 }, { QStringLiteral("b"), 0 } },
                              5000000000LL });
    roundTrip(RunFinished { RunOutcome::NoProgress, QStringLiteral("stuck"), 4, 1.5 });
    roundTrip(Log { LogLevel::Error, QStringLiteral("disk full") });
    roundTrip(RunResumed { QStringLiteral("reattach"), 2, 6, 3.5 });
    roundTrip(UserGuidance { QStringLiteral("use a + b\nplease"), QStringLiteral("cli"), 3 });
    roundTrip(StopRequested { QStringLiteral("feed:laptop"), QString(StopRequested::Keep) });
    const RunEvent stop =
        RunEvent::make(StopRequested { QStringLiteral("app"), QString(StopRequested::Kill) });
    QCOMPARE(stop.kind, QStringLiteral("run.stop_requested"));
    QCOMPARE(stop.data,
             QJsonObject({ { QStringLiteral("source"), QStringLiteral("app") },
                           { QStringLiteral("mode"), QStringLiteral("kill") } }));
}

void RunEventsTest::payloadOfAnotherKindIsNothing()
{
    const RunEvent e = RunEvent::make(StepStarted { QString(Step::Agent), 1, QString() });
    QVERIFY(e.is<StepStarted>());
    QVERIFY(!e.is<StepFinished>());
    QVERIFY(!e.payload<StepFinished>());
    QVERIFY(!e.payload<RunFinished>());
    QCOMPARE(e.payload<StepStarted>()->step, QStringLiteral("agent"));
    QCOMPARE(e.iteration(), 1);
    QCOMPARE(e.step(), QStringLiteral("agent"));
}

void RunEventsTest::payloadsTolerateMissingFields()
{
    const QJsonObject empty;
    const StepFinished step = StepFinished::fromJson(empty);
    QVERIFY(!step.ok);
    QCOMPARE(step.durationMs, qint64(-1));
    QVERIFY(!IterationFinished::fromJson(empty).costUsd);
    const RunFinished finished =
        RunFinished::fromJson({ { QStringLiteral("outcome"), QStringLiteral("a_later_outcome") } });
    QVERIFY(!finished.outcome);
    QVERIFY(!finished.iterations);
    QVERIFY(!finished.costUsd);
    QCOMPARE(Log::fromJson({ { QStringLiteral("level"), QStringLiteral("debug") } }).level,
             LogLevel::Info);
    QCOMPARE(ProcessOutput::fromJson(empty).stream, OutputStream::Stdout);
    QCOMPARE(RunStarted::fromJson({ { QStringLiteral("name"), 3 } }).name, QString());
    QCOMPARE(StopRequested::fromJson(empty).mode, QStringLiteral("kill"));
    QCOMPARE(StopRequested::fromJson(empty).source, QString());

    // Counts missing: the listed tests are counted.
    QJsonArray tests;
    for (const char *status : { "passed", "passed", "failed", "skipped" })
        tests.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("t") },
                                   { QStringLiteral("status"), QLatin1String(status) } });
    const GateTests gate = GateTests::fromJson({ { QStringLiteral("tests"), tests } });
    QCOMPARE(gate.passed, 2);
    QCOMPARE(gate.failed, 1);
    QCOMPARE(gate.skipped, 1);
    QCOMPARE(gate.tests.first().durationMs, qint64(-1));
    // Counts present win.
    QCOMPARE(
        GateTests::fromJson({ { QStringLiteral("tests"), tests }, { QStringLiteral("passed"), 9 } })
            .passed,
        9);
}

void RunEventsTest::fixtureLoadsByteForByte()
{
    const QList<QByteArray> lines = fixtureLines();
    QCOMPARE(lines.size(), 45);
    QSet<QString> kinds;
    for (const QByteArray &line : lines) {
        const auto e = RunEvent::fromJsonLine(line);
        QVERIFY2(e, line.constData());
        // The envelope writes the line it read...
        QCOMPARE(e->toJsonLine(), line);
        // ...and each payload the data it read.
        const QByteArray data = retypedData(*e);
        QVERIFY2(!data.isEmpty(), qPrintable(e->kind));
        QCOMPARE(data, compact(e->data));
        kinds.insert(e->kind);
    }
    QCOMPARE(kinds.size(), 12); // all kinds but agent.tool_result, which this run did not use
}

void RunEventsTest::fixtureReducesToItsSummary()
{
    RunSummary s;
    const auto read = RunJournal::forEachEvent(fixtureDir() + QStringLiteral("/events.jsonl"),
                                               [&s](const RunEvent &e) { s = reduce(s, e); });
    QVERIFY(read);
    QCOMPARE(read->lines, 0);
    QCOMPARE(s.id, kFixtureId);
    QCOMPARE(s.name, QStringLiteral("sum-lib"));
    QCOMPARE(s.backend, QStringLiteral("fake"));
    QCOMPARE(s.status, RunStatus::Finished);
    QVERIFY(s.isFinished());
    QCOMPARE(s.outcome, std::optional<RunOutcome>(RunOutcome::Green));
    QCOMPARE(s.outcomeName(), QStringLiteral("green"));
    QCOMPARE(s.message, QStringLiteral("All checks passed in iteration 2"));
    QCOMPARE(s.iteration, 2);
    QCOMPARE(s.maxIterations, 5);
    QCOMPARE(s.budgetUsd, 5.0);
    QVERIFY(qAbs(s.costUsd - 0.02) < 1e-12);
    QVERIFY(qAbs(s.agentCostUsd - 0.02) < 1e-12);
    QCOMPARE(s.turns, 4);
    QVERIFY(s.started);
    QVERIFY(s.lastGreen);
    QVERIFY(s.failing.isEmpty());
    QCOMPARE(s.startedAt, at("2026-11-30T10:48:56.148Z"));
    QCOMPARE(s.finishedAt, at("2026-11-30T10:48:56.161Z"));
    QCOMPARE(s.lastEventAt, s.finishedAt);
}

void RunEventsTest::fixtureStateAndStoreAgree()
{
    RunState state;
    QString error;
    QVERIFY2(RunJournal::readState(fixtureDir(), &state, &error), qPrintable(error));
    const RunSummary fromState = RunSummary::fromState(state);
    QCOMPARE(fromState.id, kFixtureId);
    QCOMPARE(fromState.status, RunStatus::Finished);
    QCOMPARE(fromState.outcome, std::optional<RunOutcome>(RunOutcome::Green));
    QCOMPARE(fromState.iteration, 2);
    QVERIFY(qAbs(fromState.costUsd - 0.02) < 1e-12);
    QCOMPARE(fromState.startedAt, at("2026-11-30T10:48:56.148Z"));
    QCOMPARE(fromState.finishedAt, at("2026-11-30T10:48:56.161Z"));
    QVERIFY(fromState.lastGreen);

    // The store lists it; the same state saying "running" is interrupted unless live.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkdir(kFixtureId));
    state.status = wireName(RunStatus::Running);
    RunJournal journal;
    QVERIFY(journal.open(RunStore(root.path()).runDir(kFixtureId), nullptr, &error));
    QVERIFY(journal.writeState(state));
    QCOMPARE(RunStore(root.path()).list().first().status, RunStatus::Interrupted);
    const RunSummary live = RunStore(root.path()).list({ kFixtureId }).first();
    QCOMPARE(live.status, RunStatus::Running);
    QCOMPARE(live.name, QStringLiteral("sum-lib"));
    QCOMPARE(live.dir, QDir(root.path()).filePath(kFixtureId));
}

void RunEventsTest::fixtureReportIsUnchanged()
{
    QFile expected(fixtureDir() + QStringLiteral("/RUN_REPORT.md"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QString want = QString::fromUtf8(expected.readAll());

    const auto fromFolder = RunReport::renderRunDir(fixtureDir());
    if (!fromFolder)
        QFAIL(qPrintable(fromFolder.error()));
    QCOMPARE(*fromFolder, want);

    const auto spec =
        Autocoder::Spec::ProjectSpec::parse(RunJournal::readSpec(fixtureDir())).value();
    QCOMPARE(RunReport::render(spec, RunJournal::readEvents(fixtureDir())), want);

    const auto missing = RunReport::renderRunDir(fixtureDir() + QStringLiteral("/nothing"));
    QVERIFY(!missing);
    QVERIFY(!missing.error().isEmpty());
}

void RunEventsTest::reduceFollowsALiveRun()
{
    const QString id = QStringLiteral("r");
    RunSummary s;
    s = reduce(s,
               stamped(RunEvent::make(
                           RunStarted { QStringLiteral("lib"), QStringLiteral("local"), 3, 1.0 }),
                       id, 1, "2026-01-01T00:00:00.000Z"));
    QCOMPARE(s.status, RunStatus::Running);
    QCOMPARE(s.maxIterations, 3);
    s = reduce(s,
               stamped(RunEvent::make(StepStarted { QString(Step::Agent), 1, QString() }), id, 2,
                       "2026-01-01T00:00:01.000Z"));
    QCOMPARE(s.iteration, 1);
    // Agent turns count ahead of the iteration's cumulative total.
    s = reduce(s,
               stamped(RunEvent::make(AgentResult { 1, 0.25, 3, {}, false, {} }), id, 3,
                       "2026-01-01T00:00:02.000Z"));
    QCOMPARE(s.costUsd, 0.25);
    QCOMPARE(s.turns, 3);
    s = reduce(s,
               stamped(RunEvent::make(
                           IterationFinished { 1, false, std::nullopt, { QStringLiteral("t") } }),
                       id, 4, "2026-01-01T00:00:03.000Z"));
    QCOMPARE(s.costUsd, 0.25); // no total in the event: the turns' sum stays
    QCOMPARE(s.failing, QStringList { QStringLiteral("t") });
    QVERIFY(!s.lastGreen);
    s = reduce(s,
               stamped(RunEvent::make(RunFinished { RunOutcome::MaxIterations, QStringLiteral("m"),
                                                    std::nullopt, 0.3 }),
                       id, 5, "2026-01-01T00:00:04.000Z"));
    QVERIFY(s.isFinished());
    QCOMPARE(s.iteration, 1); // kept when run.finished does not say
    QCOMPARE(s.costUsd, 0.3);
    QCOMPARE(s.finishedAt, at("2026-01-01T00:00:04.000Z"));
    // Continued with guidance: running again, until the next run.finished.
    s = reduce(s,
               stamped(RunEvent::make(StepStarted { QString(Step::Agent), 2, QString() }), id, 6,
                       "2026-01-01T00:00:05.000Z"));
    QCOMPARE(s.status, RunStatus::Running);
    QCOMPARE(s.iteration, 2);
    QVERIFY(changesSummary(RunEvent::make(StepStarted {})));
    QVERIFY(!changesSummary(RunEvent::make(Log {})));
}

void RunEventsTest::unknownKindsOnlyMoveTheClock()
{
    RunEvent e;
    e.runId = QStringLiteral("r");
    e.seq = 1;
    e.time = at("2026-01-01T00:00:00.000Z");
    e.kind = QStringLiteral("a.later.kind");
    e.data = { { QStringLiteral("iteration"), 9 }, { QStringLiteral("costUsd"), 5 } };
    const auto back = RunEvent::fromJsonLine(e.toJsonLine());
    QVERIFY(back);
    QCOMPARE(back->data, e.data);
    const RunSummary s = reduce(RunSummary(), *back);
    QCOMPARE(s.id, QStringLiteral("r"));
    QCOMPARE(s.startedAt, e.time);
    QCOMPARE(s.lastEventAt, e.time);
    QCOMPARE(s.iteration, 0);
    QCOMPARE(s.costUsd, 0.0);
    QVERIFY(!s.started);
    QVERIFY(!changesSummary(e));
}

void RunEventsTest::reduceFinishedResumedFinished()
{
    // A journal as a stopped run that was resumed writes it: finished, resumed, finished.
    const QString id = QStringLiteral("r");
    QList<RunEvent> journal {
        RunEvent::make(RunStarted { QStringLiteral("lib"), QStringLiteral("local"), 2, 1.0 }),
        RunEvent::make(StepStarted { QString(Step::Sandbox), 0, QString() }),
        RunEvent::make(StepStarted { QString(Step::Agent), 1, QString() }),
        RunEvent::make(AgentResult { 1, 0.25, 3, {}, false, {} }),
        RunEvent::make(RunFinished { RunOutcome::Stopped, QStringLiteral("Stopped"), 1, 0.25 }),
        RunEvent::make(RunResumed { QStringLiteral("resume"), 1, 3, 2.0 }),
        RunEvent::make(UserGuidance { QStringLiteral("go on"), QStringLiteral("app"), 2 }),
        RunEvent::make(StepStarted { QString(Step::Agent), 2, QString() }),
        RunEvent::make(IterationFinished { 2, true, 0.5, {} }),
        RunEvent::make(RunFinished { RunOutcome::Green, QStringLiteral("All green"), 2, 0.5 }),
    };
    RunSummary s;
    for (qsizetype i = 0; i < journal.size(); ++i) {
        const RunEvent e = stamped(journal.at(i), id, i + 1,
                                   QStringLiteral("2026-01-01T00:00:%1.000Z")
                                       .arg(i, 2, 10, QLatin1Char('0'))
                                       .toLatin1()
                                       .constData());
        s = reduce(s, e);
        if (e.is<RunFinished>() && i == 4) {
            QVERIFY(s.isFinished());
            QCOMPARE(s.outcome, RunOutcome::Stopped);
            QCOMPARE(s.message, QStringLiteral("Stopped"));
            QVERIFY(s.finishedAt.isValid());
        }
        if (e.is<RunResumed>()) {
            QCOMPARE(s.status, RunStatus::Running);
            QVERIFY(!s.outcome);
            QVERIFY(s.message.isEmpty());
            QVERIFY(!s.finishedAt.isValid());
            QCOMPARE(s.iteration, 1);
            QCOMPARE(s.maxIterations, 3);
            QCOMPARE(s.budgetUsd, 2.0);
        }
        if (e.is<UserGuidance>())
            QVERIFY(!changesSummary(e)); // shown in the activity, not in the summary
    }
    QVERIFY(s.isFinished());
    QCOMPARE(s.outcome, RunOutcome::Green);
    QCOMPARE(s.iteration, 2);
    QCOMPARE(s.costUsd, 0.5);
    QCOMPARE(s.maxIterations, 3);
    QCOMPARE(s.startedAt, at("2026-01-01T00:00:00.000Z"));
    QCOMPARE(s.finishedAt, at("2026-01-01T00:00:09.000Z"));
}

void RunEventsTest::headlessLinesForStopAndGoingOn()
{
    RunEvent e = RunEvent::make(RunResumed { QStringLiteral("resume"), 2, 5, 1.5 });
    e.runId = QStringLiteral("r-1");
    QCOMPARE(HeadlessPrinter::humanLine(e),
             QStringLiteral("Run r-1 goes on after iteration 2 (resume; at most 5 iteration(s), "
                            "budget $1.50)\n"));
    e = RunEvent::make(UserGuidance { QStringLiteral("use a\nmap"), QStringLiteral("cli"), 3 });
    QCOMPARE(HeadlessPrinter::humanLine(e), QStringLiteral("[3] guidance: use a map\n"));
    e = RunEvent::make(
        UserGuidance { QStringLiteral("use a\nmap"), QStringLiteral("feed:laptop"), 3 });
    QCOMPARE(HeadlessPrinter::humanLine(e),
             QStringLiteral("[3] guidance from feed:laptop: use a map\n"));
    e = RunEvent::make(
        StopRequested { QStringLiteral("feed:laptop"), QString(StopRequested::Kill) });
    QCOMPARE(HeadlessPrinter::humanLine(e), QStringLiteral("Stop requested by feed:laptop\n"));
    e = RunEvent::make(StopRequested { QStringLiteral("app"), QString(StopRequested::Keep) });
    QCOMPARE(HeadlessPrinter::humanLine(e),
             QStringLiteral("Stop requested by app (the sandbox stays up)\n"));
    e = RunEvent::make(StepFinished { QString(Step::Agent), 2, false, -1, 4500, "stopped" });
    QCOMPARE(HeadlessPrinter::humanLine(e), QStringLiteral("[2] agent stopped after 4.5 s\n"));
    e = RunEvent::make(StepFinished { QString(Step::Test), 2, false, 1, 1000, "exit code 1" });
    QCOMPARE(HeadlessPrinter::humanLine(e),
             QStringLiteral("[2] test FAILED in 1.0 s (exit code 1)\n"));
}

QTEST_GUILESS_MAIN(RunEventsTest)
#include "tst_runevents.moc"
