#include "mutation/mutationplanner.h"
#include "mutation/mutationresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Autocoder::Mutation;

namespace {

MutationPlan samplePlan()
{
    QList<SourceFile> files = {
        { QStringLiteral("src/a.ts"),
          "export function max(a: number, b: number): number {\n"
          "  return a > b ? a : b;\n}\n" },
        { QStringLiteral("src/b.js"), "export const ok = (x) => x === 'yes' && !done;\n" },
        { QStringLiteral("src/a.test.ts"), "expect(max(1, 2)).toBe(2);\n" },
    };
    MutationPlanOptions options;
    options.maxMutants = 4;
    return MutationPlanner::plan(files, options);
}

} // namespace

class TestMutationResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreAndThreshold()
    {
        MutationResult r = MutationResult::fromPlan(samplePlan(), 0.5);
        QCOMPARE(r.mutants.size(), 4);
        QCOMPARE(r.count(MutationOutcome::NotRun), 4);
        QVERIFY(!r.score());
        QVERIFY(!r.meetsThreshold());
        for (const MutantResult &m : r.mutants)
            QVERIFY(m.diff.startsWith(QStringLiteral("--- a/src/")));

        QVERIFY(r.setOutcome(r.mutants[0].mutant.id(), MutationOutcome::Killed, 120));
        QVERIFY(r.setOutcome(r.mutants[1].mutant.id(), MutationOutcome::Survived, 90));
        QVERIFY(r.setOutcome(r.mutants[2].mutant.id(), MutationOutcome::Error, 0,
                             QStringLiteral("sandbox gone")));
        QVERIFY(!r.setOutcome(QStringLiteral("nope"), MutationOutcome::Killed));
        QCOMPARE(*r.score(), 0.5); // errors and not-run mutants count neither way
        QVERIFY(r.meetsThreshold());
        r.threshold = 0.6;
        QVERIFY(!r.meetsThreshold());

        QVERIFY(r.setOutcome(r.mutants[3].mutant.id(), MutationOutcome::TimedOut, 30000));
        QCOMPARE(*r.score(), 2.0 / 3.0); // a timeout counts as killed
        QVERIFY(r.meetsThreshold());
        QCOMPARE(r.survivors().size(), 1);
        QCOMPARE(r.survivors().first().mutant, r.mutants[1].mutant);

        r.threshold = 2.0 / 3.0;
        QVERIFY(r.meetsThreshold());
    }

    void skippedNeverPasses()
    {
        const MutationResult r = MutationResult::skipped(QStringLiteral("time budget"));
        QCOMPARE(r.status, MutationResult::Status::Skipped);
        QVERIFY(!r.meetsThreshold());
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        QCOMPARE(json.value(QStringLiteral("skipReason")).toString(),
                 QStringLiteral("time budget"));
        QVERIFY(json.value(QStringLiteral("score")).isNull());
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(), false);
    }

    void jsonRoundTrip()
    {
        MutationResult r = MutationResult::fromPlan(samplePlan(), 0.75);
        r.seed = 0xFFFFFFFFFFFFFFF1ULL; // past what a JSON number holds exactly
        r.setOutcome(r.mutants[0].mutant.id(), MutationOutcome::Killed, 10,
                     QStringLiteral("1 failed"));
        r.setOutcome(r.mutants[1].mutant.id(), MutationOutcome::Survived, 20);
        r.setOutcome(r.mutants[2].mutant.id(), MutationOutcome::TimedOut, 30);
        const QJsonObject json = r.toJson();

        // The stable keys, as documented in mutationresult.h.
        for (const char *key :
             { "version", "status", "threshold", "score", "passed", "seed", "maxMutants",
               "candidates", "operators", "counts", "files", "mutants" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("killed")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("survived")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("timedOut")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("notRun")).toInt(), 1);
        const QJsonObject first =
            json.value(QStringLiteral("mutants")).toArray().first().toObject();
        for (const char *key : { "id", "file", "line", "column", "offset", "operator", "original",
                                 "replacement", "description", "outcome", "durationMs", "diff" })
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("killed"));
        const QJsonArray files = json.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files[0].toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("src/a.test.ts"));
        QCOMPARE(files[0].toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("test"));
        QCOMPARE(files[1].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("mutated"));

        // Through text, as VERIFICATION.json stores it.
        const QByteArray text = QJsonDocument(json).toJson();
        const auto back = MutationResult::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back, qPrintable(back.isOk() ? QString() : back.error()));
        QCOMPARE(back->seed, r.seed);
        QCOMPARE(back->threshold, 0.75);
        QCOMPARE(back->operators, MutationOperator::all());
        QCOMPARE(back->mutants.size(), r.mutants.size());
        for (qsizetype i = 0; i < r.mutants.size(); ++i) {
            QCOMPARE(back->mutants[i].mutant, r.mutants[i].mutant);
            QCOMPARE(back->mutants[i].outcome, r.mutants[i].outcome);
            QCOMPARE(back->mutants[i].durationMs, r.mutants[i].durationMs);
            QCOMPARE(back->mutants[i].diff, r.mutants[i].diff);
            QCOMPARE(back->mutants[i].detail, r.mutants[i].detail);
        }
        QCOMPARE(back->files.size(), r.files.size());
        for (qsizetype i = 0; i < r.files.size(); ++i) {
            QCOMPARE(back->files[i].path, r.files[i].path);
            QCOMPARE(back->files[i].status, r.files[i].status);
            QCOMPARE(back->files[i].reason, r.files[i].reason);
            QCOMPARE(back->files[i].candidates, r.files[i].candidates);
            QCOMPARE(back->files[i].selected, r.files[i].selected);
        }
        QCOMPARE(back->toJson(), json);
    }

    void fromJsonRejectsNonsense()
    {
        QVERIFY(!MutationResult::fromJson({}));
        QJsonObject json = MutationResult::fromPlan(samplePlan()).toJson();
        json.insert(QStringLiteral("version"), 99);
        QVERIFY(!MutationResult::fromJson(json));
        json = MutationResult::fromPlan(samplePlan()).toJson();
        QJsonArray mutants = json.value(QStringLiteral("mutants")).toArray();
        QJsonObject m = mutants.first().toObject();
        m.insert(QStringLiteral("operator"), QStringLiteral("teleport"));
        mutants.replace(0, m);
        json.insert(QStringLiteral("mutants"), mutants);
        QVERIFY(!MutationResult::fromJson(json));
    }

    void operatorIdsAreStable()
    {
        const QStringList expected = { "comparison-flip",    "arithmetic",       "logical",
                                       "boolean-literal",    "negation-removal", "return-value",
                                       "statement-deletion", "string-literal",   "number-literal" };
        QStringList actual;
        for (MutationOperator::Id id : MutationOperator::all()) {
            actual.append(MutationOperator::idString(id));
            QCOMPARE(MutationOperator::fromIdString(actual.last()), id);
            QVERIFY(!MutationOperator::title(id).isEmpty());
        }
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestMutationResult)
#include "tst_mutationresult.moc"
