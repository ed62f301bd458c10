#pragma once

#include "run/runstate.h"
#include "run/runsummary.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Autocoder::Run {

/// The run folders under `<AppLocalDataLocation>/runs/` (or another root for tests).
class RunStore final
{
public:
    /// Default root: QStandardPaths::AppLocalDataLocation + "/runs".
    static QString defaultRoot();

    explicit RunStore(QString root = defaultRoot());

    const QString &root() const { return m_root; }
    QString runDir(const QString &id) const;

    /// The run history, newest first. `liveIds` are runs a controller currently owns; other
    /// runs that state.json calls running are reported as RunStatus::Interrupted, unless a
    /// live process holds their RunLock (a headless command driving it).
    QList<RunSummary> list(const QStringList &liveIds = {}) const;
    bool load(const QString &id, RunState *state, QString *error = nullptr) const;

    /// A new, unique, filesystem-safe id: "20260101-120000-1a2b".
    static QString newRunId();
    /// True for ids newRunId() could have made (no separators, no dots): safe in paths.
    static bool isValidId(const QString &id);

private:
    QString m_root;
};

} // namespace Autocoder::Run
