#pragma once

#include "run/testrecord.h"

#include <QString>

namespace Autocoder::Run {

/// Turns the output of a test command into per-test records. Pure: text in, records out.
/// Understands bun test, jest and vitest (text reporters and the jest-compatible --json),
/// node:test (TAP and spec reporters) and JUnit XML. Unknown output yields an empty report
/// with format "" (the gate then treats "no test ran" as not green).
class TestResultParser final
{
public:
    enum class Format { Auto, Bun, JestText, JestJson, Tap, NodeSpec, JUnitXml };

    static TestReport parse(const QString &output, Format format = Format::Auto);
    static Format detect(const QString &output);

    static TestReport parseBun(const QString &output);
    static TestReport parseJestText(const QString &output);
    static TestReport parseJestJson(const QString &output);
    static TestReport parseTap(const QString &output);
    static TestReport parseNodeSpec(const QString &output);
    static TestReport parseJUnitXml(const QString &output);
};

} // namespace Autocoder::Run
