#include "run/engine/agentinstallstep.h"

#include "agent/claudecommand.h"
#include "run/engine/runcontext.h"

namespace Autocoder::Run {

AgentInstallStep::AgentInstallStep(RunContext &context, QObject *parent)
    : ProcessStep(context, parent)
{ }

AgentInstallStep::~AgentInstallStep() = default;

void AgentInstallStep::run()
{
    m_ctx.setPhase(RunController::Phase::InstallingAgent);
    SandboxProcessRequest request;
    request.tag = QStringLiteral("agent-install-%1").arg(m_ctx.state.iteration);
    request.command = Agent::ClaudeCommand::installCommand();
    request.timeout = std::chrono::minutes(15);
    startProcess(Step::AgentInstall, request, true);
}

void AgentInstallStep::processExited(const SandboxProcessExit &exit, const QByteArray &)
{
    if (!exit.succeeded()) {
        fail(tr("Claude Code could not be installed in the sandbox (%1)")
                 .arg(exit.error.isEmpty() ? tr("exit code %1").arg(exit.exitCode) : exit.error));
        return;
    }
    succeed();
}

} // namespace Autocoder::Run
