#include "fakesandbox.h"

#include "mutation/mutationplanner.h"
#include "run/engine/decidestep.h"
#include "run/engine/mutationcheckstep.h"
#include "run/engine/runcontext.h"
#include "run/engine/toolchainstep.h"
#include "run/receiptbuilder.h"
#include "run/runevents.h"
#include "run/verificationreceipt.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;
using Autocoder::Mutation::MutationOutcome;
using Autocoder::Mutation::MutationResult;

namespace {

const QString kProject = QStringLiteral("/home/user/project");
const QByteArray kSum = "export function sum(a: number, b: number): number {\n  return a + b;\n}\n";
const QByteArray kWeak = "export function isBig(n: number): boolean {\n  if (n > 100) {\n"
                         "    return true;\n  }\n  return false;\n}\n";
const QByteArray kLocked = "import { sum } from \"../src/sum\";\ntest(\"[R1] adds\", () => "
                           "expect(sum(1, 2)).toBe(3));\n";
const QByteArray kOwnTest = "import { isBig } from \"../src/weak\";\ntest(\"big\", () => "
                            "expect(isBig(1000)).toBe(true));\n";

/// The project as the gate left it: two sources, a locked and an own test, a dependency.
QMap<QString, QByteArray> projectFiles()
{
    return { { QStringLiteral("src/sum.ts"), kSum },
             { QStringLiteral("src/weak.ts"), kWeak },
             { QStringLiteral("tests/sum.test.ts"), kLocked },
             { QStringLiteral("tests/weak.test.ts"), kOwnTest },
             { QStringLiteral("node_modules/dep/index.js"), "module.exports = 1 < 2;\n" } };
}

QString under(const QString &dir, const QString &path)
{
    return dir + QLatin1Char('/') + path;
}

/// What a mutant's test run does; gets the files that differ from the project in its copy.
using MutantBehaviour = std::function<FakeScript(const QStringList &changed)>;

/// A sandbox whose `cp -a` and `rm -rf` of the worker copies act on its file map, and whose
/// test runs in a copy answer as @p behaviour says.
struct Sandbox
{
    MutantBehaviour behaviour;
    bool failCopies = false;
    QStringList anomalies; ///< a mutant run that saw other than exactly one changed file

    FakeHandler handler()
    {
        return [this](const SandboxProcessRequest &r, FakeSandboxSession &s) -> FakeScript {
            FakeScript out;
            if (r.tag.startsWith(QLatin1String("mutation-copy-"))) {
                if (failCopies) {
                    out.exitCode = 1;
                    return out;
                }
                const QString dir =
                    MutationCheckStep::workerDir(r.tag.section(QLatin1Char('-'), -1).toInt());
                for (const QString &key : s.files.keys()) {
                    if (key.startsWith(dir + QLatin1Char('/')))
                        s.files.remove(key);
                }
                const auto copy = s.files;
                for (auto it = copy.cbegin(); it != copy.cend(); ++it) {
                    if (it.key().startsWith(kProject + QLatin1Char('/')))
                        s.files.insert(dir + it.key().mid(kProject.size()), it.value());
                }
                return out;
            }
            if (r.tag.startsWith(QLatin1String("mutation-cleanup-"))) {
                for (const QString &key : s.files.keys()) {
                    if (key.startsWith(MutationCheckStep::workRoot() + QLatin1Char('/')))
                        s.files.remove(key);
                }
                return out;
            }
            if (r.tag.startsWith(QLatin1String("mutant-"))) {
                QStringList changed;
                for (auto it = s.files.cbegin(); it != s.files.cend(); ++it) {
                    if (!it.key().startsWith(r.cwd + QLatin1Char('/')))
                        continue;
                    const QString rel = it.key().mid(r.cwd.size() + 1);
                    if (s.files.value(under(kProject, rel)) != it.value())
                        changed.append(rel);
                }
                if (changed.size() != 1)
                    anomalies.append(r.tag + QStringLiteral(": ") + changed.join(u','));
                return behaviour ? behaviour(changed) : out;
            }
            if (r.tag.startsWith(QLatin1String("toolchain-"))) {
                out.stdoutData = "bun 1.1.38\nnode v22.11.0\n";
                return out;
            }
            return out;
        };
    }
};

/// Tests fail for a change in src/sum.ts and pass (the mutant survives) for src/weak.ts.
FakeScript honestTests(const QStringList &changed)
{
    FakeScript out;
    if (changed.contains(QStringLiteral("src/weak.ts")))
        return out;
    out.exitCode = 1;
    out.stderrData = "bun test v1.1.38\n\ntests/sum.test.ts:\n(fail) [R1] adds [0.20ms]\n\n"
                     " 0 pass\n 1 fail\n";
    return out;
}

struct Harness
{
    explicit Harness(Sandbox &sandbox)
        : provider(sandbox.handler())
        , ctx(&provider)
    {
        QString error;
        if (!ctx.journal.open(dir.path(), &ctx.redactor, &error))
            qWarning("journal: %s", qPrintable(error));
        session = new FakeSandboxSession(QStringLiteral("fake-1"), sandbox.handler(), nullptr);
        ctx.adoptSession(session);
        const auto files = projectFiles();
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            session->files.insert(under(kProject, it.key()), it.value());
        ctx.spec = Autocoder::Spec::ProjectSpec::forKind(QStringLiteral("bun-library"));
        ctx.spec.requirements = { QStringLiteral("sum adds") };
        ctx.spec.lockedTests = { { QStringLiteral("tests/sum.test.ts"),
                                   QString::fromUtf8(kLocked) } };
        ctx.spec.commands.test = QStringLiteral("bun test");
        ctx.state.iteration = 1;
        ctx.gate.iteration = 1;
        ctx.gate.testDurationMs = 200;
        // As the snapshot hands them over, plus the tests: the planner must leave those alone.
        ctx.gate.sources = files;
        QObject::connect(&ctx, &RunContext::eventEmitted, &ctx,
                         [this](const RunEvent &e) { events.append(e); });
    }

