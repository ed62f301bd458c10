#include "run/testresultparser.h"

#include "run/runevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Autocoder::Run {

namespace {

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
        return qint64(v * 1000.0 + 0.5);
    return qint64(v + 0.5);
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

} // namespace

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

// jest (verbose) and vitest text reporters.
TestReport TestResultParser::parseJestText(const QString &output)
{
    static const QRegularExpression fileRe(QStringLiteral("^\\s*(PASS|FAIL)\\s+(\\S+)"));
    static const QRegularExpression vitestFileRe(
        QStringLiteral("^\\s*[✓❯×↓] (\\S+\\.[cm]?[jt]sx?) \\(\\d+ tests?"));
    static const QRegularExpression testRe(
        QStringLiteral("^(\\s*)([✓✔√✕✗×○↓✎]) (.*?)(?:\\s+\\(?([\\d.]+)\\s*(ms|s)\\)?)?$"));
    static const QRegularExpression bulletRe(QStringLiteral("^\\s*● (.+)$"));
    static const QRegularExpression vitestFailRe(QStringLiteral("^\\s*FAIL\\s+(\\S+) > (.+)$"));
    static const QRegularExpression summaryRe(QStringLiteral("^\\s*Tests:?\\s+(.*)$"));
    static const QRegularExpression countRe(
        QStringLiteral("(\\d+) (passed|failed|skipped|todo|pending)"));

    TestReport report;
    report.format = QStringLiteral("jest");
    QString file;
    QMap<int, QString> suites; // indent -> describe name (jest verbose)
    QString blockName; // current "● name" / vitest "FAIL file > name" block
    QString blockFile;
    QStringList blockLines;
    QMap<QString, QString> messages; // "file\nname" -> message

    auto flushBlock = [&]() {
        if (!blockName.isEmpty() && blockName != QString(QChar(1)))
            messages.insert(blockFile + QLatin1Char('\n') + blockName, joinTrimmed(blockLines));
        blockName.clear();
        blockLines.clear();
    };

    for (const QString &line : splitLines(output)) {
        QRegularExpressionMatch m = summaryRe.match(line);
        if (m.hasMatch() && countRe.match(m.captured(1)).hasMatch()) {
            flushBlock();
            QRegularExpressionMatchIterator it = countRe.globalMatch(m.captured(1));
            while (it.hasNext()) {
                const QRegularExpressionMatch c = it.next();
                const int n = c.captured(1).toInt();
                const QString what = c.captured(2);
                if (what == QLatin1String("passed"))
                    report.summaryPassed = n;
                else if (what == QLatin1String("failed"))
                    report.summaryFailed = n;
                else
                    report.summarySkipped = std::max(report.summarySkipped, 0) + n;
            }
            continue;
        }
        if (line.trimmed().startsWith(QLatin1String("Test Suites:"))
            || line.trimmed().startsWith(QLatin1String("Test Files"))) {
            flushBlock();
            continue;
        }
        m = vitestFailRe.match(line);
        if (m.hasMatch()) {
            flushBlock();
            blockFile = m.captured(1);
            blockName = m.captured(2).trimmed();
            continue;
        }
        m = fileRe.match(line);
        if (m.hasMatch()) {
            flushBlock();
            file = m.captured(2);
            suites.clear();
            continue;
        }
        m = vitestFileRe.match(line);
        if (m.hasMatch()) {
            flushBlock();
            file = m.captured(1);
            suites.clear();
            continue;
        }
        m = bulletRe.match(line);
        if (m.hasMatch()) {
            flushBlock();
            if (m.captured(1).trimmed() == QLatin1String("Console")) {
                // console.log output block, not a failure: swallow its lines.
                blockName = QString(QChar(1));
                blockFile.clear();
                continue;
            }
            blockFile = file;
            blockName =
                m.captured(1).replace(QStringLiteral(" › "), QStringLiteral(" > ")).trimmed();
            continue;
        }
        if (!blockName.isEmpty()) {
            if (line.startsWith(QStringLiteral("⎯"))
                || line.trimmed().startsWith(QStringLiteral("⎯⎯"))) {
                flushBlock();
                continue;
            }
            blockLines.append(line);
            continue;
        }
        m = testRe.match(line);
        if (m.hasMatch()) {
            const int indent = m.captured(1).size();
            const QString glyph = m.captured(2);
            QString name = m.captured(3);
            QLatin1String status = TestStatus::Passed;
            if (glyph == QStringLiteral("✕") || glyph == QStringLiteral("✗")
                || glyph == QStringLiteral("×"))
                status = TestStatus::Failed;
            else if (glyph == QStringLiteral("○") || glyph == QStringLiteral("↓")
                     || glyph == QStringLiteral("✎")) {
                status = TestStatus::Skipped;
                if (name.startsWith(QLatin1String("skipped ")))
                    name = name.mid(8);
                else if (name.startsWith(QLatin1String("todo ")))
                    name = name.mid(5);
            }
            QStringList parts;
            for (auto it = suites.cbegin(); it != suites.cend(); ++it) {
                if (it.key() < indent)
                    parts.append(it.value());
            }
            parts.append(name);
            report.tests.append(makeRecord(parts.join(QStringLiteral(" > ")), file, status,
                                           toMs(m.captured(4), m.captured(5))));
            continue;
        }
        // vitest prints "→ message" under a failed test.
        if (line.trimmed().startsWith(QStringLiteral("→ ")) && !report.tests.isEmpty()
            && report.tests.last().status == TestStatus::Failed
            && report.tests.last().message.isEmpty()) {
            report.tests.last().message = line.trimmed().mid(2);
            continue;
        }
        // An indented plain line under a file heading is a describe block (jest --verbose).
        const int indent = indentOf(line);
        if (!file.isEmpty() && indent > 0 && !line.trimmed().isEmpty()) {
            auto it = suites.lowerBound(indent);
            while (it != suites.end())
                it = suites.erase(it);
            suites.insert(indent, line.trimmed());
        }
    }
    flushBlock();

    // Attach messages; failures only known from their "●" block become records themselves.
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        const QString blockFileKey = it.key().section(QLatin1Char('\n'), 0, 0);
        const QString name = it.key().section(QLatin1Char('\n'), 1);
        bool found = false;
        for (TestRecord &r : report.tests) {
            if (r.status == TestStatus::Failed && r.name == name
                && (blockFileKey.isEmpty() || r.file.isEmpty() || r.file == blockFileKey)) {
                r.message = it.value();
                found = true;
            }
        }
        if (!found) {
            TestRecord r = makeRecord(name, blockFileKey, TestStatus::Failed, -1);
            r.message = it.value();
            report.tests.append(r);
        }
    }
    return report;
}

