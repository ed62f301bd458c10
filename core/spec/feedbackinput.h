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
    QString userGuidance; ///< optional text the person typed when continuing
};

} // namespace Autocoder::Spec