    /// Runs @p step to its end; its result.
    Autocoder::Result<void> run(RunStep &step, int timeoutMs = 10000)
    {
        QSignalSpy done(&step, &RunStep::done);
        step.start();
        if (done.isEmpty() && !done.wait(timeoutMs))
            return Autocoder::failure(QStringLiteral("the step did not finish"));
        return done.first().first().value<Autocoder::Result<void>>();
    }

    QList<RunEvent> eventsOf(QLatin1String kind) const
    {
        QList<RunEvent> out;
        for (const RunEvent &e : events) {
            if (e.kind == kind)
                out.append(e);
        }
        return out;
    }

    QStringList logLines() const
    {
        QStringList out;
        for (const RunEvent &e : eventsOf(EventKind::Log))
            out.append(Log::fromJson(e.data).text);
        return out;
    }

    /// No file of the check is left in the sandbox, and the project is as it was.
    bool cleanAfterwards() const
    {
        for (auto it = session->files.cbegin(); it != session->files.cend(); ++it) {
            if (it.key().startsWith(MutationCheckStep::workRoot()))
                return false;
        }
        const auto files = projectFiles();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (session->files.value(under(kProject, it.key())) != it.value())
                return false;
        }
        return true;
    }

    QTemporaryDir dir;
    FakeSandboxProvider provider;
    RunContext ctx;
    FakeSandboxSession *session = nullptr;
    QList<RunEvent> events;
};

} // namespace

class MutationCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAndSurvivedFromExitCodes();
    void writesOnlyTheWorkerCopies();
    void timeoutIsTimedOut();
    void budgetLeavesTheRestNotRun();
    void budgetWithNothingScoredIsSkipped();
    void noSourcesIsSkipped();
    void noMutantIsSkipped();
    void testsTooSlowForTheBudgetIsSkipped();
    void copyFailureIsSkippedNotSilent();
    void stopKillsEveryProcess();
    void sandboxGoneFailsTheStep();
    void mutantTimeoutBounds();
    void sourcesAreOnlyWhatMayBeMutated();
    void toolchainParse();
    void toolchainStep();
    void toolchainFailureIsNotAnError();
    void receiptWrittenOnGreenRemovedOnNotGreen();
};

