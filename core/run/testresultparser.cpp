#include "run/testresultparser.h"
#include "run/testresultparser_p.h"

#include "run/runevent.h"

#include <QRegularExpression>

#include <cmath>

namespace Autocoder::Run {

namespace TestParsing {

QString stripAnsi(const QString &text)
{
    static const QRegularExpression ansi(
        QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]"));
    QString out = text;
    out.remove(ansi);
    return out;
}

QStringList splitLines(const QString &output)
{
    QString text = stripAnsi(output);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        // A carriage return without newline redraws the line: keep what was drawn last.
        const int cr = l.lastIndexOf(QLatin1Char('\r'));
        if (cr >= 0)
            l = l.mid(cr + 1);
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
    }
    return lines;
}

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

qint64 toMs(const QString &number, const QString &unit)
{
    if (number.isEmpty())
        return -1;
    const double v = number.toDouble();
    if (unit == QLatin1String("s"))
        return qint64(std::llround(v * 1000.0));
    return qint64(std::llround(v));
}

TestRecord makeRecord(const QString &name, const QString &file, QLatin1String status, qint64 ms)
{
    TestRecord r;
    r.name = name.trimmed();
    r.file = file;
    r.status = status;
    r.durationMs = ms;
    return r;
}

QString joinTrimmed(const QStringList &lines)
{
    QStringList copy = lines;
    while (!copy.isEmpty() && copy.first().trimmed().isEmpty())
        copy.removeFirst();
    while (!copy.isEmpty() && copy.last().trimmed().isEmpty())
        copy.removeLast();
    // Remove the common indentation so messages read naturally.
    int common = INT_MAX;
    for (const QString &l : copy) {
        if (!l.trimmed().isEmpty())
            common = std::min(common, indentOf(l));
    }
    if (common == INT_MAX)
        common = 0;
    QStringList out;
    for (const QString &l : copy)
        out.append(l.mid(common));
    return out.join(QLatin1Char('\n'));
}

void readCount(const QString &line, const QRegularExpression &re, int *target)
{
    const QRegularExpressionMatch m = re.match(line);
    if (m.hasMatch())
        *target = std::max(*target, 0) + m.captured(1).toInt();
}

} // namespace TestParsing

using namespace TestParsing;

TestResultParser::Format TestResultParser::detect(const QString &output)
{
    const QString text = stripAnsi(output);
    if (text.contains(QLatin1String("<testsuite")))
        return Format::JUnitXml;
    if (text.contains(QLatin1String("\"testResults\""))
        && text.contains(QLatin1String("\"numTotalTests\"")))
        return Format::JestJson;
    static const QRegularExpression tap(QStringLiteral("^(TAP version \\d+|\\s*(not )?ok \\d+\\b)"),
                                        QRegularExpression::MultilineOption);
    if (tap.match(text).hasMatch())
        return Format::Tap;
    static const QRegularExpression bun(
        QStringLiteral("^(bun test v|\\((pass|fail|skip|todo)\\) )"),
        QRegularExpression::MultilineOption);
    if (bun.match(text).hasMatch())
        return Format::Bun;
    static const QRegularExpression nodeSpec(QStringLiteral("^\\s*(ℹ tests \\d+|[✔✖▶﹣] )"),
                                             QRegularExpression::MultilineOption);
    if (nodeSpec.match(text).hasMatch())
        return Format::NodeSpec;
    static const QRegularExpression jest(
        QStringLiteral("^\\s*(PASS |FAIL |Tests:|Test Files |Tests |[✓✕×○↓❯] )"),
        QRegularExpression::MultilineOption);
    if (jest.match(text).hasMatch())
        return Format::JestText;
    return Format::Auto;
}

TestReport TestResultParser::parse(const QString &output, Format format)
{
    if (format == Format::Auto)
        format = detect(output);
    switch (format) {
    case Format::Bun:
        return parseBun(output);
    case Format::JestText:
        return parseJestText(output);
    case Format::JestJson:
        return parseJestJson(output);
    case Format::Tap:
        return parseTap(output);
    case Format::NodeSpec:
        return parseNodeSpec(output);
    case Format::JUnitXml:
        return parseJUnitXml(output);
    case Format::Auto:
        break;
    }
    return {};
}

// bun test: "(pass) suite > name [0.12ms]" (non-TTY) or "✓ suite > name [0.12ms]" (TTY).
// A failing test's error is printed *before* its result line; file headings are "path:".
TestReport TestResultParser::parseBun(const QString &output)
{
    static const QRegularExpression fileRe(QStringLiteral("^([^\\s(].*\\.[cm]?[jt]sx?):$"));
    static const QRegularExpression resultRe(QStringLiteral(
        "^\\s*(?:\\((pass|fail|skip|todo)\\)|([✓✗»✎])) (.*?)(?: \\[([\\d.]+)(ms|s)\\])?$"));
    static const QRegularExpression passRe(QStringLiteral("^\\s*(\\d+) pass$"));
    static const QRegularExpression failRe(QStringLiteral("^\\s*(\\d+) fail$"));
    static const QRegularExpression skipRe(QStringLiteral("^\\s*(\\d+) (?:skip|todo)$"));

    TestReport report;
    report.format = QStringLiteral("bun");
    QString file;
    QStringList pending;
    for (const QString &line : splitLines(output)) {
        QRegularExpressionMatch m = fileRe.match(line);
        if (m.hasMatch()) {
            file = m.captured(1);
            pending.clear();
            continue;
        }
        m = resultRe.match(line);
        if (m.hasMatch()) {
            QString word = m.captured(1);
            const QString glyph = m.captured(2);
            if (word.isEmpty())
                word = glyph == QStringLiteral("✓") ? QStringLiteral("pass")
                    : glyph == QStringLiteral("✗")  ? QStringLiteral("fail")
                                                    : QStringLiteral("skip");
            const QLatin1String status = word == QLatin1String("pass") ? TestStatus::Passed
                : word == QLatin1String("fail")                        ? TestStatus::Failed
                                                                       : TestStatus::Skipped;
            TestRecord r =
                makeRecord(m.captured(3), file, status, toMs(m.captured(4), m.captured(5)));
            if (status == TestStatus::Failed)
                r.message = joinTrimmed(pending);
            report.tests.append(r);
            pending.clear();
            continue;
        }
        readCount(line, passRe, &report.summaryPassed);
        readCount(line, failRe, &report.summaryFailed);
        readCount(line, skipRe, &report.summarySkipped);
        if (report.summaryPassed < 0 && report.summaryFailed < 0)
            pending.append(line);
    }
    return report;
}

} // namespace Autocoder::Run
