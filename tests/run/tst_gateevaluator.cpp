#include "mutation/mutationresult.h"
#include "run/gateevaluator.h"
#include "run/requirementcoverage.h"
#include "run/runevent.h"

#include <QtTest>

using namespace Autocoder::Run;
using Autocoder::Mutation::Mutant;
using Autocoder::Mutation::MutantResult;
using Autocoder::Mutation::MutationOutcome;
using Autocoder::Mutation::MutationResult;

namespace {

TestRecord test(const QString &name, QLatin1String status)
{
    TestRecord t;
    t.name = name;
    t.file = QStringLiteral("tests/a.test.ts");
    t.status = status;
    return t;
}

/// A gate that is green by the older rules: every command passed, tests ran and passed.
GateInput passingGate(const QList<TestRecord> &tests)
{
    GateInput in;
    in.steps = { { QStringLiteral("install"), QStringLiteral("bun install"), 0, true, false },
                 { QStringLiteral("test"), QStringLiteral("bun test"), 0, true, false } };
    in.tests.tests = tests;
    in.snapshotOk = true;
    return in;
}

const QStringList kRequirements { QStringLiteral("adds"), QStringLiteral("trims"),
                                  QStringLiteral("rounds") };

/// A completed check: @p killed of @p killed + @p survived caught.
MutationResult mutation(int killed, int survived, double threshold = 0.6)
{
    MutationResult r;
    r.threshold = threshold;
    for (int i = 0; i < killed + survived; ++i) {
        MutantResult m;
        m.mutant.file = QStringLiteral("src/a.ts");
        m.mutant.line = i + 1;
        m.mutant.column = 1;
        m.mutant.original = QStringLiteral("<");
        m.mutant.replacement = QStringLiteral(">=");
        m.outcome = i < killed ? MutationOutcome::Killed : MutationOutcome::Survived;
        r.mutants.append(m);
    }
    return r;
}

} // namespace

class GateEvaluatorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void greenWhenEverythingHolds();
    void uncoveredRequirementsBlock();
    void failingRequirementIsNamed();
    void requirementsIgnoredWhenNotAsked();
    void belowThresholdBlocks();
    void thresholdExactlyMetPasses();
    void skippedCheckNeverBlocks();
    void checkWithoutScoreDoesNotBlock();
    void orderOfReasons();
};

void GateEvaluatorTest::greenWhenEverythingHolds()
{
    GateInput in = passingGate({ test(QStringLiteral("[R1] adds"), TestStatus::Passed),
                                 test(QStringLiteral("[R2][R3] trims"), TestStatus::Passed) });
    in.requireRequirementTests = true;
    in.coverage = RequirementCoverage::compute(kRequirements, in.tests);
    in.mutation = mutation(8, 2);
    const GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY2(v.green, qPrintable(v.reason));
    QVERIFY(v.reason.isEmpty());
    QVERIFY(v.failing.isEmpty());
    QVERIFY(v.uncoveredRequirements.isEmpty());
    QVERIFY(v.survivingMutants.isEmpty());
}

void GateEvaluatorTest::uncoveredRequirementsBlock()
{
    GateInput in = passingGate({ test(QStringLiteral("[R1] adds"), TestStatus::Passed),
                                 test(QStringLiteral("trims"), TestStatus::Passed) });
    in.requireRequirementTests = true;
    in.coverage = RequirementCoverage::compute(kRequirements, in.tests);
    const GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY(!v.green);
    QCOMPARE(v.uncoveredRequirements, (QStringList { QStringLiteral("R2"), QStringLiteral("R3") }));
    QCOMPARE(v.reason, QStringLiteral("requirements without a passing test: R2, R3"));
    QCOMPARE(v.failing,
             (QStringList { QStringLiteral("requirement R2 has no passing test"),
                            QStringLiteral("requirement R3 has no passing test") }));
    // The no-progress rule compares these.
    QVERIFY(v.signature().contains(QStringLiteral("R3")));
}

void GateEvaluatorTest::failingRequirementIsNamed()
{
    // Tagged, but only on a skipped test: not covered.
    GateInput in = passingGate({ test(QStringLiteral("[R1] adds"), TestStatus::Passed),
                                 test(QStringLiteral("[R2] trims"), TestStatus::Skipped),
                                 test(QStringLiteral("[R3] rounds"), TestStatus::Passed) });
    in.requireRequirementTests = true;
    in.coverage = RequirementCoverage::compute(kRequirements, in.tests);
    QCOMPARE(in.coverage.failing(), QStringList { QStringLiteral("R2") });
    const GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY(!v.green);
    QCOMPARE(v.uncoveredRequirements, QStringList { QStringLiteral("R2") });
    QCOMPARE(v.failing, QStringList { QStringLiteral("requirement R2 has no passing test") });
}

void GateEvaluatorTest::requirementsIgnoredWhenNotAsked()
{
    GateInput in = passingGate({ test(QStringLiteral("adds"), TestStatus::Passed) });
    in.requireRequirementTests = false;
    in.coverage = RequirementCoverage::compute(kRequirements, in.tests);
    const GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY2(v.green, qPrintable(v.reason));
    QVERIFY(v.uncoveredRequirements.isEmpty());
}

