#pragma once

#include "run/engine/runcontext.h"
#include "run/engine/stepsequence.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Autocoder::Run {

/// Drives one run: owns its context and the recipe that runs. A run has two stages, each a
/// tree of steps: the iterations (sandbox set-up, then agent turn → gate → snapshot → decide
/// until something sets RunContext::ending) and the closing (extract, teardown). The limits
/// that are not the verdict's (wall clock), cancel and errors are handled here, in one way:
/// stop the iterations, set the ending, start the closing.
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
    /// Drops the step that runs, kills its process, then removes the sandbox.
    void cancel();

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
    void infrastructureError(const QString &message);
    void close(bool extract);
    void complete();

    RunContext m_ctx;
    QTimer m_wallClock;
    QPointer<RunStep> m_iterations; ///< the set-up and iteration loop while they run
    QPointer<RunStep> m_closing; ///< extract and teardown while they run
};

} // namespace Autocoder::Run
