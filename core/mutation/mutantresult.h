#pragma once

#include "mutation/mutant.h"

#include <QString>

namespace Autocoder::Mutation {

/// What running the tests against one mutant gave.
enum class MutationOutcome {
    NotRun, ///< "not-run": the check stopped (time budget) before it
    Killed, ///< "killed": a test failed, as it should
    Survived, ///< "survived": every test passed with the mutant in place
    TimedOut, ///< "timed-out": the tests did not finish; counted as killed
    Error, ///< "error": the mutant could not be tried (apply failed, sandbox error)
};

struct MutantResult
{
    Mutant mutant;
    MutationOutcome outcome = MutationOutcome::NotRun;
    qint64 durationMs = 0;
    QString diff; ///< unified diff of the mutant, for surviving mutants in reports
    QString detail; ///< the error, or a digest of the failing test
};

} // namespace Autocoder::Mutation
