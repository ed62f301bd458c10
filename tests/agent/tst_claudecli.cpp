// End-to-end check of ClaudeCommand + StreamJsonParser against the real `claude` CLI, driven by
// the scripted fake Anthropic API (no network, no real model): the command line we build must
// be accepted, its stream must parse, and --resume must keep the session. Skipped when the CLI
// is not installed (set AUTOCODER_CLAUDE_CLI, or have it in $AUTOCODER_NODE_MODULES/.bin).

#include "agent/claudecommand.h"
#include "agent/streamjsonparser.h"
#include "fakeanthropicserver.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Autocoder::Agent::AgentEvent;
using Autocoder::Agent::ClaudeCommand;
using Autocoder::Agent::StreamJsonParser;
using Autocoder::Testing::FakeAnthropicScenario;
using Autocoder::Testing::FakeAnthropicServer;

namespace {

const QString kFakeKey = QStringLiteral("fake-ant-e2e-fake-key-0123456789");

QString findCli()
{
    const QString explicitPath = qEnvironmentVariable("AUTOCODER_CLAUDE_CLI");
    if (!explicitPath.isEmpty())
        return QFileInfo(explicitPath).isExecutable() ? explicitPath : QString();
    const QString modules = qEnvironmentVariable("AUTOCODER_NODE_MODULES");
    if (!modules.isEmpty() && QFileInfo(modules + QStringLiteral("/.bin/claude")).isExecutable())
        return modules + QStringLiteral("/.bin/claude");
    return QStandardPaths::findExecutable(QStringLiteral("claude"));
}

struct TurnOutput
{
    int exitCode = -1;
    QList<AgentEvent> events;
    QByteArray stdoutBytes;
    QByteArray stderrBytes;
};

} // namespace

class TestClaudeCli : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_home;
    QTemporaryDir m_work;

    // Runs one turn exactly as the run engine would (bash -c <shellCommand>, env map added),
    // feeding stdout to the parser in whatever chunks the pipe delivers.
    TurnOutput runTurn(const ClaudeCommand::Options &options)
    {
        const auto inv = ClaudeCommand::build(options);
        TurnOutput out;
        StreamJsonParser parser;
        QProcess process;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("CLAUDE_CODE_MAX_RETRIES"), QStringLiteral("0"));
        for (auto it = inv.environment.constBegin(); it != inv.environment.constEnd(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            const QByteArray chunk = process.readAllStandardOutput();
            out.stdoutBytes += chunk;
            out.events += parser.feed(chunk);
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("/bin/bash"), { QStringLiteral("-c"), inv.shellCommand() });
        if (!finished.wait(90000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        const QByteArray rest = process.readAllStandardOutput();
        out.stdoutBytes += rest;
        out.events += parser.feed(rest);
        out.events += parser.finish();
        out.stderrBytes = process.readAllStandardError();
        out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return out;
    }

    static const AgentEvent *find(const TurnOutput &out, AgentEvent::Kind kind)
    {
        for (const AgentEvent &e : out.events) {
            if (e.kind == kind)
                return &e;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = findCli();
        if (m_cli.isEmpty())
            QSKIP(
                "the claude CLI is not installed (AUTOCODER_CLAUDE_CLI / AUTOCODER_NODE_MODULES)");
        QVERIFY(m_home.isValid());
        QVERIFY(m_work.isValid());
    }

    void firstTurnThenResume()
    {
        QString error;
        const FakeAnthropicScenario scenario = FakeAnthropicScenario::fromJson(R"({"turns": [
            {"steps": [{"text": "Writing the file.",
                        "tools": [{"name": "Write", "input": {"file_path": "{cwd}/src/index.ts",
                                                              "content": "export const x = 1;\n"}}]},
                       {"text": "Done with the first turn."}]},
            {"steps": [{"text": "Fixed it."}]}], "repeatLastTurn": true})",
                                                                               &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        FakeAnthropicServer server(scenario);
        QVERIFY(server.listen() != 0);
        server.setExpectedApiKey(kFakeKey);

        ClaudeCommand::Options o;
        o.program = m_cli;
        o.prompt = QStringLiteral("Build it.\nQuotes ' \" and $HOME `x` must arrive verbatim.");
        o.model = QStringLiteral("claude-sonnet-4-6");
        o.maxTurns = 5;
        o.apiKey = kFakeKey;
        o.baseUrl = server.baseUrl();
        o.workingDirectory = m_work.path();

        const TurnOutput first = runTurn(o);
        QVERIFY2(first.exitCode == 0, first.stderrBytes.constData());
        QVERIFY(!first.stdoutBytes.contains(kFakeKey.toUtf8()));
        const AgentEvent *init = find(first, AgentEvent::Kind::Init);
        QVERIFY(init);
        QVERIFY(!init->sessionId.isEmpty());
        QCOMPARE(init->model, QStringLiteral("claude-sonnet-4-6"));
        QCOMPARE(QFileInfo(init->cwd).canonicalFilePath(),
                 QFileInfo(m_work.path()).canonicalFilePath());
        const AgentEvent *toolUse = find(first, AgentEvent::Kind::ToolUse);
        QVERIFY(toolUse);
        QCOMPARE(toolUse->toolName, QStringLiteral("Write"));
        const AgentEvent *toolResult = find(first, AgentEvent::Kind::ToolResult);
        QVERIFY(toolResult);
        QCOMPARE(toolResult->toolId, toolUse->toolId);
        QVERIFY2(!toolResult->isError, qPrintable(toolResult->text));
        QVERIFY(QFile::exists(m_work.path() + QStringLiteral("/src/index.ts")));
        const AgentEvent *result = find(first, AgentEvent::Kind::Result);
        QVERIFY(result);
        QCOMPARE(result->subtype, QStringLiteral("success"));
        QVERIFY(!result->isError);
        QCOMPARE(result->text, QStringLiteral("Done with the first turn."));
        QCOMPARE(result->sessionId, init->sessionId);
        QVERIFY(result->costUsd > 0.0);
        // The prompt reached the model byte for byte (next to the CLI's own reminder blocks).
        bool promptSeen = false;
        for (const QString &p : server.prompts())
            promptSeen = promptSeen || p.contains(o.prompt);
        QVERIFY(promptSeen);
        QVERIFY(find(first, AgentEvent::Kind::ParseWarning) == nullptr);

        o.prompt = QStringLiteral("The gate failed. Fix it.");
        o.resumeSessionId = init->sessionId;
        const TurnOutput second = runTurn(o);
        QVERIFY2(second.exitCode == 0, second.stderrBytes.constData());
        const AgentEvent *init2 = find(second, AgentEvent::Kind::Init);
        QVERIFY(init2);
        QCOMPARE(init2->sessionId, init->sessionId);
        const AgentEvent *result2 = find(second, AgentEvent::Kind::Result);
        QVERIFY(result2);
        QCOMPARE(result2->text, QStringLiteral("Fixed it."));
    }
};

QTEST_GUILESS_MAIN(TestClaudeCli)
#include "tst_claudecli.moc"
