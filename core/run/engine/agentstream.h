#pragma once

#include "agent/streamjsonparser.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Autocoder::Run {

class RunContext;
class RunStep;

/// Turns the agent's stream-json output into run events (messages, tool calls, the result
/// with its cost) and keeps the agent's session id in the run state. Shared by a new agent
/// turn and one re-attached after a restart.
class AgentStream final
{
    Q_DECLARE_TR_FUNCTIONS(AgentStream)
public:
    /// Events stop as soon as `owner` stops (the run may be cancelled from an event handler).
    AgentStream(RunContext &context, const RunStep &owner);

    void feed(const QByteArray &data);
    /// The last line, if it had no newline.
    void finish();
    bool resultSeen() const { return m_resultSeen; }

private:
    void handle(const Agent::AgentEvent &event);

    RunContext &m_ctx;
    const RunStep &m_owner;
    Agent::StreamJsonParser m_parser;
    bool m_resultSeen = false;
};

} // namespace Autocoder::Run
