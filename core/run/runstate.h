#pragma once

#include "run/runenums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Autocoder::Run {

/// What a run folder's state.json holds: enough to list the run, resume it after a crash
/// (sandbox, agent session, last snapshot) and show its result. Written atomically after
/// every state change; never holds a secret.
struct RunState
{
    /// wireName(RunStatus): running while a controller owns it, finished once run.finished
    /// was emitted. A run found running with no live controller was interrupted (crash,
    /// kill); RunSummary::fromState() is where these words are read.
    QString status = wireName(RunStatus::Running);
    QString id;
    QString name;
    QString backend; ///< the provider's name: wireName(Backend) for real runs
    QString outcome; ///< wireName(RunOutcome) once finished
    QString message; ///< human summary of the outcome
    int iteration = 0; ///< last iteration started
    double costUsd = 0.0; ///< cumulative agent cost
    QDateTime startedAt;
    QDateTime finishedAt;
    QString sandboxId; ///< current sandbox (empty when none)
    QString agentSessionId; ///< claude session to --resume on the next turn
    QString lastSnapshot; ///< absolute path of the newest snapshot archive
    int lastSnapshotIteration = 0;
    QStringList lastFailing; ///< failing test names of the last gate
    bool lastGreen = false;
    qint64 lastSeq = 0;

    QJsonObject toJson() const;
    static RunState fromJson(const QJsonObject &o);
};

} // namespace Autocoder::Run
