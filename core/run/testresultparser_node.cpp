#include "run/testresultparser.h"
#include "run/testresultparser_p.h"

#include "run/runevent.h"

#include <QMap>
#include <QRegularExpression>

#include <cmath>

namespace Autocoder::Run {

using namespace TestParsing;

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
                        p.record.durationMs = qint64(std::llround(ym.captured(1).toDouble()));
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

} // namespace Autocoder::Run
