#include "run/engine/createsandboxstep.h"

#include "run/engine/runcontext.h"
#include "run/runlog.h"
#include "run/sandboxegress.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"

#include <QPointer>

namespace Autocoder::Run {

CreateSandboxStep::CreateSandboxStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
{ }

CreateSandboxStep::~CreateSandboxStep() = default;

void CreateSandboxStep::run()
{
    m_ctx.setPhase(RunController::Phase::CreatingSandbox);
    m_ctx.stepStarted(Step::Sandbox, m_ctx.iterationOf(Step::Sandbox));
    if (!isRunning())
        return;
    SandboxCreateRequest request;
    request.templateName = m_ctx.spec.sandbox.templateName.isEmpty()
        ? QStringLiteral("claude")
        : m_ctx.spec.sandbox.templateName;
    request.metadata = { { QStringLiteral("app"), QStringLiteral("autocoder") },
                         { QStringLiteral("run"), m_ctx.state.id } };
    request.ttl = std::chrono::seconds(m_ctx.options.keepAliveSeconds);
    request.allowOut =
        SandboxEgress::allowOut(m_ctx.spec, m_ctx.agentBaseUrl(), m_ctx.options.extraAllowOut);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    // The answer goes to the run, not to this step: a stop while the sandbox is being made
    // deletes the step, and the sandbox made after all must then go too, not linger until
    // its time-to-live ends.
    RunContext *ctx = &m_ctx;
    const QPointer<CreateSandboxStep> self(this);
    const auto created = guard([this, started](const SandboxResult<SandboxSession *> &r) {
        const qint64 ms = QDateTime::currentMSecsSinceEpoch() - started;
        if (!r || !*r) {
            const QString error = r ? QString() : r.error().message;
            m_ctx.stepFinished(Step::Sandbox, m_ctx.iterationOf(Step::Sandbox), false, -1, ms,
                               error);
            fail(tr("Could not create a sandbox: %1").arg(error));
            return;
        }
        SandboxSession *session = *r;
        m_ctx.adoptSession(session);
        m_ctx.saveState();
        m_ctx.stepFinished(Step::Sandbox, m_ctx.iterationOf(Step::Sandbox), true, 0, ms,
                           session->sandboxId());
        if (!isRunning())
            return;
        m_ctx.startKeepAlive();
        succeed();
    });
    m_ctx.provider->create(
        request, ctx, [ctx, self, created](const SandboxResult<SandboxSession *> &r) {
            if (self && self->isRunning()) {
                created(r);
                return;
            }
            if (r && *r) {
                SandboxSession *orphan = *r;
                qCDebug(lcRun) << "stopped while creating: killing sandbox" << orphan->sandboxId();
                orphan->kill(ctx, [orphan](const SandboxOpResult &) { orphan->deleteLater(); });
            }
        });
}

} // namespace Autocoder::Run
