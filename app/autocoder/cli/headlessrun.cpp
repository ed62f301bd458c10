#include "headlessrun.h"

#include "headlesscli.h"
#include "headlessfeed.h"
#include "headlessoutput.h"

#include "run/exportjob.h"
#include "run/headlessprinter.h"
#include "run/projectsaver.h"
#include "run/runcontroller.h"
#include "run/runstore.h"
#include "run/verificationreceipt.h"

#include <QDir>
#include <QFileInfo>

namespace Autocoder::Cli {

namespace {

int exitCodeFor(const QString &outcome)
{
    if (outcome == Run::Outcome::Green)
        return ExitGreen;
    if (outcome == Run::Outcome::InfrastructureError)
        return ExitInfrastructure;
    return ExitNotGreen;
}

} // namespace

HeadlessRun::HeadlessRun(const CliCommand &command, const Run::RunOptions &options,
                         const Spec::ProjectSpec &spec, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_options(options)
    , m_spec(spec)
{
    connect(&m_backend, &Run::SandboxBackend::progress, this,
            [](const QString &message) { printErr(message + QLatin1Char('\n')); });
    connect(&m_backend, &Run::SandboxBackend::failed, this, [this](const QString &error) {
        printErr(tr("Sandbox backend failed: %1\n").arg(error));
        finish(ExitInfrastructure);
    });
    connect(&m_backend, &Run::SandboxBackend::ready, this, &HeadlessRun::onBackendReady);
}

HeadlessRun::~HeadlessRun() = default;

void HeadlessRun::start(const Run::SandboxBackend::Options &backend)
{
    if (m_command.serveEvents) {
        // Bound before anything starts: a port in use is the command's mistake, not the run's.
        m_feed = new HeadlessFeed(*m_command.serveEvents, m_command.servePublic, this);
        const QString runDir = m_command.kind == CliCommand::Kind::Resume
            ? Run::RunStore(m_options.runsRoot).runDir(m_command.runId)
            : QString();
        if (const Result<void> listening = m_feed->listen(runDir); !listening) {
            printErr(listening.error() + QLatin1Char('\n'));
            finish(ExitBadInput);
            return;
        }
    }
    m_backend.start(backend);
}

void HeadlessRun::interrupt()
{
    if (m_done)
        return;
    if (m_controller && !m_controller->isFinished()) {
        printErr(tr("Interrupted: stopping the run and keeping its files...\n"));
        m_controller->stop(Run::RunController::StopMode::KillSandbox, QStringLiteral("cli"));
        return;
    }
    printErr(tr("Interrupted.\n"));
    if (m_export && m_export->isRunning())
        m_export->cancel();
    else
        finish(ExitNotGreen);
}

void HeadlessRun::onBackendReady(Run::SandboxProvider *provider)
{
    if (m_done || m_controller)
        return;
    m_controller = std::make_unique<Run::RunController>(provider);
    connect(m_controller.get(), &Run::RunController::eventEmitted, this,
            [this](const Run::RunEvent &e) {
                if (m_command.json)
                    printOut(Run::HeadlessPrinter::jsonLine(e));
                else
                    printOut(Run::HeadlessPrinter::humanLine(e, m_command.verbose).toLocal8Bit());
            });
    if (m_feed)
        m_feed->follow(m_controller.get());
    connect(m_controller.get(), &Run::RunController::finished, this,
            [this](const QString &outcome) { onRunFinished(outcome); });
    Run::RunOptions options = m_options;
    options.extraSecrets = m_backend.secrets();
    QString error;
    const bool started = m_command.kind == CliCommand::Kind::Resume
        ? m_controller->resume(m_command.runId, options, m_command.guidance, &error)
        : m_controller->start(m_spec, options, &error);
    if (!started) {
        printErr(error + QLatin1Char('\n'));
        finish(ExitBadInput);
    }
}

void HeadlessRun::onRunFinished(const QString &outcome)
{
    m_exitCode = exitCodeFor(outcome);
    if (m_feed) // run.finished is the last event watchers get
        m_feed->runEnded();
    if (m_command.outDir.isEmpty()
        || Run::ProjectSaver::snapshotsOf(m_controller->runDir()).isEmpty()) {
        finish(m_exitCode);
        return;
    }
    exportProject();
}

void HeadlessRun::exportProject()
{
    Run::ExportRequest request;
    request.runDir = m_controller->runDir();
    request.options.targetDir = m_command.outDir;
    request.options.overwrite = m_command.overwrite;
    request.options.gitHistory = m_command.git;
    m_export = new Run::ExportJob(this);
    connect(m_export, &Run::ExportJob::progress, this, [this](const QString &message) {
        if (m_command.verbose && !m_command.json)
            printErr(message + QLatin1Char('\n'));
    });
    connect(m_export, &Run::ExportJob::finished, this, [this](const Run::ExportResult &result) {
        if (!result) {
            printErr(result.error().cancelled
                         ? tr("Saving the project was cancelled.\n")
                         : tr("The project could not be saved: %1\n").arg(result.error().message));
            finish(result.error().cancelled ? ExitNotGreen : m_exitCode);
            return;
        }
        // stdout stays JSON lines only with --json, the last one run.finished.
        if (!m_command.json) {
            const QString dir = QDir(result->dir).absolutePath();
            printOut(tr("Project saved in %1\n").arg(dir).toLocal8Bit());
            // A green run's receipt went with it: say how to check it again later.
            if (QFileInfo::exists(
                    QDir(dir).filePath(QLatin1String(Run::VerificationReceipt::FileName))))
                printOut(
                    tr("Check it again later with: autocoder verify %1\n").arg(dir).toLocal8Bit());
        }
        finish(m_exitCode);
    });
    m_export->start(request);
}

void HeadlessRun::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_controller && m_controller->isFinished()
        && m_controller->state().outcome == Run::Outcome::Stopped)
        printErr(
            tr("Run %1 was stopped with its files kept. To go on: %2\n")
                .arg(m_controller->runId(), resumeCommandLine(m_command, m_controller->runId())));
    if (!m_feed) {
        Q_EMIT done(exitCode);
        return;
    }
    // Not gone before the watchers have had their last frames.
    connect(m_feed, &HeadlessFeed::closed, this, [this, exitCode]() { Q_EMIT done(exitCode); });
    m_feed->shutDown();
}

} // namespace Autocoder::Cli
