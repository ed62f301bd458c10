#include "clicommand.h"

#include <QHostAddress>
#include <QProcess>
#include <QtTest>

using Autocoder::Cli::CliCommand;
using Autocoder::Cli::isHeadlessCommand;
using Autocoder::Cli::parseCommandLine;
using Autocoder::Cli::parseServeAddress;
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
        QTest::newRow("run serves") << "run"
                                    << "--serve-events <[ADDR:]PORT>";
        QTest::newRow("resume serves") << "resume"
                                       << "--serve-events-public";
        QTest::newRow("resume") << "resume"
                                << "--guidance <TEXT>";
        QTest::newRow("runs") << "runs"
                              << "--runs-dir <DIR>";
        QTest::newRow("verify") << "verify"
                                << "VERIFICATION.json";
        QTest::newRow("verify json") << "verify"
                                     << "--json";
    }

    void verify()
    {
        QVERIFY(isHeadlessCommand({ QStringLiteral("verify"), QStringLiteral("dir") }));
        const auto c =
            parseCommandLine({ QStringLiteral("/usr/bin/autocoder"), QStringLiteral("verify"),
                               QStringLiteral("saved/sum-lib"), QStringLiteral("--json"),
                               QStringLiteral("--backend"), QStringLiteral("e2b"),
                               QStringLiteral("--allow-out"), QStringLiteral("registry.example") });
        QVERIFY2(c.isOk(), qPrintable(c ? QString() : c.error()));
        QCOMPARE(c->kind, CliCommand::Kind::Verify);
        QCOMPARE(c->projectDir, QStringLiteral("saved/sum-lib"));
        QVERIFY(c->json);
        QCOMPARE(c->backend, QStringLiteral("e2b"));
        QCOMPARE(c->allowOut, QStringList { QStringLiteral("registry.example") });
        const auto plain = parseCommandLine({ QStringLiteral("verify"), QStringLiteral("d") });
        QVERIFY(plain.isOk());
        QVERIFY(!plain->json && plain->backend.isEmpty());
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
        const QStringList run { QStringLiteral("run"), QStringLiteral("--spec"),
                                QStringLiteral("s"), QStringLiteral("--out"), QStringLiteral("o") };
        QTest::newRow("public without serving")
            << run + QStringList { QStringLiteral("--serve-events-public") }
            << "--serve-events-public needs --serve-events";
        QTest::newRow("serve without a port")
            << run + QStringList { QStringLiteral("--serve-events") } << "serve-events";
        QTest::newRow("serve a bad port")
            << run + QStringList { QStringLiteral("--serve-events"), QStringLiteral("99999") }
            << "not a port";
        QTest::newRow("serve a host name") << run
                + QStringList { QStringLiteral("--serve-events"), QStringLiteral("example.com:80"),
                                QStringLiteral("--serve-events-public") }
                                           << "not an IP address";
        QTest::newRow("serve on a LAN address")
            << run + QStringList { QStringLiteral("--serve-events"), QStringLiteral("10.1.2.3:80") }
            << "not a loopback address";
        QTest::newRow("serve twice") << run
                + QStringList { QStringLiteral("--serve-events"), QStringLiteral("1"),
                                QStringLiteral("--serve-events"), QStringLiteral("2") }
                                     << "more than once";
        QTest::newRow("resume serving on any v6")
            << QStringList { QStringLiteral("resume"), QStringLiteral("20260101-000000-abcd"),
                             QStringLiteral("--serve-events"), QStringLiteral("[::]:80") }
            << "--serve-events-public";
        QTest::newRow("verify without a folder")
            << QStringList { QStringLiteral("verify") } << "Usage: autocoder verify";
        QTest::newRow("verify two folders")
            << QStringList { QStringLiteral("verify"), QStringLiteral("a"), QStringLiteral("b") }
            << "Usage: autocoder verify";
        QTest::newRow("verify bad backend")
            << QStringList { QStringLiteral("verify"), QStringLiteral("a"),
                             QStringLiteral("--backend"), QStringLiteral("moon") }
            << "Unknown backend";
        QTest::newRow("verify with --spec")
            << QStringList { QStringLiteral("verify"), QStringLiteral("a"),
                             QStringLiteral("--spec"), QStringLiteral("s") }
            << "spec";
        QTest::newRow("runs with --spec")
            << QStringList { QStringLiteral("runs"), QStringLiteral("--spec"), QStringLiteral("s") }
            << "spec";
    }

    void serveAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("port") << "8765"
                              << "127.0.0.1" << 8765 << true;
        QTest::newRow("port 0") << "0"
                                << "127.0.0.1" << 0 << true;
        QTest::newRow("highest port") << "65535"
                                      << "127.0.0.1" << 65535 << true;
        QTest::newRow("v4") << "127.0.0.1:9000"
                            << "127.0.0.1" << 9000 << true;
        QTest::newRow("other loopback") << "127.0.0.2:9000"
                                        << "127.0.0.2" << 9000 << true;
        QTest::newRow("localhost") << "localhost:9000"
                                   << "127.0.0.1" << 9000 << true;
        QTest::newRow("any v4") << "0.0.0.0:9000"
                                << "0.0.0.0" << 9000 << false;
        QTest::newRow("lan") << "192.168.1.20:80"
                             << "192.168.1.20" << 80 << false;
        QTest::newRow("v6 loopback") << "[::1]:9000"
                                     << "::1" << 9000 << true;
        QTest::newRow("v6 any") << "[::]:0"
                                << "::" << 0 << false;
        QTest::newRow("v6") << "[2001:db8::1]:443"
                            << "2001:db8::1" << 443 << false;
        QTest::newRow("empty") << ""
                               << "" << 0 << false;
        QTest::newRow("port too big") << "65536"
                                      << "" << 0 << false;
        QTest::newRow("negative") << "-1"
                                  << "" << 0 << false;
        QTest::newRow("plus") << "+80"
                              << "" << 0 << false;
        QTest::newRow("words") << "http"
                               << "" << 0 << false;
        QTest::newRow("no port") << "127.0.0.1:"
                                 << "" << 0 << false;
        QTest::newRow("no address") << ":80"
                                    << "" << 0 << false;
        QTest::newRow("host name") << "example.com:80"
                                   << "" << 0 << false;
        QTest::newRow("bad v4") << "300.1.1.1:80"
                                << "" << 0 << false;
        QTest::newRow("v6 without brackets") << "::1:9000"
                                             << "" << 0 << false;
        QTest::newRow("v6 without port") << "[::1]"
                                         << "" << 0 << false;
        QTest::newRow("v4 in brackets") << "[127.0.0.1]:80"
                                        << "" << 0 << false;
        QTest::newRow("scope") << "[fe80::1%eth0]:80"
                               << "" << 0 << false;
        QTest::newRow("url") << "ws://127.0.0.1:80/"
                             << "" << 0 << false;
    }

    void serveAddress()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(bool, loopback);
        const auto parsed = parseServeAddress(text);
        if (address.isEmpty()) {
            QVERIFY2(!parsed, qPrintable(parsed ? parsed->address.toString() : QString()));
            QVERIFY(!parsed.error().isEmpty());
            return;
        }
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed->address, QHostAddress(address));
        QCOMPARE(int(parsed->port), port);
        QCOMPARE(parsed->address.isLoopback(), loopback);
        QCOMPARE(parsed->given, text);
    }

    void serveEvents()
    {
        const QStringList run { QStringLiteral("run"), QStringLiteral("--spec"),
                                QStringLiteral("s"), QStringLiteral("--out"), QStringLiteral("o") };
        auto c = parseCommandLine(run);
        QVERIFY(c.isOk());
        QVERIFY(!c->serveEvents);
        QVERIFY(!c->servePublic);

        c = parseCommandLine(
            run + QStringList { QStringLiteral("--serve-events"), QStringLiteral("0") });
        QVERIFY(c.isOk());
        QVERIFY(c->serveEvents);
        QCOMPARE(c->serveEvents->address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c->serveEvents->port, quint16(0));

        // Beyond this machine only when asked for in so many words.
        c = parseCommandLine(
            run + QStringList { QStringLiteral("--serve-events"), QStringLiteral("0.0.0.0:8765") });
        QVERIFY(!c.isOk());
        QVERIFY2(c.error().contains(QLatin1String("--serve-events-public")), qPrintable(c.error()));
        QVERIFY2(c.error().contains(QLatin1String("TLS")), qPrintable(c.error()));
        c = parseCommandLine(run
                             + QStringList { QStringLiteral("--serve-events"),
                                             QStringLiteral("0.0.0.0:8765"),
                                             QStringLiteral("--serve-events-public") });
        QVERIFY2(c.isOk(), qPrintable(c ? QString() : c.error()));
        QCOMPARE(c->serveEvents->address, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(c->serveEvents->port, quint16(8765));
        QVERIFY(c->servePublic);

        // resume takes them too, and the resume line repeats them.
        const QString id = QStringLiteral("20260101-000000-abcd");
        c = parseCommandLine({ QStringLiteral("resume"), id, QStringLiteral("--serve-events"),
                               QStringLiteral("[::]:8765"),
                               QStringLiteral("--serve-events-public") });
        QVERIFY2(c.isOk(), qPrintable(c ? QString() : c.error()));
        QCOMPARE(c->kind, CliCommand::Kind::Resume);
        QCOMPARE(c->serveEvents->address, QHostAddress(QHostAddress::AnyIPv6));
        QCOMPARE(resumeCommandLine(*c, id),
                 QStringLiteral("autocoder resume ") + id
                     + QStringLiteral(" --serve-events '[::]:8765' --serve-events-public"));
        c = parseCommandLine({ QStringLiteral("resume"), id, QStringLiteral("--serve-events"),
                               QStringLiteral("8765") });
        QVERIFY(c.isOk());
        QCOMPARE(resumeCommandLine(*c, id),
                 QStringLiteral("autocoder resume ") + id + QStringLiteral(" --serve-events 8765"));
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
