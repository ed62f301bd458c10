#include "run/testresultparser.h"
#include "run/testresultparser_p.h"

#include "run/runevent.h"

#include <QXmlStreamReader>

#include <cmath>

namespace Autocoder::Run {

using namespace TestParsing;

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
                current.durationMs =
                    time.isEmpty() ? -1 : qint64(std::llround(time.toDouble() * 1000.0));
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
