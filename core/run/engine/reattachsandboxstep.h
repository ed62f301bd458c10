#pragma once

#include "run/engine/runstep.h"

namespace Autocoder::Run {

class RunContext;

/// Resuming an interrupted run: reconnects to its sandbox if it still lives (E2B, or a local
/// server that survived the app), with its workspace and the agent's session. When it is
/// gone, prepares a fresh sandbox instead (RunContext::prepareFreshSandbox); either way it
/// succeeds, and RunContext::reattached says which.
class ReattachSandboxStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReattachSandboxStep)
public:
    ReattachSandboxStep(RunContext &context, const QString &sandboxId, QObject *parent = nullptr);
    ~ReattachSandboxStep() override;

protected:
    void run() override;

private:
    RunContext &m_ctx;
    QString m_sandboxId;
};

} // namespace Autocoder::Run
