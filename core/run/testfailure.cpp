#include "run/testfailure.h"

#include "run/testresultparser_p.h"

#include <QRegularExpression>
#include <QStringList>

namespace Autocoder::Run {

using namespace TestParsing;

namespace {

// A line of a code excerpt: bun "  6 |   expect(…)", jest "> 5 | …", vitest "  4| …", and
// their caret lines ("    |     ^", or bun's bare "      ^").
bool isCodeFrame(const QString &line)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*>?\\s*\\d+\\s*\\|"));
    static const QRegularExpression caret(QStringLiteral("^\\s*\\|?\\s*\\^\\s*$"));
    static const QRegularExpression bar(QStringLiteral("^\\s*\\|(\\s.*)?$"));
    return numbered.match(line).hasMatch() || caret.match(line).hasMatch()
        || bar.match(line).hasMatch();
}

// A stack frame ("at fn (file:1:2)", "at file:1:2") or vitest's location line ("❯ file:1:2").
bool isStackLine(const QString &line)
{
    static const QRegularExpression frame(QStringLiteral("^\\s*(at\\s|❯\\s+\\S+:\\d+|⎯)|^\\s*at$"));
    return frame.match(line).hasMatch();
}

struct Frame
{
    QString path;
    int line = 0;
    int column = 0;
};

QList<Frame> framesIn(const QStringList &lines)
{
    static const QRegularExpression frameRe(QStringLiteral(
        "^\\s*(?:at\\s+(?:.*?\\()?|❯\\s+)(?:file://)?([^\\s()]+?):(\\d+)(?::(\\d+))?\\)?\\s*$"));
    QList<Frame> frames;
    for (const QString &l : lines) {
        const QRegularExpressionMatch m = frameRe.match(l);
        if (!m.hasMatch())
            continue;
        const QString path = m.captured(1);
        // The runner's own code and node's internals never hold the failing assertion.
        if (path.contains(QLatin1String("node_modules/")) || path.startsWith(QLatin1String("node:"))
            || path.startsWith(QLatin1Char('<')))
            continue;
        frames.append({ path, m.captured(2).toInt(), m.captured(3).toInt() });
    }
    return frames;
}

QString withoutErrorPrefix(const QString &headline)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:error|Error|AssertionError(?: \\[[\\w-]+\\])?):\\s+"));
    QString out = headline;
    out.remove(prefix);
    return out;
}

QString oneLine(const QString &text)
{
    constexpr int maxSummary = 300;
    QString out = text.simplified();
    if (out.size() > maxSummary) {
        out.truncate(maxSummary);
        out.append(QChar(0x2026));
    }
    return out;
}

} // namespace

QString TestFailure::location() const
{
    return hasLocation() ? QStringLiteral("%1:%2").arg(file).arg(line) : QString();
}

TestFailure TestFailure::fromOutput(const QString &output, const QString &testFile)
{
    TestFailure failure;
    const QStringList lines = splitLines(output);

    // Where: the frame in the test's own file, else the first frame outside the runner.
    const QList<Frame> frames = framesIn(lines);
    const Frame *best = frames.isEmpty() ? nullptr : &frames.first();
    if (!testFile.isEmpty()) {
        for (const Frame &f : frames) {
            if (f.path == testFile || f.path.endsWith(QLatin1Char('/') + testFile)
                || testFile.endsWith(QLatin1Char('/') + f.path)) {
                best = &f;
                break;
            }
        }
    }
    if (best) {
        failure.file = !testFile.isEmpty() && best->path.endsWith(QLatin1Char('/') + testFile)
            ? testFile
            : best->path;
        failure.line = best->line;
        failure.column = best->column;
    }

    // Why: the text without the code excerpt and the stack, blank runs collapsed.
    QStringList kept;
    for (const QString &l : lines) {
        if (isCodeFrame(l) || isStackLine(l))
            continue;
        if (l.trimmed().isEmpty() && (kept.isEmpty() || kept.last().trimmed().isEmpty()))
            continue;
        kept.append(l);
    }
    const QString reason = joinTrimmed(kept);
    if (reason.isEmpty()) {
        // Nothing but an excerpt or a stack (or nothing at all): show the text as printed.
        failure.message = joinTrimmed(lines);
        const QString first = failure.message.section(QLatin1Char('\n'), 0, 0);
        failure.summary = oneLine(first);
        return failure;
    }
    QStringList reasonLines = reason.split(QLatin1Char('\n'));
    const QString headline = withoutErrorPrefix(reasonLines.takeFirst().trimmed());
    // Keep the runner's layout: a blank line after the headline only where it printed one.
    const bool gap = !reasonLines.isEmpty() && reasonLines.first().trimmed().isEmpty();
    const QString body = joinTrimmed(reasonLines);
    failure.message = body.isEmpty()
        ? headline
        : headline + (gap ? QStringLiteral("\n\n") : QStringLiteral("\n")) + body;

    static const QRegularExpression expectedRe(QStringLiteral("^\\s*Expected:\\s*(.*)$"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression receivedRe(QStringLiteral("^\\s*Received:\\s*(.*)$"),
                                               QRegularExpression::MultilineOption);
    const QRegularExpressionMatch expected = expectedRe.match(body);
    const QRegularExpressionMatch received = receivedRe.match(body);
    const QStringList bodyLines = body.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (expected.hasMatch() && received.hasMatch() && !expected.captured(1).isEmpty()
        && !received.captured(1).isEmpty()) {
        failure.summary = oneLine(QStringLiteral("Expected: %1 \u00b7 Received: %2")
                                      .arg(expected.captured(1), received.captured(1)));
    } else if (bodyLines.size() == 1 && headline.startsWith(QLatin1String("expect("))) {
        failure.summary = oneLine(bodyLines.first()); // "Received function did not throw"
    } else {
        failure.summary = oneLine(headline);
    }
    return failure;
}

} // namespace Autocoder::Run
