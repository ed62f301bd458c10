// What green proved, in writing: RUN_REPORT.md's Requirements and Mutation check sections,
// and the lines and --json of `autocoder run`.
#include "run/headlessprinter.h"
#include "run/runevents.h"
#include "run/runreport.h"
#include "run/verificationreport.h"
#include "spec/projectspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cstdio>

using namespace Autocoder;
using namespace Autocoder::Run;

namespace {

RunEvent stamp(RunEvent e, qint64 seq)
{
    e.runId = QStringLiteral("r");
    e.seq = seq;
    e.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(seq);
    return e;
}

TestRecord test(const QString &name, const QString &status)
{
    TestRecord t;
    t.name = name;
    t.file = QStringLiteral("tests/a.test.ts");
    t.status = status;
    return t;
}

const QStringList Requirements { QStringLiteral("adds"), QStringLiteral("removes"),
                                 QStringLiteral("lists"), QStringLiteral("saves") };

RequirementCoverage coverage(bool all)
{
    QList<TestRecord> tests { test(QStringLiteral("[R1] adds"), TestStatus::Passed),
                              test(QStringLiteral("[R3] lists"), TestStatus::Passed),
                              test(QStringLiteral("[R4] saves"), TestStatus::Passed) };
    if (all)
        tests.append(test(QStringLiteral("[R2] removes"), TestStatus::Passed));
    return RequirementCoverage::compute(Requirements, tests);
}

// 18 mutants of src/a.ts: @p survived of them survive, the rest are killed.
Mutation::MutationResult mutation(int survived)
{
    Mutation::MutationResult r;
    Mutation::PlannedFile a;
    a.path = QStringLiteral("src/a.ts");
    a.status = Mutation::PlannedFile::Status::Mutated;
    a.candidates = 40;
    a.selected = 18;
    Mutation::PlannedFile t;
    t.path = QStringLiteral("tests/a.test.ts");
    t.status = Mutation::PlannedFile::Status::Skipped;
    t.reason = Mutation::PlannedFile::Reason::Test;
    Mutation::PlannedFile p;
    p.path = QStringLiteral("package.json");
    p.status = Mutation::PlannedFile::Status::Skipped;
    p.reason = Mutation::PlannedFile::Reason::Extension;
    r.files = { a, t, p };
    for (int i = 0; i < 18; ++i) {
        Mutation::MutantResult m;
        m.mutant.file = QStringLiteral("src/a.ts");
        m.mutant.line = i + 1;
        m.mutant.column = 3;
        m.mutant.offset = i;
        m.mutant.original = QStringLiteral("<");
        m.mutant.replacement = QStringLiteral(">=");
        m.outcome = i < 18 - survived ? Mutation::MutationOutcome::Killed
                                      : Mutation::MutationOutcome::Survived;
        m.diff = QStringLiteral("--- a/src/a.ts\n+++ b/src/a.ts\n@@ -%1 +%1 @@\n-if (a < b)\n"
                                "+if (a >= b)\n")
                     .arg(i + 1);
        r.mutants.append(m);
    }
    return r;
}

QList<RunEvent> run(const RequirementCoverage &c, const std::optional<Mutation::MutationResult> &m,
                    bool testsFailed = false)
{
    GateTests tests;
    tests.iteration = 1;
    tests.passed = testsFailed ? 3 : 4;
    tests.failed = testsFailed ? 1 : 0;
    QList<RunEvent> events {
        stamp(RunEvent::make(RunStarted { QStringLiteral("lib"), QStringLiteral("local"), 3, 1.0 }),
              1),
        stamp(RunEvent::make(tests), 2),
        stamp(RunEvent::make(GateRequirements { 1, c }), 3),
    };
    if (m)
        events.append(stamp(RunEvent::make(GateMutation { 1, *m }), 4));
    events.append(
        stamp(RunEvent::make(RunFinished { RunOutcome::Green, QStringLiteral("ok"), 1, 0.1 }), 5));
    return events;
}

} // namespace

class TestVerificationOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportHasRequirementsAndMutation()
    {
        Spec::ProjectSpec spec;
        spec.name = QStringLiteral("lib");
        spec.requirements = Requirements;
        const QString md = RunReport::render(spec, run(coverage(false), mutation(4)));
        QVERIFY2(md.contains(QStringLiteral("## Requirements (iteration 1)")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("3 of 4 requirements covered by a passing test.")));
        QVERIFY(md.contains(QStringLiteral("| Requirement | Tests | Status |")));
        QVERIFY(md.contains(QStringLiteral("| R1 adds | `[R1] adds` (passed) | covered |")));
        QVERIFY(md.contains(QStringLiteral("| R2 removes | - | uncovered |")));
        QVERIFY(md.contains(QStringLiteral("## Mutation check (iteration 1)")));
        QVERIFY(md.contains(QStringLiteral("| Result | **passed** |")));
        QVERIFY(md.contains(QStringLiteral("| Score | 14 of 18 mutants killed (78%) |")));
        QVERIFY(md.contains(QStringLiteral("| Threshold | 60% |")));
        QVERIFY(md.contains(QStringLiteral("Mutated files: `src/a.ts` (18 of 40 candidates).")));
        QVERIFY(md.contains(QStringLiteral("- `tests/a.test.ts`: a test file")));
        QVERIFY(md.contains(QStringLiteral("- `package.json`: not JavaScript or TypeScript")));
        QVERIFY(md.contains(QStringLiteral("### Surviving mutants")));
        QVERIFY(md.contains(QStringLiteral("`src/a.ts`:18 (comparison-flip): `<` → `>=`")));
        QVERIFY(md.contains(QStringLiteral("```diff\n--- a/src/a.ts\n")));
        QCOMPARE(md.count(QStringLiteral("```diff")), 4);
        // The sections come before the closing line, after the tests.
        QVERIFY(md.indexOf(QStringLiteral("## Tests"))
                < md.indexOf(QStringLiteral("## Requirements")));
        QVERIFY(md.indexOf(QStringLiteral("## Mutation check"))
                < md.indexOf(QStringLiteral("_Generated")));
    }

    void reportSaysWhyThereIsNoCheck()
    {
        Spec::ProjectSpec spec;
        spec.requirements = Requirements;
        // Below threshold.
        QString md = RunReport::render(spec, run(coverage(true), mutation(10)));
        QVERIFY(md.contains(QStringLiteral("| Result | **below threshold** |")));
        QVERIFY(md.contains(QStringLiteral("4 of 4 requirements covered")));
        // Skipped, with its reason and no table.
        md = RunReport::render(
            spec,
            run(coverage(true), Mutation::MutationResult::skipped(QStringLiteral("no time"))));
        QVERIFY(md.contains(QStringLiteral("Skipped: no time (threshold 60%).")));
        QVERIFY(!md.contains(QStringLiteral("| Result |")));
        // The tests failed: no check.
        md = RunReport::render(spec, run(coverage(false), std::nullopt, true));
        QVERIFY(md.contains(QStringLiteral("Not run: the tests did not pass.")));
        // No survivor: said so; a diff holding backticks gets a longer fence.
        md = VerificationReport::mutation(2, nullptr);
        QVERIFY(md.contains(QStringLiteral("could not be read")));
        Mutation::MutationResult all = mutation(0);
        QVERIFY(
            VerificationReport::mutation(2, &all).contains(QStringLiteral("No mutant survived.")));
        Mutation::MutationResult fenced = mutation(1);
        fenced.mutants.last().diff = QStringLiteral("-a ```\n+b\n");
        QVERIFY(VerificationReport::mutation(2, &fenced).contains(QStringLiteral("````diff\n")));
        // A run from before these checks: no sections at all.
        QList<RunEvent> old = run(coverage(true), std::nullopt);
        old.removeAt(2);
        md = RunReport::render(spec, old);
        QVERIFY(!md.contains(QStringLiteral("## Requirements")));
        QVERIFY(!md.contains(QStringLiteral("## Mutation check")));
        // The spec asks for nothing.
        QVERIFY(VerificationReport::requirements(
                    1, RequirementCoverage::compute({}, QList<TestRecord>()))
                    .contains(QStringLiteral("no requirements")));
    }

    void recordedRunsReport()
    {
        // The recorded run the app's tests and screenshots use: two iterations, the second
        // green with 17 of 18 mutants killed.
        const QString data = QStringLiteral(AUTOCODER_TEST_DATA_DIR "/../ui/data/");
        QFile specFile(data + QStringLiteral("spec.json"));
        QVERIFY(specFile.open(QIODevice::ReadOnly));
        const Spec::ProjectSpec spec = Spec::ProjectSpec::parse(specFile.readAll()).value();
        const auto md = RunReport::renderJournal(spec, data + QStringLiteral("run-events.jsonl"));
        QVERIFY(md);
        if (qEnvironmentVariableIsSet("AUTOCODER_PRINT_REPORT"))
            std::fputs(qPrintable(*md), stdout);
        QVERIFY(md->contains(QStringLiteral("## Requirements (iteration 2)")));
        QVERIFY(md->contains(QStringLiteral("5 of 5 requirements covered")));
        QVERIFY(md->contains(QStringLiteral("| Score | 17 of 18 mutants killed (94%) |")));
        QVERIFY(md->contains(QStringLiteral("`src/todo.ts`:43 (number-literal): `1` → `2`")));
        QCOMPARE(md->count(QStringLiteral("```diff")), 1);
    }

    void humanLines()
    {
        const RunEvent requirements =
            stamp(RunEvent::make(GateRequirements { 2, coverage(false) }), 1);
        QCOMPARE(HeadlessPrinter::humanLine(requirements),
                 QStringLiteral("[2] requirements: 3 of 4 covered; uncovered: R2\n"));
        const RunEvent all = stamp(RunEvent::make(GateRequirements { 2, coverage(true) }), 2);
        QCOMPARE(HeadlessPrinter::humanLine(all),
                 QStringLiteral("[2] requirements: 4 of 4 covered\n"));

        const RunEvent passed = stamp(RunEvent::make(GateMutation { 2, mutation(4) }), 3);
        const QString line = HeadlessPrinter::humanLine(passed);
        QVERIFY2(
            line.startsWith(QStringLiteral("[2] mutation: 14 of 18 killed (78%, threshold 60%)\n")),
            qPrintable(line));
        QCOMPARE(line.count(QStringLiteral("SURVIVED src/a.ts:")), 4);
        const RunEvent below = stamp(RunEvent::make(GateMutation { 2, mutation(10) }), 4);
        QVERIFY(HeadlessPrinter::humanLine(below).startsWith(QStringLiteral(
            "[2] mutation: 8 of 18 killed (44%, threshold 60%): below threshold\n")));
        const RunEvent skipped =
            stamp(RunEvent::make(GateMutation {
                      2, Mutation::MutationResult::skipped(QStringLiteral("too big")) }),
                  5);
        QCOMPARE(HeadlessPrinter::humanLine(skipped),
                 QStringLiteral("[2] mutation check skipped: too big\n"));
        RunEvent bad = skipped;
        bad.data.insert(QStringLiteral("result"), QStringLiteral("junk"));
        QVERIFY(HeadlessPrinter::humanLine(bad).contains(QStringLiteral("could not be read")));
    }
};

QTEST_GUILESS_MAIN(TestVerificationOutput)
#include "tst_verificationoutput.moc"
