#pragma once

#include "run/runenums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Autocoder::Run {

struct RunEvent;
struct RunState;

/// What every view of a run shows about it as a whole: the run list, the run view's header,
/// the headless printer, the report. Made by folding the run's events with reduce(), or read
/// from state.json with fromState(); nothing else interprets events into a summary.
struct RunSummary
{
    QString id;
    QString name;
    QString backend; ///< the provider's name (wireName(Backend) for real runs)
    RunStatus status = RunStatus::Running;
    /// Set once finished; nullopt while running or when the outcome is unknown to this version.
    std::optional<RunOutcome> outcome;
    QString message; ///< the outcome's human summary
    int iteration = 0; ///< the last iteration started
    int maxIterations = 0; ///< 0 when unknown (state.json does not hold it)
    double budgetUsd = 0.0;
    /// Cumulative agent cost: the run's own total, or the agent turns seen so far when those
    /// are ahead of it (a live run between two iteration totals).
    double costUsd = 0.0;
    double agentCostUsd = 0.0; ///< sum of the agent.result events seen
    int turns = 0; ///< agent turns, summed over the agent.result events seen
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime lastEventAt;
    bool started = false; ///< run.started was seen (or the summary came from state.json)
    bool lastGreen = false; ///< the last finished iteration was green
    QStringList failing; ///< failing tests of the last finished iteration
    QString dir; ///< the run's folder, when known

    bool isFinished() const { return status == RunStatus::Finished; }
    QString statusName() const { return wireName(status); }
    QString outcomeName() const { return outcome ? QString(wireName(*outcome)) : QString(); }

    /// The summary state.json holds (status as written: "running" stays Running).
    static RunSummary fromState(const RunState &state);
};

/// The summary after `event`. Pure: the same events always give the same summary, whether
/// they arrive live or from a journal. Events of kinds it does not read only move
/// lastEventAt (and fill id and startedAt for a summary that has none yet).
RunSummary reduce(RunSummary summary, const RunEvent &event);

/// True for the kinds reduce() reads beyond the envelope, i.e. the events after which a
/// view of the summary needs repainting.
bool changesSummary(const RunEvent &event);

} // namespace Autocoder::Run
