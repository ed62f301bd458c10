#include "run/runcontroller.h"

#include "agent/claudecommand.h"
#include "agent/streamjsonparser.h"
#include "agent/toolsummary.h"
#include "run/runstore.h"
#include "run/safearchive.h"
#include "run/sandboxegress.h"
#include "run/sandboxprocess.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"
#include "secrets/streamredactor.h"
#include "spec/briefrenderer.h"
#include "spec/specvalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace Autocoder::Run {

namespace {

constexpr qsizetype kMaxCapture = 8 * 1024 * 1024; // per process, tail kept
constexpr qsizetype kMaxEventText = 16 * 1024; // per process.output event

void appendCapped(QByteArray &buffer, const QByteArray &data)
{
    buffer.append(data);
    if (buffer.size() > kMaxCapture)
        buffer.remove(0, buffer.size() - kMaxCapture);
}

} // namespace

RunController::RunController(SandboxProvider *provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
{
    m_wallClock.setSingleShot(true);
    connect(&m_wallClock, &QTimer::timeout, this, [this]() {
        if (m_phase == Phase::Finished || m_stopping)
            return;
        m_stopping = true;
        log(QStringLiteral("warning"),
            tr("The wall-clock limit of %n minute(s) was reached", nullptr,
               m_spec.limits.wallClockMinutes));
        const QString tag = m_currentTag;
        dropOps();
        if (m_session && !tag.isEmpty())
            m_session->killProcess(tag, ops(), [](const SandboxOpResult &) {});
        extract(Outcome::WallClock,
                tr("Stopped after %n minute(s) (wall-clock limit)", nullptr,
                   m_spec.limits.wallClockMinutes));
    });
    connect(&m_keepAlive, &QTimer::timeout, this, [this]() {
        if (m_session)
            m_session->keepAlive(
                std::chrono::seconds(m_options.keepAliveSeconds), this,
                [this](const SandboxOpResult &r) {
                    if (!r.ok)
                        log(QStringLiteral("warning"),
                            tr("Could not extend the sandbox lifetime: %1").arg(r.error));
                });
    });
}

RunController::~RunController()
{
    dropOps();
    m_journal.close();
}

QString RunController::sandboxId() const
{
    return m_session ? m_session->sandboxId() : QString();
}

SandboxSession *RunController::session() const
{
    return m_session;
}

QObject *RunController::ops()
{
    if (!m_ops)
        m_ops = new QObject(this);
    return m_ops;
}

void RunController::dropOps()
{
    // Everything in flight belongs to this context. We may be inside one of its children's
    // callbacks right now, so it must not be deleted synchronously: silence its children
    // (no more callbacks or process signals), bump the generation so queued callbacks are
    // ignored, and let the event loop delete it (which aborts calls and detaches streams).
    ++m_opsGeneration;
    if (QObject *old = m_ops.data()) {
        const QObjectList children = old->children();
        for (QObject *child : children)
            child->blockSignals(true);
        old->deleteLater();
    }
    m_ops = nullptr;
    m_process = nullptr;
}

void RunController::setPhase(Phase phase)
{
    m_phase = phase;
}

bool RunController::open(const QString &runId, const RunOptions &options, QString *error)
{
    m_options = options;
    m_redactor.clear();
    m_redactor.addSecret(options.anthropicApiKey);
    for (const QString &s : options.extraSecrets)
        m_redactor.addSecret(s);
    const RunStore store(options.runsRoot.isEmpty() ? RunStore::defaultRoot() : options.runsRoot);
    if (!RunStore::isValidId(runId)) {
        if (error)
            *error = tr("\"%1\" is not a valid run id").arg(runId);
        return false;
    }
    m_state.id = runId;
    return m_journal.open(store.runDir(runId), &m_redactor, error);
}

bool RunController::start(const Spec::ProjectSpec &spec, const RunOptions &options, QString *error)
{
    if (m_phase != Phase::Idle) {
        if (error)
            *error = tr("This run has already started");
        return false;
    }
    if (!m_provider) {
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
    m_spec = spec;
    m_brief = options.brief ? *options.brief : Spec::BriefRenderer::render(spec);
    m_maxIterations = spec.limits.maxIterations;
    if (!open(options.runId.isEmpty() ? RunStore::newRunId() : options.runId, options, error))
        return false;
    m_journal.writeSpec(spec.toJson());
    m_state.name = spec.name;
    m_state.backend = m_provider->backendName();
    m_state.startedAt = QDateTime::currentDateTimeUtc();
    m_state.status = QStringLiteral("running");
    emitEvent(EventKind::RunStarted,
              { { QStringLiteral("name"), spec.name },
                { QStringLiteral("backend"), m_state.backend },
                { QStringLiteral("maxIterations"), spec.limits.maxIterations },
                { QStringLiteral("budgetUsd"), spec.limits.budgetUsd } });
    saveState();
    m_wallClock.start(std::chrono::minutes(spec.limits.wallClockMinutes));
    QMetaObject::invokeMethod(
        ops(), [this]() { createSandbox(); }, Qt::QueuedConnection);
    return true;
}

bool RunController::resume(const QString &runId, const RunOptions &options, const QString &guidance,
                           QString *error)
{
    if (m_phase != Phase::Idle) {
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
    if (!open(runId, options, error))
        return false;
    m_spec = spec;
    m_brief = Spec::BriefRenderer::render(spec);
    m_seq = events.isEmpty() ? previous.lastSeq : std::max(previous.lastSeq, events.last().seq);
    m_state = previous;
    m_state.id = runId;
    m_state.status = QStringLiteral("running");
    m_state.outcome.clear();
    m_state.message.clear();
    m_state.finishedAt = QDateTime();
    m_previousSessionId = m_state.agentSessionId;
    m_state.agentSessionId.clear(); // valid again only if we re-attach to the same sandbox
    m_state.backend = m_provider->backendName();
    m_maxIterations = std::max(spec.limits.maxIterations, m_state.iteration + 1);
    m_pendingGuidance = guidance;
    m_previousSignature = m_state.lastFailing.join(QLatin1Char('\n'));
    const QString oldSandbox = m_state.sandboxId;
    log(QStringLiteral("info"),
        tr("Resuming run %1 after iteration %2").arg(runId).arg(m_state.iteration));
    saveState();
    m_wallClock.start(std::chrono::minutes(spec.limits.wallClockMinutes));
    const bool wasInterrupted = previous.status != QLatin1String("finished");
    QMetaObject::invokeMethod(
        ops(),
        [this, oldSandbox, wasInterrupted]() {
            if (wasInterrupted && !oldSandbox.isEmpty())
                tryReattach(oldSandbox);
            else
                resumeInNewSandbox(oldSandbox);
        },
        Qt::QueuedConnection);
    return true;
}

QString RunController::failingNote() const
{
    if (m_state.lastFailing.isEmpty())
        return QString();
    return QStringLiteral("\n\n") + tr("Still failing at the last check:") + QStringLiteral("\n- ")
        + m_state.lastFailing.join(QStringLiteral("\n- "));
}

void RunController::tryReattach(const QString &sandboxId)
{
    // The app died but the sandbox may live on (E2B, or a local server that survived):
    // reuse it, its workspace and the agent's session.
    m_provider->connectTo(
        sandboxId, ops(),
        guarded([this, sandboxId](SandboxSession *session, const SandboxOpResult &r) {
            if (!r.ok || !session) {
                log(QStringLiteral("info"), tr("Sandbox %1 is gone (%2)").arg(sandboxId, r.error));
                resumeInNewSandbox(QString());
                return;
            }
            session->setParent(this);
            session->isAlive(
                ops(), guarded([this, session, sandboxId](bool alive) {
                    if (!alive) {
                        session->deleteLater();
                        log(QStringLiteral("info"),
                            tr("Sandbox %1 no longer answers").arg(sandboxId));
                        resumeInNewSandbox(sandboxId);
                        return;
                    }
                    m_session = session;
                    m_state.agentSessionId = m_previousSessionId;
                    m_resumeNote =
                        tr("This run was interrupted; continue from the current state of the "
                           "project folder.")
                        + failingNote();
                    saveState();
                    m_keepAlive.start(std::chrono::minutes(5));
                    log(QStringLiteral("info"), tr("Re-attached to sandbox %1").arg(sandboxId));
                    if (m_state.iteration == 0)
                        upload();
                    else if (m_state.lastSnapshotIteration >= m_state.iteration)
                        startAgentTurn();
                    else
                        reattachAgent();
                }));
        }));
}

void RunController::resumeInNewSandbox(const QString &oldSandbox)
{
    if (!oldSandbox.isEmpty())
        m_provider->killSandbox(oldSandbox, ops(), [](const SandboxOpResult &) {});
    m_state.sandboxId.clear();
    m_state.agentSessionId.clear(); // the session lived in the old sandbox
    m_resumeNote = tr("This run was interrupted and resumed in a fresh sandbox.");
    if (m_state.lastSnapshotIteration > 0)
        m_resumeNote += QLatin1Char(' ')
            + tr("The project folder already holds the files from iteration %1; continue from "
                 "them.")
                  .arg(m_state.lastSnapshotIteration);
    m_resumeNote += failingNote();
    m_restorePending = !m_state.lastSnapshot.isEmpty() && QFile::exists(m_state.lastSnapshot);
    saveState();
    createSandbox();
}

void RunController::reattachAgent()
{
    // The iteration was cut short: follow its agent process if it still runs (or learn how
    // it ended), then run the gate on whatever it left in the workspace.
    setPhase(Phase::AgentTurn);
    m_agentParser.reset();
    m_agentResultSeen = false;
    const QString tag = QStringLiteral("agent-%1").arg(m_state.iteration);
    m_currentTag = tag;
    stepStarted(Step::Agent, m_state.iteration);
    QElapsedTimer timer;
    timer.start();
    SandboxProcess *process = m_session->attach(tag, ops());
    m_process = process;
    connect(process, &SandboxProcess::stdoutReceived, process,
            [this](const QByteArray &data) { onAgentStdout(data); });
    connect(process, &SandboxProcess::finished, this,
            [this, process, timer](const SandboxProcessExit &exit) {
                process->deleteLater();
                m_currentTag.clear();
                const QList<Agent::AgentEvent> tail = m_agentParser.finish();
                for (const Agent::AgentEvent &e : tail)
                    handleAgentEvent(e);
                stepFinished(Step::Agent, m_state.iteration, !exit.transportError, exit.exitCode,
                             timer.elapsed(),
                             exit.transportError
                                 ? tr("re-attach: %1").arg(exit.error)
                                 : tr("re-attached; exit code %1").arg(exit.exitCode));
                if (m_stopping)
                    return;
                if (exit.sandboxGone) {
                    infrastructureError(tr("The sandbox went away: %1").arg(exit.error));
                    return;
                }
                startGate();
            });
}

void RunController::cancel()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Finished || m_phase == Phase::Stopping)
        return;
    m_stopping = true;
    setPhase(Phase::Stopping);
    log(QStringLiteral("info"), tr("Cancelling the run"));
    const QString tag = m_currentTag;
    dropOps();
    if (m_session && !tag.isEmpty()) {
        m_session->killProcess(tag, ops(), [this](const SandboxOpResult &) {
            finish(Outcome::Cancelled, tr("Cancelled"));
        });
        return;
    }
    finish(Outcome::Cancelled, tr("Cancelled"));
}

void RunController::continueWithGuidance(const QString &text)
{
    const QString guidance = text.trimmed();
    if (guidance.isEmpty())
        return;
    if (m_phase != Phase::Finished) {
        m_pendingGuidance = m_pendingGuidance.isEmpty()
            ? guidance
            : m_pendingGuidance + QLatin1Char('\n') + guidance;
        log(QStringLiteral("info"), tr("Guidance noted for the next agent turn"));
        return;
    }
    if (m_state.outcome == Outcome::Green || m_state.outcome == Outcome::Cancelled || !m_session) {
        log(QStringLiteral("warning"),
            tr("This run cannot continue here; resume it from its folder instead"));
        return;
    }
    m_pendingGuidance = guidance;
    m_stopping = false;
    m_maxIterations = std::max(m_maxIterations, m_state.iteration + 1);
    m_state.status = QStringLiteral("running");
    m_state.outcome.clear();
    log(QStringLiteral("info"), tr("Continuing with guidance"));
    m_wallClock.start(std::chrono::minutes(m_spec.limits.wallClockMinutes));
    m_keepAlive.start(std::chrono::minutes(5));
    startAgentTurn();
}

// --- events ---------------------------------------------------------------------------

void RunController::emitEvent(QLatin1String kind, QJsonObject data)
{
    RunEvent e;
    e.runId = m_state.id;
    e.seq = ++m_seq;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = kind;
    e.data = m_redactor.redact(data);
    m_state.lastSeq = e.seq;
    QString error;
    if (!m_journal.append(e, &error))
        qWarning("run journal: %s", qUtf8Printable(error));
    Q_EMIT eventEmitted(e);
}

void RunController::log(const QString &level, const QString &text)
{
    emitEvent(EventKind::Log,
              { { QStringLiteral("level"), level }, { QStringLiteral("text"), text } });
}

void RunController::saveState()
{
    if (m_session)
        m_state.sandboxId = m_session->sandboxId();
    m_journal.writeState(m_state);
}

void RunController::stepStarted(QLatin1String step, int iteration)
{
    m_stepTimer.start();
    emitEvent(
        EventKind::StepStarted,
        { { QStringLiteral("step"), QString(step) }, { QStringLiteral("iteration"), iteration } });
}

void RunController::stepFinished(QLatin1String step, int iteration, bool ok, int exitCode,
                                 qint64 ms, const QString &message)
{
    emitEvent(EventKind::StepFinished,
              { { QStringLiteral("step"), QString(step) },
                { QStringLiteral("iteration"), iteration },
                { QStringLiteral("ok"), ok },
                { QStringLiteral("exitCode"), exitCode },
                { QStringLiteral("durationMs"), double(ms) },
                { QStringLiteral("message"), message } });
}

void RunController::emitOutput(QLatin1String step, const char *stream, const QByteArray &bytes,
                               QStringDecoder &decoder)
{
    if (bytes.isEmpty())
        return;
    const QString text = decoder.decode(bytes);
    for (qsizetype pos = 0; pos < text.size(); pos += kMaxEventText) {
        emitEvent(EventKind::ProcessOutput,
                  { { QStringLiteral("step"), QString(step) },
                    { QStringLiteral("iteration"), m_state.iteration },
                    { QStringLiteral("stream"), QString::fromLatin1(stream) },
                    { QStringLiteral("text"), text.mid(pos, kMaxEventText) } });
    }
}

void RunController::runStepProcess(QLatin1String step, const SandboxProcessRequest &request,
                                   bool streamStdout, ProcessDone done)
{
    const int iteration = m_state.iteration;
    stepStarted(step, iteration);
    QElapsedTimer timer;
    timer.start();
    m_currentTag = request.tag;
    SandboxProcess *process = m_session->start(request, ops());
    m_process = process;
    struct Streams
    {
        explicit Streams(const Secrets::Redactor &r)
            : out(r)
            , err(r)
        { }
        Secrets::StreamRedactor out;
        Secrets::StreamRedactor err;
        QStringDecoder outDecoder { QStringDecoder::Utf8 };
        QStringDecoder errDecoder { QStringDecoder::Utf8 };
        QByteArray captured; // redacted, stdout and stderr in arrival order
    };
    auto streams = std::make_shared<Streams>(m_redactor);
    connect(process, &SandboxProcess::stdoutReceived, process,
            [this, step, streams, streamStdout](const QByteArray &data) {
                if (step == Step::Agent)
                    onAgentStdout(data);
                const QByteArray safe = streams->out.feed(data);
                appendCapped(streams->captured, safe);
                if (streamStdout)
                    emitOutput(step, "stdout", safe, streams->outDecoder);
            });
    connect(process, &SandboxProcess::stderrReceived, process,
            [this, step, streams](const QByteArray &data) {
                const QByteArray safe = streams->err.feed(data);
                appendCapped(streams->captured, safe);
                emitOutput(step, "stderr", safe, streams->errDecoder);
            });
    connect(process, &SandboxProcess::finished, this,
            [this, step, iteration, streams, streamStdout, timer, done,
             process](const SandboxProcessExit &exit) {
                const QByteArray outTail = streams->out.flush();
                const QByteArray errTail = streams->err.flush();
                appendCapped(streams->captured, outTail);
                appendCapped(streams->captured, errTail);
                if (streamStdout)
                    emitOutput(step, "stdout", outTail, streams->outDecoder);
                emitOutput(step, "stderr", errTail, streams->errDecoder);
                process->deleteLater();
                if (m_process == process)
                    m_process = nullptr;
                m_currentTag.clear();
                QString message;
                if (exit.timedOut)
                    message = tr("timed out");
                else if (exit.transportError)
                    message = exit.sandboxGone ? tr("the sandbox is gone: %1").arg(exit.error)
                                               : tr("lost the process: %1").arg(exit.error);
                else if (!exit.exited)
                    message = tr("killed");
                else
                    message = tr("exit code %1").arg(exit.exitCode);
                stepFinished(step, iteration, exit.succeeded(), exit.exitCode, timer.elapsed(),
                             message);
                done(exit, streams->captured);
            });
}

// --- sandbox, agent, upload -------------------------------------------------------------

void RunController::createSandbox()
{
    setPhase(Phase::CreatingSandbox);
    stepStarted(Step::Sandbox, m_state.iteration);
    SandboxCreateRequest request;
    request.templateName = m_spec.sandbox.templateName.isEmpty() ? QStringLiteral("claude")
                                                                 : m_spec.sandbox.templateName;
    request.metadata = { { QStringLiteral("app"), QStringLiteral("autocoder") },
                         { QStringLiteral("run"), m_state.id } };
    request.ttl = std::chrono::seconds(m_options.keepAliveSeconds);
    request.allowOut = SandboxEgress::allowOut(m_spec, agentBaseUrl(), m_options.extraAllowOut);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    m_provider->create(
        request, ops(), guarded([this, started](SandboxSession *session, const SandboxOpResult &r) {
            const qint64 ms = QDateTime::currentMSecsSinceEpoch() - started;
            if (!r.ok || !session) {
                stepFinished(Step::Sandbox, m_state.iteration, false, -1, ms, r.error);
                infrastructureError(tr("Could not create a sandbox: %1").arg(r.error));
                return;
            }
            session->setParent(this); // outlives the operation context: cancel must still kill it
            m_session = session;
            saveState();
            stepFinished(Step::Sandbox, m_state.iteration, true, 0, ms, session->sandboxId());
            m_keepAlive.start(std::chrono::minutes(5));
            ensureAgent();
        }));
}

QString RunController::agentBaseUrl() const
{
    return SandboxEgress::agentBaseUrl(m_options.anthropicBaseUrl,
                                       m_provider->backendName() == QLatin1String("local"));
}

void RunController::ensureAgent()
{
    setPhase(Phase::EnsuringAgent);
    SandboxProcessRequest request;
    request.tag = QStringLiteral("agent-check-%1").arg(m_state.iteration);
    request.command = Agent::ClaudeCommand::presenceCheckCommand();
    request.timeout = std::chrono::seconds(60);
    m_currentTag = request.tag;
    SandboxProcess *process = m_session->start(request, ops());
    auto output = std::make_shared<QByteArray>();
    connect(process, &SandboxProcess::stdoutReceived, process,
            [output](const QByteArray &d) { output->append(d.left(4096)); });
    connect(process, &SandboxProcess::finished, this,
            [this, process, output](const SandboxProcessExit &exit) {
                process->deleteLater();
                m_currentTag.clear();
                if (exit.sandboxGone || (exit.transportError && !exit.exited)) {
                    infrastructureError(tr("The sandbox stopped answering: %1").arg(exit.error));
                    return;
                }
                if (exit.succeeded()) {
                    log(QStringLiteral("info"),
                        tr("Claude Code %1 is available in the sandbox")
                            .arg(Agent::ClaudeCommand::parseVersion(QString::fromUtf8(*output))));
                    upload();
                    return;
                }
                installAgent();
            });
}

void RunController::installAgent()
{
    setPhase(Phase::InstallingAgent);
    SandboxProcessRequest request;
    request.tag = QStringLiteral("agent-install-%1").arg(m_state.iteration);
    request.command = Agent::ClaudeCommand::installCommand();
    request.timeout = std::chrono::minutes(15);
    runStepProcess(Step::AgentInstall, request, true,
                   [this](const SandboxProcessExit &exit, const QByteArray &) {
                       if (m_stopping)
                           return;
                       if (!exit.succeeded()) {
                           infrastructureError(
                               tr("Claude Code could not be installed in the sandbox (%1)")
                                   .arg(exit.error.isEmpty() ? tr("exit code %1").arg(exit.exitCode)
                                                             : exit.error));
                           return;
                       }
                       upload();
                   });
}

void RunController::upload()
{
    setPhase(Phase::Uploading);
    stepStarted(Step::Upload, m_state.iteration);
    if (m_restorePending) {
        m_restorePending = false;
        uploadPrevious(m_state.lastSnapshot);
        return;
    }
    uploadBrief();
}

void RunController::uploadBrief()
{
    QList<QPair<QString, QByteArray>> files;
    files.append(
        { m_options.projectDir + QLatin1Char('/') + Spec::BriefRenderer::claudeMdFileName(),
          m_brief.claudeMd.toUtf8() });
    for (const auto &t : std::as_const(m_spec.lockedTests))
        files.append({ m_options.projectDir + QLatin1Char('/') + t.path, t.content.toUtf8() });
    auto remaining = std::make_shared<QList<QPair<QString, QByteArray>>>(files);
    auto next = std::make_shared<std::function<void()>>();
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    *next = [this, remaining, next, started]() {
        if (remaining->isEmpty()) {
            stepFinished(
                Step::Upload, m_state.iteration, true, 0,
                QDateTime::currentMSecsSinceEpoch() - started,
                tr("brief and %n locked test(s)", nullptr, int(m_spec.lockedTests.size())));
            QMetaObject::invokeMethod(
                ops(), [this]() { startAgentTurn(); }, Qt::QueuedConnection);
            *next = nullptr; // break the self-reference
            return;
        }
        const auto file = remaining->takeFirst();
        m_session->writeFile(
            file.first, file.second, ops(),
            guarded([this, next, started, file](const SandboxOpResult &r) {
                if (!r.ok) {
                    stepFinished(Step::Upload, m_state.iteration, false, -1,
                                 QDateTime::currentMSecsSinceEpoch() - started, r.error);
                    *next = nullptr;
                    infrastructureError(tr("Could not upload %1: %2").arg(file.first, r.error));
                    return;
                }
                (*next)();
            }));
    };
    (*next)();
}

void RunController::uploadPrevious(const QString &snapshot)
{
    // Our own safe unpack first; only that clean copy goes back into a sandbox.
    auto temp = std::make_shared<QTemporaryDir>();
    const QString dir = temp->filePath(QStringLiteral("project"));
    const ArchiveResult unpacked = SafeArchive::extract(snapshot, dir);
    if (!unpacked.ok) {
        stepFinished(Step::Upload, m_state.iteration, false, -1, 0, unpacked.error);
        infrastructureError(tr("The last snapshot cannot be restored: %1").arg(unpacked.error));
        return;
    }
    m_session->uploadDirectory(
        dir, m_options.projectDir, ops(), guarded([this, temp](const SandboxOpResult &r) {
            if (!r.ok) {
                stepFinished(Step::Upload, m_state.iteration, false, -1, 0, r.error);
                infrastructureError(
                    tr("Could not restore the project into the sandbox: %1").arg(r.error));
                return;
            }
            log(QStringLiteral("info"),
                tr("Restored the project from the snapshot of iteration %1")
                    .arg(m_state.lastSnapshotIteration));
            uploadBrief();
        }));
}

} // namespace Autocoder::Run
