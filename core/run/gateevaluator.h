#pragma once

#include "mutation/mutationresult.h"
#include "run/requirementcoverage.h"
#include "run/testrecord.h"
#include "spec/projectspec.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Autocoder::Run {

/// One gate command as it ran.
struct GateStepResult
{
    QString step; ///< install, test, build, lint
    QString command;
    int exitCode = -1;
    bool ok = false;
    bool timedOut = false;
};

struct GateInput
{
    QList<GateStepResult> steps; ///< in the order they ran (the gate stops at the first failure)
    bool testCommandConfigured = true;
    TestReport tests;
    QList<Spec::ProjectSpec::LockedTest> lockedTests;
    bool snapshotOk = false;
    QMap<QString, QByteArray> lockedFilesInSnapshot; ///< path -> content, as found after the gate
    /// Every requirement needs a passing test tagged with its id (spec.verification).
    bool requireRequirementTests = false;
    RequirementCoverage coverage;
    /// The mutation check, when it ran or was skipped; a skipped check never blocks green
    /// (it is reported), a completed one below its threshold does.
    std::optional<Mutation::MutationResult> mutation;
};

struct GateVerdict
{
    bool green = false;
    QString reason; ///< one human line: why not green (empty when green)
    QStringList lockedViolations; ///< "tests/a.test.ts (changed)" ...
    QStringList failing; ///< failing test names, or "<step> failed" when no test list
    QStringList uncoveredRequirements; ///< "R2": no passing test carries the id
    QStringList survivingMutants; ///< mutant ids, when the score is below the threshold
    /// Compared between iterations for the no-progress rule.
    QString signature() const { return failing.join(QLatin1Char('\n')); }
};

/// The gate's verdict, decided by Autocoder from exit codes, parsed test results and the
/// hashes of the locked tests — never from the agent's words. Green only when every command
/// exited 0, at least one test ran and none failed, and every locked test file is present,
/// byte-identical and actually ran (not skipped, not left out); when the spec asks for it,
/// every requirement has a passing test tagged with its id, and a completed mutation check
/// reaches its threshold.
class GateEvaluator final
{
public:
    static GateVerdict evaluate(const GateInput &input);
};

} // namespace Autocoder::Run
