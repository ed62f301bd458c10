#include "run/orphansweeper.h"

#include "run/runlog.h"
#include "run/sandboxprovider.h"

#include <memory>

namespace Autocoder::Run {

void OrphanSweeper::sweep(SandboxProvider *provider, const QStringList &finishedRunIds,
                          QObject *context, const Done &done)
{
    provider->list(
        { { QStringLiteral("app"), QStringLiteral("autocoder") } }, context,
        [provider, finishedRunIds, context, done](const SandboxResult<QList<SandboxListing>> &r) {
            if (!r) {
                done({}, r.error().message);
                return;
            }
            QStringList orphans;
            for (const SandboxListing &s : *r) {
                if (finishedRunIds.contains(s.metadata.value(QStringLiteral("run"))))
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
