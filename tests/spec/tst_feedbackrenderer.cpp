#include "golden.h"

#include "spec/feedbackrenderer.h"

#include <QStandardPaths>
#include <QTest>

using Autocoder::Spec::FeedbackInput;
using Autocoder::Spec::FeedbackRenderer;
using Autocoder::Spec::ProjectSpec;

Q_DECLARE_METATYPE(Autocoder::Spec::FeedbackInput)

namespace {

ProjectSpec spec()
{
    ProjectSpec s;
    s.name = QStringLiteral("duration-lib");
    return s;
}

// A huge, noisy log: colours, progress bars and a megabyte of filler.
QString hugeLog()
{
    QString log = QStringLiteral("bun test v1.1.38 (\x1b[2m2b5f2b9d\x1b[0m)\n");
    log += QStringLiteral("Downloading 10%\rDownloading 50%\rDownloading 100%\n");
    for (int i = 0; i < 20000; ++i)
        log +=
            QStringLiteral("\x1b[32m(pass)\x1b[0m filler test number %1 with some padding text\n")
                .arg(i);
    log += QStringLiteral("\x1b[31m(fail)\x1b[0m parse > rejects garbage\n"
                          "error: expect(received).toThrow()\n\n 2 pass\n 1 fail\nRan 3 tests.\n");
    return log;
}

FeedbackInput testFailure()
{
    FeedbackInput in;
    in.iteration = 2;
    in.failedStep = QStringLiteral("test");
    in.failedCommand = QStringLiteral("bun test");
    in.exitCode = 1;
    in.output = hugeLog();
    in.passedTests = 20000;
    in.failingTests = {
        { QStringLiteral("parse > rejects garbage"), QStringLiteral("tests/parse.test.ts"),
          QStringLiteral("\x1b[31merror\x1b[0m: expect(received).toThrow()\n\nReceived function "
                         "did not throw") },
        { QStringLiteral("format > pads minutes"), QString(), QString(2000, QLatin1Char('m')) },
    };
    in.userGuidance = QStringLiteral("Please use a regular expression for parsing.");
    return in;
}

FeedbackInput buildTimeout()
{
    FeedbackInput in;
    in.iteration = 1;
    in.failedStep = QStringLiteral("build");
    in.failedCommand = QStringLiteral("bun run build");
    in.exitCode = -1;
    in.timedOut = true;
    in.output = QStringLiteral("$ bun build ./src/index.ts --outdir dist\n```\nweird fence\n```\n");
    return in;
}

FeedbackInput manyTests()
{
    FeedbackInput in;
    in.iteration = 4;
    in.failedStep = QStringLiteral("test");
    in.failedCommand = QStringLiteral("bun test");
    in.exitCode = 1;
    for (int i = 0; i < 30; ++i)
        in.failingTests.append({ QStringLiteral("case %1").arg(i),
                                 QStringLiteral("tests/a.test.ts"),
                                 QStringLiteral("expected %1").arg(i) });
    in.lockedTestViolations = { QStringLiteral("tests/parse.test.ts") };
    return in;
}

FeedbackInput guidanceOnly()
{
    FeedbackInput in;
    in.iteration = 3;
    in.userGuidance = QStringLiteral("  Rename the package to duration-kit.  ");
    return in;
}

QString mutantDiff(int line, const QString &from, const QString &to)
{
    return QStringLiteral("--- a/src/duration.ts\n+++ b/src/duration.ts\n@@ -%1,3 +%1,3 @@\n"
                          " export function parse(s: string): number {\n"
                          "-  if (s.length %2 0) throw new RangeError(\"empty\");\n"
                          "+  if (s.length %3 0) throw new RangeError(\"empty\");\n"
                          "   return total;\n")
        .arg(line)
        .arg(from, to);
}

/// Green by the commands, but two requirements lack a passing test and the tests let
/// twelve mutants through.
FeedbackInput requirementsAndMutants()
{
    FeedbackInput in;
    in.iteration = 3;
    in.passedTests = 9;
    in.uncoveredRequirements = {
        { QStringLiteral("R2"), QStringLiteral("format(5400) returns \"1h30m\""), false },
        { QStringLiteral("R3"), QStringLiteral("invalid input throws a RangeError"), true },
    };
    for (int i = 0; i < 12; ++i)
        in.survivingMutants.append(
            { QStringLiteral("src/duration.ts:%1: `===` → `!==`").arg(10 + i),
              mutantDiff(9 + i, QStringLiteral("==="), QStringLiteral("!==")) });
    in.mutationScore = 0.4;
    in.mutationThreshold = 0.6;
    return in;
}

} // namespace

class TestFeedbackRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<FeedbackInput>("input");
        QTest::newRow("test-failure")
            << QStringLiteral("feedback-test-failure.md") << testFailure();
        QTest::newRow("build-timeout")
            << QStringLiteral("feedback-build-timeout.md") << buildTimeout();
        QTest::newRow("many-tests") << QStringLiteral("feedback-many-tests.md") << manyTests();
        QTest::newRow("guidance-only")
            << QStringLiteral("feedback-guidance-only.md") << guidanceOnly();
        QTest::newRow("requirements-and-mutants")
            << QStringLiteral("feedback-requirements-and-mutants.md") << requirementsAndMutants();
    }

    void requirementsAndMutantsSections()
    {
        const QString prompt = FeedbackRenderer::render(spec(), requirementsAndMutants());
        QVERIFY(prompt.startsWith(QStringLiteral("The automatic gate failed after iteration 3.")));
        QVERIFY(prompt.contains(QStringLiteral("## Requirements without a passing test")));
        QVERIFY(prompt.contains(QStringLiteral("- R2: format(5400) returns \"1h30m\"\n")));
        QVERIFY(prompt.contains(
            QStringLiteral("- R3: invalid input throws a RangeError (its tagged tests fail")));
        QVERIFY(prompt.contains(QStringLiteral("`test(\"[R2] …\", …)`")));
        QVERIFY(prompt.contains(QStringLiteral("## Mutants your tests did not catch")));
        QVERIFY(prompt.contains(QStringLiteral("caught 40% of the changes, below the 60%")));
        QVERIFY(prompt.contains(QStringLiteral("10. src/duration.ts:19:")));
        QVERIFY(!prompt.contains(QStringLiteral("11. src/duration.ts:20:")));
        QVERIFY(prompt.contains(QStringLiteral("… and 2 more.")));
        QVERIFY(prompt.contains(QStringLiteral("```diff\n--- a/src/duration.ts")));
        // Requirements come before mutants, both before the closing line.
        QVERIFY(prompt.indexOf(QStringLiteral("## Requirements"))
                < prompt.indexOf(QStringLiteral("## Mutants")));

        // Only requirements: no mutant section, and the other way round.
        FeedbackInput in = requirementsAndMutants();
        in.survivingMutants.clear();
        QVERIFY(!FeedbackRenderer::render(spec(), in).contains(QStringLiteral("## Mutants")));
        in = requirementsAndMutants();
        in.uncoveredRequirements.clear();
        const QString onlyMutants = FeedbackRenderer::render(spec(), in);
        QVERIFY(!onlyMutants.contains(QStringLiteral("## Requirements")));
        QVERIFY(onlyMutants.startsWith(QStringLiteral("The automatic gate failed")));
        // No score known: no percentages, the rest still there.
        in.mutationScore = -1;
        const QString noScore = FeedbackRenderer::render(spec(), in);
        QVERIFY(!noScore.contains(QStringLiteral("below the")));
        QVERIFY(noScore.contains(QStringLiteral("Every test still passed")));
    }

    void mutantSectionsBoundedWhateverTheInput()
    {
        FeedbackInput in = testFailure();
        in.output = QString(4 * 1024 * 1024, QLatin1Char('z'));
        for (int i = 0; i < 1000; ++i) {
            in.failingTests.append(
                { QString(1000, QLatin1Char('n')), QString(), QString(100000, QLatin1Char('q')) });
            in.uncoveredRequirements.append({ QStringLiteral("R%1").arg(i + 1),
                                              QString(100000, QLatin1Char('r')), i % 2 == 1 });
            // A fence inside the diff must not close the block early.
            in.survivingMutants.append({ QString(100000, QLatin1Char('d')),
                                         QStringLiteral("```\n") + QString(100000, u'+') });
        }
        in.userGuidance = QString(100000, QLatin1Char('g'));
        const QString prompt = FeedbackRenderer::render(spec(), in);
        QVERIFY2(prompt.size() < 48 * 1024, qPrintable(QString::number(prompt.size())));
        QVERIFY(prompt.contains(QStringLiteral("… and 980 more.")));
        QVERIFY(prompt.contains(QStringLiteral("… and 990 more.")));
        QVERIFY(prompt.contains(QStringLiteral("[… diff shortened …]")));
        QVERIFY(prompt.contains(QStringLiteral("````diff\n```\n")));
    }

    void golden()
    {
        QFETCH(QString, name);
        QFETCH(FeedbackInput, input);
        const QString prompt = FeedbackRenderer::render(spec(), input);
        COMPARE_GOLDEN(name, prompt);
    }

    void boundedWhateverTheInput()
    {
        FeedbackInput in = testFailure();
        in.output = QString(4 * 1024 * 1024, QLatin1Char('z'));
        for (int i = 0; i < 1000; ++i)
            in.failingTests.append(
                { QString(1000, QLatin1Char('n')), QString(), QString(100000, QLatin1Char('q')) });
        in.userGuidance = QString(100000, QLatin1Char('g'));
        const QString prompt = FeedbackRenderer::render(spec(), in);
        QVERIFY2(prompt.size() < 32 * 1024, qPrintable(QString::number(prompt.size())));
        QVERIFY(!prompt.contains(QChar(0x1b)));
        QVERIFY(prompt.contains(QStringLiteral("more failing tests")));
    }

    void trimOutput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << QStringLiteral("abc\n") << 100 << QStringLiteral("abc\n");
        QTest::newRow("ansi") << QStringLiteral("\x1b[1;31mred\x1b[0m") << 100
                              << QStringLiteral("red");
        QTest::newRow("osc") << QStringLiteral("\x1b]0;title\x07text") << 100
                             << QStringLiteral("text");
        QTest::newRow("progress") << QStringLiteral("a 1%\ra 99%\nb") << 100
                                  << QStringLiteral("a 99%\nb");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << 100 << QStringLiteral("a\nb\n");
        QTest::newRow("zero") << QStringLiteral("abc") << 0 << QString();
        QTest::newRow("lines")
            << QStringLiteral("line1\nline2\nline3\nline4\nline5\nline6\nline7\nline8\nline9\n")
            << 30 << QStringLiteral("line1\n[… 31 characters omitted …]\nline7\nline8\nline9\n");
    }

    void trimOutput()
    {
        QFETCH(QString, input);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(FeedbackRenderer::trimOutput(input, max), expected);
    }

    void neverSplitsSurrogatePairs()
    {
        const QString emoji = QStringLiteral("😀");
        for (int max = 6; max < 40; ++max) {
            const QString trimmed = FeedbackRenderer::trimOutput(emoji.repeated(50), max);
            for (qsizetype i = 0; i < trimmed.size(); ++i) {
                if (trimmed.at(i).isHighSurrogate())
                    QVERIFY(i + 1 < trimmed.size() && trimmed.at(i + 1).isLowSurrogate());
                if (trimmed.at(i).isLowSurrogate())
                    QVERIFY(i > 0 && trimmed.at(i - 1).isHighSurrogate());
            }
        }
    }

    void trimKeepsHeadAndTail()
    {
        QString s;
        for (int i = 0; i < 10000; ++i)
            s += QStringLiteral("line %1\n").arg(i);
        const QString t = FeedbackRenderer::trimOutput(s, 3000);
        QVERIFY(t.startsWith(QStringLiteral("line 0\n")));
        QVERIFY(t.endsWith(QStringLiteral("line 9999\n")));
        QVERIFY(t.contains(QStringLiteral("characters omitted")));
        QVERIFY(t.size() < 3100);
    }
};

QTEST_GUILESS_MAIN(TestFeedbackRenderer)
#include "tst_feedbackrenderer.moc"
