#include "run/engine/ensureagentstep.h"

#include "agent/claudecommand.h"
#include "run/engine/agentinstallstep.h"
#include "run/engine/runcontext.h"
#include "run/sandboxprocess.h"
#include "run/sandboxsession.h"
#include "sandboxd/templatemanifest.h"

namespace Autocoder::Run {

EnsureAgentStep::EnsureAgentStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
{ }

EnsureAgentStep::~EnsureAgentStep() = default;

QString EnsureAgentStep::processTag() const
{
    return m_install ? m_install->processTag() : m_tag;
}

QString EnsureAgentStep::versionFromTemplate(const QJsonObject &manifest)
{
    if (manifest.isEmpty())
        return {};
    const Result<Sandboxd::TemplateManifest> parsed =
        Sandboxd::TemplateManifest::fromJson(manifest);
    return parsed ? parsed->claudeCodeVersion : QString();
}

void EnsureAgentStep::run()
{
    m_ctx.setPhase(RunController::Phase::EnsuringAgent);
    // The backend prepared the template and recorded the agent's version then: starting
    // `claude --version` in every new sandbox would only cost a second.
    const QString known = versionFromTemplate(m_ctx.session->templateManifest());
    if (!known.isEmpty()) {
        m_ctx.log(LogLevel::Info,
                  tr("Claude Code %1 is available in the sandbox (from its template)").arg(known));
        succeed();
        return;
    }
    SandboxProcessRequest request;
    request.tag = QStringLiteral("agent-check-%1").arg(m_ctx.state.iteration);
    request.command = Agent::ClaudeCommand::presenceCheckCommand();
    request.timeout = std::chrono::seconds(60);
    m_tag = request.tag;
    SandboxProcess *process = m_ctx.session->start(request, this);
    connect(process, &SandboxProcess::stdoutReceived, this,
            guard([this](const QByteArray &d) { m_output.append(d.left(4096)); }));
    connect(process, &SandboxProcess::finished, this,
            guard([this, process](const SandboxProcessExit &exit) { checked(process, exit); }));
}

void EnsureAgentStep::onStop()
{
    if (m_install)
        m_install->stop();
}

void EnsureAgentStep::checked(SandboxProcess *process, const SandboxProcessExit &exit)
{
    process->deleteLater();
    m_tag.clear();
    if (exit.sandboxGone || (exit.transportError && !exit.exited)) {
        fail(tr("The sandbox stopped answering: %1").arg(exit.error));
        return;
    }
    if (exit.succeeded()) {
        m_ctx.log(LogLevel::Info,
                  tr("Claude Code %1 is available in the sandbox")
                      .arg(Agent::ClaudeCommand::parseVersion(QString::fromUtf8(m_output))));
        succeed();
        return;
    }
    m_install = new AgentInstallStep(m_ctx, this);
    connect(m_install, &RunStep::done, this, [this](const Result<void> &result) {
        if (result)
            succeed();
        else
            fail(result.error());
    });
    m_install->start();
}

} // namespace Autocoder::Run
