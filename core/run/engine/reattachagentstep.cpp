#include "run/engine/reattachagentstep.h"

#include "run/engine/runcontext.h"
#include "run/sandboxprocess.h"
#include "run/sandboxsession.h"

namespace Autocoder::Run {

ReattachAgentStep::ReattachAgentStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
    , m_stream(context, *this)
{ }

ReattachAgentStep::~ReattachAgentStep() = default;

void ReattachAgentStep::run()
{
    m_ctx.setPhase(RunController::Phase::AgentTurn);
    m_tag = QStringLiteral("agent-%1").arg(m_ctx.state.iteration);
    m_ctx.stepStarted(Step::Agent, m_ctx.state.iteration);
    if (!isRunning())
        return;
    m_timer.start();
    SandboxProcess *process = m_ctx.session->attach(m_tag, this);
    connect(process, &SandboxProcess::stdoutReceived, this,
            guard([this](const QByteArray &data) { m_stream.feed(data); }));
    connect(process, &SandboxProcess::finished, this,
            guard([this, process](const SandboxProcessExit &exit) { onFinished(process, exit); }));
}

void ReattachAgentStep::onFinished(SandboxProcess *process, const SandboxProcessExit &exit)
{
    process->deleteLater();
    m_tag.clear();
    m_stream.finish();
    if (!isRunning())
        return;
    m_ctx.stepFinished(Step::Agent, m_ctx.state.iteration, !exit.transportError, exit.exitCode,
                       m_timer.elapsed(),
                       exit.transportError ? tr("re-attach: %1").arg(exit.error)
                                           : tr("re-attached; exit code %1").arg(exit.exitCode));
    if (exit.sandboxGone) {
        fail(tr("The sandbox went away: %1").arg(exit.error));
        return;
    }
    succeed();
}

} // namespace Autocoder::Run
