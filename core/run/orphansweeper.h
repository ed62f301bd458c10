#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace Autocoder::Run {

class RunStore;
class SandboxProvider;

/// Kills sandboxes tagged {"app":"autocoder"} whose "run" is one of \a orphanRunIds: runs
/// this app knows have ended, so nobody will come back for their sandbox (left behind by a
/// crash). Sandboxes of runs it does not know — a headless run with its own runs folder on
/// the same shared server, another machine's run on E2B — are not its to judge; their own
/// timeouts end them. Run at start-up.
class OrphanSweeper final
{
public:
    using Done = std::function<void(const QStringList &killedIds, const QString &error)>;

    /// The runs of \a store whose sandboxes are real orphans: finished, and neither
    /// resumable into a sandbox they kept (finished not green with a sandboxId: stopped with
    /// KeepSandbox) nor locked by a live process (RunLock::holder), nor
    /// owned by a live controller of this process (\a liveIds).
    static QStringList orphanRuns(const RunStore &store, const QStringList &liveIds = {});

    /// Kills the sandboxes of orphanRuns(store, liveIds).
    static void sweep(SandboxProvider *provider, const RunStore &store, const QStringList &liveIds,
                      QObject *context, const Done &done);
    /// Kills the sandboxes of \a orphanRunIds (which should come from orphanRuns()).
    static void sweep(SandboxProvider *provider, const QStringList &orphanRunIds, QObject *context,
                      const Done &done);
};

} // namespace Autocoder::Run
