// RunController, second half: the gate, snapshots, the verdict and the end of a run.
#include "run/runcontroller.h"

#include "run/projectsaver.h"
#include "run/runreport.h"
#include "run/safearchive.h"
#include "run/sandboxsession.h"
#include "run/tarwriter.h"
#include "run/testresultparser.h"
#include "spec/feedbackinput.h"
#include "spec/feedbackrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace Autocoder::Run {

namespace {

constexpr int kMaxSnapshotFilesInEvent = 5000;
constexpr qsizetype kFeedbackOutputBytes = 64 * 1024;

const QStringList &snapshotExcludes()
{
    // Reinstallable or private: never part of the project on disk.
    static const QStringList excludes { QStringLiteral("node_modules"), QStringLiteral(".git"),
                                        QStringLiteral(".cache"),       QStringLiteral(".npm"),
                                        QStringLiteral(".bun"),         QStringLiteral(".claude") };
    return excludes;
}

} // namespace

void RunController::startGate()
{
    setPhase(Phase::Gate);
    m_gatePlan.clear();
    const QList<QPair<QLatin1String, QString>> all { { Step::Install, m_spec.commands.install },
                                                     { Step::Test, m_spec.commands.test },
                                                     { Step::Build, m_spec.commands.build },
                                                     { Step::Lint, m_spec.commands.lint } };
    for (const auto &s : all) {
        if (!s.second.trimmed().isEmpty())
            m_gatePlan.append(s);
    }
    m_gateIndex = 0;
    m_gateResults.clear();
    m_testReport = TestReport();
    m_failedOutput.clear();
    runNextGateStep();
}

void RunController::runNextGateStep()
{
    if (m_gateIndex >= m_gatePlan.size()) {
        takeSnapshot();
        return;
    }
    const QLatin1String step = m_gatePlan.at(m_gateIndex).first;
    const QString command = m_gatePlan.at(m_gateIndex).second;
    SandboxProcessRequest request;
    request.tag = QStringLiteral("%1-%2").arg(QString(step)).arg(m_state.iteration);
    request.command = command;
    request.cwd = m_options.projectDir;
    request.timeout = std::chrono::seconds(m_spec.limits.commandTimeoutSeconds);
    // CI=1 makes runners print plain, non-interactive output.
    request.env = { { QStringLiteral("CI"), QStringLiteral("1") },
                    { QStringLiteral("NO_COLOR"), QStringLiteral("1") } };
    runStepProcess(
        step, request, true,
        [this, step, command](const SandboxProcessExit &exit, const QByteArray &output) {
            if (m_stopping)
                return;
            if (exit.sandboxGone || (exit.transportError && !exit.timedOut)) {
                infrastructureError(
                    tr("The sandbox went away while running `%1`: %2").arg(command, exit.error));
                return;
            }
            GateStepResult result;
            result.step = QString(step);
            result.command = command;
            result.exitCode = exit.exitCode;
            result.ok = exit.succeeded();
            result.timedOut = exit.timedOut;
            m_gateResults.append(result);
            if (step == Step::Test) {
                m_testReport = TestResultParser::parse(QString::fromUtf8(output));
                QJsonArray tests;
                for (const TestRecord &t : std::as_const(m_testReport.tests))
                    tests.append(t.toJson());
                emitEvent(EventKind::GateTests,
                          { { QStringLiteral("iteration"), m_state.iteration },
                            { QStringLiteral("tests"), tests },
                            { QStringLiteral("passed"), m_testReport.passed() },
                            { QStringLiteral("failed"), m_testReport.failed() },
                            { QStringLiteral("skipped"), m_testReport.skipped() } });
            }
            if (!result.ok) {
                m_failedOutput = QString::fromUtf8(output.right(kFeedbackOutputBytes));
                takeSnapshot(); // the gate stops at the first failing command
                return;
            }
            ++m_gateIndex;
            runNextGateStep();
        });
}

