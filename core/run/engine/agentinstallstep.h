#pragma once

#include "run/engine/processstep.h"

namespace Autocoder::Run {

/// Installs the Claude Code CLI in a sandbox whose template lacks it.
class AgentInstallStep final : public ProcessStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentInstallStep)
public:
    explicit AgentInstallStep(RunContext &context, QObject *parent = nullptr);
    ~AgentInstallStep() override;

protected:
    void run() override;
    void processExited(const SandboxProcessExit &exit, const QByteArray &output) override;
};

} // namespace Autocoder::Run