void MutationCheckTest::killedAndSurvivedFromExitCodes()
{
    Sandbox sandbox;
    sandbox.behaviour = honestTests;
    Harness h(sandbox);
    MutationCheckStep step(h.ctx);
    const auto result = h.run(step);
    QVERIFY2(result, qPrintable(result ? QString() : result.error()));
    QVERIFY2(sandbox.anomalies.isEmpty(), qPrintable(sandbox.anomalies.join(u'\n')));

    QVERIFY(h.ctx.gate.mutation.has_value());
    const MutationResult &m = *h.ctx.gate.mutation;
    QCOMPARE(m.status, MutationResult::Status::Completed);
    QVERIFY(m.mutants.size() >= 3);
    int inSum = 0, inWeak = 0;
    for (const auto &r : m.mutants) {
        if (r.mutant.file == QLatin1String("src/sum.ts")) {
            ++inSum;
            QCOMPARE(r.outcome, MutationOutcome::Killed);
            // The test that caught it.
            QVERIFY2(r.detail.endsWith(QStringLiteral("[R1] adds")), qPrintable(r.detail));
        } else {
            QCOMPARE(r.mutant.file, QStringLiteral("src/weak.ts"));
            ++inWeak;
            QCOMPARE(r.outcome, MutationOutcome::Survived);
        }
    }
    QVERIFY(inSum > 0 && inWeak > 0);
    QCOMPARE(m.count(MutationOutcome::Killed), inSum);
    QCOMPARE(m.survivors().size(), inWeak);
    QCOMPARE(m.seed, h.ctx.mutationSeed);
    QCOMPARE(m.threshold, h.ctx.spec.verification.mutationThreshold);

    // One gate.mutation event with the same result, and the step shown with its score.
    const auto mutationEvents = h.eventsOf(EventKind::GateMutation);
    QCOMPARE(mutationEvents.size(), 1);
    const GateMutation payload = GateMutation::fromJson(mutationEvents.first().data);
    QVERIFY(payload.result.has_value());
    QCOMPARE(payload.result->count(MutationOutcome::Survived), inWeak);
    const auto finished = h.eventsOf(EventKind::StepFinished);
    QCOMPARE(finished.size(), 1);
    const StepFinished f = StepFinished::fromJson(finished.first().data);
    QCOMPARE(f.step, QString(Step::Mutation));
    QCOMPARE(f.message, QStringLiteral("%1 of %2 mutant(s) killed").arg(inSum).arg(inSum + inWeak));
    QCOMPARE(h.eventsOf(EventKind::StepStarted).size(), 1);
    bool announced = false;
    for (const QString &line : h.logLines())
        announced = announced
            || line.startsWith(
                QStringLiteral("Mutation check: %1 mutant(s) in 2 file(s)").arg(m.mutants.size()));
    QVERIFY2(announced, qPrintable(h.logLines().join(u'\n')));

    // Each mutant ran in a copy, with the gate's environment and a bounded timeout.
    int mutantRuns = 0;
    for (auto it = h.session->requestByTag.cbegin(); it != h.session->requestByTag.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("mutant-")))
            continue;
        ++mutantRuns;
        const SandboxProcessRequest &r = it.value();
        QVERIFY(r.cwd == MutationCheckStep::workerDir(0)
                || r.cwd == MutationCheckStep::workerDir(1));
        QCOMPARE(r.command, QStringLiteral("bun test"));
        QCOMPARE(r.env.value(QStringLiteral("CI")), QStringLiteral("1"));
        QCOMPARE(r.env.value(QStringLiteral("NO_COLOR")), QStringLiteral("1"));
        QCOMPARE(r.timeout,
                 MutationCheckStep::mutantTimeout(200, h.ctx.spec.limits.commandTimeoutSeconds));
    }
    QCOMPARE(mutantRuns, int(m.mutants.size()));
    QVERIFY(h.cleanAfterwards());
}