void RunController::reportSandboxLogs()
{
    if (!m_session)
        return;
    m_session->fetchLogs(
        m_sandboxLogCursorMs, ops(), guarded([this](const QList<SandboxLogLine> &lines) {
            for (const SandboxLogLine &line : lines) {
                m_sandboxLogCursorMs = qMax(m_sandboxLogCursorMs, line.timestampMs + 1);
                const bool problem =
                    line.level == QLatin1String("warn") || line.level == QLatin1String("error");
                log(problem ? QStringLiteral("warning") : QStringLiteral("info"),
                    tr("Sandbox: %1").arg(line.message));
                if (problem && !m_allowListHintShown) {
                    m_allowListHintShown = true;
                    log(QStringLiteral("info"),
                        tr("A sandbox reaches only the model endpoint and the package registries "
                           "its commands use. If the project needs another host, add it to the "
                           "spec's sandbox.allowOut or to Settings."));
                }
            }
        }));
}

void RunController::takeSnapshot()
{
    reportSandboxLogs();
    setPhase(Phase::Snapshot);
    const int iteration = m_state.iteration;
    stepStarted(Step::Snapshot, iteration);
    const QString path = m_journal.snapshotPath(iteration);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    m_session->downloadDirectory(
        m_options.projectDir, path, snapshotExcludes(), ops(),
        guarded([this, path, iteration, started](const SandboxOpResult &r) {
            const qint64 ms = QDateTime::currentMSecsSinceEpoch() - started;
            if (!r.ok) {
                stepFinished(Step::Snapshot, iteration, false, -1, ms, r.error);
                if (r.sandboxGone) {
                    infrastructureError(
                        tr("The sandbox went away before the snapshot of iteration %1: %2")
                            .arg(iteration)
                            .arg(r.error));
                    return;
                }
                log(QStringLiteral("error"),
                    tr("Snapshot of iteration %1 failed: %2").arg(iteration).arg(r.error));
                decide(false, {});
                return;
            }
            QMap<QString, QByteArray> contents;
            const ArchiveResult listing = SafeArchive::readAll(path, &contents);
            if (!listing.ok) {
                QFile::remove(path); // never keep an archive we would refuse to unpack
                stepFinished(Step::Snapshot, iteration, false, -1, ms, listing.error);
                log(QStringLiteral("error"),
                    tr("The snapshot of iteration %1 was refused: %2")
                        .arg(iteration)
                        .arg(listing.error));
                decide(false, {});
                return;
            }
            for (const QString &s : listing.skipped)
                log(QStringLiteral("warning"), tr("Not kept from the workspace: %1").arg(s));
            const QStringList scrubbed = scrubSecrets(path, listing, &contents);
            if (!scrubbed.isEmpty())
                log(QStringLiteral("warning"),
                    tr("A secret value was found and replaced in: %1")
                        .arg(scrubbed.join(QStringLiteral(", "))));
            QJsonArray files;
            for (const ArchiveEntry &e : listing.entries) {
                if (e.isDirectory)
                    continue;
                if (files.size() >= kMaxSnapshotFilesInEvent)
                    break;
                files.append(QJsonObject { { QStringLiteral("path"), e.path },
                                           { QStringLiteral("size"), double(e.size) } });
            }
            m_state.lastSnapshot = path;
            m_state.lastSnapshotIteration = iteration;
            saveState();
            stepFinished(Step::Snapshot, iteration, true, 0, ms,
                         tr("%n file(s)", nullptr, int(files.size())));
            emitEvent(EventKind::FilesSnapshot,
                      { { QStringLiteral("iteration"), iteration },
                        { QStringLiteral("archive"), path },
                        { QStringLiteral("files"), files },
                        { QStringLiteral("totalBytes"), double(listing.totalBytes) } });
            QMap<QString, QByteArray> locked;
            for (const auto &t : std::as_const(m_spec.lockedTests)) {
                if (contents.contains(t.path))
                    locked.insert(t.path, contents.value(t.path));
            }
            decide(true, locked);
        }));
}

QStringList RunController::scrubSecrets(const QString &archive, const ArchiveResult &listing,
                                        QMap<QString, QByteArray> *contents)
{
    // The agent had the API key in its environment: if it wrote it into the project, the
    // copy on disk must not keep it. Rewrites the archive with the values redacted.
    if (m_redactor.isEmpty())
        return {};
    QStringList affected;
    for (auto it = contents->begin(); it != contents->end(); ++it) {
        const QByteArray clean = m_redactor.redact(it.value());
        if (clean != it.value()) {
            affected.append(it.key());
            it.value() = clean;
        }
    }
    if (affected.isEmpty())
        return {};
    TarWriter writer;
    for (const ArchiveEntry &e : listing.entries) {
        if (e.isDirectory)
            writer.addDirectory(e.path);
        else
            writer.addFile(e.path, contents->value(e.path), e.executable ? 0755 : 0644);
    }
    QSaveFile out(archive);
    const QByteArray gz = writer.finishGzip();
    if (!out.open(QIODevice::WriteOnly) || out.write(gz) != gz.size() || !out.commit()) {
        QFile::remove(archive); // better no snapshot than one holding a key
        log(QStringLiteral("error"), tr("Could not rewrite %1 without the secret").arg(archive));
    }
    return affected;
}

