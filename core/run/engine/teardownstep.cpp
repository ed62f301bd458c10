#include "run/engine/teardownstep.h"

#include "run/engine/runcontext.h"
#include "run/sandboxsession.h"

#include <QTimer>

namespace Autocoder::Run {

TeardownStep::TeardownStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
{ }

TeardownStep::~TeardownStep() = default;

void TeardownStep::run()
{
    const QString outcome = m_ctx.ending ? m_ctx.ending->outcome : QString();
    // A stop says itself whether the sandbox stays; otherwise the options do, for runs that
    // may go on.
    const bool keep = outcome == Outcome::Stopped
        ? m_ctx.ending->keepSandbox
        : m_ctx.options.keepSandbox && outcome != Outcome::Green && outcome != Outcome::Cancelled
            && outcome != Outcome::InfrastructureError;
    if (!m_ctx.session || keep) {
        succeed();
        return;
    }
    m_ctx.log(LogLevel::Info, tr("Removing sandbox %1").arg(m_ctx.session->sandboxId()));
    if (!isRunning())
        return;
    m_ctx.session->kill(
        this, guard([this](const SandboxOpResult &r) {
            if (!r)
                m_ctx.log(LogLevel::Warning,
                          tr("The sandbox could not be removed: %1").arg(r.error().message));
            removed();
        }));
    QTimer::singleShot(std::chrono::seconds(15), this, guard([this]() { removed(); }));
}

void TeardownStep::removed()
{
    if (!isRunning())
        return;
    if (m_ctx.session) {
        m_ctx.session->deleteLater();
        m_ctx.session = nullptr;
    }
    m_ctx.state.sandboxId.clear();
    succeed();
}

} // namespace Autocoder::Run