void MutationCheckTest::writesOnlyTheWorkerCopies()
{
    Sandbox sandbox;
    sandbox.behaviour = honestTests;
    Harness h(sandbox);
    MutationCheckStep step(h.ctx);
    QVERIFY(h.run(step));
    const QStringList written = h.session->writtenPaths;
    QVERIFY(!written.isEmpty());
    QMap<QString, int> writesPerPath;
    for (const QString &path : written) {
        QVERIFY2(path.startsWith(MutationCheckStep::workRoot() + QStringLiteral("/w")),
                 qPrintable(path));
        QVERIFY2(!path.startsWith(kProject), qPrintable(path));
        QVERIFY2(!path.contains(QStringLiteral("/tests/")), qPrintable(path));
        QVERIFY2(!path.contains(QStringLiteral("node_modules")), qPrintable(path));
        ++writesPerPath[path];
    }
    // Every mutant is followed by its original: an even number of writes per file.
    for (auto it = writesPerPath.cbegin(); it != writesPerPath.cend(); ++it)
        QVERIFY2(it.value() % 2 == 0, qPrintable(it.key()));
    // The last write of each copy's file is the original.
    QCOMPARE(written.size(), 2 * int(h.ctx.gate.mutation->mutants.size()));
    // The copies are made with cp -a of the project folder and removed at the end.
    int copies = 0;
    bool cleanup = false;
    for (auto it = h.session->commandByTag.cbegin(); it != h.session->commandByTag.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("mutation-copy-"))) {
            ++copies;
            QVERIFY2(it.value().contains(QStringLiteral("cp -a %1 ").arg(kProject)),
                     qPrintable(it.value()));
        }
        if (it.key().startsWith(QLatin1String("mutation-cleanup-"))) {
            cleanup = true;
            QVERIFY(it.value().startsWith(QStringLiteral("rm -rf ")));
            QVERIFY(!it.value().contains(kProject));
        }
    }
    QCOMPARE(copies, MutationCheckStep::Workers);
    QVERIFY(cleanup);
    QVERIFY(h.cleanAfterwards());
}

void MutationCheckTest::timeoutIsTimedOut()
{
    Sandbox sandbox;
    sandbox.behaviour = [](const QStringList &) {
        FakeScript out;
        out.timeOut = true;
        return out;
    };
    Harness h(sandbox);
    MutationCheckStep step(h.ctx);
    QVERIFY(h.run(step));
    const MutationResult &m = *h.ctx.gate.mutation;
    QCOMPARE(m.count(MutationOutcome::TimedOut), int(m.mutants.size()));
    QCOMPARE(m.score().value_or(-1), 1.0); // a hanging mutant counts as caught
    QVERIFY(h.cleanAfterwards());
}

void MutationCheckTest::budgetLeavesTheRestNotRun()
{
    Sandbox sandbox;
    sandbox.behaviour = [](const QStringList &changed) {
        FakeScript out = honestTests(changed);
        out.delayMs = 700;
        return out;
    };
    Harness h(sandbox);
    h.ctx.spec.verification.mutationBudgetSeconds = 1;
    h.ctx.gate.testDurationMs = 100;
    MutationCheckStep step(h.ctx);
    QVERIFY(h.run(step));
    const MutationResult &m = *h.ctx.gate.mutation;
    QVERIFY(m.mutants.size() > 4);
    QCOMPARE(m.status, MutationResult::Status::Completed);
    const int scored = m.count(MutationOutcome::Killed) + m.count(MutationOutcome::Survived);
    // One round of two workers fits in a second (fewer on a machine that lags), not more.
    QVERIFY2(scored >= 1 && scored <= 2, qPrintable(QString::number(scored)));
    QCOMPARE(m.count(MutationOutcome::NotRun), int(m.mutants.size()) - scored);
    QVERIFY(h.session->runningTags().isEmpty());
    QVERIFY(h.cleanAfterwards());
    bool warned = false;
    for (const QString &line : h.logLines())
        warned = warned || line.contains(QStringLiteral("time budget"));
    QVERIFY(warned);
}

