#pragma once

#include <QString>

namespace Autocoder::Run {

/// Why one test failed, read from the failure text a test runner printed for it (a
/// TestRecord's message): the assertion's message without the code excerpt and the stack,
/// and where in the test file it failed. Pure: text in, fields out. Understands bun test,
/// jest (text and --json) and vitest; anything else falls back to the text as printed.
struct TestFailure
{
    /// One line for a table: "Expected: 3 · Received: -1", "expected -1 to be 3", or the
    /// matcher ("expect(received).toEqual(expected)") when the reason is a multi-line diff.
    QString summary;
    /// The assertion's message: the matcher line, then what was expected and received.
    QString message;
    QString file; ///< the failing line's file, relative when the test's own file says how
    int line = 0; ///< 1-based; 0 when no location was found
    int column = 0;

    /// "file:line", or empty when unknown.
    QString location() const;
    bool hasLocation() const { return !file.isEmpty() && line > 0; }

    /// Reads @p output (ANSI colours allowed). @p testFile (may be empty) is the test's file
    /// as the runner named it: it picks the right stack frame and shortens absolute paths.
    static TestFailure fromOutput(const QString &output, const QString &testFile = QString());
};

} // namespace Autocoder::Run
