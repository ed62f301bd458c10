#include "run/runcontroller.h"

#include "run/engine/agentturnstep.h"
#include "run/engine/createsandboxstep.h"
#include "run/engine/decidestep.h"
#include "run/engine/ensureagentstep.h"
#include "run/engine/extractstep.h"
#include "run/engine/gatecommandstep.h"
#include "run/engine/reattachagentstep.h"
#include "run/engine/reattachsandboxstep.h"
#include "run/engine/runcontext.h"
#include "run/engine/snapshotstep.h"
#include "run/engine/stepsequence.h"
#include "run/engine/teardownstep.h"
#include "run/engine/uploadstep.h"
#include "run/runreport.h"
#include "run/runstore.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"
#include "spec/briefrenderer.h"
#include "spec/specvalidator.h"

#include <QPointer>
#include <QSaveFile>
#include <QTimer>

namespace Autocoder::Run {

/// Owns the run context and the recipe that runs. The run has two stages, each a tree of
/// steps: the iterations (sandbox set-up, then agent turn → gate → snapshot → decide until
/// something sets the ending) and the closing (extract, teardown). Limits, cancel and errors
/// are handled here, by stopping the iterations and starting the closing.
class RunController::Private final
{
    Q_DECLARE_TR_FUNCTIONS(RunController)
public:
    Private(RunController *q, SandboxProvider *provider);
    ~Private();

    enum class Setup { NewSandbox, Reattach, None };
    std::unique_ptr<RunStep> recipe(Setup setup, const QString &sandboxId = QString());
    StepFactory iteration(StepFactory agent);
    template<typename S, typename... Args>
    StepFactory make(Args... args)
    {
        return [this, args...]() -> std::unique_ptr<RunStep> {
            return std::make_unique<S>(ctx, args...);
        };
    }

    bool open(const QString &runId, const RunOptions &options, QString *error);
    void runIterations(std::unique_ptr<RunStep> recipe);
    void iterationsDone(const Result<void> &result);
    /// Stops and drops the iterations; returns the tag of the process they waited for.
    QString stopIterations();
    void onWallClock();
    void infrastructureError(const QString &message);
    void close(bool extract);
    void complete();