void MutationCheckTest::budgetWithNothingScoredIsSkipped()
{
    Sandbox sandbox;
    sandbox.behaviour = [](const QStringList &) {
        FakeScript out;
        out.hang = true;
        return out;
    };
    Harness h(sandbox);
    h.ctx.spec.verification.mutationBudgetSeconds = 1;
    MutationCheckStep step(h.ctx);
    QVERIFY(h.run(step));
    const MutationResult &m = *h.ctx.gate.mutation;
    QCOMPARE(m.status, MutationResult::Status::Skipped);
    QVERIFY2(m.skipReason.contains(QStringLiteral("time budget")), qPrintable(m.skipReason));
    QCOMPARE(m.count(MutationOutcome::NotRun), int(m.mutants.size()));
    QVERIFY(h.session->runningTags().isEmpty()); // the hanging tests were killed
    QVERIFY(h.cleanAfterwards());
    QCOMPARE(h.eventsOf(EventKind::GateMutation).size(), 1);
}

void MutationCheckTest::noSourcesIsSkipped()
{
    Sandbox sandbox;
    Harness h(sandbox);
    h.ctx.gate.sources.clear();
    MutationCheckStep step(h.ctx);
    QVERIFY(h.run(step));
    QVERIFY(h.ctx.gate.mutation.has_value());
    QCOMPARE(h.ctx.gate.mutation->status, MutationResult::Status::Skipped);
    QCOMPARE(h.ctx.gate.mutation->skipReason, QStringLiteral("there is no source file to mutate"));
    QVERIFY(h.session->startedTags.isEmpty());
    QVERIFY(h.session->writtenPaths.isEmpty());
    QCOMPARE(h.eventsOf(EventKind::GateMutation).size(), 1);
    // Said out loud, as a warning.
    bool warned = false;
    for (const RunEvent &e : h.eventsOf(EventKind::Log)) {
        const Log log = Log::fromJson(e.data);
        warned = warned
            || (log.level == LogLevel::Warning && log.text.contains(QStringLiteral("no source")));
    }
    QVERIFY(warned);
}

void MutationCheckTest::noMutantIsSkipped()
{
    Sandbox sandbox;
    Harness h(sandbox);
    // Only tests and a file with nothing to mutate.
    h.ctx.gate.sources = { { QStringLiteral("tests/sum.test.ts"), kLocked },
                           { QStringLiteral("src/types.ts"), "export type N = number;\n" } };
    MutationCheckStep step(h.ctx);
    QVERIFY(h.run(step));
    QCOMPARE(h.ctx.gate.mutation->status, MutationResult::Status::Skipped);
    QVERIFY2(h.ctx.gate.mutation->skipReason.startsWith(QStringLiteral("no mutant")),
             qPrintable(h.ctx.gate.mutation->skipReason));
    QVERIFY(h.session->startedTags.isEmpty());
}

void MutationCheckTest::testsTooSlowForTheBudgetIsSkipped()
{
    Sandbox sandbox;
    Harness h(sandbox);
    h.ctx.spec.verification.mutationBudgetSeconds = 60;
    h.ctx.gate.testDurationMs = 61 * 1000;
    MutationCheckStep step(h.ctx);
    QVERIFY(h.run(step));
    QCOMPARE(h.ctx.gate.mutation->status, MutationResult::Status::Skipped);
    QVERIFY2(h.ctx.gate.mutation->skipReason.contains(QStringLiteral("time budget")),
             qPrintable(h.ctx.gate.mutation->skipReason));
    QVERIFY(h.session->startedTags.isEmpty());
}

void MutationCheckTest::copyFailureIsSkippedNotSilent()
{
    Sandbox sandbox;
    sandbox.failCopies = true;
    Harness h(sandbox);
    MutationCheckStep step(h.ctx);
    QVERIFY(h.run(step));
    QCOMPARE(h.ctx.gate.mutation->status, MutationResult::Status::Skipped);
    QVERIFY(!h.ctx.gate.mutation->skipReason.isEmpty());
    QVERIFY(h.session->writtenPaths.isEmpty());
    bool warned = false;
    for (const QString &line : h.logLines())
        warned = warned || line.startsWith(QStringLiteral("Could not copy the project"));
    QVERIFY(warned);
}

