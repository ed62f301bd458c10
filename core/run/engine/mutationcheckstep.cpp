#include "run/engine/mutationcheckstep.h"

#include "agent/claudecommand.h"
#include "mutation/mutationplanner.h"
#include "run/engine/runcontext.h"
#include "run/sandboxprocess.h"
#include "run/sandboxsession.h"
#include "run/testresultparser.h"

namespace Autocoder::Run {

using Mutation::MutationOutcome;
using Mutation::MutationResult;

namespace {

constexpr qsizetype kMaxMutantOutput = qsizetype(256) * 1024; // per mutant, tail kept
constexpr auto kSetupTimeout = std::chrono::minutes(5);
constexpr auto kCleanupTimeout = std::chrono::minutes(1);
constexpr auto kKillGrace = std::chrono::seconds(30);

QString quoted(const QString &s)
{
    return Agent::ClaudeCommand::shellQuote(s);
}

// A mutant's file as the plan names it: relative, inside the copy.
bool safeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral("."))
        && !parts.contains(QString());
}

} // namespace

MutationCheckStep::MutationCheckStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
{
    m_budget.setSingleShot(true);
    m_grace.setSingleShot(true);
    connect(&m_budget, &QTimer::timeout, this, [this]() {
        if (isRunning())
            budgetExpired();
    });
    connect(&m_grace, &QTimer::timeout, this, [this]() {
        if (!isRunning())
            return;
        // Killed processes that never reported their end: go on without them.
        for (Worker &w : m_workers) {
            w.tag.clear();
            w.done = true;
        }
        removeCopies();
    });
}

MutationCheckStep::~MutationCheckStep() = default;

QString MutationCheckStep::processTag() const
{
    for (const Worker &w : m_workers) {
        if (!w.tag.isEmpty())
            return w.tag;
    }
    return m_cleanupTag;
}

void MutationCheckStep::run()
{
    m_ctx.setPhase(RunController::Phase::Gate);
    m_iteration = m_ctx.state.iteration;
    if (!m_ctx.session) {
        fail(tr("There is no sandbox to run the mutation check in"));
        return;
    }
    const Spec::ProjectSpec::Verification &v = m_ctx.spec.verification;
    const GateRecord &gate = m_ctx.gate;
    if (gate.sources.isEmpty()) {
        skip(tr("there is no source file to mutate"));
        return;
    }
    m_plan =
        Mutation::MutationPlanner::plan(gate.sources, planOptions(m_ctx.spec, m_ctx.mutationSeed));
    if (m_plan.mutants.isEmpty()) {
        skip(tr("no mutant could be made from the %n source file(s)", nullptr,
                int(gate.sources.size())));
        return;
    }
    // Not even a few mutants fit the budget: the tests alone take too long.
    const qint64 budgetMs = qint64(v.mutationBudgetSeconds) * 1000;
    const int few = qMin<int>(FewMutants, int(m_plan.mutants.size()));
    const int rounds = (few + Workers - 1) / Workers;
    if (gate.testDurationMs > 0 && rounds * gate.testDurationMs > budgetMs) {
        skip(tr("the time budget of %n second(s) cannot fit even a few mutants (the tests "
                "take %1 s)",
                nullptr, v.mutationBudgetSeconds)
                 .arg(double(gate.testDurationMs) / 1000.0, 0, 'f', 1));
        return;
    }
    m_result = MutationResult::fromPlan(m_plan, v.mutationThreshold);
    m_ctx.log(LogLevel::Info,
              tr("Mutation check: %n mutant(s) in %1 file(s)", nullptr, int(m_plan.mutants.size()))
                  .arg(m_plan.mutatedFiles().size()));
    if (!isRunning())
        return;
    m_ctx.stepStarted(Step::Mutation, m_iteration, m_ctx.spec.commands.test);
    if (!isRunning())
        return;
    m_timer.start();
    for (int i = 0; i < m_plan.mutants.size(); ++i)
        m_queue.append(i);
    m_budget.start(std::chrono::seconds(v.mutationBudgetSeconds));
    const int workers = qMin<int>(Workers, int(m_plan.mutants.size()));
    m_workers.resize(std::size_t(workers));
    for (int k = 0; k < workers; ++k)
        m_workers[std::size_t(k)].dir = workerDir(k);
    for (int k = 0; k < workers && isRunning(); ++k)
        startWorker(k);
}

