#include "run/runcontroller.h"

#include "run/engine/runengine.h"
#include "run/runlock.h"
#include "run/runlog.h"
#include "run/runstore.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"
#include "spec/briefrenderer.h"
#include "spec/specvalidator.h"

#include <QDir>

namespace Autocoder::Run {

namespace {

bool openRun(RunContext &ctx, const QString &runId, const RunOptions &options, QString *error)
{
    ctx.options = options;
    ctx.redactor.clear();
    ctx.redactor.addSecret(options.anthropicApiKey);
    for (const QString &s : options.extraSecrets)
        ctx.redactor.addSecret(s);
    const RunStore store(options.runsRoot.isEmpty() ? RunStore::defaultRoot() : options.runsRoot);
    if (!RunStore::isValidId(runId)) {
        if (error)
            *error = RunController::tr("\"%1\" is not a valid run id").arg(runId);
        return false;
    }
    ctx.state.id = runId;
    return ctx.journal.open(store.runDir(runId), &ctx.redactor, error);
}

/// Guidance for the next agent turn: kept for its prompt and shown as user.guidance, from
/// @p source (empty: the run's RunOptions::guidanceSource).
void addGuidance(RunContext &ctx, const QString &text, const QString &source = QString())
{
    if (text.trimmed().isEmpty())
        return;
    ctx.pendingGuidance =
        ctx.pendingGuidance.isEmpty() ? text : ctx.pendingGuidance + QLatin1Char('\n') + text;
    ctx.emitEvent(UserGuidance { text, source.isEmpty() ? ctx.options.guidanceSource : source,
                                 ctx.state.iteration + 1 });
}

} // namespace

// --- public API -------------------------------------------------------------------------

RunController::RunController(SandboxProvider *provider, QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<RunEngine>(provider))
    , m_lock(std::make_unique<RunLock>())
{
    connect(m_engine.get(), &RunEngine::eventEmitted, this, &RunController::eventEmitted);
    connect(m_engine.get(), &RunEngine::finished, this,
            [this](const QString &outcome, const QString &message) {
                // Free for another driver before anyone hears of the end (and may delete us).
                m_lock->release();
                Q_EMIT finished(outcome, message);
            });
}

RunController::~RunController() = default;

QString RunController::runId() const
{
    return m_engine->context().state.id;
}

QString RunController::runDir() const
{
    return m_engine->context().journal.runDir();
}

RunController::Phase RunController::phase() const
{
    return m_engine->context().phase();
}

const RunState &RunController::state() const
{
    return m_engine->context().state;
}

QString RunController::sandboxId() const
{
    return m_engine->context().session ? m_engine->context().session->sandboxId() : QString();
}

bool RunController::start(const Spec::ProjectSpec &spec, const RunOptions &options, QString *error)
{
    RunContext &ctx = m_engine->context();
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
    if (!openRun(ctx, options.runId.isEmpty() ? RunStore::newRunId() : options.runId, options,
                 error))
        return false;
    if (const Result<void> locked = m_lock->acquire(ctx.journal.runDir(), ctx.state.id); !locked) {
        ctx.journal.close();
        if (error)
            *error = locked.error();
        return false;
    }
    ctx.journal.writeSpec(spec.toJson());
    ctx.state.name = spec.name;
    ctx.state.backend = ctx.provider->backendName();
    ctx.state.startedAt = QDateTime::currentDateTimeUtc();
    ctx.state.status = QStringLiteral("running");
    ctx.emitEvent(RunStarted { spec.name, ctx.state.backend, spec.limits.maxIterations,
                               spec.limits.budgetUsd });
    ctx.saveState();
    m_engine->start(RunEngine::Setup::NewSandbox);
    return true;
}

bool RunController::resume(const QString &runId, const RunOptions &options, const QString &guidance,
                           QString *error)
{
    RunContext &ctx = m_engine->context();
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
    const Result<Spec::ProjectSpec> parsed =
        Spec::ProjectSpec::parse(RunJournal::readSpec(store.runDir(runId)));
    if (!parsed) {
        if (error)
            *error = tr("The run's spec cannot be read: %1").arg(parsed.error());
        return false;
    }
    const Spec::ProjectSpec &spec = *parsed;
    if (options.anthropicApiKey.isEmpty()) {
        if (error)
            *error = tr("No Anthropic API key was given");
        return false;
    }
    if (const Result<void> locked = m_lock->acquire(store.runDir(runId), runId); !locked) {
        if (error)
            *error = locked.error();
        return false;
    }
    // Sequence numbers go on after the last event the journal holds.
    qint64 lastSeq = previous.lastSeq;
    (void)RunJournal::forEachEvent(
        QDir(store.runDir(runId)).filePath(RunJournal::eventsFileName()),
        [&lastSeq](const RunEvent &e) { lastSeq = std::max(lastSeq, e.seq); });
    if (!openRun(ctx, runId, options, error)) {
        m_lock->release();
        return false;
    }
    ctx.spec = spec;
    ctx.brief = Spec::BriefRenderer::render(spec);
    ctx.seq = lastSeq;
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
    ctx.previousSignature = ctx.state.lastFailing.join(QLatin1Char('\n'));
    // Only an interrupted run may have an iteration to finish; a stopped one is over.
    ctx.resumeMidIteration = previous.status != QLatin1String("finished");
    const QString oldSandbox = ctx.state.sandboxId;
    // A sandbox the run still names (interrupted, or kept by a stop) is tried first.
    const bool reattach = !oldSandbox.isEmpty();
    ctx.emitEvent(RunResumed { reattach ? QStringLiteral("reattach") : QStringLiteral("resume"),
                               ctx.state.iteration, ctx.maxIterations, spec.limits.budgetUsd });
    addGuidance(ctx, guidance);
    ctx.log(LogLevel::Info,
            tr("Resuming run %1 after iteration %2").arg(runId).arg(ctx.state.iteration));
    ctx.saveState();
    if (reattach) {
        m_engine->start(RunEngine::Setup::Reattach, oldSandbox);
    } else {
        ctx.prepareFreshSandbox(QString());
        m_engine->start(RunEngine::Setup::NewSandbox);
    }
    return true;
}

void RunController::stop(StopMode mode, const QString &source)
{
    m_engine->stop(mode, source);
}

void RunController::continueWithGuidance(const QString &text)
{
    continueWithGuidance(text, QString());
}

void RunController::continueWithGuidance(const QString &text, const QString &source)
{
    RunContext &ctx = m_engine->context();
    const QString guidance = text.trimmed();
    if (guidance.isEmpty() || ctx.phase() == Phase::Idle)
        return;
    if (ctx.phase() != Phase::Finished) {
        addGuidance(ctx, guidance, source);
        return;
    }
    if (ctx.state.outcome == Outcome::Green) {
        qCWarning(lcRun) << "run" << ctx.state.id << "is green; guidance not taken";
        return;
    }
    if (const Result<void> locked = m_lock->acquire(ctx.journal.runDir(), ctx.state.id); !locked) {
        qCWarning(lcRun) << "run" << ctx.state.id << "cannot go on here:" << locked.error();
        return;
    }
    ctx.ending.reset();
    ctx.maxIterations = std::max(ctx.maxIterations, ctx.state.iteration + 1);
    ctx.state.status = QStringLiteral("running");
    ctx.state.outcome.clear();
    ctx.state.message.clear();
    ctx.state.finishedAt = QDateTime();
    // In the kept sandbox if there is one; else from the last snapshot, as a resume would.
    const bool inSandbox = !ctx.session.isNull();
    ctx.emitEvent(RunResumed { inSandbox ? QStringLiteral("continue") : QStringLiteral("resume"),
                               ctx.state.iteration, ctx.maxIterations, ctx.spec.limits.budgetUsd });
    addGuidance(ctx, guidance, source);
    if (inSandbox) {
        ctx.saveState();
        ctx.startKeepAlive();
        m_engine->start(RunEngine::Setup::None);
        return;
    }
    ctx.reattached = false;
    ctx.resumeMidIteration = false;
    ctx.prepareFreshSandbox(QString());
    m_engine->start(RunEngine::Setup::NewSandbox);
}

} // namespace Autocoder::Run
