#pragma once

#include "run/engine/agentstream.h"
#include "run/engine/processstep.h"

namespace Autocoder::Run {

/// One agent turn: starts the next iteration, runs `claude -p` (resuming its session when
/// there is one) with the brief, the feedback of the last gate or the person's guidance,
/// and turns its stream into events. Fails when the agent did not run at all or the sandbox
/// went away; a turn that hit its time limit still goes on to the gate.
class AgentTurnStep final : public ProcessStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentTurnStep)
public:
    explicit AgentTurnStep(RunContext &context, QObject *parent = nullptr);
    ~AgentTurnStep() override;

protected:
    void run() override;
    void rawStdout(const QByteArray &data) override;
    void processExited(const SandboxProcessExit &exit, const QByteArray &output) override;

private:
    QString prompt() const;
    QString feedbackPrompt() const;

    AgentStream m_stream;
};

} // namespace Autocoder::Run