void MutationCheckStep::runProcess(int worker, const SandboxProcessRequest &request,
                                   const ExitHandler &done)
{
    Worker &w = m_workers[std::size_t(worker)];
    w.tag = request.tag;
    w.output.clear();
    SandboxProcess *process = m_ctx.session->start(request, this);
    const auto capture = [this, worker](const QByteArray &data) {
        QByteArray &out = m_workers[std::size_t(worker)].output;
        out.append(data);
        if (out.size() > kMaxMutantOutput)
            out.remove(0, out.size() - kMaxMutantOutput);
    };
    connect(process, &SandboxProcess::stdoutReceived, this, guard(capture));
    connect(process, &SandboxProcess::stderrReceived, this, guard(capture));
    connect(process, &SandboxProcess::finished, this,
            guard([this, worker, process, done](const SandboxProcessExit &exit) {
                process->deleteLater();
                Worker &w = m_workers[std::size_t(worker)];
                if (w.done) // given up on (the budget's grace ran out)
                    return;
                w.tag.clear();
                const QByteArray output = m_ctx.redactor.redact(w.output);
                w.output.clear();
                done(exit, output);
            }));
}

void MutationCheckStep::startWorker(int worker)
{
    const Worker &w = m_workers[std::size_t(worker)];
    // A copy of the project as the gate left it, node_modules included; a copy left over
    // from an earlier check (a stop, a crash) goes first.
    SandboxProcessRequest request;
    request.tag = QStringLiteral("mutation-copy-%1-%2").arg(m_iteration).arg(worker);
    request.command = QStringLiteral("rm -rf %1 && mkdir -p %2 && cp -a %3 %1")
                          .arg(quoted(w.dir), quoted(workRoot()), quoted(m_ctx.options.projectDir));
    request.timeout = kSetupTimeout;
    runProcess(worker, request, [this, worker](const SandboxProcessExit &exit, const QByteArray &) {
        if (exit.sandboxGone) {
            sandboxGone(exit.error);
            return;
        }
        if (!exit.succeeded()) {
            m_ctx.log(LogLevel::Warning,
                      tr("Could not copy the project for the mutation check: %1")
                          .arg(exit.error.isEmpty() ? tr("exit code %1").arg(exit.exitCode)
                                                    : exit.error));
            if (isRunning())
                workerDone(worker);
            return;
        }
        nextMutant(worker);
    });
}

QString MutationCheckStep::mutantPath(int worker) const
{
    const Worker &w = m_workers[std::size_t(worker)];
    return w.dir + QLatin1Char('/') + m_plan.mutants.at(w.mutant).file;
}

void MutationCheckStep::nextMutant(int worker)
{
    Worker &w = m_workers[std::size_t(worker)];
    w.mutant = -1;
    while (!m_outOfTime && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        const Mutation::Mutant &m = m_plan.mutants.at(index);
        if (!safeRelativePath(m.file) || !m_plan.originals.contains(m.file)) {
            m_result.setOutcome(m.id(), MutationOutcome::Error, 0, tr("not a project file"));
            continue;
        }
        const Result<QByteArray> content = m_plan.mutatedContent(m);
        if (!content) {
            m_result.setOutcome(m.id(), MutationOutcome::Error, 0, content.error());
            continue;
        }
        w.mutant = index;
        m_ctx.session->writeFile(
            mutantPath(worker), *content, this, guard([this, worker](const SandboxOpResult &r) {
                if (r) {
                    runMutant(worker);
                    return;
                }
                if (r.error().sandboxGone) {
                    sandboxGone(r.error().message);
                    return;
                }
                const Worker &w = m_workers[std::size_t(worker)];
                m_result.setOutcome(m_plan.mutants.at(w.mutant).id(), MutationOutcome::Error, 0,
                                    r.error().message);
                restore(worker);
            }));
        return;
    }
    workerDone(worker);
}

void MutationCheckStep::runMutant(int worker)
{
    if (m_outOfTime) { // the budget ran out while the mutant was written: it stays not run
        workerDone(worker);
        return;
    }
    const Worker &w = m_workers[std::size_t(worker)];
    SandboxProcessRequest request;
    request.tag = QStringLiteral("mutant-%1-%2").arg(m_iteration).arg(w.mutant);
    request.command = m_ctx.spec.commands.test;
    request.cwd = w.dir;
    request.timeout =
        mutantTimeout(m_ctx.gate.testDurationMs, m_ctx.spec.limits.commandTimeoutSeconds);
    // As the gate runs the tests.
    request.env = { { QStringLiteral("CI"), QStringLiteral("1") },
                    { QStringLiteral("NO_COLOR"), QStringLiteral("1") } };
    m_mutantTimer[worker].start();
    runProcess(worker, request,
               [this, worker](const SandboxProcessExit &exit, const QByteArray &output) {
                   mutantExited(worker, exit, output);
               });
}

