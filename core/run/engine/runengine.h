#pragma once

#include "run/engine/runcontext.h"
#include "run/engine/stepsequence.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Autocoder::Run {

/// Drives one run: owns its context and the recipe that runs. A run has two stages, each a
/// tree of steps: the iterations (sandbox set-up, then agent turn → gate → snapshot →
/// [toolchain → mutation check, when the rest would be green] → decide until something sets
/// RunContext::ending) and the closing (teardown). The limits
/// that are not the verdict's (wall clock), a stop and errors are handled here, in one way:
/// stop the iterations, set the ending, start the closing. A stop (and the wall clock) first
/// kills the running process and keeps a last snapshot of what the cut-short iteration made.
class RunEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunEngine)
public:
    /// Where the iterations start from.
    enum class Setup {
        NewSandbox, ///< create a sandbox, ensure the agent, upload (and restore)
        Reattach, ///< a resume: reconnect to the run's sandbox, or fall back to a new one
        None ///< the sandbox is ready (more guidance on a kept sandbox): straight to the loop
    };

    explicit RunEngine(SandboxProvider *provider, QObject *parent = nullptr);
    ~RunEngine() override;

    RunContext &context() { return m_ctx; }

    /// Starts the wall clock and the iterations (from the event loop unless Setup::None).
    void start(Setup setup, const QString &sandboxId = QString());
    /// Drops the step that runs, kills its process, keeps a last snapshot of the workspace,
    /// then removes the sandbox or (KeepSandbox) leaves it up. The run ends as "stopped".
    /// Does nothing unless the iterations run (a second stop, a run that is closing); when it
    /// acts, run.stop_requested (with @p source) comes first.
    void stop(RunController::StopMode mode, const QString &source);

Q_SIGNALS:
    void eventEmitted(const Autocoder::Run::RunEvent &event);
    void finished(const QString &outcome, const QString &message);

private:
    std::unique_ptr<RunStep> recipe(Setup setup, const QString &sandboxId = QString());
    QList<StepFactory> iteration(StepFactory agent);
    template<typename S, typename... Args>
    StepFactory make(Args... args)
    {
        return [this, args...]() -> std::unique_ptr<RunStep> {
            return std::make_unique<S>(m_ctx, args...);
        };
    }
    void runIterations(std::unique_ptr<RunStep> recipe);
    void iterationsDone(const Result<void> &result);
    /// Stops and drops the iterations; returns the tag of the process they waited for.
    QString stopIterations();
    void onWallClock();
    /// The one way to end the iterations early and keep the work: kill the running process,
    /// snapshot the workspace if the current iteration has work no snapshot holds, close.
    void stopAndKeep(const RunEnding &ending);
    void takeFinalSnapshot(bool settingUp);
    void stopped(bool settingUp, bool snapshotTried, const QString &snapshotError);
    void infrastructureError(const QString &message);
    void close();
    void complete();

    RunContext m_ctx;
    QTimer m_wallClock;
    QPointer<RunStep> m_iterations; ///< the set-up and iteration loop while they run
    QPointer<RunStep> m_closing; ///< teardown while it runs
    QPointer<RunStep> m_finalSnapshot; ///< the last snapshot of a stop while it runs
    bool m_stopping = false; ///< from a stop (or the wall clock) until the closing
};

} // namespace Autocoder::Run
