#include "run/orphansweeper.h"

#include "run/runenums.h"
#include "run/runlock.h"
#include "run/runlog.h"
#include "run/runrecovery.h"
#include "run/runstore.h"
#include "run/sandboxprovider.h"

#include <QDir>

#include <memory>

namespace Autocoder::Run {

QStringList OrphanSweeper::orphanRuns(const RunStore &store, const QStringList &liveIds)
{
    QStringList out;
    const QStringList ids = QDir(store.root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        RunState state;
        if (!RunStore::isValidId(id) || liveIds.contains(id) || !store.load(id, &state))
            continue;
        if (state.status != wireName(RunStatus::Finished))
            continue; // interrupted: RunRecovery may re-attach to its sandbox
        const bool keptForGoingOn =
            state.outcome != wireName(RunOutcome::Green) && !state.sandboxId.isEmpty();
        if (keptForGoingOn || RunLock::holder(store.runDir(id)) != 0)
            continue;
        out.append(id);
    }
    return out;
}

void OrphanSweeper::sweep(SandboxProvider *provider, const RunStore &store,
                          const QStringList &liveIds, QObject *context, const Done &done)
{
    sweep(provider, orphanRuns(store, liveIds), context, done);
}

void OrphanSweeper::sweep(SandboxProvider *provider, const QStringList &orphanRunIds,
                          QObject *context, const Done &done)
{
    provider->list(
        { { QStringLiteral("app"), QStringLiteral("autocoder") } }, context,
        [provider, orphanRunIds, context, done](const SandboxResult<QList<SandboxListing>> &r) {
            if (!r) {
                done({}, r.error().message);
                return;
            }
            QStringList orphans;
            for (const SandboxListing &s : *r) {
                if (orphanRunIds.contains(s.metadata.value(QStringLiteral("run"))))
                    orphans.append(s.sandboxId);
            }
            if (orphans.isEmpty()) {
                done({}, QString());
                return;
            }
            qCInfo(lcRun, "removing %lld sandbox(es) left by finished runs: %s",
                   qlonglong(orphans.size()), qPrintable(orphans.join(QStringLiteral(", "))));
            auto remaining = std::make_shared<int>(int(orphans.size()));
            auto errors = std::make_shared<QStringList>();
            for (const QString &id : std::as_const(orphans)) {
                provider->killSandbox(
                    id, context, [remaining, errors, orphans, done, id](const SandboxOpResult &kr) {
                        if (!kr)
                            errors->append(id + QStringLiteral(": ") + kr.error().message);
                        if (--*remaining == 0)
                            done(orphans, errors->join(QStringLiteral("; ")));
                    });
            }
        });
}

} // namespace Autocoder::Run