void MutationCheckTest::stopKillsEveryProcess()
{
    Sandbox sandbox;
    sandbox.behaviour = [](const QStringList &) {
        FakeScript out;
        out.hang = true;
        return out;
    };
    Harness h(sandbox);
    auto *step = new MutationCheckStep(h.ctx, &h.ctx);
    QSignalSpy done(step, &RunStep::done);
    step->start();
    const auto mutantsRunning = [&h]() {
        const QStringList tags = h.session->runningTags();
        return int(std::count_if(tags.cbegin(), tags.cend(), [](const QString &t) {
            return t.startsWith(QLatin1String("mutant-"));
        }));
    };
    QTRY_COMPARE(mutantsRunning(), 2);
    QCOMPARE(h.session->runningTags().size(), 2);
    QVERIFY(step->processTag().startsWith(QLatin1String("mutant-")));
    step->stop();
    step->deleteLater();
    QVERIFY(h.session->runningTags().isEmpty());
    QTest::qWait(50);
    QVERIFY(done.isEmpty());
    QVERIFY(!h.ctx.gate.mutation.has_value());
}

void MutationCheckTest::sandboxGoneFailsTheStep()
{
    Sandbox sandbox;
    FakeSandboxSession *session = nullptr;
    sandbox.behaviour = [&session](const QStringList &) {
        session->die();
        FakeScript out;
        out.hang = true;
        return out;
    };
    Harness h(sandbox);
    session = h.session;
    MutationCheckStep step(h.ctx);
    const auto result = h.run(step);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("went away")), qPrintable(result.error()));
}

void MutationCheckTest::mutantTimeoutBounds()
{
    using std::chrono::milliseconds;
    QCOMPARE(MutationCheckStep::mutantTimeout(2000, 120), milliseconds(16000));
    QCOMPARE(MutationCheckStep::mutantTimeout(-1, 120), milliseconds(10000));
    QCOMPARE(MutationCheckStep::mutantTimeout(0, 120), milliseconds(10000));
    QCOMPARE(MutationCheckStep::mutantTimeout(100000, 120), milliseconds(120000));
    QCOMPARE(MutationCheckStep::mutantTimeout(100000, 5), milliseconds(10000));
}

void MutationCheckTest::sourcesAreOnlyWhatMayBeMutated()
{
    Sandbox sandbox;
    Harness h(sandbox);
    QMap<QString, QByteArray> files = projectFiles();
    files.insert(QStringLiteral("src/huge.ts"), QByteArray(512 * 1024, 'x'));
    files.insert(QStringLiteral("src/app.tsx"), "export const A = () => <p>{1 + 1}</p>;\n");
    files.insert(QStringLiteral("README.md"), "# sum\n");
    files.insert(QStringLiteral("src/locked.ts"), kSum);
    h.ctx.spec.lockedTests.append({ QStringLiteral("src/locked.ts"), QString::fromUtf8(kSum) });
    const auto sources = MutationCheckStep::sourcesOf(h.ctx.spec, files);
    QCOMPARE(sources.keys(),
             (QStringList { QStringLiteral("src/sum.ts"), QStringLiteral("src/weak.ts") }));
    QCOMPARE(sources.value(QStringLiteral("src/sum.ts")), kSum);
}

void MutationCheckTest::toolchainParse()
{
    const auto map = ToolchainStep::parse("bun 1.1.38\nnode v22.11.0\nnpm 10.9.0\n"
                                          "junk\nperl 5.36\nbun 2.0\nnode has spaces in it\n");
    QCOMPARE(map.size(), 3);
    QCOMPARE(map.value(QStringLiteral("bun")), QStringLiteral("1.1.38"));
    QCOMPARE(map.value(QStringLiteral("node")), QStringLiteral("v22.11.0"));
    QCOMPARE(map.value(QStringLiteral("npm")), QStringLiteral("10.9.0"));
    QVERIFY(ToolchainStep::parse("").isEmpty());
    QVERIFY(ToolchainStep::parse("bun\n").isEmpty());
}

void MutationCheckTest::toolchainStep()
{
    Sandbox sandbox;
    Harness h(sandbox);
    ToolchainStep step(h.ctx);
    QVERIFY(h.run(step));
    QCOMPARE(h.ctx.gate.toolchain.value(QStringLiteral("bun")), QStringLiteral("1.1.38"));
    QCOMPARE(h.ctx.gate.toolchain.value(QStringLiteral("node")), QStringLiteral("v22.11.0"));
    QVERIFY(!h.ctx.gate.toolchain.contains(QStringLiteral("npm")));
    const SandboxProcessRequest r = h.session->requestByTag.value(QStringLiteral("toolchain-1"));
    QCOMPARE(r.timeout, std::chrono::milliseconds(ToolchainStep::TimeoutSeconds * 1000));
    QCOMPARE(r.command, ToolchainStep::command());
}

