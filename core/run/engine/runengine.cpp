#include "run/engine/runengine.h"

#include "run/engine/agentturnstep.h"
#include "run/engine/createsandboxstep.h"
#include "run/engine/decidestep.h"
#include "run/engine/ensureagentstep.h"
#include "run/engine/gatecommandstep.h"
#include "run/engine/mutationcheckstep.h"
#include "run/engine/reattachagentstep.h"
#include "run/engine/reattachsandboxstep.h"
#include "run/engine/snapshotstep.h"
#include "run/engine/teardownstep.h"
#include "run/engine/toolchainstep.h"
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
        return c.reattached && c.resumeMidIteration
            && c.state.lastSnapshotIteration < c.state.iteration;
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
/// lint, up to the first failure), the snapshot keeps it; when all that would be green, the
/// toolchain's versions are read and the mutation check tries whether the tests notice
/// changes to the source; then the verdict decides (and may set the ending).
QList<StepFactory> RunEngine::iteration(StepFactory agent)
{
    using S = StepSequence;
    RunContext &c = m_ctx;
    const auto greenSoFar = [&c]() {
        return GateEvaluator::evaluate(DecideStep::gateInput(c)).green;
    };
    const auto mutationDue = [&c, greenSoFar]() {
        return c.spec.verification.mutationCheck && greenSoFar();
    };
    return { std::move(agent),
             [&c]() { return GateCommandStep::gate(c); },
             make<SnapshotStep>(),
             S::when(greenSoFar, make<ToolchainStep>()),
             S::when(mutationDue, make<MutationCheckStep>()),
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
    if (!m_iterations || m_stopping)
        return;
    const int minutes = m_ctx.spec.limits.wallClockMinutes;
    m_ctx.log(LogLevel::Warning,
              tr("The wall-clock limit of %n minute(s) was reached", nullptr, minutes));
    if (!m_iterations || m_stopping) // stopped by a handler of that line
        return;
    stopAndKeep(RunEnding { QString(Outcome::WallClock),
                            tr("Stopped after %n minute(s) (wall-clock limit)", nullptr, minutes),
                            false });
}

void RunEngine::stop(RunController::StopMode mode, const QString &source)
{
    if (!m_iterations || m_stopping || m_closing)
        return;
    m_stopping = true; // before the events: a handler of them may stop again
    const bool keep = mode == RunController::StopMode::KeepSandbox;
    m_ctx.emitEvent(
        StopRequested { source, QString(keep ? StopRequested::Keep : StopRequested::Kill) });
    if (!m_iterations) // a handler of that event made the run end otherwise
        return;
    m_ctx.log(LogLevel::Info, tr("Stopping the run"));
    if (!m_iterations) // a handler of that line made the run end otherwise
        return;
    stopAndKeep(RunEnding { QString(Outcome::Stopped), QString(), keep });
}

void RunEngine::stopAndKeep(const RunEnding &ending)
{
    m_stopping = true;
    m_wallClock.stop();
    m_ctx.stopKeepAlive();
    using P = RunController::Phase;
    const P phase = m_ctx.phase();
    const bool settingUp = phase == P::Idle || phase == P::CreatingSandbox
        || phase == P::EnsuringAgent || phase == P::InstallingAgent || phase == P::Uploading;
    m_ctx.setPhase(P::Stopping);
    m_ctx.ending = ending;
    const QString tag = stopIterations();
    m_ctx.finishOpenSteps(tr("stopped"));
    // Only work that no snapshot holds yet: never the half-restored workspace of a set-up.
    const bool snapshot =
        !settingUp && m_ctx.session && m_ctx.state.iteration > m_ctx.state.lastSnapshotIteration;
    const auto next = [this, settingUp, snapshot]() {
        if (snapshot)
            takeFinalSnapshot(settingUp);
        else
            stopped(settingUp, false, QString());
    };
    if (m_ctx.session && !tag.isEmpty()) {
        // The process first, so the snapshot sees files nobody writes any more.
        m_ctx.session->killProcess(tag, &m_ctx, [next](const SandboxOpResult &) { next(); });
        return;
    }
    next();
}

void RunEngine::takeFinalSnapshot(bool settingUp)
{
    auto *step = new SnapshotStep(m_ctx, SnapshotStep::Kind::Final, &m_ctx);
    m_finalSnapshot = step;
    connect(step, &RunStep::done, &m_ctx, [this, step, settingUp](const Result<void> &result) {
        if (step != m_finalSnapshot)
            return;
        m_finalSnapshot = nullptr;
        step->deleteLater(); // we are inside its done()
        const bool kept = result && m_ctx.gate.snapshotOk;
        QString error;
        if (!kept) // the step's own words are shorter than its failure's
            error = step->error().isEmpty() && !result ? result.error() : step->error();
        if (!kept && error.isEmpty())
            error = tr("no archive");
        stopped(settingUp, true, error);
    });
    // A sandbox that stops answering must not keep the run from ending.
    QTimer::singleShot(std::chrono::minutes(2), step, [this, step, settingUp]() {
        if (step != m_finalSnapshot)
            return;
        m_finalSnapshot = nullptr;
        step->stop();
        step->deleteLater();
        m_ctx.finishOpenSteps(tr("stopped"));
        stopped(settingUp, true, tr("the sandbox did not answer in time"));
    });
    step->start();
}

void RunEngine::stopped(bool settingUp, bool snapshotTried, const QString &snapshotError)
{
    if (!m_ctx.ending)
        return;
    const RunState &state = m_ctx.state;
    const int iteration = state.iteration;
    const bool kept = snapshotTried && snapshotError.isEmpty();
    QString keptText;
    if (settingUp) {
        keptText = state.lastSnapshot.isEmpty()
            //: Ends a sentence, after "Stopped while setting up;"
            ? tr("there were no files to keep yet.")
            //: Ends a sentence, after "Stopped while setting up;"
            : tr("the files of iteration %1 are kept.").arg(state.lastSnapshotIteration);
    } else if (kept || !snapshotTried) {
        //: Ends a sentence, after "Stopped during iteration %1;" or a run's closing message
        keptText = tr("the files of that moment are kept.");
    } else {
        //: Ends a sentence, after "Stopped during iteration %1;" or a run's closing message;
        //: %1 is why
        keptText = tr("its files could not be kept (%1).").arg(snapshotError);
        keptText += QLatin1Char(' ')
            + (state.lastSnapshot.isEmpty()
                   ? tr("No earlier files were kept.")
                   : tr("The files of iteration %1 are kept.").arg(state.lastSnapshotIteration));
    }
    // Stopped from a handler of the verdict's events: the iteration was over.
    const bool decided = !settingUp && iteration > 0 && m_ctx.verdictIteration == iteration;
    RunEnding &ending = *m_ctx.ending;
    if (ending.outcome == Outcome::Stopped) {
        //: %1 says what became of the files, e.g. "the files of iteration 2 are kept."
        ending.message = settingUp ? tr("Stopped while setting up; %1").arg(keptText)
            : decided ? tr("Stopped after iteration %1; its files are kept.").arg(iteration)
                      : tr("Stopped during iteration %1; %2").arg(iteration).arg(keptText);
        if (ending.keepSandbox && m_ctx.session)
            ending.message += QLatin1Char(' ')
                + tr("Sandbox %1 is left running.").arg(m_ctx.session->sandboxId());
    } else if (!settingUp) {
        ending.message += QStringLiteral("; ") + keptText;
    }
    if (!snapshotError.isEmpty())
        m_ctx.log(LogLevel::Warning,
                  tr("The files of iteration %1 could not be kept: %2")
                      .arg(iteration)
                      .arg(snapshotError));
    // Going on after this (continue with guidance) starts a new iteration: a cut-short one
    // has no verdict to give as feedback.
    if (!decided) {
        m_ctx.gate = GateRecord();
        if (iteration > 0)
            m_ctx.resumeNote = tr("Iteration %1 was stopped before it finished; continue from "
                                  "the current state of the project folder.")
                                   .arg(iteration)
                + m_ctx.failingNote();
    }
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
    qCDebug(lcRun) << "run" << m_ctx.state.id
                   << "closing:" << (m_ctx.ending ? m_ctx.ending->outcome : QString());
    m_wallClock.stop();
    m_ctx.stopKeepAlive();
    m_ctx.finishOpenSteps(tr("not finished")); // an error cut it short
    RunContext &c = m_ctx;
    auto *step = new StepSequence({ make<TeardownStep>() }, &m_ctx);
    m_closing = step;
    connect(step, &RunStep::done, &c, [this, step](const Result<void> &) {
        if (step != m_closing)
            return;
        step->deleteLater();
        // Still closing while run.finished goes out, so a stop then does nothing; and a
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
    QJsonObject end = RunFinished { fromWireName<RunOutcome>(ending.outcome), ending.message,
                                    state.iteration, state.costUsd }
                          .toJson();
    // What the last gate proved, for whoever reads only the end (`--json`, scripts). A gate
    // cut short by a stop was reset: nothing to show from it.
    const GateRecord &gate = m_ctx.gate;
    const Spec::ProjectSpec::Verification &verification = m_ctx.spec.verification;
    if (gate.iteration > 0 && !gate.tests.tests.isEmpty() && verification.requirementTests)
        end.insert(QStringLiteral("requirements"), gate.coverage.toJson());
    if (gate.iteration > 0 && verification.mutationCheck)
        end.insert(QStringLiteral("mutation"),
                   gate.mutation ? QJsonValue(gate.mutation->toJson()) : QJsonValue());
    m_ctx.emitEvent(RunFinished::kind, end);
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
    m_stopping = false;
    m_wallClock.start(std::chrono::minutes(m_ctx.spec.limits.wallClockMinutes));
    runIterations(recipe(setup, sandboxId));
    if (setup == Setup::None) {
        m_iterations->start();
        return;
    }
    // Not idle from here on: a stop before the first step runs must still stop the run.
    m_ctx.setPhase(RunController::Phase::CreatingSandbox);
    // From the event loop, so that whoever started the run sees every event after run.started.
    const QPointer<RunStep> step = m_iterations;
    QMetaObject::invokeMethod(
        &m_ctx,
        [this, step]() {
            if (step && step == m_iterations)
                step->start();
        },
        Qt::QueuedConnection);
}

} // namespace Autocoder::Run