// jest --json / vitest --reporter=json (jest-compatible).
TestReport TestResultParser::parseJestJson(const QString &output)
{
    TestReport report;
    const int start = output.indexOf(QLatin1Char('{'));
    const int end = output.lastIndexOf(QLatin1Char('}'));
    if (start < 0 || end <= start)
        return report;
    const QJsonDocument doc = QJsonDocument::fromJson(output.mid(start, end - start + 1).toUtf8());
    if (!doc.isObject())
        return report;
    report.format = QStringLiteral("jest-json");
    const QJsonObject root = doc.object();
    if (root.contains(QStringLiteral("numPassedTests")))
        report.summaryPassed = root.value(QStringLiteral("numPassedTests")).toInt();
    if (root.contains(QStringLiteral("numFailedTests")))
        report.summaryFailed = root.value(QStringLiteral("numFailedTests")).toInt();
    if (root.contains(QStringLiteral("numPendingTests")))
        report.summarySkipped = root.value(QStringLiteral("numPendingTests")).toInt()
            + root.value(QStringLiteral("numTodoTests")).toInt();
    const QJsonArray files = root.value(QStringLiteral("testResults")).toArray();
    for (const QJsonValue &fv : files) {
        const QJsonObject f = fv.toObject();
        const QString file = f.value(QStringLiteral("name")).toString();
        const QJsonArray assertions = f.value(QStringLiteral("assertionResults")).toArray();
        if (assertions.isEmpty()
            && f.value(QStringLiteral("status")).toString() == QLatin1String("failed")) {
            // The file failed to load (syntax error, missing import): no test ran in it.
            TestRecord r = makeRecord(file, file, TestStatus::Failed, -1);
            r.message = stripAnsi(f.value(QStringLiteral("message")).toString()).trimmed();
            report.tests.append(r);
            continue;
        }
        for (const QJsonValue &av : assertions) {
            const QJsonObject a = av.toObject();
            QStringList parts;
            const QJsonArray ancestors = a.value(QStringLiteral("ancestorTitles")).toArray();
            for (const QJsonValue &anc : ancestors)
                parts.append(anc.toString());
            parts.append(a.value(QStringLiteral("title")).toString());
            const QString s = a.value(QStringLiteral("status")).toString();
            const QLatin1String status = s == QLatin1String("passed") ? TestStatus::Passed
                : s == QLatin1String("failed")                        ? TestStatus::Failed
                                                                      : TestStatus::Skipped;
            const QJsonValue d = a.value(QStringLiteral("duration"));
            TestRecord r = makeRecord(parts.join(QStringLiteral(" > ")), file, status,
                                      d.isDouble() ? qint64(d.toDouble() + 0.5) : -1);
            QStringList msgs;
            const QJsonArray failures = a.value(QStringLiteral("failureMessages")).toArray();
            for (const QJsonValue &m : failures)
                msgs.append(stripAnsi(m.toString()).trimmed());
            r.message = msgs.join(QLatin1Char('\n'));
            report.tests.append(r);
        }
    }
    return report;
}

