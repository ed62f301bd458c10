#pragma once

#include "run/engine/runstep.h"

#include <QPointer>

namespace Autocoder::Run {

class AgentInstallStep;
class RunContext;
class SandboxProcess;
struct SandboxProcessExit;

/// Checks that the sandbox has the Claude Code CLI; installs it (AgentInstallStep, a child
/// step) when it does not.
class EnsureAgentStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureAgentStep)
public:
    explicit EnsureAgentStep(RunContext &context, QObject *parent = nullptr);
    ~EnsureAgentStep() override;

    QString processTag() const override;

protected:
    void run() override;
    void onStop() override;

private:
    void checked(SandboxProcess *process, const SandboxProcessExit &exit);

    RunContext &m_ctx;
    QString m_tag; ///< of the presence check while it runs
    QByteArray m_output;
    QPointer<AgentInstallStep> m_install;
};

} // namespace Autocoder::Run
