#include "run/runevent.h"
#include "run/testfailure.h"
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
    void failureFromRealOutput_data();
    void failureFromRealOutput();
    void failureFallbacks_data();
    void failureFallbacks();

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
    // Real output of bun 1.1.38, jest 29 and vitest 2.1 on tests/run/data/parsers/README.md's
    // suite (one test passes, two fail).
    QTest::newRow("bun real")
        << "bun-real.txt"
        << "bun" << 1 << 2 << 0
        << QStringList { QStringLiteral("tests/sum.test.ts: sum > adds two numbers"),
                         QStringLiteral("tests/sum.test.ts: sum > returns an object") }
        << 3;
    QTest::newRow("jest real")
        << "jest-real.txt"
        << "jest" << 1 << 2 << 0
        << QStringList { QStringLiteral("tests/sum.test.js: sum > adds two numbers"),
                         QStringLiteral("tests/sum.test.js: sum > returns an object") }
        << 3;
    QTest::newRow("vitest real")
        << "vitest-real.txt"
        << "jest" << 1 << 2 << 0
        << QStringList { QStringLiteral("tests/sum.test.ts: sum > adds two numbers"),
                         QStringLiteral("tests/sum.test.ts: sum > returns an object") }
        << 2;
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

void TestResultParserTest::failureFromRealOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("test");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("location");

    QTest::newRow("bun toBe") << "bun-real.txt"
                              << "sum > adds two numbers"
                              << QStringLiteral("Expected: 3 \u00b7 Received: -1")
                              << "expect(received).toBe(expected)\n\nExpected: 3\nReceived: -1"
                              << "tests/sum.test.ts:6";
    QTest::newRow("bun toEqual")
        << "bun-real.txt"
        << "sum > returns an object"
        << "expect(received).toEqual(expected)"
        << "expect(received).toEqual(expected)\n\n  {\n+   total: 0,\n-   total: 4,\n  }\n\n"
           "- Expected  - 1\n+ Received  + 1"
        << "tests/sum.test.ts:12";
    QTest::newRow("jest toBe") << "jest-real.txt"
                               << "sum > adds two numbers"
                               << QStringLiteral("Expected: 3 \u00b7 Received: -1")
                               << "expect(received).toBe(expected) // Object.is equality\n\n"
                                  "Expected: 3\nReceived: -1"
                               << "tests/sum.test.js:5";
    QTest::newRow("jest toEqual")
        << "jest-real.txt"
        << "sum > returns an object"
        << "expect(received).toEqual(expected) // deep equality"
        << "expect(received).toEqual(expected) // deep equality\n\n- Expected  - 1\n+ Received  + "
           "1\n\n  Object {\n-   \"total\": 4,\n+   \"total\": 0,\n  }"
        << "tests/sum.test.js:11";
    QTest::newRow("jest json toBe")
        << "jest-real.json"
        << "sum > adds two numbers" << QStringLiteral("Expected: 3 \u00b7 Received: -1")
        << "expect(received).toBe(expected) // Object.is equality\n\nExpected: 3\nReceived: -1"
        << "/tmp/failures-npm/jestp/tests/sum.test.js:5";
    QTest::newRow("vitest toBe") << "vitest-real.txt"
                                 << "sum > adds two numbers"
                                 << "expected -1 to be 3 // Object.is equality"
                                 << "expected -1 to be 3 // Object.is equality\n\n- Expected\n+ "
                                    "Received\n\n- 3\n+ -1"
                                 << "tests/sum.test.ts:6";
    QTest::newRow("vitest toEqual")
        << "vitest-real.txt"
        << "sum > returns an object"
        << "expected { total: +0 } to deeply equal { total: 4 }"
        << "expected { total: +0 } to deeply equal { total: 4 }\n\n- Expected\n+ Received\n\n  "
           "Object {\n-   \"total\": 4,\n+   \"total\": 0,\n  }"
        << "tests/sum.test.ts:12";
    QTest::newRow("vitest verbose") << "vitest-real-verbose.txt"
                                    << "sum > adds two numbers"
                                    << "expected -1 to be 3 // Object.is equality"
                                    << "expected -1 to be 3 // Object.is equality\n\n- Expected\n+ "
                                       "Received\n\n- 3\n+ -1"
                                    << "tests/sum.test.ts:6";
}

void TestResultParserTest::failureFromRealOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, test);
    QFETCH(QString, summary);
    QFETCH(QString, message);
    QFETCH(QString, location);

    const TestReport report = TestResultParser::parse(sample(file));
    const auto record = std::find_if(report.tests.cbegin(), report.tests.cend(),
                                     [&](const TestRecord &r) { return r.name == test; });
    QVERIFY2(record != report.tests.cend(), qPrintable(test));
    QCOMPARE(record->status, QString(TestStatus::Failed));
    const TestFailure failure = TestFailure::fromOutput(record->message, record->file);
    QCOMPARE(failure.message, message);
    QCOMPARE(failure.summary, summary);
    QCOMPARE(failure.location(), location);
    QVERIFY(failure.column > 0);
}

void TestResultParserTest::failureFallbacks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("location");

    QTest::newRow("empty") << QString() << QString() << QString() << QString();
    QTest::newRow("plain text") << "something broke\nbadly"
                                << "something broke"
                                << "something broke\nbadly" << QString();
    QTest::newRow("cut in the middle") << "1 | import { sum }\n    ^\nerror: expect(rec"
                                       << "expect(rec"
                                       << "expect(rec" << QString();
    QTest::newRow("only an excerpt") << "1 | import { sum }\n2 | x"
                                     << "1 | import { sum }"
                                     << "1 | import { sum }\n2 | x" << QString();
    QTest::newRow("frame without line") << "boom\n    at foo (src/a.ts:abc)"
                                        << "boom"
                                        << "boom" << QString();
    QTest::newRow("runner frames only")
        << "Error: boom\n    at run (/p/node_modules/jest-circus/build/run.js:71:3)"
        << "boom"
        << "boom" << QString();
    QTest::newRow("binary") << QString::fromLatin1(QByteArray(64, '\xff'))
                            << QString(64, QChar(0xff)) << QString(64, QChar(0xff)) << QString();
}

void TestResultParserTest::failureFallbacks()
{
    QFETCH(QString, text);
    QFETCH(QString, summary);
    QFETCH(QString, message);
    QFETCH(QString, location);
    const TestFailure failure = TestFailure::fromOutput(text, QStringLiteral("tests/a.test.ts"));
    QCOMPARE(failure.summary, summary);
    QCOMPARE(failure.message, message);
    QCOMPARE(failure.location(), location);
}

QTEST_GUILESS_MAIN(TestResultParserTest)
#include "tst_testresultparser.moc"
