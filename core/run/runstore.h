#pragma once

#include "run/runstate.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Autocoder::Run {

/// One line of the run history.
struct RunSummary
{
    QString id;
    QString name;
    QString
        status; ///< "running", "finished", or "interrupted" (running on disk, no live controller)
    QString outcome;
    int iteration = 0;
    double costUsd = 0.0;
    QDateTime startedAt;
    QString dir;
};

/// The run folders under `<AppLocalDataLocation>/runs/` (or another root for tests).
class RunStore
{
public:
    /// Default root: QStandardPaths::AppLocalDataLocation + "/runs".
    static QString defaultRoot();

    explicit RunStore(QString root = defaultRoot());

    const QString &root() const { return m_root; }
    QString runDir(const QString &id) const;

    /// Newest first. `liveIds` are runs a controller currently owns; other "running" runs are
    /// reported as "interrupted".
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
