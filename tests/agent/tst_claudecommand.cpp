#include "agent/claudecommand.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Autocoder::Agent::ClaudeCommand;
using Autocoder::Agent::ClaudeInvocation;

namespace {

const QString kFakeKey = QStringLiteral("fake-ant-test-0123456789abcdef");

ClaudeCommand::Options baseOptions()
{
    ClaudeCommand::Options o;
    o.prompt = QStringLiteral("Build it.");
    o.model = QStringLiteral("claude-sonnet-4-6");
    o.maxTurns = 40;
    o.apiKey = kFakeKey;
    o.workingDirectory = QStringLiteral("/home/user/todo-lib");
    return o;
}

} // namespace

class TestClaudeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstTurn()
    {
        const ClaudeInvocation inv = ClaudeCommand::build(baseOptions());
        QCOMPARE(inv.program, QStringLiteral("claude"));
        QCOMPARE(
            inv.arguments,
            (QStringList { QStringLiteral("-p"), QStringLiteral("Build it."),
                           QStringLiteral("--output-format"), QStringLiteral("stream-json"),
                           QStringLiteral("--verbose"), QStringLiteral("--max-turns"),
                           QStringLiteral("40"), QStringLiteral("--model"),
                           QStringLiteral("claude-sonnet-4-6"), QStringLiteral("--permission-mode"),
                           QStringLiteral("bypassPermissions") }));
        QCOMPARE(inv.workingDirectory, QStringLiteral("/home/user/todo-lib"));
        QCOMPARE(inv.environment.value(QStringLiteral("ANTHROPIC_API_KEY")), kFakeKey);
        QVERIFY(!inv.environment.contains(QStringLiteral("ANTHROPIC_BASE_URL")));
        QCOMPARE(inv.environment.value(QStringLiteral("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC")),
                 QStringLiteral("1"));
        QCOMPARE(inv.environment.value(QStringLiteral("DISABLE_AUTOUPDATER")), QStringLiteral("1"));
        QCOMPARE(inv.environment.value(QStringLiteral("IS_SANDBOX")), QStringLiteral("1"));
    }

    void fixTurn()
    {
        ClaudeCommand::Options o = baseOptions();
        o.resumeSessionId = QStringLiteral("4f1c2a7e-9b3d-4e2a-8c51-6d0f3b9a1e27");
        o.baseUrl = QStringLiteral("http://127.0.0.1:8123");
        o.useSkipPermissionsFlag = true;
        o.maxTurns = 0;
        o.model.clear();
        const ClaudeInvocation inv = ClaudeCommand::build(o);
        QVERIFY(!inv.arguments.contains(QStringLiteral("--max-turns")));
        QVERIFY(!inv.arguments.contains(QStringLiteral("--max-budget-usd")));
        QVERIFY(!inv.arguments.contains(QStringLiteral("--model")));
        QVERIFY(!inv.arguments.contains(QStringLiteral("--permission-mode")));
        QVERIFY(inv.arguments.contains(QStringLiteral("--dangerously-skip-permissions")));
        const qsizetype r = inv.arguments.indexOf(QStringLiteral("--resume"));
        QVERIFY(r > 0);
        QCOMPARE(inv.arguments.at(r + 1), o.resumeSessionId);
        QCOMPARE(inv.environment.value(QStringLiteral("ANTHROPIC_BASE_URL")), o.baseUrl);
        o.maxBudgetUsd = 1.25;
        const QStringList withBudget = ClaudeCommand::build(o).arguments;
        const qsizetype b = withBudget.indexOf(QStringLiteral("--max-budget-usd"));
        QVERIFY(b > 0);
        QCOMPARE(withBudget.at(b + 1), QStringLiteral("1.2500"));
        o.markAsSandbox = false;
        QVERIFY(!ClaudeCommand::build(o).environment.contains(QStringLiteral("IS_SANDBOX")));
    }

    void keyOnlyInEnvironment()
    {
        const ClaudeInvocation inv = ClaudeCommand::build(baseOptions());
        QVERIFY(!inv.arguments.join(QLatin1Char(' ')).contains(kFakeKey));
        QVERIFY(!inv.shellCommand().contains(kFakeKey));
        QVERIFY(!inv.displayCommand().contains(kFakeKey));
        ClaudeCommand::Options noKey = baseOptions();
        noKey.apiKey.clear();
        QVERIFY(
            !ClaudeCommand::build(noKey).environment.contains(QStringLiteral("ANTHROPIC_API_KEY")));
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("stream-json") << QStringLiteral("stream-json");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    }

    void shellQuote()
    {
        QFETCH(QString, input);
        QFETCH(QString, quoted);
        QCOMPARE(ClaudeCommand::shellQuote(input), quoted);
    }

    // The real proof: bash must hand every argument through byte for byte.
    void shellCommandRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList tricky = {
            QStringLiteral("Build \"it\" now"),
            QStringLiteral("it's $HOME `whoami` $(id) \\n; rm -rf / & | > < * ? ~ # !"),
            QStringLiteral("line one\nline two\n\ttabbed"),
            QStringLiteral("ünïcödé ✓ 😀"),
            QString(),
            QStringLiteral("'"),
            QStringLiteral("--flag=value"),
        };
        ClaudeInvocation inv;
        inv.program = QStringLiteral("printf");
        inv.arguments = QStringList { QStringLiteral("%s\\0") } + tricky;
        inv.workingDirectory = dir.path() + QStringLiteral("/with space");
        QVERIFY(QDir().mkpath(inv.workingDirectory));

        QProcess bash;
        bash.start(QStringLiteral("/bin/bash"), { QStringLiteral("-c"), inv.shellCommand() });
        QVERIFY(bash.waitForFinished(10000));
        QCOMPARE(bash.exitCode(), 0);
        QList<QByteArray> parts = bash.readAllStandardOutput().split('\0');
        QCOMPARE(parts.takeLast(), QByteArray()); // trailing terminator
        QCOMPARE(parts.size(), tricky.size());
        for (qsizetype i = 0; i < tricky.size(); ++i)
            QCOMPARE(QString::fromUtf8(parts.at(i)), tricky.at(i));
    }

    void displayCommandShortensPrompt()
    {
        ClaudeCommand::Options o = baseOptions();
        o.prompt = QString(500, QLatin1Char('x')) + QStringLiteral("\nsecond line");
        const QString shown = ClaudeCommand::build(o).displayCommand(20);
        QVERIFY(shown.contains(QString(20, QLatin1Char('x')) + QStringLiteral("…")));
        QVERIFY(!shown.contains(QString(21, QLatin1Char('x'))));
        QVERIFY(shown.startsWith(QStringLiteral("claude -p")));
    }

    void installAndPresence()
    {
        const QString install = ClaudeCommand::installCommand();
        QVERIFY(install.contains(QStringLiteral("@anthropic-ai/claude-code@2.1.112")));
        QVERIFY(install.contains(QStringLiteral("--prefix \"$HOME/.local\"")));
        QVERIFY(ClaudeCommand::installCommand(QStringLiteral("2.1.200"))
                    .contains(QStringLiteral("@2.1.200")));
        const QString check = ClaudeCommand::presenceCheckCommand();
        QVERIFY(check.contains(QStringLiteral("command -v claude")));
        QVERIFY(check.contains(QStringLiteral("claude --version")));

        // Behaviour, with a fake claude on the fake HOME's ~/.local/bin.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess absent;
        absent.setProcessEnvironment([&] {
            QProcessEnvironment env;
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
            return env;
        }());
        absent.start(QStringLiteral("/bin/bash"), { QStringLiteral("-c"), check });
        QVERIFY(absent.waitForFinished(10000));
        QVERIFY(absent.exitCode() != 0);

        QVERIFY(QDir().mkpath(home.path() + QStringLiteral("/.local/bin")));
        QFile fake(home.path() + QStringLiteral("/.local/bin/claude"));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\necho '2.1.112 (Claude Code)'\n");
        fake.close();
        fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                            | QFileDevice::ExeOwner);
        QProcess present;
        present.setProcessEnvironment(absent.processEnvironment());
        present.start(QStringLiteral("/bin/bash"), { QStringLiteral("-c"), check });
        QVERIFY(present.waitForFinished(10000));
        QCOMPARE(present.exitCode(), 0);
        QCOMPARE(ClaudeCommand::parseVersion(QString::fromUtf8(present.readAllStandardOutput())),
                 QStringLiteral("2.1.112"));
    }

    void parseVersion_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("cli") << QStringLiteral("2.1.112 (Claude Code)\n")
                             << QStringLiteral("2.1.112");
        QTest::newRow("pre") << QStringLiteral("1.0.0-beta.3") << QStringLiteral("1.0.0-beta.3");
        QTest::newRow("none") << QStringLiteral("command not found") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void parseVersion()
    {
        QFETCH(QString, output);
        QFETCH(QString, version);
        QCOMPARE(ClaudeCommand::parseVersion(output), version);
    }
};

QTEST_GUILESS_MAIN(TestClaudeCommand)
#include "tst_claudecommand.moc"
