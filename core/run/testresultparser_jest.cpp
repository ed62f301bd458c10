#include "run/testresultparser.h"
#include "run/testresultparser_p.h"

#include "run/runevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

namespace Autocoder::Run {

using namespace TestParsing;

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
    for (const QJsonValue fv : files) {
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
        for (const QJsonValue av : assertions) {
            const QJsonObject a = av.toObject();
            QStringList parts;
            const QJsonArray ancestors = a.value(QStringLiteral("ancestorTitles")).toArray();
            for (const QJsonValue anc : ancestors)
                parts.append(anc.toString());
            parts.append(a.value(QStringLiteral("title")).toString());
            const QString s = a.value(QStringLiteral("status")).toString();
            const QLatin1String status = s == QLatin1String("passed") ? TestStatus::Passed
                : s == QLatin1String("failed")                        ? TestStatus::Failed
                                                                      : TestStatus::Skipped;
            const QJsonValue d = a.value(QStringLiteral("duration"));
            TestRecord r = makeRecord(parts.join(QStringLiteral(" > ")), file, status,
                                      d.isDouble() ? qint64(std::llround(d.toDouble())) : -1);
            QStringList msgs;
            const QJsonArray failures = a.value(QStringLiteral("failureMessages")).toArray();
            for (const QJsonValue m : failures)
                msgs.append(stripAnsi(m.toString()).trimmed());
            r.message = msgs.join(QLatin1Char('\n'));
            report.tests.append(r);
        }
    }
    return report;
}

} // namespace Autocoder::Run
