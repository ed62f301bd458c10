#include "run/engine/runengine.h"

#include "run/engine/agentturnstep.h"
#include "run/engine/createsandboxstep.h"
#include "run/engine/decidestep.h"
#include "run/engine/ensureagentstep.h"
#include "run/engine/gatecommandstep.h"
#include "run/engine/reattachagentstep.h"
#include "run/engine/reattachsandboxstep.h"
#include "run/engine/snapshotstep.h"
#include "run/engine/teardownstep.h"
#include "run/engine/uploadstep.h"
#include "run/runlog.h"
#include "run/runreport.h"
#include "run/runstore.h"
#include "run/sandboxsession.h"

#include <QDir>
#include <QSaveFile>

#include <utility>

namespace Autocoder::Run {

RunEngine::RunEngine(SandboxProvider *provider, QObject *parent)
    : QObject(parent)
    , m_ctx(provider)
{
    m_wallClock.setSingleShot(true);
    connect(&m_wallClock, &QTimer::timeout, this, [this]() { onWallClock(); });
    connect(&m_ctx, &RunContext::eventEmitted, this, &RunEngine::eventEmitted);
}

RunEngine::~RunEngine()
{
    delete m_iterations.data();
    delete m_closing.data();
    m_ctx.journal.close();
}

// --- the recipe -------------------------------------------------------------------------

/// The whole run in one place. Each factory runs when its turn comes, so the conditions see
/// what the steps before them found (e.g. whether a resume re-attached to its sandbox).
std::unique_ptr<RunStep> RunEngine::recipe(Setup setup, const QString &sandboxId)
{
    using S = StepSequence;
    RunContext &c = m_ctx;
    const auto freshSandbox = [&c]() {
        return !c.reattached;
    };
    const auto beforeFirstTurn = [&c]() {
        return !c.reattached || c.state.iteration == 0;
    };
    const auto midIteration = [&c]() {
        return c.reattached && c.state.lastSnapshotIteration < c.state.iteration;
    };
    const auto notDecided = [&c]() {
        return !c.ending;
    };

    QList<StepFactory> run;
    if (setup == Setup::Reattach)
        run << make<ReattachSandboxStep>(sandboxId);
    if (setup != Setup::None) {
        run << S::when(freshSandbox, make<CreateSandboxStep>())
            << S::when(freshSandbox, make<EnsureAgentStep>())
            << S::when(beforeFirstTurn, make<UploadStep>())
            // Re-attached in the middle of an iteration: finish it without a new agent turn.
            << S::when(midIteration, S::sequenceOf(iteration(make<ReattachAgentStep>())));
    }
    run << S::repeatWhile(notDecided, iteration(make<AgentTurnStep>()));
    return std::make_unique<StepSequence>(run);
}

/// One iteration: the agent works, the gate checks the workspace (install, test, build,
/// lint, up to the first failure), the snapshot keeps it, the verdict decides (and may set
/// the ending).
QList<StepFactory> RunEngine::iteration(StepFactory agent)
{
    RunContext &c = m_ctx;
    return { std::move(agent), [&c]() { return GateCommandStep::gate(c); }, make<SnapshotStep>(),
             make<DecideStep>() };
}

void RunEngine::runIterations(std::unique_ptr<RunStep> recipe)
{
    RunStep *step = recipe.release();
    step->setParent(&m_ctx);
    m_iterations = step;
    connect(step, &RunStep::done, &m_ctx, [this, step](const Result<void> &result) {
        if (step == m_iterations)
            iterationsDone(result);
    });
    step->start();
}

void RunEngine::iterationsDone(const Result<void> &result)
{
    m_iterations->deleteLater(); // we are inside its done()
    m_iterations = nullptr;
    if (!result) {
        infrastructureError(result.error());
        return;
    }
    if (!m_ctx.ending) // the loop ends only with an ending; never leave a run hanging
        m_ctx.ending = RunEnding { QString(Outcome::InfrastructureError), tr("The run stopped") };
    close();
}

QString RunEngine::stopIterations()
{
    RunStep *step = m_iterations.data();
    if (!step)
        return QString();
    m_iterations = nullptr;
    QString tag = step->processTag();
    step->stop();
    step->deleteLater(); // we may be inside one of its callbacks (an event handler)
    return tag;
}

// --- limits, errors and the end ---------------------------------------------------------

void RunEngine::onWallClock()
{
    if (!m_iterations || m_ctx.phase() == RunController::Phase::Stopping)
        return;
    const int minutes = m_ctx.spec.limits.wallClockMinutes;
    m_ctx.log(LogLevel::Warning,
              tr("The wall-clock limit of %n minute(s) was reached", nullptr, minutes));
    const QString tag = stopIterations();
    if (m_ctx.session && !tag.isEmpty())
        m_ctx.session->killProcess(tag, &m_ctx, [](const SandboxOpResult &) {});
    m_ctx.ending =
        RunEnding { QString(Outcome::WallClock),
                    tr("Stopped after %n minute(s) (wall-clock limit)", nullptr, minutes) };
    close();
}

void RunEngine::infrastructureError(const QString &message)
{
    QString full = message;
    if (!m_ctx.state.lastSnapshot.isEmpty())
        full += QLatin1Char(' ')
            + tr("The last snapshot (iteration %1) is kept at %2.")
                  .arg(m_ctx.state.lastSnapshotIteration)
                  .arg(m_ctx.state.lastSnapshot);
    m_ctx.log(LogLevel::Error, full);
    m_ctx.ending = RunEnding { QString(Outcome::InfrastructureError), full };
    close();
}

void RunEngine::close()
{
    if (m_closing || m_ctx.phase() == RunController::Phase::Finished)
        return;
    qCDebug(lcRun) << "run" << m_ctx.state.id << "closing:"
                   << (m_ctx.ending ? m_ctx.ending->outcome : QStringLiteral("cancelled"));
    m_wallClock.stop();
    m_ctx.stopKeepAlive();
    RunContext &c = m_ctx;
    auto *step = new StepSequence({ make<TeardownStep>() }, &m_ctx);
    m_closing = step;
    connect(step, &RunStep::done, &c, [this, step](const Result<void> &) {
        if (step != m_closing)
            return;
        step->deleteLater();
        // Still closing while run.finished goes out, so a cancel then does nothing; and a
        // handler of finished() may delete the controller.
        const QPointer<RunEngine> self(this);
        complete();
        if (self)
            m_closing = nullptr;
    });
    step->start();
}

void RunEngine::complete()
{
    const RunEnding ending = m_ctx.ending.value_or(RunEnding());
    RunState &state = m_ctx.state;
    state.status = QStringLiteral("finished");
    state.outcome = ending.outcome;
    state.message = m_ctx.redactor.redact(ending.message);
    state.finishedAt = QDateTime::currentDateTimeUtc();
    m_ctx.emitEvent(RunFinished { fromWireName<RunOutcome>(ending.outcome), ending.message,
                                  state.iteration, state.costUsd });
    m_ctx.saveState();
    // A report in the run folder too, so history has it without saving the project.
    QSaveFile report(m_ctx.journal.runDir() + QLatin1Char('/') + RunReport::fileName());
    if (report.open(QIODevice::WriteOnly)) {
        const QString eventsPath =
            QDir(m_ctx.journal.runDir()).filePath(RunJournal::eventsFileName());
        report.write(m_ctx.redactor
                         .redact(RunReport::renderJournal(m_ctx.spec, eventsPath)
                                     .valueOr(RunReport::render(m_ctx.spec, {})))
                         .toUtf8());
        report.commit();
    }
    m_ctx.setPhase(RunController::Phase::Finished);
    Q_EMIT finished(ending.outcome, state.message);
}

void RunEngine::start(Setup setup, const QString &sandboxId)
{
    m_wallClock.start(std::chrono::minutes(m_ctx.spec.limits.wallClockMinutes));
    if (setup == Setup::None) {
        runIterations(recipe(setup));
        return;
    }
    // From the event loop, so that whoever started the run sees every event after run.started.
    QMetaObject::invokeMethod(
        &m_ctx, [this, setup, sandboxId]() { runIterations(recipe(setup, sandboxId)); },
        Qt::QueuedConnection);
}

void RunEngine::cancel()
{
    const RunController::Phase phase = m_ctx.phase();
    if (phase == RunController::Phase::Idle || phase == RunController::Phase::Finished
        || phase == RunController::Phase::Stopping || m_closing)
        return;
    m_ctx.setPhase(RunController::Phase::Stopping);
    m_ctx.log(LogLevel::Info, tr("Cancelling the run"));
    const QString tag = stopIterations();
    m_ctx.ending = RunEnding { QString(Outcome::Cancelled), tr("Cancelled") };
    if (m_ctx.session && !tag.isEmpty()) {
        m_ctx.session->killProcess(tag, &m_ctx, [this](const SandboxOpResult &) { close(); });
        return;
    }
    close();
}

} // namespace Autocoder::Run
