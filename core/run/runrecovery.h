#pragma once

#include "common/result.h"
#include "run/runstate.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Autocoder::Run {

class RunStore;
class SandboxProvider;

/// One run that was left before it was done, and what can be done with it now.
struct RecoverableRun
{
    enum class Action {
        Reattach, ///< its sandbox is alive: RunController::resume() re-attaches to it
        Resume, ///< no sandbox, but a snapshot: resume() goes on from it
        Restart, ///< neither: only a new run from its spec
    };

    QString id;
    QString runDir;
    RunState state; ///< its state.json
    /// True for a run found "running" with nobody driving it (crash, kill -9, the app quit);
    /// false for a finished, not green run whose sandbox was kept for going on.
    bool interrupted = true;
    Action action = Action::Restart;
    QString sandboxId; ///< the live sandbox, for Reattach
    QString snapshot; ///< the newest snapshot archive, for Resume (and Reattach, if any)
};

/// Which runs of a run store were interrupted and can be picked up again, asked at
/// start-up (the window re-attaches or offers Resume; nothing is started here):
///
///     RunRecovery::find(provider, RunStore(root), runManager->liveIds(), this,
///                       [](const Result<QList<RecoverableRun>> &found) { ... });
///
/// A run is a candidate when its state.json says "running" but no live controller of this
/// process owns it (`liveIds`), or when it finished without going green and kept its
/// sandbox (stop with KeepSandbox, RunOptions::keepSandbox). Runs of another backend than
/// the provider's, and runs whose run lock (`<runDir>/run.lock`) a live process holds (a
/// headless command or another window driving them), are not candidates.
/// The provider's sandbox list (metadata {"app":"autocoder","run":<id>}) is asked once.
class RunRecovery final
{
public:
    using Done = std::function<void(const Result<QList<RecoverableRun>> &runs)>;

    /// Answers once, from the event loop, and never after \a context is gone. An error when
    /// the backend cannot list its sandboxes (then nothing is known about them).
    static void find(SandboxProvider *provider, const RunStore &store, const QStringList &liveIds,
                     QObject *context, Done done);

    /// The candidates alone, without asking the backend (each still Action::Restart).
    static QList<RecoverableRun> candidates(const RunStore &store, const QStringList &liveIds,
                                            const QString &backend);
};

} // namespace Autocoder::Run
