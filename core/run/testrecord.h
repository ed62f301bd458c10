#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Autocoder::Run {

/// One test as the gate saw it. status is one of TestStatus:: (passed, failed, skipped).
struct TestRecord
{
    QString name; ///< full name, suites joined with " > "
    QString file; ///< test file as printed by the runner (may be empty)
    QString status;
    QString message; ///< failure message, empty when passed
    qint64 durationMs = -1; ///< -1 when unknown

    QJsonObject toJson() const;
    static TestRecord fromJson(const QJsonObject &o);
    bool operator==(const TestRecord &o) const;
};

/// The parsed result of one test command's output.
struct TestReport
{
    QString
        format; ///< "bun", "jest", "jest-json", "tap", "node-spec", "junit", or "" if unrecognised
    QList<TestRecord> tests;
    /// Counts printed by the runner's own summary (-1 when absent); used as a cross-check
    /// when a reporter does not list each test.
    int summaryPassed = -1;
    int summaryFailed = -1;
    int summarySkipped = -1;

    int passed() const;
    int failed() const;
    int skipped() const;
    /// Number of tests that ran (passed + failed), taking the runner's summary into account.
    int ran() const;
    /// Failing test names (for feedback and the no-progress check).
    QStringList failingNames() const;
};

} // namespace Autocoder::Run