// TAP 13/14 as node:test prints it: nested subtests are indented by 4 and come before
// their parent's own test point; a YAML block after each point carries duration and error.
TestReport TestResultParser::parseTap(const QString &output)
{
    static const QRegularExpression pointRe(
        QStringLiteral(
            "^(\\s*)(not ok|ok)\\b(?:\\s+\\d+)?(?:\\s*-)?\\s*(.*?)(?:\\s*#\\s*(SKIP|TODO)\\b.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression countRe(
        QStringLiteral("^#\\s*(pass|fail|skipped|skip|todo)\\s+(\\d+)$"));
    static const QRegularExpression durationRe(QStringLiteral("^\\s*duration_ms:\\s*([\\d.]+)"));
    static const QRegularExpression locationRe(
        QStringLiteral("^\\s*location:\\s*'?(.*?)(?::\\d+){1,2}'?$"));
    static const QRegularExpression keyRe(QStringLiteral("^\\s*(error|message):\\s*(.*)$"));

    struct Point
    {
        TestRecord record;
        int indent;
        bool parent = false;
    };
    QList<Point> points;
    TestReport report;
    report.format = QStringLiteral("tap");

    const QStringList lines = splitLines(output);
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QRegularExpressionMatch m = pointRe.match(line);
        if (m.hasMatch()) {
            const int indent = m.captured(1).size();
            const bool ok = m.captured(2).compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0;
            QLatin1String status = ok ? TestStatus::Passed : TestStatus::Failed;
            if (!m.captured(4).isEmpty())
                status = TestStatus::Skipped;
            Point p { makeRecord(m.captured(3), QString(), status, -1), indent };
            // Children (deeper indent) since the previous point at this level make it a suite.
            for (int j = points.size() - 1; j >= 0 && points.at(j).indent > indent; --j) {
                p.parent = true;
                if (points.at(j).indent == indent + 4 || !points.at(j).parent)
                    points[j].record.name =
                        p.record.name + QStringLiteral(" > ") + points.at(j).record.name;
            }
            // YAML diagnostics block.
            if (i + 1 < lines.size() && lines.at(i + 1).trimmed() == QLatin1String("---")) {
                QStringList errorLines;
                QString inlineError;
                bool inError = false;
                int errorIndent = -1;
                int k = i + 2;
                for (; k < lines.size() && lines.at(k).trimmed() != QLatin1String("..."); ++k) {
                    const QString &y = lines.at(k);
                    QRegularExpressionMatch ym = durationRe.match(y);
                    if (ym.hasMatch()) {
                        p.record.durationMs = qint64(ym.captured(1).toDouble() + 0.5);
                        inError = false;
                        continue;
                    }
                    ym = locationRe.match(y);
                    if (ym.hasMatch()) {
                        p.record.file = ym.captured(1);
                        if (p.record.file.startsWith(QLatin1String("file://")))
                            p.record.file = p.record.file.mid(7);
                        inError = false;
                        continue;
                    }
                    ym = keyRe.match(y);
                    if (ym.hasMatch() && (errorIndent < 0 || indentOf(y) <= errorIndent)) {
                        if (ym.captured(1) == QLatin1String("error") || inlineError.isEmpty()) {
                            QString v = ym.captured(2).trimmed();
                            if (v.startsWith(QLatin1Char('|')) || v.startsWith(QLatin1Char('>'))) {
                                inError = true;
                                errorIndent = indentOf(y);
                                errorLines.clear();
                            } else {
                                if (v.size() >= 2
                                    && (v.startsWith(QLatin1Char('\''))
                                        || v.startsWith(QLatin1Char('"'))))
                                    v = v.mid(1, v.size() - 2);
                                inlineError = v;
                                inError = false;
                            }
                        }
                        continue;
                    }
                    if (inError && (y.isEmpty() || indentOf(y) > errorIndent)) {
                        errorLines.append(y);
                        continue;
                    }
                    inError = false;
                }
                if (!p.record.status.isEmpty() && p.record.status == TestStatus::Failed)
                    p.record.message = errorLines.isEmpty() ? inlineError : joinTrimmed(errorLines);
                i = k;
            }
            points.append(p);
            continue;
        }
        QRegularExpressionMatch c = countRe.match(line.trimmed());
        if (c.hasMatch()) {
            const QString what = c.captured(1);
            const int n = c.captured(2).toInt();
            if (what == QLatin1String("pass"))
                report.summaryPassed = n;
            else if (what == QLatin1String("fail"))
                report.summaryFailed = n;
            else
                report.summarySkipped = std::max(report.summarySkipped, 0) + n;
        }
    }
    for (const Point &p : points) {
        if (!p.parent) {
            report.tests.append(p.record);
            continue;
        }
        // A failing suite with no failing child failed on its own (hook, import): keep it.
        if (p.record.status == TestStatus::Failed) {
            bool childFailed = false;
            for (const Point &q : points) {
                if (!q.parent && q.record.status == TestStatus::Failed
                    && q.record.name.startsWith(p.record.name + QStringLiteral(" > ")))
                    childFailed = true;
            }
            if (!childFailed)
                report.tests.append(p.record);
        }
    }
    return report;
}

