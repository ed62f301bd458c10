#pragma once

#include "run/runevent.h"
#include "run/runoptions.h"
#include "run/runstate.h"
#include "spec/projectspec.h"

#include <QObject>

#include <memory>

namespace Autocoder::Run {

class RunEngine;
class RunLock;
class SandboxProvider;

/// One generation run, driven as a recipe of steps (see core/run/engine):
///
///   CreateSandbox → EnsureAgent (→ InstallAgent) → Upload → loop { AgentTurn → Gate(install,
///   test, build, lint) → Snapshot → Decide } until green or a limit → Teardown
///
/// Every step emits RunEvents (after redaction) that are journaled under the run folder and
/// re-emitted through eventEmitted(). Stop drops the step that runs, kills its process, keeps
/// a last snapshot and removes (or keeps) the sandbox; the run can go on afterwards.
///
/// Iteration numbers: a stopped iteration counts as done. Going on (resume, continue) starts
/// with the next number, so no two iterations of a run's journal share one.
///
/// One run, one driver: start, resume and continue take the run folder's RunLock; it is
/// released when the run finishes or the controller goes.
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
    /// Continues an interrupted, stopped or finished-not-green run from its folder: re-attaches
    /// to the run's sandbox if it is still alive, else the last snapshot goes into a new one;
    /// the next iteration starts (with `guidance`, if any). Emits run.resumed (and
    /// user.guidance) before anything else. Fails if another controller, in this process or
    /// another, drives the run.
    bool resume(const QString &runId, const RunOptions &options,
                const QString &guidance = QString(), QString *error = nullptr);
    /// How stop() treats the sandbox once the work is kept.
    enum class StopMode {
        KillSandbox, ///< the snapshot is all that remains; Resume starts a new sandbox from it
        KeepSandbox, ///< the sandbox stays up (its keep-alive lapses); Continue goes on in it
    };
    Q_ENUM(StopMode)

    /// Stops the run and keeps its work: the running step stops (no process starts after it)
    /// and its process is killed, a last snapshot of the workspace is taken when the current
    /// iteration has work none holds, then the sandbox goes or (KeepSandbox) stays up. The
    /// run ends as "stopped", savable and resumable. Harmless when not running or stopping.
    /// When it acts, it first journals run.stop_requested naming @p source, who asked: "app",
    /// "cli", "feed:NAME".
    void stop(StopMode mode = StopMode::KillSandbox, const QString &source = QStringLiteral("app"));
    /// Extra text for the next agent turn, emitted as user.guidance. On a finished, not green
    /// run (stopped included) it goes on: one more iteration in the kept sandbox, or from the
    /// last snapshot in a new one; run.resumed comes first.
    void continueWithGuidance(const QString &text);
    /// The same, with user.guidance naming @p source ("feed:NAME") instead of the run's
    /// RunOptions::guidanceSource.
    void continueWithGuidance(const QString &text, const QString &source);

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
    std::unique_ptr<RunLock> m_lock;
};

} // namespace Autocoder::Run