void GateEvaluatorTest::belowThresholdBlocks()
{
    GateInput in = passingGate({ test(QStringLiteral("adds"), TestStatus::Passed) });
    in.mutation = mutation(4, 6);
    const GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY(!v.green);
    QCOMPARE(v.reason, QStringLiteral("the tests caught 4 of 10 mutant(s) (40%), below 60%"));
    QCOMPARE(v.survivingMutants.size(), 6);
    QCOMPARE(v.survivingMutants.constFirst(), in.mutation->survivors().constFirst().mutant.id());
    QCOMPARE(v.failing.size(), 6);
    QCOMPARE(v.failing.constFirst(),
             QStringLiteral("surviving mutant ") + v.survivingMutants.constFirst());
}

void GateEvaluatorTest::thresholdExactlyMetPasses()
{
    GateInput in = passingGate({ test(QStringLiteral("adds"), TestStatus::Passed) });
    in.mutation = mutation(6, 4, 0.6);
    GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY2(v.green, qPrintable(v.reason));
    QVERIFY(v.survivingMutants.isEmpty()); // survivors are named only when they block
    // One fewer caught is below.
    in.mutation = mutation(5, 5, 0.6);
    v = GateEvaluator::evaluate(in);
    QVERIFY(!v.green);
    // A timed-out mutant counts as caught.
    MutationResult timedOut = mutation(5, 4, 0.6);
    MutantResult extra = timedOut.mutants.constFirst();
    extra.mutant.line = 99;
    extra.outcome = MutationOutcome::TimedOut;
    timedOut.mutants.append(extra);
    in.mutation = timedOut;
    v = GateEvaluator::evaluate(in);
    QVERIFY2(v.green, qPrintable(v.reason));
}

void GateEvaluatorTest::skippedCheckNeverBlocks()
{
    GateInput in = passingGate({ test(QStringLiteral("adds"), TestStatus::Passed) });
    in.mutation = MutationResult::skipped(QStringLiteral("time budget"), 0.6);
    GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY2(v.green, qPrintable(v.reason));
    // Even one that was cut short with survivors in it.
    MutationResult cut = mutation(0, 3);
    cut.status = MutationResult::Status::Skipped;
    cut.skipReason = QStringLiteral("time budget");
    in.mutation = cut;
    v = GateEvaluator::evaluate(in);
    QVERIFY2(v.green, qPrintable(v.reason));
}

void GateEvaluatorTest::checkWithoutScoreDoesNotBlock()
{
    GateInput in = passingGate({ test(QStringLiteral("adds"), TestStatus::Passed) });
    MutationResult errors = mutation(0, 1);
    errors.mutants.first().outcome = MutationOutcome::Error;
    in.mutation = errors;
    const GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY2(v.green, qPrintable(v.reason));
}

void GateEvaluatorTest::orderOfReasons()
{
    // Locked first, then requirements, then mutation: each shows once the earlier ones hold.
    GateInput in = passingGate({ test(QStringLiteral("adds"), TestStatus::Passed) });
    in.lockedTests = { { QStringLiteral("tests/a.test.ts"), QStringLiteral("locked") } };
    in.lockedFilesInSnapshot.insert(QStringLiteral("tests/a.test.ts"), "changed");
    in.requireRequirementTests = true;
    in.coverage = RequirementCoverage::compute(kRequirements, in.tests);
    in.mutation = mutation(1, 9);
    GateVerdict v = GateEvaluator::evaluate(in);
    QVERIFY(v.reason.startsWith(QStringLiteral("locked tests were not respected")));
    // Every problem is listed, whichever gives the reason.
    QVERIFY(v.failing.contains(QStringLiteral("requirement R1 has no passing test")));
    QCOMPARE(v.survivingMutants.size(), 9);

    in.lockedFilesInSnapshot.insert(QStringLiteral("tests/a.test.ts"), "locked");
    v = GateEvaluator::evaluate(in);
    QVERIFY2(v.reason.startsWith(QStringLiteral("requirements without a passing test")),
             qPrintable(v.reason));

    in.coverage = RequirementCoverage::compute(
        kRequirements, { test(QStringLiteral("[R1][R2][R3] adds"), TestStatus::Passed) });
    v = GateEvaluator::evaluate(in);
    QVERIFY2(v.reason.startsWith(QStringLiteral("the tests caught 1 of 10")), qPrintable(v.reason));

    // Failing tests come before all of them.
    in.tests.tests.append(test(QStringLiteral("broken"), TestStatus::Failed));
    v = GateEvaluator::evaluate(in);
    QCOMPARE(v.reason, QStringLiteral("1 test(s) failed"));
    // And a failed command before that.
    in.steps.last().ok = false;
    in.steps.last().exitCode = 1;
    v = GateEvaluator::evaluate(in);
    QCOMPARE(v.reason, QStringLiteral("`bun test` exited with code 1"));
    // No test command: before failing tests.
    in.steps.removeLast();
    in.testCommandConfigured = false;
    v = GateEvaluator::evaluate(in);
    QCOMPARE(v.reason, QStringLiteral("no test command is configured"));
    // No test ran: after failing tests, before locked.
    in.testCommandConfigured = true;
    in.tests.tests.clear();
    in.lockedFilesInSnapshot.insert(QStringLiteral("tests/a.test.ts"), "changed");
    v = GateEvaluator::evaluate(in);
    QCOMPARE(v.reason, QStringLiteral("no test ran"));
}

QTEST_GUILESS_MAIN(GateEvaluatorTest)
#include "tst_gateevaluator.moc"