void MutationCheckTest::toolchainFailureIsNotAnError()
{
    Sandbox sandbox;
    Harness h(sandbox);
    // A sandbox that answers the toolchain command with a timeout.
    auto *session = new FakeSandboxSession(
        QStringLiteral("fake-2"),
        [](const SandboxProcessRequest &, FakeSandboxSession &) {
            FakeScript out;
            out.timeOut = true;
            return out;
        },
        nullptr);
    h.ctx.adoptSession(session);
    h.ctx.gate.toolchain.insert(QStringLiteral("bun"), QStringLiteral("old"));
    ToolchainStep step(h.ctx);
    QVERIFY(h.run(step));
    QVERIFY(h.ctx.gate.toolchain.isEmpty());
    bool logged = false;
    for (const QString &line : h.logLines())
        logged = logged || line.startsWith(QStringLiteral("Could not read the toolchain"));
    QVERIFY(logged);
}

void MutationCheckTest::receiptWrittenOnGreenRemovedOnNotGreen()
{
    Sandbox sandbox;
    Harness h(sandbox);
    h.ctx.maxIterations = 5;
    h.ctx.spec.limits.budgetUsd = 10;
    const QString path = h.dir.filePath(QLatin1String(VerificationReceipt::RunFileName));
    // A green gate: the test passed, carries R1, the mutation check caught enough.
    GateRecord &gate = h.ctx.gate;
    gate.results = { { QStringLiteral("test"), QStringLiteral("bun test"), 0, true, false } };
    TestRecord passed;
    passed.name = QStringLiteral("[R1] adds");
    passed.file = QStringLiteral("tests/sum.test.ts");
    passed.status = TestStatus::Passed;
    gate.tests.tests = { passed };
    gate.snapshotOk = true;
    gate.lockedFiles.insert(QStringLiteral("tests/sum.test.ts"), kLocked);
    gate.coverage = RequirementCoverage::compute(h.ctx.spec.requirements, gate.tests);
    gate.testOutputSha256 = VerificationReceipt::sha256Hex("output");
    gate.toolchain.insert(QStringLiteral("bun"), QStringLiteral("1.1.38"));
    gate.mutation = MutationResult::skipped(QStringLiteral("time budget"));
    {
        DecideStep step(h.ctx);
        QVERIFY(h.run(step));
    }
    QVERIFY(h.ctx.lastVerdict.green);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto receipt = VerificationReceipt::fromJson(file.readAll());
    file.close();
    QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error()));
    QCOMPARE(receipt->specSha256, ReceiptBuilder::specSha256(h.ctx.spec));
    QCOMPARE(receipt->toolchain.value(QStringLiteral("bun")), QStringLiteral("1.1.38"));
    QCOMPARE(receipt->testOutputSha256, gate.testOutputSha256);
    QCOMPARE(receipt->testCounts.passed, 1);
    QVERIFY(receipt->mutation.has_value());
    QCOMPARE(receipt->mutation->status, MutationResult::Status::Skipped);
    QCOMPARE(receipt->commands.size(), 1);
    QVERIFY(receipt->createdAt.isValid());

    // A later iteration that is not green (continued with guidance) removes it.
    h.ctx.ending.reset();
    h.ctx.state.iteration = 2;
    gate.tests.tests.first().name = QStringLiteral("adds"); // R1 uncovered now
    gate.coverage = RequirementCoverage::compute(h.ctx.spec.requirements, gate.tests);
    {
        DecideStep step(h.ctx);
        QVERIFY(h.run(step));
    }
    QVERIFY(!h.ctx.lastVerdict.green);
    QCOMPARE(h.ctx.lastVerdict.uncoveredRequirements, QStringList { QStringLiteral("R1") });
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(MutationCheckTest)
#include "tst_mutationcheck.moc"