// node:test "spec" reporter (the default on a TTY).
TestReport TestResultParser::parseNodeSpec(const QString &output)
{
    static const QRegularExpression suiteRe(
        QStringLiteral("^(\\s*)▶ (.*?)(?: \\(([\\d.]+)(ms|s)\\))?$"));
    static const QRegularExpression testRe(
        QStringLiteral("^(\\s*)([✔✖﹣]) (.*?)(?: \\(([\\d.]+)(ms|s)\\))?(?: # (SKIP|TODO).*)?$"));
    static const QRegularExpression countRe(QStringLiteral("^ℹ (pass|fail|skipped|todo) (\\d+)$"));

    TestReport report;
    report.format = QStringLiteral("node-spec");
    QMap<int, QString> suites;
    int messageIndent = -1;
    QStringList messageLines;
    bool inFailingList = false;

    auto flushMessage = [&]() {
        if (messageIndent >= 0 && !report.tests.isEmpty())
            report.tests.last().message = joinTrimmed(messageLines);
        messageIndent = -1;
        messageLines.clear();
    };

    for (const QString &line : splitLines(output)) {
        const QRegularExpressionMatch cm = countRe.match(line.trimmed());
        if (cm.hasMatch()) {
            flushMessage();
            const int n = cm.captured(2).toInt();
            const QString what = cm.captured(1);
            if (what == QLatin1String("pass"))
                report.summaryPassed = n;
            else if (what == QLatin1String("fail"))
                report.summaryFailed = n;
            else
                report.summarySkipped = std::max(report.summarySkipped, 0) + n;
            continue;
        }
        if (line.trimmed().startsWith(QStringLiteral("✖ failing tests:"))) {
            flushMessage();
            inFailingList = true; // repeats failures already seen above
            continue;
        }
        if (inFailingList)
            continue;
        if (messageIndent >= 0) {
            if (line.trimmed().isEmpty() || indentOf(line) > messageIndent) {
                messageLines.append(line);
                continue;
            }
            flushMessage();
        }
        QRegularExpressionMatch m = suiteRe.match(line);
        if (m.hasMatch()) {
            const int indent = m.captured(1).size();
            auto it = suites.lowerBound(indent);
            while (it != suites.end())
                it = suites.erase(it);
            if (m.captured(3).isEmpty())
                suites.insert(indent, m.captured(2));
            continue;
        }
        m = testRe.match(line);
        if (m.hasMatch()) {
            const int indent = m.captured(1).size();
            const QString glyph = m.captured(2);
            if (suites.value(indent, QString()) == m.captured(3) && !m.captured(4).isEmpty()) {
                // "✖ suite (6ms)" closes a suite opened by "▶ suite" (node 20).
                auto it = suites.lowerBound(indent);
                while (it != suites.end())
                    it = suites.erase(it);
                continue;
            }
            QLatin1String status = glyph == QStringLiteral("✔") ? TestStatus::Passed
                : glyph == QStringLiteral("✖")                  ? TestStatus::Failed
                                                                : TestStatus::Skipped;
            if (!m.captured(6).isEmpty())
                status = TestStatus::Skipped;
            QStringList parts;
            for (auto it = suites.cbegin(); it != suites.cend(); ++it) {
                if (it.key() < indent)
                    parts.append(it.value());
            }
            parts.append(m.captured(3));
            report.tests.append(makeRecord(parts.join(QStringLiteral(" > ")), QString(), status,
                                           toMs(m.captured(4), m.captured(5))));
            if (status == TestStatus::Failed)
                messageIndent = indent;
        }
    }
    flushMessage();
    return report;
}