    RunController *const q;
    RunContext ctx;
    QTimer wallClock;
    QPointer<RunStep> iterations; ///< the set-up and iteration loop while they run
    QPointer<RunStep> closing; ///< extract and teardown while they run
};

RunController::Private::Private(RunController *q, SandboxProvider *provider)
    : q(q)
    , ctx(provider)
{
    wallClock.setSingleShot(true);
    QObject::connect(&wallClock, &QTimer::timeout, &ctx, [this]() { onWallClock(); });
    QObject::connect(&ctx, &RunContext::eventEmitted, q, &RunController::eventEmitted);
}

RunController::Private::~Private()
{
    delete iterations.data();
    delete closing.data();
    ctx.journal.close();
}

// --- the recipe -------------------------------------------------------------------------

/// The whole run in one place. Each factory runs when its turn comes, so the conditions see
/// what the steps before them found (e.g. whether a resume re-attached to its sandbox).
std::unique_ptr<RunStep> RunController::Private::recipe(Setup setup, const QString &sandboxId)
{
    RunContext &c = ctx;
    QList<StepFactory> steps;
    if (setup == Setup::Reattach)
        steps << make<ReattachSandboxStep>(sandboxId);
    if (setup != Setup::None) {
        const auto freshSandbox = [&c]() {
            return !c.reattached;
        };
        steps << StepSequence::when(freshSandbox, make<CreateSandboxStep>())
              << StepSequence::when(freshSandbox, make<EnsureAgentStep>())
              << StepSequence::when([&c]() { return !c.reattached || c.state.iteration == 0; },
                                    make<UploadStep>())
              // Re-attached in the middle of an iteration: finish it without a new turn.
              << StepSequence::when(
                     [&c]() {
                         return c.reattached && c.state.lastSnapshotIteration < c.state.iteration;
                     },
                     iteration(make<ReattachAgentStep>()));
    }
    steps << [this, &c]() -> std::unique_ptr<RunStep> {
        return StepSequence::loop([&c]() { return !c.ending; },
                                  { make<AgentTurnStep>(),
                                    [&c]() { return GateCommandStep::gate(c); },
                                    make<SnapshotStep>(), make<DecideStep>() });
    };
    return std::make_unique<StepSequence>(steps);
}

/// One iteration after `agent`: the gate checks the workspace, the snapshot keeps it, the
/// verdict decides (and may set the ending).
StepFactory RunController::Private::iteration(StepFactory agent)
{
    RunContext &c = ctx;
    return [this, &c, agent]() -> std::unique_ptr<RunStep> {
        return std::make_unique<StepSequence>(
            QList<StepFactory> { agent, [&c]() { return GateCommandStep::gate(c); },
                                 make<SnapshotStep>(), make<DecideStep>() });
    };
}

void RunController::Private::runIterations(std::unique_ptr<RunStep> recipe)
{
    RunStep *step = recipe.release();
    step->setParent(&ctx);
    iterations = step;
    QObject::connect(step, &RunStep::done, &ctx, [this, step](const Result<void> &result) {
        if (step == iterations)
            iterationsDone(result);
    });
    step->start();
}

void RunController::Private::iterationsDone(const Result<void> &result)
{
    iterations->deleteLater(); // we are inside its done()
    iterations = nullptr;
    if (!result) {
        infrastructureError(result.error());
        return;
    }
    if (!ctx.ending) // the loop ends only with an ending; never leave a run hanging
        ctx.ending = RunEnding { QString(Outcome::InfrastructureError), tr("The run stopped") };
    close(true);
}

QString RunController::Private::stopIterations()
{
    RunStep *step = iterations.data();
    if (!step)
        return QString();
    iterations = nullptr;
    const QString tag = step->processTag();
    step->stop();
    step->deleteLater(); // we may be inside one of its callbacks (an event handler)
    return tag;
}

// --- limits, errors and the end ---------------------------------------------------------

void RunController::Private::onWallClock()
{
    if (!iterations || ctx.phase() == Phase::Stopping)
        return;
    const int minutes = ctx.spec.limits.wallClockMinutes;
    ctx.log(QStringLiteral("warning"),
            tr("The wall-clock limit of %n minute(s) was reached", nullptr, minutes));
    const QString tag = stopIterations();
    if (ctx.session && !tag.isEmpty())
        ctx.session->killProcess(tag, &ctx, [](const SandboxOpResult &) {});
    ctx.ending =
        RunEnding { QString(Outcome::WallClock),
                    tr("Stopped after %n minute(s) (wall-clock limit)", nullptr, minutes) };
    close(true);
}

void RunController::Private::infrastructureError(const QString &message)
{
    QString full = message;
    if (!ctx.state.lastSnapshot.isEmpty())
        full += QLatin1Char(' ')
            + tr("The last snapshot (iteration %1) is kept at %2.")
                  .arg(ctx.state.lastSnapshotIteration)
                  .arg(ctx.state.lastSnapshot);
    ctx.log(QStringLiteral("error"), full);
    ctx.ending = RunEnding { QString(Outcome::InfrastructureError), full };
    close(true);
}

void RunController::Private::close(bool extract)
{
    if (closing || ctx.phase() == Phase::Finished)
        return;
    wallClock.stop();
    ctx.stopKeepAlive();
    RunContext &c = ctx;
    auto *step =
        new StepSequence({ StepSequence::when([extract]() { return extract; }, make<ExtractStep>()),
                           make<TeardownStep>() },
                         &ctx);
    closing = step;
    QObject::connect(step, &RunStep::done, &c, [this, step](const Result<void> &) {
        if (step != closing)
            return;
        complete(); // still closing while run.finished goes out: a cancel then does nothing
        step->deleteLater();
        closing = nullptr;
    });
    step->start();
}

void RunController::Private::complete()
{
    const RunEnding ending = ctx.ending.value_or(RunEnding());
    RunState &state = ctx.state;
    state.status = QStringLiteral("finished");
    state.outcome = ending.outcome;
    state.message = ctx.redactor.redact(ending.message);
    state.finishedAt = QDateTime::currentDateTimeUtc();
    ctx.emitEvent(EventKind::RunFinished,
                  { { QStringLiteral("outcome"), ending.outcome },
                    { QStringLiteral("message"), ending.message },
                    { QStringLiteral("iterations"), state.iteration },
                    { QStringLiteral("costUsd"), state.costUsd } });
    ctx.saveState();
    // A report in the run folder too, so history has it without saving the project.
    QSaveFile report(ctx.journal.runDir() + QLatin1Char('/') + RunReport::fileName());
    if (report.open(QIODevice::WriteOnly)) {
        report.write(
            ctx.redactor
                .redact(RunReport::render(ctx.spec, RunJournal::readEvents(ctx.journal.runDir())))
                .toUtf8());
        report.commit();
    }
    ctx.setPhase(Phase::Finished);
    Q_EMIT q->finished(ending.outcome, state.message);
}

bool RunController::Private::open(const QString &runId, const RunOptions &options, QString *error)
{
    ctx.options = options;
    ctx.redactor.clear();
    ctx.redactor.addSecret(options.anthropicApiKey);
    for (const QString &s : options.extraSecrets)
        ctx.redactor.addSecret(s);
    const RunStore store(options.runsRoot.isEmpty() ? RunStore::defaultRoot() : options.runsRoot);
    if (!RunStore::isValidId(runId)) {
        if (error)
            *error = tr("\"%1\" is not a valid run id").arg(runId);
        return false;
    }
    ctx.state.id = runId;
    return ctx.journal.open(store.runDir(runId), &ctx.redactor, error);
}

// --- public API -------------------------------------------------------------------------

RunController::RunController(SandboxProvider *provider, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, provider))
{ }

