#include "clicommand.h"

#include <QProcess>
#include <QtTest>

using Autocoder::Cli::CliCommand;
using Autocoder::Cli::isHeadlessCommand;
using Autocoder::Cli::parseCommandLine;
using Autocoder::Cli::resumeCommandLine;

Q_DECLARE_METATYPE(CliCommand::Kind)

class CliCommandTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognisesSubcommands()
    {
        QVERIFY(isHeadlessCommand({ QStringLiteral("run"), QStringLiteral("--spec") }));
        QVERIFY(
            isHeadlessCommand({ QStringLiteral("/usr/bin/autocoder"), QStringLiteral("runs") }));
        QVERIFY(isHeadlessCommand({ QStringLiteral("resume"), QStringLiteral("id") }));
        QVERIFY(!isHeadlessCommand({}));
        QVERIFY(!isHeadlessCommand({ QStringLiteral("--help") }));
        QVERIFY(!isHeadlessCommand({ QStringLiteral("/usr/bin/autocoder") }));
        QVERIFY(!isHeadlessCommand({ QStringLiteral("running") }));
    }

    void runWithEveryOption()
    {
        const auto c = parseCommandLine(
            { QStringLiteral("/usr/bin/autocoder"), QStringLiteral("run"), QStringLiteral("--spec"),
              QStringLiteral("s.json"), QStringLiteral("--out"), QStringLiteral("out"),
              QStringLiteral("--backend"), QStringLiteral("e2b"), QStringLiteral("--json"),
              QStringLiteral("--verbose"), QStringLiteral("--overwrite"), QStringLiteral("--git"),
              QStringLiteral("--runs-dir"), QStringLiteral("runs"), QStringLiteral("--allow-out"),
              QStringLiteral("a.example"), QStringLiteral("--allow-out"),
              QStringLiteral("10.0.0.0/8") });
        QVERIFY2(c.isOk(), qPrintable(c ? QString() : c.error()));
        QCOMPARE(c->kind, CliCommand::Kind::Run);
        QCOMPARE(c->specFile, QStringLiteral("s.json"));
        QCOMPARE(c->outDir, QStringLiteral("out"));
        QCOMPARE(c->backend, QStringLiteral("e2b"));
        QVERIFY(c->json && c->verbose && c->overwrite && c->git);
        QCOMPARE(c->runsDir, QStringLiteral("runs"));
        QCOMPARE(c->allowOut,
                 (QStringList { QStringLiteral("a.example"), QStringLiteral("10.0.0.0/8") }));
        QVERIFY(c->runId.isEmpty());
    }

    void defaults()
    {
        const auto c = parseCommandLine({ QStringLiteral("run"), QStringLiteral("--spec"),
                                          QStringLiteral("s.json"), QStringLiteral("--out"),
                                          QStringLiteral("o") });
        QVERIFY(c.isOk());
        QVERIFY(c->backend.isEmpty()); // the spec's, else local: decided when executing
        QVERIFY(!c->json && !c->verbose && !c->overwrite && !c->git);
        QVERIFY(c->runsDir.isEmpty());
        QVERIFY(c->allowOut.isEmpty());
    }

    void resumeCommandLineGoesOn()
    {
        const auto run = parseCommandLine(
            { QStringLiteral("run"), QStringLiteral("--spec"), QStringLiteral("s.json"),
              QStringLiteral("--out"), QStringLiteral("/tmp/it's out"), QStringLiteral("--backend"),
              QStringLiteral("e2b"), QStringLiteral("--runs-dir"), QStringLiteral("/tmp/my runs"),
              QStringLiteral("--allow-out"), QStringLiteral("a.example"),
              QStringLiteral("--json") });
        QVERIFY(run.isOk());
        const QString id = QStringLiteral("20260101-000000-abcd");
        const QString line = resumeCommandLine(*run, id);
        QCOMPARE(line,
                 QStringLiteral("autocoder resume 20260101-000000-abcd --runs-dir '/tmp/my runs' "
                                "--backend e2b --allow-out a.example --out '/tmp/it'\\''s out' "
                                "--overwrite"));
        // What a shell makes of it parses back to the same run and options.
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
                 { QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + line });
        QVERIFY(sh.waitForFinished(5000));
        QStringList words = QString::fromUtf8(sh.readAllStandardOutput()).split(QChar(0));
        words.removeLast(); // after the last NUL
        const auto resume = parseCommandLine(words);
        QVERIFY2(resume.isOk(), qPrintable(resume ? QString() : resume.error()));
        QCOMPARE(resume->kind, CliCommand::Kind::Resume);
        QCOMPARE(resume->runId, id);
        QCOMPARE(resume->runsDir, run->runsDir);
        QCOMPARE(resume->backend, run->backend);
        QCOMPARE(resume->allowOut, run->allowOut);
        QCOMPARE(resume->outDir, run->outDir);
        QVERIFY(resume->overwrite);

        // Nothing given, nothing added.
        const auto bare = parseCommandLine({ QStringLiteral("resume"), id });
        QVERIFY(bare.isOk());
        QCOMPARE(resumeCommandLine(*bare, id), QStringLiteral("autocoder resume ") + id);
    }

    void resumeAndRuns()
    {
        auto c =
            parseCommandLine({ QStringLiteral("resume"), QStringLiteral("20260101-000000-abcd"),
                               QStringLiteral("--guidance"), QStringLiteral("use a map"),
                               QStringLiteral("--out"), QStringLiteral("o") });
        QVERIFY2(c.isOk(), qPrintable(c ? QString() : c.error()));
        QCOMPARE(c->kind, CliCommand::Kind::Resume);
        QCOMPARE(c->runId, QStringLiteral("20260101-000000-abcd"));
        QCOMPARE(c->guidance, QStringLiteral("use a map"));
        QCOMPARE(c->outDir, QStringLiteral("o"));

        c = parseCommandLine({ QStringLiteral("runs"), QStringLiteral("--json"),
                               QStringLiteral("--runs-dir"), QStringLiteral("r") });
        QVERIFY(c.isOk());
        QCOMPARE(c->kind, CliCommand::Kind::ListRuns);
        QVERIFY(c->json);
        QCOMPARE(c->runsDir, QStringLiteral("r"));
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("run") << "run"
                             << "--spec <FILE>";
        QTest::newRow("resume") << "resume"
                                << "--guidance <TEXT>";
        QTest::newRow("runs") << "runs"
                              << "--runs-dir <DIR>";
    }

    void help()
    {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        const auto c = parseCommandLine({ command, QStringLiteral("--help") });
        QVERIFY(c.isOk());
        QCOMPARE(c->kind, CliCommand::Kind::Help);
        QVERIFY2(c->helpText.contains(mentions), qPrintable(c->helpText));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList {} << "Usage";
        QTest::newRow("unknown command") << QStringList { QStringLiteral("fly") } << "Usage";
        QTest::newRow("no spec") << QStringList { QStringLiteral("run"), QStringLiteral("--out"),
                                                  QStringLiteral("o") }
                                 << "Usage";
        QTest::newRow("no out") << QStringList { QStringLiteral("run"), QStringLiteral("--spec"),
                                                 QStringLiteral("s") }
                                << "Usage";
        QTest::newRow("empty out")
            << QStringList { QStringLiteral("run"), QStringLiteral("--spec"), QStringLiteral("s"),
                             QStringLiteral("--out"), QString() }
            << "Usage";
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("run"), QStringLiteral("--frobnicate") }
            << "frobnicate";
        QTest::newRow("missing value")
            << QStringList { QStringLiteral("run"), QStringLiteral("--spec") } << "spec";
        QTest::newRow("bad backend")
            << QStringList { QStringLiteral("run"), QStringLiteral("--spec"),
                             QStringLiteral("s"),   QStringLiteral("--out"),
                             QStringLiteral("o"),   QStringLiteral("--backend"),
                             QStringLiteral("moon") }
            << "Unknown backend";
        QTest::newRow("resume without id") << QStringList { QStringLiteral("resume") } << "Usage";
        QTest::newRow("resume bad id")
            << QStringList { QStringLiteral("resume"), QStringLiteral("../x") } << "Usage";
        QTest::newRow("resume two ids")
            << QStringList { QStringLiteral("resume"), QStringLiteral("20260101-000000-abcd"),
                             QStringLiteral("20260101-000000-abce") }
            << "Usage";
        QTest::newRow("runs with --spec")
            << QStringList { QStringLiteral("runs"), QStringLiteral("--spec"), QStringLiteral("s") }
            << "spec";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto c = parseCommandLine(args);
        QVERIFY(!c.isOk());
        QVERIFY2(c.error().contains(message), qPrintable(c.error()));
    }
};

QTEST_GUILESS_MAIN(CliCommandTest)
#include "tst_clicommand.moc"
