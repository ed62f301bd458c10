#include "diff/linediff.h"

#include <QTest>

using namespace Autocoder::Diff;

namespace {

// The hunks as unified-diff text ("@@ … @@", " ctx", "-old", "+new"), for readable asserts.
QString unified(const LineDiffResult &result)
{
    QStringList out;
    for (const Hunk &hunk : result.hunks) {
        out.append(hunk.header());
        for (const DiffLine &line : hunk.lines) {
            const QChar mark = line.kind == DiffLine::Kind::Added ? QLatin1Char('+')
                : line.kind == DiffLine::Kind::Removed            ? QLatin1Char('-')
                                                                  : QLatin1Char(' ');
            out.append(mark + line.text + (line.noNewline ? QStringLiteral("\\") : QString()));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString numbered(int from, int to)
{
    QString text;
    for (int i = from; i <= to; ++i)
        text += QStringLiteral("line %1\n").arg(i);
    return text;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("one newline")
            << QStringLiteral("\n") << QStringList { QStringLiteral("\n") };
        QTest::newRow("no final newline")
            << QStringLiteral("a\nb") << QStringList { QStringLiteral("a\n"), QStringLiteral("b") };
        QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n")
                              << QStringList { QStringLiteral("a\r\n"), QStringLiteral("b\r\n") };
    }
    void splitLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QCOMPARE(LineDiff::splitLines(text), lines);
    }

    void emptyAndIdentical()
    {
        QVERIFY(LineDiff::compute(QString(), QString()).identical());
        const QString text = numbered(1, 20);
        const LineDiffResult same = LineDiff::compute(text, text);
        QVERIFY(same.identical());
        QCOMPARE(same.added, 0);
        QCOMPARE(same.removed, 0);
    }

    void fromEmptyAndToEmpty()
    {
        const LineDiffResult added = LineDiff::compute(QString(), QStringLiteral("a\nb\n"));
        QCOMPARE(unified(added), QStringLiteral("@@ -0,0 +1,2 @@\n+a\n+b"));
        QCOMPARE(added.added, 2);
        const LineDiffResult removed = LineDiff::compute(QStringLiteral("a\nb\n"), QString());
        QCOMPARE(unified(removed), QStringLiteral("@@ -1,2 +0,0 @@\n-a\n-b"));
        QCOMPARE(removed.removed, 2);
    }

    void insertAtStartAndEnd()
    {
        const QString old = numbered(1, 10);
        const LineDiffResult start = LineDiff::compute(old, QStringLiteral("new\n") + old);
        QCOMPARE(unified(start),
                 QStringLiteral("@@ -1,3 +1,4 @@\n+new\n line 1\n line 2\n line 3"));
        const LineDiffResult end = LineDiff::compute(old, old + QStringLiteral("new\n"));
        QCOMPARE(unified(end), QStringLiteral("@@ -8,3 +8,4 @@\n line 8\n line 9\n line 10\n+new"));
        QCOMPARE(end.added, 1);
        QCOMPARE(end.removed, 0);
    }

    void deleteAtStartAndEnd()
    {
        const LineDiffResult start = LineDiff::compute(numbered(1, 10), numbered(2, 10));
        QCOMPARE(unified(start),
                 QStringLiteral("@@ -1,4 +1,3 @@\n-line 1\n line 2\n line 3\n line 4"));
        const LineDiffResult end = LineDiff::compute(numbered(1, 10), numbered(1, 9));
        QCOMPARE(unified(end),
                 QStringLiteral("@@ -7,4 +7,3 @@\n line 7\n line 8\n line 9\n-line 10"));
    }

    void changeInTheMiddleHasLineNumbers()
    {
        QString changed = numbered(1, 20);
        changed.replace(QStringLiteral("line 10\n"), QStringLiteral("ten\n"));
        const LineDiffResult result = LineDiff::compute(numbered(1, 20), changed);
        QCOMPARE(result.hunks.size(), 1);
        const Hunk &hunk = result.hunks.first();
        QCOMPARE(hunk.header(), QStringLiteral("@@ -7,7 +7,7 @@"));
        QCOMPARE(hunk.lines.at(3).kind, DiffLine::Kind::Removed);
        QCOMPARE(hunk.lines.at(3).oldLine, 10);
        QCOMPARE(hunk.lines.at(3).newLine, 0);
        QCOMPARE(hunk.lines.at(4).kind, DiffLine::Kind::Added);
        QCOMPARE(hunk.lines.at(4).text, QStringLiteral("ten"));
        QCOMPARE(hunk.lines.at(4).newLine, 10);
        QCOMPARE(hunk.lines.at(5).oldLine, 11);
        QCOMPARE(hunk.lines.at(5).newLine, 11);
    }

    void distantChangesMakeTwoHunksCloseOnesOne()
    {
        QString far = numbered(1, 30);
        far.replace(QStringLiteral("line 2\n"), QStringLiteral("two\n"));
        far.replace(QStringLiteral("line 25\n"), QStringLiteral("twenty-five\n"));
        QCOMPARE(LineDiff::compute(numbered(1, 30), far).hunks.size(), 2);
        QString near = numbered(1, 30);
        near.replace(QStringLiteral("line 10\n"), QStringLiteral("ten\n"));
        near.replace(QStringLiteral("line 16\n"), QStringLiteral("sixteen\n"));
        QCOMPARE(LineDiff::compute(numbered(1, 30), near).hunks.size(), 1);
    }

    void minimalEdit()
    {
        // The classic example from Myers' paper: ABCABBA → CBABAC needs 5 edits.
        const auto chars = [](const char *s) {
            QStringList lines;
            for (const char *c = s; *c; ++c)
                lines.append(QString(QLatin1Char(*c)) + QLatin1Char('\n'));
            return lines;
        };
        const LineDiffResult result = LineDiff::compute(chars("ABCABBA"), chars("CBABAC"));
        QCOMPARE(result.added + result.removed, 5);
        QVERIFY(!result.approximate);
    }

    void crlfIsReadAndAnEndingChangeIsAChange()
    {
        const LineDiffResult crlf =
            LineDiff::compute(QStringLiteral("a\r\nb\r\nc\r\n"), QStringLiteral("a\r\nB\r\nc\r\n"));
        QCOMPARE(unified(crlf), QStringLiteral("@@ -1,3 +1,3 @@\n a\n-b\n+B\n c"));
        const LineDiffResult endings =
            LineDiff::compute(QStringLiteral("a\nb\n"), QStringLiteral("a\r\nb\r\n"));
        QCOMPARE(endings.removed, 2);
        QCOMPARE(endings.added, 2);
    }

    void noTrailingNewline()
    {
        const LineDiffResult result =
            LineDiff::compute(QStringLiteral("a\nb\n"), QStringLiteral("a\nb"));
        QCOMPARE(unified(result), QStringLiteral("@@ -1,2 +1,2 @@\n a\n-b\n+b\\"));
        const LineDiffResult appended =
            LineDiff::compute(QStringLiteral("a\nb"), QStringLiteral("a\nb\nc"));
        QCOMPARE(unified(appended), QStringLiteral("@@ -1,2 +1,3 @@\n a\n-b\\\n+b\n+c\\"));
    }

    void hugeInputIsCappedButStillCorrect()
    {
        QStringList a;
        QStringList b;
        for (int i = 0; i < 3000; ++i) {
            a.append(QStringLiteral("a%1\n").arg(i));
            b.append(QStringLiteral("b%1\n").arg(i));
        }
        LineDiffOptions options;
        options.maxEditDistance = 100;
        const LineDiffResult result = LineDiff::compute(a, b, options);
        QVERIFY(result.approximate);
        QCOMPARE(result.removed, 3000);
        QCOMPARE(result.added, 3000);
        // Under the cap the same kind of input is exact.
        const LineDiffResult small = LineDiff::compute(a.mid(0, 20), b.mid(0, 20), options);
        QVERIFY(!small.approximate);
        QCOMPARE(small.removed, 20);
    }

    void zeroContext()
    {
        LineDiffOptions options;
        options.contextLines = 0;
        QString changed = numbered(1, 5);
        changed.replace(QStringLiteral("line 3\n"), QStringLiteral("three\n"));
        const LineDiffResult result = LineDiff::compute(numbered(1, 5), changed, options);
        QCOMPARE(unified(result), QStringLiteral("@@ -3,1 +3,1 @@\n-line 3\n+three"));
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