TestReport TestResultParser::parseJUnitXml(const QString &output)
{
    TestReport report;
    const int start = output.indexOf(QLatin1String("<"));
    if (start < 0)
        return report;
    report.format = QStringLiteral("junit");
    QXmlStreamReader xml(output.mid(start));
    QStringList suiteNames; // one per open <testsuite>, empty when it names a file
    QStringList suiteFiles;
    TestRecord current;
    bool inCase = false;
    QString childKind;
    QString childText;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("testsuite")) {
                const QString file = a.value(QLatin1String("file")).toString();
                const QString suiteName = a.value(QLatin1String("name")).toString();
                const bool namesFile = suiteName == file || suiteName.contains(QLatin1Char('/'))
                    || suiteName.endsWith(QLatin1String(".ts"))
                    || suiteName.endsWith(QLatin1String(".js"));
                suiteNames.append(namesFile ? QString() : suiteName);
                suiteFiles.append(
                    !file.isEmpty()
                        ? file
                        : (namesFile ? suiteName
                                     : (suiteFiles.isEmpty() ? QString() : suiteFiles.last())));
            } else if (name == QLatin1String("testcase")) {
                inCase = true;
                current = TestRecord();
                const QString caseName = a.value(QLatin1String("name")).toString();
                const QString cls = a.value(QLatin1String("classname")).toString();
                const bool clsIsPath = cls.contains(QLatin1Char('/'))
                    || cls.endsWith(QLatin1String(".ts")) || cls.endsWith(QLatin1String(".js"));
                QStringList parts;
                for (const QString &s : std::as_const(suiteNames)) {
                    if (!s.isEmpty())
                        parts.append(s);
                }
                // jest-junit and friends put the suite in classname; node puts "test" there.
                if (parts.isEmpty() && !cls.isEmpty() && !clsIsPath && cls != QLatin1String("test")
                    && !cls.contains(caseName) && !caseName.contains(cls))
                    parts.append(cls);
                parts.append(caseName);
                current.name = parts.join(QStringLiteral(" > "));
                current.file = a.value(QLatin1String("file")).toString();
                if (current.file.isEmpty() && !suiteFiles.isEmpty())
                    current.file = suiteFiles.last();
                const QString time = a.value(QLatin1String("time")).toString();
                current.durationMs = time.isEmpty() ? -1 : qint64(time.toDouble() * 1000.0 + 0.5);
                current.status = TestStatus::Passed;
            } else if (inCase
                       && (name == QLatin1String("failure") || name == QLatin1String("error"))) {
                current.status = TestStatus::Failed;
                childKind = QStringLiteral("failure");
                childText = a.value(QLatin1String("message")).toString();
            } else if (inCase && name == QLatin1String("skipped")) {
                current.status = TestStatus::Skipped;
            }
        } else if (t == QXmlStreamReader::Characters && childKind == QLatin1String("failure")) {
            const QString text = xml.text().toString().trimmed();
            if (!text.isEmpty())
                childText = childText.isEmpty() ? text : childText + QLatin1Char('\n') + text;
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == QLatin1String("failure") || name == QLatin1String("error")) {
                current.message = stripAnsi(childText).trimmed();
                childKind.clear();
            } else if (name == QLatin1String("testcase")) {
                report.tests.append(current);
                inCase = false;
            } else if (name == QLatin1String("testsuite") && !suiteNames.isEmpty()) {
                suiteNames.removeLast();
                suiteFiles.removeLast();
            }
        }
    }
    if (xml.hasError() && report.tests.isEmpty())
        report.format.clear();
    return report;
}

} // namespace Autocoder::Run