void RunController::decide(bool snapshotOk, const QMap<QString, QByteArray> &lockedFiles)
{
    GateInput input;
    input.steps = m_gateResults;
    input.testCommandConfigured = !m_spec.commands.test.trimmed().isEmpty();
    input.tests = m_testReport;
    input.lockedTests = m_spec.lockedTests;
    input.snapshotOk = snapshotOk;
    input.lockedFilesInSnapshot = lockedFiles;
    const GateVerdict verdict = GateEvaluator::evaluate(input);
    m_lastVerdict = verdict;
    m_state.lastGreen = verdict.green;
    m_state.lastFailing = verdict.failing;
    for (const QString &v : verdict.lockedViolations)
        log(QStringLiteral("warning"), tr("Locked test not respected: %1").arg(v));
    emitEvent(EventKind::IterationFinished,
              { { QStringLiteral("iteration"), m_state.iteration },
                { QStringLiteral("green"), verdict.green },
                { QStringLiteral("costUsd"), m_state.costUsd },
                { QStringLiteral("failing"), QJsonArray::fromStringList(verdict.failing) } });
    saveState();
    if (m_stopping)
        return;
    if (verdict.green) {
        extract(Outcome::Green, tr("All checks passed in iteration %1").arg(m_state.iteration));
        return;
    }
    if (m_state.iteration >= m_maxIterations) {
        stopWith(Outcome::MaxIterations,
                 tr("Not green after %n iteration(s): %1", nullptr, m_state.iteration)
                     .arg(verdict.reason));
        return;
    }
    if (m_state.costUsd >= m_spec.limits.budgetUsd) {
        stopWith(Outcome::Budget,
                 tr("The budget of $%1 is spent ($%2)")
                     .arg(m_spec.limits.budgetUsd, 0, 'f', 2)
                     .arg(m_state.costUsd, 0, 'f', 2));
        return;
    }
    const QString signature = verdict.signature();
    if (!signature.isEmpty() && signature == m_previousSignature) {
        stopWith(Outcome::NoProgress,
                 tr("The same checks failed twice in a row: %1").arg(verdict.reason));
        return;
    }
    m_previousSignature = signature;
    nextIteration();
}

void RunController::nextIteration()
{
    startAgentTurn();
}

QString RunController::feedbackPrompt() const
{
    Spec::FeedbackInput input;
    input.iteration = m_state.iteration;
    for (const GateStepResult &s : m_gateResults) {
        if (!s.ok) {
            input.failedStep = s.step;
            input.failedCommand = s.command;
            input.exitCode = s.exitCode;
            input.timedOut = s.timedOut;
            break;
        }
    }
    input.output = m_failedOutput;
    for (const TestRecord &t : m_testReport.tests) {
        if (t.status == TestStatus::Failed)
            input.failingTests.append({ t.name, t.file, t.message });
    }
    input.passedTests = m_testReport.passed();
    input.lockedTestViolations = m_lastVerdict.lockedViolations;
    if (m_lastVerdict.green == false && input.failedStep.isEmpty() && input.failingTests.isEmpty()
        && input.lockedTestViolations.isEmpty())
        input.output = m_lastVerdict.reason;
    input.userGuidance = m_pendingGuidance;
    return Spec::FeedbackRenderer::render(m_spec, input);
}

void RunController::stopWith(const QString &outcome, const QString &message)
{
    extract(outcome, message);
}

void RunController::infrastructureError(const QString &message)
{
    if (m_phase == Phase::Finished || m_finishing)
        return;
    m_stopping = true;
    dropOps();
    QString full = message;
    if (!m_state.lastSnapshot.isEmpty())
        full += QLatin1Char(' ')
            + tr("The last snapshot (iteration %1) is kept at %2.")
                  .arg(m_state.lastSnapshotIteration)
                  .arg(m_state.lastSnapshot);
    log(QStringLiteral("error"), full);
    extract(Outcome::InfrastructureError, full);
}

