#pragma once

#include "mutation/mutationresult.h"
#include "run/requirementcoverage.h"

#include <QString>

namespace Autocoder::Run {

/// The sections of RUN_REPORT.md that say what "green" proved: the per-requirement table
/// and the mutation check. Markdown in English (reports are not translated), from the
/// gate.requirements and gate.mutation events of one iteration.
class VerificationReport final
{
public:
    /// "## Requirements (iteration N)" with a table: requirement, tests, status.
    static QString requirements(int iteration, const RequirementCoverage &coverage,
                                bool unreadable = false);
    /// "## Mutation check (iteration N)": score, threshold, result, mutated and skipped
    /// files, surviving mutants with their diffs; or the skip reason. @p result null: the
    /// event could not be read.
    static QString mutation(int iteration, const Mutation::MutationResult *result);
    /// The same when the iteration's tests ran but no check did.
    static QString mutationNotRun(int iteration, bool testsFailed);
    /// An English sentence for why a file was not mutated (the planner's own text is
    /// translated, the report is not).
    static QString reasonText(Mutation::PlannedFile::Reason reason);
    /// "17 of 18 mutants killed (94%)": killed counts timed-out mutants too.
    static QString scoreText(const Mutation::MutationResult &result);
};

} // namespace Autocoder::Run
