#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Autocoder::Spec {

/// What went wrong in one gate run, as the run engine saw it. Input of FeedbackRenderer.
struct FeedbackInput
{
    struct FailingTest
    {
        QString name; ///< e.g. "sum > adds two numbers"
        QString file; ///< e.g. "tests/sum.test.ts" (may be empty)
        QString message; ///< assertion message / error text (may be long; trimmed when rendered)
    };

    int iteration = 1; ///< the iteration whose gate failed
    QString failedStep; ///< "install", "test", "build", "lint" (empty: no command failed)
    QString failedCommand; ///< e.g. "bun test"
    int exitCode = 0;
    bool timedOut = false;
    QString output; ///< combined stdout+stderr of the failed command, any size
    QList<FailingTest> failingTests;
    int passedTests = 0;
    QStringList lockedTestViolations; ///< locked test paths that were changed, deleted or skipped

    /// A requirement no passing test is tagged with.
    struct Requirement
    {
        QString id; ///< "R2"
        QString text;
        bool failing = false; ///< tagged tests exist but none passed
    };
    QList<Requirement> uncoveredRequirements;

    /// A mutant every test passed with: the tests do not check that line.
    struct Mutant
    {
        QString description; ///< "src/a.ts:12: `<` → `>=`"
        QString diff; ///< unified diff
    };
    QList<Mutant> survivingMutants;
    /// The mutation check's killed share and threshold (0..1), when it scored below it.
    double mutationScore = -1;
    double mutationThreshold = -1;
    QString userGuidance; ///< optional text the person typed when continuing
};

} // namespace Autocoder::Spec
