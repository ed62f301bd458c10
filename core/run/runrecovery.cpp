#include "run/runrecovery.h"

#include "run/projectsaver.h"
#include "run/runenums.h"
#include "run/runlock.h"
#include "run/runlog.h"
#include "run/runstore.h"
#include "run/sandboxprovider.h"

#include <QDir>
#include <QFile>

namespace Autocoder::Run {

namespace {

QString newestSnapshot(const RecoverableRun &run)
{
    if (!run.state.lastSnapshot.isEmpty() && QFile::exists(run.state.lastSnapshot))
        return run.state.lastSnapshot;
    const QList<QPair<int, QString>> all = ProjectSaver::snapshotsOf(run.runDir);
    return all.isEmpty() ? QString() : all.last().second;
}

} // namespace

QList<RecoverableRun> RunRecovery::candidates(const RunStore &store, const QStringList &liveIds,
                                              const QString &backend)
{
    QList<RecoverableRun> out;
    const QStringList ids =
        QDir(store.root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        if (!RunStore::isValidId(id) || liveIds.contains(id))
            continue;
        RecoverableRun run;
        if (!store.load(id, &run.state))
            continue;
        if (!backend.isEmpty() && !run.state.backend.isEmpty() && run.state.backend != backend)
            continue;
        run.id = id;
        run.runDir = store.runDir(id);
        const bool running = run.state.status == wireName(RunStatus::Running);
        const bool keptSandbox = run.state.status == wireName(RunStatus::Finished)
            && run.state.outcome != wireName(RunOutcome::Green) && !run.state.sandboxId.isEmpty();
        if (!running && !keptSandbox)
            continue;
        if (RunLock::holder(run.runDir) != 0) // driven by a live process
            continue;
        run.interrupted = running;
        run.snapshot = newestSnapshot(run);
        out.append(run);
    }
    return out;
}

void RunRecovery::find(SandboxProvider *provider, const RunStore &store, const QStringList &liveIds,
                       QObject *context, Done done)
{
    QList<RecoverableRun> runs = candidates(store, liveIds, provider->backendName());
    provider->list({ { QStringLiteral("app"), QStringLiteral("autocoder") } }, context,
                   [runs = std::move(runs), done = std::move(done)](
                       const SandboxResult<QList<SandboxListing>> &listed) mutable {
                       if (!listed) {
                           done(failure(listed.error().message));
                           return;
                       }
                       for (RecoverableRun &run : runs) {
                           QStringList alive;
                           for (const SandboxListing &s : *listed) {
                               if (s.metadata.value(QStringLiteral("run")) == run.id)
                                   alive.append(s.sandboxId);
                           }
                           // The one the run recorded, when several are alive (a crash between
                           // create and the state write can leave a second).
                           if (alive.contains(run.state.sandboxId))
                               run.sandboxId = run.state.sandboxId;
                           else if (!alive.isEmpty())
                               run.sandboxId = alive.first();
                           run.action = !run.sandboxId.isEmpty() ? RecoverableRun::Action::Reattach
                               : !run.snapshot.isEmpty()         ? RecoverableRun::Action::Resume
                                                                 : RecoverableRun::Action::Restart;
                       }
                       qCInfo(lcRun, "%lld interrupted run(s) found", qlonglong(runs.size()));
                       done(runs);
                   });
}

} // namespace Autocoder::Run