RunController::~RunController() = default;

QString RunController::runId() const
{
    return d->ctx.state.id;
}

QString RunController::runDir() const
{
    return d->ctx.journal.runDir();
}

RunController::Phase RunController::phase() const
{
    return d->ctx.phase();
}

const RunState &RunController::state() const
{
    return d->ctx.state;
}

QString RunController::sandboxId() const
{
    return d->ctx.session ? d->ctx.session->sandboxId() : QString();
}

bool RunController::start(const Spec::ProjectSpec &spec, const RunOptions &options, QString *error)
{
    RunContext &ctx = d->ctx;
    if (ctx.phase() != Phase::Idle) {
        if (error)
            *error = tr("This run has already started");
        return false;
    }
    if (!ctx.provider) {
        if (error)
            *error = tr("No sandbox backend is available");
        return false;
    }
    const QList<Spec::ValidationIssue> issues = Spec::SpecValidator::validate(spec);
    if (!issues.isEmpty()) {
        if (error) {
            QStringList lines;
            for (const Spec::ValidationIssue &i : issues)
                lines.append(i.field + QStringLiteral(": ") + i.message);
            *error = tr("The spec is not valid:\n%1").arg(lines.join(QLatin1Char('\n')));
        }
        return false;
    }
    if (options.anthropicApiKey.isEmpty()) {
        if (error)
            *error = tr("No Anthropic API key was given");
        return false;
    }
    ctx.spec = spec;
    ctx.brief = options.brief ? *options.brief : Spec::BriefRenderer::render(spec);
    ctx.maxIterations = spec.limits.maxIterations;
    if (!d->open(options.runId.isEmpty() ? RunStore::newRunId() : options.runId, options, error))
        return false;
    ctx.journal.writeSpec(spec.toJson());
    ctx.state.name = spec.name;
    ctx.state.backend = ctx.provider->backendName();
    ctx.state.startedAt = QDateTime::currentDateTimeUtc();
    ctx.state.status = QStringLiteral("running");
    ctx.emitEvent(EventKind::RunStarted,
                  { { QStringLiteral("name"), spec.name },
                    { QStringLiteral("backend"), ctx.state.backend },
                    { QStringLiteral("maxIterations"), spec.limits.maxIterations },
                    { QStringLiteral("budgetUsd"), spec.limits.budgetUsd } });
    ctx.saveState();
    d->wallClock.start(std::chrono::minutes(spec.limits.wallClockMinutes));
    // From the event loop, so that whoever started the run sees every event after run.started.
    QMetaObject::invokeMethod(
        &ctx, [this]() { d->runIterations(d->recipe(Private::Setup::NewSandbox)); },
        Qt::QueuedConnection);
    return true;
}

