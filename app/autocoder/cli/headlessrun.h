#pragma once

#include "clicommand.h"

#include "run/runoptions.h"
#include "run/sandboxbackend.h"
#include "spec/projectspec.h"

#include <QObject>

#include <memory>

namespace Autocoder::Run {
class ExportJob;
class RunController;
class SandboxProvider;
} // namespace Autocoder::Run

namespace Autocoder::Cli {

class HeadlessFeed;

/// One `autocoder run` or `autocoder resume`, checked and ready: brings up the sandbox
/// backend, runs the controller while printing its events, then saves the project to --out
/// with an ExportJob. done() carries the process's exit code. With --serve-events it publishes
/// the run's events (HeadlessFeed) and ends only once its watchers have had the last one.
class HeadlessRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRun)

public:
    /// @p options: everything but the backend's secrets; @p spec unused for a resume.
    HeadlessRun(const CliCommand &command, const Run::RunOptions &options,
                const Spec::ProjectSpec &spec, QObject *parent = nullptr);
    ~HeadlessRun() override;

    void start(const Run::SandboxBackend::Options &backend);
    /// Ctrl-C: stops the run keeping its work (its files and a way to resume it, printed at
    /// the end), or cancels the export after it.
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void onBackendReady(Run::SandboxProvider *provider);
    void onRunFinished(const QString &outcome);
    void exportProject();
    void finish(int exitCode);

    CliCommand m_command;
    Run::RunOptions m_options;
    Spec::ProjectSpec m_spec;
    Run::SandboxBackend m_backend;
    std::unique_ptr<Run::RunController> m_controller;
    Run::ExportJob *m_export = nullptr;
    HeadlessFeed *m_feed = nullptr;
    int m_exitCode = 3;
    bool m_done = false;
};

} // namespace Autocoder::Cli
