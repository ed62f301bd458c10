#pragma once

#include "run/engine/agentstream.h"
#include "run/engine/runstep.h"

#include <QElapsedTimer>

namespace Autocoder::Run {

class RunContext;
class SandboxProcess;
struct SandboxProcessExit;

/// After a restart whose iteration was cut short: follows that iteration's agent process if
/// it still runs (or learns how it ended), so the gate can check what it left in the
/// workspace without running the agent again.
class ReattachAgentStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReattachAgentStep)
public:
    explicit ReattachAgentStep(RunContext &context, QObject *parent = nullptr);
    ~ReattachAgentStep() override;

    QString processTag() const override { return m_tag; }

protected:
    void run() override;

private:
    void onFinished(SandboxProcess *process, const SandboxProcessExit &exit);

    RunContext &m_ctx;
    AgentStream m_stream;
    QString m_tag;
    QElapsedTimer m_timer;
};

} // namespace Autocoder::Run
