#include "run/engine/agentstream.h"

#include "agent/toolsummary.h"
#include "run/engine/runcontext.h"
#include "run/engine/runstep.h"

namespace Autocoder::Run {

namespace {

constexpr int kMaxToolResultChars = 4000;

} // namespace

AgentStream::AgentStream(RunContext &context, const RunStep &owner)
    : m_ctx(context)
    , m_owner(owner)
{ }

void AgentStream::feed(const QByteArray &data)
{
    const QList<Agent::AgentEvent> events = m_parser.feed(data);
    for (const Agent::AgentEvent &e : events) {
        if (m_owner.isRunning())
            handle(e);
    }
}

void AgentStream::finish()
{
    const QList<Agent::AgentEvent> tail = m_parser.finish();
    for (const Agent::AgentEvent &e : tail) {
        if (m_owner.isRunning())
            handle(e);
    }
}

void AgentStream::handle(const Agent::AgentEvent &e)
{
    using Kind = Agent::AgentEvent::Kind;
    RunState &state = m_ctx.state;
    const int it = state.iteration;
    switch (e.kind) {
    case Kind::Init:
        if (!e.sessionId.isEmpty() && e.sessionId != state.agentSessionId) {
            state.agentSessionId = e.sessionId;
            m_ctx.saveState();
        }
        break;
    case Kind::AssistantText:
        m_ctx.emitEvent(
            EventKind::AgentMessage,
            { { QStringLiteral("iteration"), it }, { QStringLiteral("text"), e.text } });
        break;
    case Kind::ToolUse:
        m_ctx.emitEvent(EventKind::AgentToolUse,
                        { { QStringLiteral("iteration"), it },
                          { QStringLiteral("id"), e.toolId },
                          { QStringLiteral("name"), e.toolName },
                          { QStringLiteral("input"), e.toolInput },
                          { QStringLiteral("summary"),
                            Agent::ToolSummary::summarize(e.toolName, e.toolInput,
                                                          m_ctx.options.projectDir) } });
        break;
    case Kind::ToolResult:
        m_ctx.emitEvent(EventKind::AgentToolResult,
                        { { QStringLiteral("iteration"), it },
                          { QStringLiteral("id"), e.toolId },
                          { QStringLiteral("isError"), e.isError },
                          { QStringLiteral("text"), e.text.left(kMaxToolResultChars) } });
        break;
    case Kind::Result:
        m_resultSeen = true;
        state.costUsd += e.costUsd;
        if (!e.sessionId.isEmpty())
            state.agentSessionId = e.sessionId;
        m_ctx.emitEvent(EventKind::AgentResult,
                        { { QStringLiteral("iteration"), it },
                          { QStringLiteral("costUsd"), e.costUsd },
                          { QStringLiteral("turns"), e.turns },
                          { QStringLiteral("sessionId"), e.sessionId },
                          { QStringLiteral("isError"), e.isError },
                          { QStringLiteral("subtype"), e.subtype } });
        m_ctx.saveState();
        break;
    case Kind::ApiRetry:
        m_ctx.log(QStringLiteral("warning"), tr("The model API is being retried: %1").arg(e.text));
        break;
    case Kind::ParseWarning:
        m_ctx.log(QStringLiteral("warning"),
                  tr("Agent output line %1: %2").arg(e.lineNumber).arg(e.text));
        break;
    }
}

} // namespace Autocoder::Run