void MutationCheckStep::mutantExited(int worker, const SandboxProcessExit &exit,
                                     const QByteArray &output)
{
    const Worker &w = m_workers[std::size_t(worker)];
    const QString id = m_plan.mutants.at(w.mutant).id();
    const qint64 ms = m_mutantTimer[worker].elapsed();
    if (exit.sandboxGone) {
        sandboxGone(exit.error);
        return;
    }
    if (m_outOfTime && !exit.timedOut && !(exit.exited && !exit.transportError)) {
        // Killed because the budget ran out: not a result of the tests.
        workerDone(worker);
        return;
    }
    if (exit.timedOut) {
        m_result.setOutcome(id, MutationOutcome::TimedOut, ms);
    } else if (exit.transportError) {
        m_result.setOutcome(id, MutationOutcome::Error, ms, exit.error);
    } else if (exit.exited && exit.exitCode == 0) {
        m_result.setOutcome(id, MutationOutcome::Survived, ms);
    } else {
        // A failing test, or tests that crashed (a signal): either way they noticed.
        const QStringList failing =
            TestResultParser::parse(QString::fromUtf8(output)).failingNames();
        m_result.setOutcome(id, MutationOutcome::Killed, ms,
                            failing.isEmpty() ? QString() : failing.constFirst().left(200));
    }
    if (m_outOfTime) {
        workerDone(worker);
        return;
    }
    restore(worker);
}

void MutationCheckStep::restore(int worker)
{
    const QString file = m_plan.mutants.at(m_workers[std::size_t(worker)].mutant).file;
    m_ctx.session->writeFile(
        mutantPath(worker), m_plan.originals.value(file), this,
        guard([this, worker, file](const SandboxOpResult &r) {
            if (r) {
                nextMutant(worker);
                return;
            }
            if (r.error().sandboxGone) {
                sandboxGone(r.error().message);
                return;
            }
            // That copy no longer matches the project: no more mutants in it.
            m_ctx.log(LogLevel::Warning,
                      tr("Could not restore %1 after a mutant: %2").arg(file, r.error().message));
            if (isRunning())
                workerDone(worker);
        }));
}

void MutationCheckStep::workerDone(int worker)
{
    Worker &w = m_workers[std::size_t(worker)];
    w.done = true;
    w.mutant = -1;
    for (const Worker &other : m_workers) {
        if (!other.done)
            return;
    }
    removeCopies();
}

void MutationCheckStep::budgetExpired()
{
    m_outOfTime = true;
    m_ctx.log(LogLevel::Warning,
              tr("The mutation check's time budget of %n second(s) ran out", nullptr,
                 m_ctx.spec.verification.mutationBudgetSeconds));
    if (!isRunning())
        return;
    m_queue.clear();
    bool killing = false;
    for (const Worker &w : m_workers) {
        if (w.tag.isEmpty() || w.done)
            continue;
        killing = true;
        m_ctx.session->killProcess(w.tag, this, [](const SandboxOpResult &) {});
    }
    if (killing)
        m_grace.start(kKillGrace);
}

void MutationCheckStep::removeCopies()
{
    if (m_completing)
        return;
    m_completing = true;
    m_grace.stop();
    m_budget.stop();
    QStringList dirs;
    for (const Worker &w : m_workers)
        dirs.append(quoted(w.dir));
    SandboxProcessRequest request;
    request.tag = QStringLiteral("mutation-cleanup-%1").arg(m_iteration);
    request.command = QStringLiteral("rm -rf %1").arg(dirs.join(QLatin1Char(' ')));
    request.timeout = kCleanupTimeout;
    m_cleanupTag = request.tag;
    SandboxProcess *process = m_ctx.session->start(request, this);
    connect(process, &SandboxProcess::finished, this,
            guard([this, process](const SandboxProcessExit &exit) {
                process->deleteLater();
                m_cleanupTag.clear();
                if (exit.sandboxGone) {
                    sandboxGone(exit.error);
                    return;
                }
                if (!exit.succeeded())
                    m_ctx.log(LogLevel::Warning,
                              tr("Could not remove the mutation check's copies: %1")
                                  .arg(exit.error.isEmpty() ? tr("exit code %1").arg(exit.exitCode)
                                                            : exit.error));
                if (isRunning())
                    complete();
            }));
}

void MutationCheckStep::sandboxGone(const QString &error)
{
    fail(tr("The sandbox went away during the mutation check: %1").arg(error));
}

void MutationCheckStep::onStop()
{
    // Deleting the step only detaches from its processes: kill each one that runs.
    m_budget.stop();
    m_grace.stop();
    if (!m_ctx.session)
        return;
    QStringList tags;
    for (const Worker &w : m_workers) {
        if (!w.tag.isEmpty())
            tags.append(w.tag);
    }
    if (!m_cleanupTag.isEmpty())
        tags.append(m_cleanupTag);
    for (const QString &tag : std::as_const(tags))
        m_ctx.session->killProcess(tag, &m_ctx, [](const SandboxOpResult &) {});
}

} // namespace Autocoder::Run
