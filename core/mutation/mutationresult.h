#pragma once

#include "common/result.h"
#include "mutation/mutantresult.h"
#include "mutation/mutationplan.h"
#include "mutation/plannedfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Autocoder::Mutation {

/// The outcome of one mutation check, as the gate records it and VERIFICATION.json and
/// `--json` carry it.
///
/// JSON (version 1; keys are stable, new keys may be added):
///
///     {
///       "version": 1,
///       "status": "completed" | "skipped",
///       "skipReason": "…",                     // translated; only when skipped
///       "threshold": 0.6,                      // killed share needed, 0..1
///       "score": 0.75 | null,                  // null when no mutant was scored
///       "passed": true,
///       "seed": "1", "maxMutants": 30, "candidates": 212,  // seed: a string, 64 bits
///       "operators": [ "comparison-flip", … ],  // those the plan could use
///       "counts": { "total": 30, "killed": 20, "survived": 6, "timedOut": 1,
///                   "error": 1, "notRun": 2 },
///       "files": [ { "path": "src/a.ts", "status": "mutated" | "not-selected" |
///                    "no-mutants" | "skipped", "reason": "test" | "locked" | …,
///                    "detail": "…", "candidates": 12, "selected": 2 } ],
///       "mutants": [ { "id": "src/a.ts:12:7:comparison-flip", "file": "src/a.ts",
///                      "line": 12, "column": 7, "offset": 301,
///                      "operator": "comparison-flip", "original": "<",
///                      "replacement": ">=", "description": "src/a.ts:12: `<` → `>=`",
///                      "outcome": "killed" | "survived" | "timed-out" | "error" |
///                                 "not-run",
///                      "durationMs": 812, "diff": "--- a/…", "detail": "…" } ]
///     }
///
/// score = (killed + timedOut) / (killed + timedOut + survived): errors and mutants not
/// run are not counted either way.
class MutationResult final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Mutation::MutationResult)

public:
    enum class Status { Completed, Skipped };

    static constexpr double DefaultThreshold = 0.6;
    static constexpr int JsonVersion = 1;

    /// Every planned mutant, not run yet, with its diff.
    static MutationResult fromPlan(const MutationPlan &plan, double threshold = DefaultThreshold);
    /// A check that did not run (time budget, project size, nothing to mutate): reported,
    /// never silent.
    static MutationResult skipped(const QString &reason, double threshold = DefaultThreshold);

    Status status = Status::Completed;
    QString skipReason;
    double threshold = DefaultThreshold;
    quint64 seed = 0;
    int maxMutants = 0;
    QList<MutationOperator::Id> operators;
    int candidates = 0;
    QList<PlannedFile> files;
    QList<MutantResult> mutants;

    /// Records a mutant's outcome; false when no mutant has that id.
    bool setOutcome(const QString &mutantId, MutationOutcome outcome, qint64 durationMs = 0,
                    const QString &detail = {});
    int count(MutationOutcome outcome) const;
    /// Null when no mutant was killed, timed out or survived.
    std::optional<double> score() const;
    /// A completed check whose score reaches the threshold. A check with no scored mutant
    /// does not pass: the caller decides whether to report it as skipped.
    bool meetsThreshold() const;
    QList<MutantResult> survivors() const;

    QJsonObject toJson() const;
    static Result<MutationResult> fromJson(const QJsonObject &json);

    static QString outcomeId(MutationOutcome outcome);
    static std::optional<MutationOutcome> outcomeFromId(const QString &id);
};

} // namespace Autocoder::Mutation