bool RunController::resume(const QString &runId, const RunOptions &options, const QString &guidance,
                           QString *error)
{
    RunContext &ctx = d->ctx;
    if (ctx.phase() != Phase::Idle) {
        if (error)
            *error = tr("This controller is busy");
        return false;
    }
    const RunStore store(options.runsRoot.isEmpty() ? RunStore::defaultRoot() : options.runsRoot);
    RunState previous;
    if (!store.load(runId, &previous, error))
        return false;
    if (previous.status == QLatin1String("finished") && previous.outcome == Outcome::Green) {
        if (error)
            *error = tr("Run %1 is already green").arg(runId);
        return false;
    }
    QString specError;
    const Spec::ProjectSpec spec =
        Spec::ProjectSpec::fromJson(RunJournal::readSpec(store.runDir(runId)), &specError);
    if (!specError.isEmpty()) {
        if (error)
            *error = tr("The run's spec cannot be read: %1").arg(specError);
        return false;
    }
    if (options.anthropicApiKey.isEmpty()) {
        if (error)
            *error = tr("No Anthropic API key was given");
        return false;
    }
    const QList<RunEvent> events = RunJournal::readEvents(store.runDir(runId));
    if (!d->open(runId, options, error))
        return false;
    ctx.spec = spec;
    ctx.brief = Spec::BriefRenderer::render(spec);
    ctx.seq = events.isEmpty() ? previous.lastSeq : std::max(previous.lastSeq, events.last().seq);
    ctx.state = previous;
    ctx.state.id = runId;
    ctx.state.status = QStringLiteral("running");
    ctx.state.outcome.clear();
    ctx.state.message.clear();
    ctx.state.finishedAt = QDateTime();
    ctx.previousSessionId = ctx.state.agentSessionId;
    ctx.state.agentSessionId.clear(); // valid again only if we re-attach to the same sandbox
    ctx.state.backend = ctx.provider->backendName();
    ctx.maxIterations = std::max(spec.limits.maxIterations, ctx.state.iteration + 1);
    ctx.pendingGuidance = guidance;
    ctx.previousSignature = ctx.state.lastFailing.join(QLatin1Char('\n'));
    const QString oldSandbox = ctx.state.sandboxId;
    ctx.log(QStringLiteral("info"),
            tr("Resuming run %1 after iteration %2").arg(runId).arg(ctx.state.iteration));
    ctx.saveState();
    d->wallClock.start(std::chrono::minutes(spec.limits.wallClockMinutes));
    const bool wasInterrupted = previous.status != QLatin1String("finished");
    QMetaObject::invokeMethod(
        &ctx,
        [this, oldSandbox, wasInterrupted]() {
            if (wasInterrupted && !oldSandbox.isEmpty()) {
                d->runIterations(d->recipe(Private::Setup::Reattach, oldSandbox));
                return;
            }
            d->ctx.prepareFreshSandbox(oldSandbox);
            d->runIterations(d->recipe(Private::Setup::NewSandbox));
        },
        Qt::QueuedConnection);
    return true;
}

void RunController::cancel()
{
    RunContext &ctx = d->ctx;
    const Phase phase = ctx.phase();
    if (phase == Phase::Idle || phase == Phase::Finished || phase == Phase::Stopping || d->closing)
        return;
    ctx.setPhase(Phase::Stopping);
    ctx.log(QStringLiteral("info"), tr("Cancelling the run"));
    const QString tag = d->stopIterations();
    ctx.ending = RunEnding { QString(Outcome::Cancelled), tr("Cancelled") };
    if (ctx.session && !tag.isEmpty()) {
        ctx.session->killProcess(tag, &ctx, [this](const SandboxOpResult &) { d->close(false); });
        return;
    }
    d->close(false);
}

void RunController::continueWithGuidance(const QString &text)
{
    RunContext &ctx = d->ctx;
    const QString guidance = text.trimmed();
    if (guidance.isEmpty())
        return;
    if (ctx.phase() != Phase::Finished) {
        ctx.pendingGuidance = ctx.pendingGuidance.isEmpty()
            ? guidance
            : ctx.pendingGuidance + QLatin1Char('\n') + guidance;
        ctx.log(QStringLiteral("info"), tr("Guidance noted for the next agent turn"));
        return;
    }
    if (ctx.state.outcome == Outcome::Green || ctx.state.outcome == Outcome::Cancelled
        || !ctx.session) {
        ctx.log(QStringLiteral("warning"),
                tr("This run cannot continue here; resume it from its folder instead"));
        return;
    }
    ctx.pendingGuidance = guidance;
    ctx.ending.reset();
    ctx.maxIterations = std::max(ctx.maxIterations, ctx.state.iteration + 1);
    ctx.state.status = QStringLiteral("running");
    ctx.state.outcome.clear();
    ctx.log(QStringLiteral("info"), tr("Continuing with guidance"));
    d->wallClock.start(std::chrono::minutes(ctx.spec.limits.wallClockMinutes));
    ctx.startKeepAlive();
    d->runIterations(d->recipe(Private::Setup::None));
}

} // namespace Autocoder::Run
