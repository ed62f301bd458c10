#include "run/engine/reattachsandboxstep.h"

#include "run/engine/runcontext.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"

namespace Autocoder::Run {

ReattachSandboxStep::ReattachSandboxStep(RunContext &context, const QString &sandboxId,
                                         QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
    , m_sandboxId(sandboxId)
{ }

ReattachSandboxStep::~ReattachSandboxStep() = default;

void ReattachSandboxStep::run()
{
    m_ctx.reattached = false;
    m_ctx.provider->connectTo(
        m_sandboxId, this, guard([this](const SandboxResult<SandboxSession *> &r) {
            if (!r || !*r) {
                m_ctx.log(LogLevel::Info,
                          tr("Sandbox %1 is gone (%2)")
                              .arg(m_sandboxId, r ? QString() : r.error().message));
                if (!isRunning())
                    return;
                m_ctx.prepareFreshSandbox(QString());
                succeed();
                return;
            }
            SandboxSession *session = *r;
            session->setParent(&m_ctx); // not this step's: it may become the run's session
            session->isAlive(
                this, guard([this, session](bool alive) {
                    if (!alive) {
                        session->deleteLater();
                        m_ctx.log(LogLevel::Info,
                                  tr("Sandbox %1 no longer answers").arg(m_sandboxId));
                        if (!isRunning())
                            return;
                        m_ctx.prepareFreshSandbox(m_sandboxId);
                        succeed();
                        return;
                    }
                    m_ctx.adoptSession(session);
                    m_ctx.reattached = true;
                    m_ctx.state.agentSessionId = m_ctx.previousSessionId;
                    m_ctx.resumeNote =
                        (m_ctx.resumeMidIteration
                             ? tr("This run was interrupted; continue from the current state "
                                  "of the project folder.")
                             : tr("This run goes on; continue from the current state of the "
                                  "project folder."))
                        + m_ctx.failingNote();
                    m_ctx.saveState();
                    m_ctx.startKeepAlive();
                    m_ctx.log(LogLevel::Info, tr("Re-attached to sandbox %1").arg(m_sandboxId));
                    succeed();
                }));
        }));
}

} // namespace Autocoder::Run
