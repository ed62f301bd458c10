// A cheap static check for text that bypasses tr(): string literals with letters passed
// straight to the setters and constructors that put text on screen, in ui/ and app/. A line
// that passes one on purpose (an address, a file name) says so with the comment
// "// i18n: not user text".
#include "trliteralscan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using Autocoder::Testing::scanForLiterals;
using Autocoder::Testing::trAllowMarker;

class TestTrLiterals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The scan finds each planted literal once, at its call's line, and honours the marker.
    void findsLiteralsInSample()
    {
        const QString sample = QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/sources/literals.cpp");
        const QStringList found = scanForLiterals(sample, QStringLiteral("literals.cpp"));
        QFile file(sample);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<int> expected;
        int n = 0;
        while (!file.atEnd()) {
            ++n;
            const QByteArray line = file.readLine();
            if (line.contains("// bad above"))
                expected.append(n - 1);
            else if (line.contains("// bad"))
                expected.append(n);
        }
        QList<int> lines;
        for (const QString &f : found)
            lines.append(f.section(QLatin1Char(':'), 1, 1).toInt());
        QVERIFY2(lines == expected, qPrintable(found.join(QLatin1Char('\n'))));
    }

    void uiAndAppPassTextThroughTr()
    {
        const QDir root(QStringLiteral(AUTOCODER_SOURCE_DIR));
        QStringList found;
        for (const char *dir : { "ui", "app" }) {
            QDirIterator it(root.filePath(QLatin1String(dir)),
                            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                found += scanForLiterals(path, root.relativeFilePath(path));
            }
        }
        found.sort();
        for (const QString &f : found)
            qWarning().noquote() << f;
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 literals reach the screen without tr() (listed "
                                           "above; mark deliberate ones with \"%2\")")
                                .arg(found.size())
                                .arg(trAllowMarker)));
    }
};

QTEST_GUILESS_MAIN(TestTrLiterals)
#include "tst_trliterals.moc"