void RunController::extract(const QString &outcome, const QString &message)
{
    if (m_phase == Phase::Finished || m_finishing)
        return;
    setPhase(Phase::Extracting);
    if (m_options.outDir.isEmpty() || m_state.lastSnapshot.isEmpty()) {
        finish(outcome, message);
        return;
    }
    stepStarted(Step::Extract, m_state.iteration);
    QList<RunEvent> events = RunJournal::readEvents(m_journal.runDir());
    RunEvent end;
    end.runId = m_state.id;
    end.time = QDateTime::currentDateTimeUtc();
    end.kind = EventKind::RunFinished;
    end.data = { { QStringLiteral("outcome"), outcome },
                 { QStringLiteral("message"), m_redactor.redact(message) },
                 { QStringLiteral("iterations"), m_state.iteration },
                 { QStringLiteral("costUsd"), m_state.costUsd } };
    events.append(end);
    SaveOptions o;
    o.targetDir = m_options.outDir;
    o.overwrite = m_options.overwrite;
    o.gitHistory = m_options.gitHistory;
    QElapsedTimer t;
    t.start();
    const SaveResult saved =
        ProjectSaver::save(ProjectSaver::snapshotsOf(m_journal.runDir()),
                           m_redactor.redact(RunReport::render(m_spec, events)), o);
    stepFinished(Step::Extract, m_state.iteration, saved.ok, saved.ok ? 0 : 1, t.elapsed(),
                 saved.ok ? tr("saved %n file(s) to %1", nullptr, saved.files).arg(saved.dir)
                          : saved.error);
    if (!saved.ok)
        log(QStringLiteral("error"), tr("The project could not be saved: %1").arg(saved.error));
    finish(outcome, message);
}

void RunController::finish(const QString &outcome, const QString &message)
{
    if (m_phase == Phase::Finished || m_finishing)
        return;
    m_finishing = true;
    m_stopping = true;
    m_wallClock.stop();
    m_keepAlive.stop();
    dropOps();
    auto complete = [this, outcome, message]() {
        m_state.status = QStringLiteral("finished");
        m_state.outcome = outcome;
        m_state.message = m_redactor.redact(message);
        m_state.finishedAt = QDateTime::currentDateTimeUtc();
        emitEvent(EventKind::RunFinished,
                  { { QStringLiteral("outcome"), outcome },
                    { QStringLiteral("message"), message },
                    { QStringLiteral("iterations"), m_state.iteration },
                    { QStringLiteral("costUsd"), m_state.costUsd } });
        saveState();
        // A report in the run folder too, so history has it without saving the project.
        QSaveFile report(m_journal.runDir() + QLatin1Char('/') + RunReport::fileName());
        if (report.open(QIODevice::WriteOnly)) {
            report.write(
                m_redactor
                    .redact(RunReport::render(m_spec, RunJournal::readEvents(m_journal.runDir())))
                    .toUtf8());
            report.commit();
        }
        setPhase(Phase::Finished);
        m_finishing = false;
        Q_EMIT finished(outcome, m_state.message);
    };
    const bool keep = m_options.keepSandbox && outcome != Outcome::Green
        && outcome != Outcome::Cancelled && outcome != Outcome::InfrastructureError;
    if (!m_session || keep) {
        complete();
        return;
    }
    log(QStringLiteral("info"), tr("Removing sandbox %1").arg(m_session->sandboxId()));
    auto *context = new QObject(this);
    auto done = std::make_shared<bool>(false);
    auto once = [this, context, done, complete]() {
        if (*done)
            return;
        *done = true;
        context->deleteLater();
        if (m_session) {
            m_session->deleteLater();
            m_session = nullptr;
        }
        m_state.sandboxId.clear();
        complete();
    };
    m_session->kill(context, [this, once](const SandboxOpResult &r) {
        if (!r.ok)
            log(QStringLiteral("warning"), tr("The sandbox could not be removed: %1").arg(r.error));
        once();
    });
    QTimer::singleShot(std::chrono::seconds(15), context, once);
}

} // namespace Autocoder::Run
