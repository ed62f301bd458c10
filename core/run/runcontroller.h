#pragma once

#include "run/runevent.h"
#include "run/runoptions.h"
#include "run/runstate.h"
#include "spec/projectspec.h"

#include <QObject>

#include <memory>

namespace Autocoder::Run {

class RunEngine;
class SandboxProvider;

/// One generation run, driven as a recipe of steps (see core/run/engine):
///
///   CreateSandbox → EnsureAgent (→ InstallAgent) → Upload → loop { AgentTurn → Gate(install,
///   test, build, lint) → Snapshot → Decide } until green or a limit → Teardown
///
/// Every step emits RunEvents (after redaction) that are journaled under the run folder and
/// re-emitted through eventEmitted(). Cancel drops the step that runs, kills its process and
/// the sandbox.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)
public:
    enum class Phase {
        Idle,
        CreatingSandbox,
        EnsuringAgent,
        InstallingAgent,
        Uploading,
        AgentTurn,
        Gate,
        Snapshot,
        Stopping,
        Finished
    };
    Q_ENUM(Phase)

    /// `provider` is not owned and must outlive the run.
    explicit RunController(SandboxProvider *provider, QObject *parent = nullptr);
    ~RunController() override;

    /// Validates the spec and starts. Returns false (and *error, human words) on bad input;
    /// nothing is created then.
    bool start(const Spec::ProjectSpec &spec, const RunOptions &options, QString *error = nullptr);
    /// Continues an interrupted or finished-not-green run from its folder: the last snapshot
    /// goes into a new sandbox and the next iteration starts (with `guidance`, if any).
    bool resume(const QString &runId, const RunOptions &options,
                const QString &guidance = QString(), QString *error = nullptr);
    /// How stop() treats the sandbox once the work is kept.
    enum class StopMode {
        KillSandbox, ///< the snapshot is all that remains; Resume starts a new sandbox from it
        KeepSandbox, ///< the sandbox stays up (its keep-alive lapses); Continue goes on in it
    };
    Q_ENUM(StopMode)

    /// Stops the run and keeps its work: a last snapshot of the workspace, then the
    /// running process and (per @p mode) the sandbox go. The run ends as "stopped", savable
    /// and resumable.
    void stop(StopMode mode = StopMode::KillSandbox);
    /// Kills every sandbox process and the sandbox; the run ends as "cancelled".
    void cancel();
    /// Extra text for the next agent turn. On a finished, not green run whose sandbox was
    /// kept, starts one more iteration in it.
    void continueWithGuidance(const QString &text);

    QString runId() const;
    QString runDir() const;
    Phase phase() const;
    bool isFinished() const { return phase() == Phase::Finished; }
    const RunState &state() const;
    QString sandboxId() const;

Q_SIGNALS:
    void eventEmitted(const Autocoder::Run::RunEvent &event);
    void finished(const QString &outcome, const QString &message);

private:
    std::unique_ptr<RunEngine> m_engine;
};

} // namespace Autocoder::Run
