// Orchestration overhead of one iteration: everything a run does that is neither the agent
// nor the gate commands (events + journal with a flush per event, state writes, snapshot
// archive written, listed and checked, verdict, feedback prompt). The sandbox is an
// in-process fake whose processes answer instantly.
#include "fakesandbox.h"

#include "run/runcontroller.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

class RunOrchestrationBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tenIterations_data();
    void tenIterations();
};

void RunOrchestrationBench::tenIterations_data()
{
    QTest::addColumn<int>("projectFiles");
    QTest::newRow("5 files") << 5;
    QTest::newRow("200 files") << 200;
}

void RunOrchestrationBench::tenIterations()
{
    QFETCH(int, projectFiles);
    constexpr int kIterations = 10;
    int counter = 0;
    FakeHandler handler = [&counter, projectFiles](const SandboxProcessRequest &r,
                                                   FakeSandboxSession &s) -> FakeScript {
        FakeScript out;
        if (r.tag.startsWith(QLatin1String("agent-check")))
            return out;
        if (r.tag.startsWith(QLatin1String("agent-"))) {
            ++counter;
            for (int i = 0; i < projectFiles; ++i)
                s.files.insert(QStringLiteral("/home/user/project/src/f%1.ts").arg(i),
                               QByteArray(2000, 'x') + QByteArray::number(counter));
            out.stdoutData =
                R"({"type":"system","subtype":"init","session_id":"s1"})"
                "\n"
                R"({"type":"assistant","message":{"content":[{"type":"text","text":"ok"}]},"session_id":"s1"})"
                "\n"
                R"({"type":"result","subtype":"success","is_error":false,"num_turns":1,"total_cost_usd":0.001,"session_id":"s1"})"
                "\n";
            return out;
        }
        if (r.tag.startsWith(QLatin1String("test-"))) {
            // A different failing test each time, so the no-progress rule never stops the run.
            out.stderrData =
                "bun test v1\n\ntests/a.test.ts:\n(pass) ok [0.1ms]\nerror: boom\n(fail) t"
                + QByteArray::number(counter) + " [0.2ms]\n\n 1 pass\n 1 fail\n";
            out.exitCode = 1;
        }
        return out;
    };
    Autocoder::Spec::ProjectSpec spec =
        Autocoder::Spec::ProjectSpec::forKind(QStringLiteral("bun-library"));
    spec.name = QStringLiteral("bench");
    spec.description = QStringLiteral("bench");
    spec.requirements = QStringList { QStringLiteral("x") };
    spec.lockedTests = { { QStringLiteral("tests/a.test.ts"), QStringLiteral("test") } };
    spec.commands.build.clear();
    spec.commands.lint.clear();
    spec.limits.maxIterations = kIterations;
    spec.limits.budgetUsd = 100;

    QBENCHMARK
    {
        QTemporaryDir dir;
        FakeSandboxProvider provider(handler);
        RunController c(&provider);
        QSignalSpy done(&c, &RunController::finished);
        RunOptions o;
        o.runsRoot = dir.filePath(QStringLiteral("runs"));
        o.anthropicApiKey = QStringLiteral("sk-ant-bench-0000000000");
        QVERIFY(c.start(spec, o));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toString(), QString(Outcome::MaxIterations));
        QCOMPARE(c.state().iteration, kIterations);
    }
}

QTEST_GUILESS_MAIN(RunOrchestrationBench)
#include "bench_runorchestration.moc"
