#include "run/runevent.h"
#include "run/testresultparser.h"

#include <QFile>
#include <QtTest>

using namespace Autocoder::Run;

class TestResultParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseSamples_data();
    void parseSamples();
    void messagesAreAttached();
    void badInputNeverCrashes_data();
    void badInputNeverCrashes();
    void recordJsonRoundTrip();

private:
    static QString sample(const QString &name)
    {
        QFile f(QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/parsers/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(f.readAll());
    }
};

void TestResultParserTest::parseSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("passed");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("failing");
    QTest::addColumn<int>("records");

    QTest::newRow("bun non-tty") << "bun-fail.txt"
                                 << "bun" << 2 << 1 << 1
                                 << QStringList { QStringLiteral(
                                        "tests/sum.test.ts: sum > handles negatives") }
                                 << 4;
    QTest::newRow("bun tty colours") << "bun-tty.txt"
                                     << "bun" << 2 << 0 << 0 << QStringList {} << 2;
    QTest::newRow("bun load error") << "bun-load-error.txt"
                                    << "bun" << 0 << 1 << 0 << QStringList {} << 0;
    QTest::newRow("jest verbose") << "jest-verbose.txt"
                                  << "jest" << 2 << 1 << 1
                                  << QStringList { QStringLiteral(
                                         "tests/sum.test.js: sum > fails") }
                                  << 4;
    QTest::newRow("jest quiet") << "jest-quiet.txt"
                                << "jest" << 5 << 1 << 0
                                << QStringList { QStringLiteral("tests/sum.test.js: sum > fails") }
                                << 1;
    QTest::newRow("vitest") << "vitest.txt"
                            << "jest" << 2 << 1 << 1
                            << QStringList { QStringLiteral("tests/sum.test.ts: sum > fails") }
                            << 1;
    QTest::newRow("jest json")
        << "jest.json"
        << "jest-json" << 1 << 2 << 1
        << QStringList { QStringLiteral("/home/user/project/tests/broken.test.js: "
                                        "/home/user/project/tests/broken.test.js"),
                         QStringLiteral("/home/user/project/tests/sum.test.js: sum > fails") }
        << 4;
    QTest::newRow("node tap") << "node-tap.txt"
                              << "tap" << 2 << 1 << 1
                              << QStringList { QStringLiteral("/tmp/nt/a.test.mjs: sum > fails") }
                              << 4;
    QTest::newRow("node spec") << "node-spec.txt"
                               << "node-spec" << 2 << 1 << 1
                               << QStringList { QStringLiteral("sum > fails") } << 4;
    QTest::newRow("node junit") << "node-junit.xml"
                                << "junit" << 2 << 1 << 1
                                << QStringList { QStringLiteral("sum > fails") } << 4;
    QTest::newRow("bun junit") << "bun-junit.xml"
                               << "junit" << 2 << 1 << 0
                               << QStringList { QStringLiteral(
                                      "tests/sum.test.ts: sum > handles negatives") }
                               << 3;
    QTest::newRow("not test output") << "garbage.txt"
                                     << "" << 0 << 0 << 0 << QStringList {} << 0;
}

void TestResultParserTest::parseSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, passed);
    QFETCH(int, failed);
    QFETCH(int, skipped);
    QFETCH(QStringList, failing);
    QFETCH(int, records);

    const QString text = sample(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    const TestReport report = TestResultParser::parse(text);
    QCOMPARE(report.format, format);
    QCOMPARE(report.passed(), passed);
    QCOMPARE(report.failed(), failed);
    QCOMPARE(report.skipped(), skipped);
    QCOMPARE(report.failingNames(), failing);
    QCOMPARE(report.tests.size(), records);
}

void TestResultParserTest::messagesAreAttached()
{
    const TestReport bun = TestResultParser::parse(sample(QStringLiteral("bun-fail.txt")));
    QCOMPARE(bun.tests.at(1).status, QString(TestStatus::Failed));
    QVERIFY(bun.tests.at(1).message.contains(QLatin1String("Expected: -3")));
    QCOMPARE(bun.tests.at(1).durationMs, qint64(0));
    QCOMPARE(bun.tests.at(0).message, QString());

    const TestReport jest = TestResultParser::parse(sample(QStringLiteral("jest-verbose.txt")));
    const auto failing =
        std::find_if(jest.tests.cbegin(), jest.tests.cend(),
                     [](const TestRecord &r) { return r.status == TestStatus::Failed; });
    QVERIFY(failing != jest.tests.cend());
    QVERIFY(failing->message.contains(QLatin1String("Received: 2")));
    QVERIFY(!failing->message.contains(QLatin1String("hello from the code")));
    QCOMPARE(failing->durationMs, qint64(3));

    const TestReport tap = TestResultParser::parse(sample(QStringLiteral("node-tap.txt")));
    QCOMPARE(tap.tests.at(1).name, QStringLiteral("sum > fails"));
    QVERIFY(tap.tests.at(1).message.contains(QLatin1String("2 !== 3")));
    QCOMPARE(tap.tests.at(1).durationMs, qint64(2));

    const TestReport spec = TestResultParser::parse(sample(QStringLiteral("node-spec.txt")));
    QVERIFY(spec.tests.at(1).message.contains(QLatin1String("2 !== 3")));
    QCOMPARE(spec.tests.at(3).name, QStringLiteral("top level"));

    const TestReport vitest = TestResultParser::parse(sample(QStringLiteral("vitest.txt")));
    QVERIFY(vitest.tests.at(0).message.contains(QLatin1String("expected 2 to be 3")));

    const TestReport junit = TestResultParser::parse(sample(QStringLiteral("node-junit.xml")));
    QVERIFY(junit.tests.at(1).message.contains(QLatin1String("strictly equal")));
    QCOMPARE(junit.tests.at(1).durationMs, qint64(2));
}

void TestResultParserTest::badInputNeverCrashes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("broken xml") << QStringLiteral("<testsuite><testcase name=\"a\"><failure");
    QTest::newRow("broken json") << QStringLiteral("{\"testResults\": [ {\"numTotalTests\"");
    QTest::newRow("tap yaml never closed")
        << QStringLiteral("TAP version 13\nnot ok 1 - x\n  ---\n  error: |-\n    boom");
    QTest::newRow("binary") << QString::fromLatin1(QByteArray(4096, '\xff'));
    QTest::newRow("only summary") << QStringLiteral("ℹ tests 0\nℹ pass 0\n");
}

void TestResultParserTest::badInputNeverCrashes()
{
    QFETCH(QString, text);
    const TestReport report = TestResultParser::parse(text);
    QVERIFY(report.ran() >= 0);
    QVERIFY(report.tests.size() <= 1);
}

void TestResultParserTest::recordJsonRoundTrip()
{
    TestRecord r { QStringLiteral("a > b"), QStringLiteral("t.test.ts"), TestStatus::Failed,
                   QStringLiteral("boom"), 12 };
    QCOMPARE(TestRecord::fromJson(r.toJson()), r);
}

QTEST_GUILESS_MAIN(TestResultParserTest)
#include "tst_testresultparser.moc"
