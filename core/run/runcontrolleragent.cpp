// RunController, agent turn: the claude invocation and its stream-json events.
#include "run/runcontroller.h"

#include "agent/claudecommand.h"
#include "agent/toolsummary.h"
#include "run/sandboxsession.h"

namespace Autocoder::Run {

namespace {

constexpr int kMaxToolResultChars = 4000;

} // namespace

void RunController::startAgentTurn()
{
    setPhase(Phase::AgentTurn);
    ++m_state.iteration;
    m_agentParser.reset();
    m_agentResultSeen = false;
    m_agentStderr.clear();
    saveState();

    Agent::ClaudeCommand::Options o;
    const bool firstTurnOfSession = m_state.agentSessionId.isEmpty();
    if (firstTurnOfSession) {
        o.prompt = m_brief.prompt;
        if (!m_resumeNote.isEmpty())
            o.prompt += QStringLiteral("\n\n") + m_resumeNote;
        if (m_state.iteration > 1 && !m_gateResults.isEmpty())
            o.prompt += QStringLiteral("\n\n") + feedbackPrompt();
        else if (!m_pendingGuidance.isEmpty())
            o.prompt += QStringLiteral("\n\n") + m_pendingGuidance;
    } else {
        // Re-attached after a restart: no gate results in memory, say what happened instead.
        o.prompt = m_gateResults.isEmpty() && !m_resumeNote.isEmpty() ? m_resumeNote
                + (m_pendingGuidance.isEmpty() ? QString()
                                               : QStringLiteral("\n\n") + m_pendingGuidance)
                                                                      : feedbackPrompt();
        o.resumeSessionId = m_state.agentSessionId;
    }
    m_resumeNote.clear();
    m_pendingGuidance.clear();
    o.model = m_spec.model;
    o.maxTurns = m_spec.limits.maxTurns;
    o.apiKey = m_options.anthropicApiKey;
    o.baseUrl = agentBaseUrl();
    o.workingDirectory = m_options.projectDir;
    const Agent::ClaudeInvocation inv = Agent::ClaudeCommand::build(o);
    log(QStringLiteral("info"),
        tr("Agent turn %1: %2").arg(m_state.iteration).arg(inv.displayCommand()));

    SandboxProcessRequest request;
    request.tag = QStringLiteral("agent-%1").arg(m_state.iteration);
    request.command = inv.shellCommand();
    request.env = inv.environment;
    request.cwd = inv.workingDirectory;
    request.timeout = std::chrono::minutes(m_spec.limits.agentTimeoutMinutes);
    runStepProcess(Step::Agent, request, false,
                   [this](const SandboxProcessExit &exit, const QByteArray &output) {
                       m_agentStderr = output.right(4096);
                       onAgentFinished(exit);
                   });
}

void RunController::onAgentStdout(const QByteArray &data)
{
    const QList<Agent::AgentEvent> events = m_agentParser.feed(data);
    for (const Agent::AgentEvent &e : events)
        handleAgentEvent(e);
}

void RunController::handleAgentEvent(const Agent::AgentEvent &e)
{
    using Kind = Agent::AgentEvent::Kind;
    const int it = m_state.iteration;
    switch (e.kind) {
    case Kind::Init:
        if (!e.sessionId.isEmpty() && e.sessionId != m_state.agentSessionId) {
            m_state.agentSessionId = e.sessionId;
            saveState();
        }
        break;
    case Kind::AssistantText:
        emitEvent(EventKind::AgentMessage,
                  { { QStringLiteral("iteration"), it }, { QStringLiteral("text"), e.text } });
        break;
    case Kind::ToolUse:
        emitEvent(
            EventKind::AgentToolUse,
            { { QStringLiteral("iteration"), it },
              { QStringLiteral("id"), e.toolId },
              { QStringLiteral("name"), e.toolName },
              { QStringLiteral("input"), e.toolInput },
              { QStringLiteral("summary"),
                Agent::ToolSummary::summarize(e.toolName, e.toolInput, m_options.projectDir) } });
        break;
    case Kind::ToolResult:
        emitEvent(EventKind::AgentToolResult,
                  { { QStringLiteral("iteration"), it },
                    { QStringLiteral("id"), e.toolId },
                    { QStringLiteral("isError"), e.isError },
                    { QStringLiteral("text"), e.text.left(kMaxToolResultChars) } });
        break;
    case Kind::Result:
        m_agentResultSeen = true;
        m_state.costUsd += e.costUsd;
        if (!e.sessionId.isEmpty())
            m_state.agentSessionId = e.sessionId;
        emitEvent(EventKind::AgentResult,
                  { { QStringLiteral("iteration"), it },
                    { QStringLiteral("costUsd"), e.costUsd },
                    { QStringLiteral("turns"), e.turns },
                    { QStringLiteral("sessionId"), e.sessionId },
                    { QStringLiteral("isError"), e.isError },
                    { QStringLiteral("subtype"), e.subtype } });
        saveState();
        break;
    case Kind::ApiRetry:
        log(QStringLiteral("warning"), tr("The model API is being retried: %1").arg(e.text));
        break;
    case Kind::ParseWarning:
        log(QStringLiteral("warning"),
            tr("Agent output line %1: %2").arg(e.lineNumber).arg(e.text));
        break;
    }
}

void RunController::onAgentFinished(const SandboxProcessExit &exit)
{
    const QList<Agent::AgentEvent> tail = m_agentParser.finish();
    for (const Agent::AgentEvent &e : tail)
        handleAgentEvent(e);
    if (m_stopping)
        return;
    if (exit.sandboxGone) {
        infrastructureError(tr("The sandbox went away during the agent turn: %1").arg(exit.error));
        return;
    }
    if (!m_agentResultSeen && !exit.timedOut && !exit.succeeded()) {
        QString detail = QString::fromUtf8(m_agentStderr).trimmed();
        if (detail.isEmpty())
            detail = exit.error;
        infrastructureError(tr("The agent did not run: %1").arg(detail.right(1000)));
        return;
    }
    if (exit.timedOut)
        log(QStringLiteral("warning"),
            tr("The agent turn hit its %n minute(s) limit; checking what it made", nullptr,
               m_spec.limits.agentTimeoutMinutes));
    startGate();
}

} // namespace Autocoder::Run
