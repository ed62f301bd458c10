#include "run/runsummary.h"

#include "run/runevents.h"
#include "run/runstate.h"

#include <algorithm>

namespace Autocoder::Run {

RunSummary RunSummary::fromState(const RunState &state)
{
    RunSummary s;
    s.id = state.id;
    s.name = state.name;
    s.backend = state.backend;
    s.status = fromWireName<RunStatus>(state.status).value_or(RunStatus::Running);
    s.outcome = fromWireName<RunOutcome>(state.outcome);
    s.message = state.message;
    s.iteration = state.iteration;
    s.costUsd = state.costUsd;
    s.startedAt = state.startedAt;
    s.finishedAt = state.finishedAt;
    s.started = true;
    s.lastGreen = state.lastGreen;
    s.failing = state.lastFailing;
    return s;
}

RunSummary reduce(RunSummary s, const RunEvent &event)
{
    if (s.id.isEmpty())
        s.id = event.runId;
    if (!s.startedAt.isValid())
        s.startedAt = event.time;
    s.lastEventAt = event.time;

    if (const auto p = event.payload<RunStarted>()) {
        s.started = true;
        s.name = p->name;
        s.backend = p->backend;
        s.maxIterations = p->maxIterations;
        s.budgetUsd = p->budgetUsd;
        s.startedAt = event.time;
        s.status = RunStatus::Running;
        s.outcome.reset();
    } else if (const auto p = event.payload<StepStarted>()) {
        s.iteration = std::max(s.iteration, p->iteration);
        // A finished run that takes more steps was continued with guidance.
        s.status = RunStatus::Running;
    } else if (const auto p = event.payload<AgentResult>()) {
        s.turns += p->turns;
        s.agentCostUsd += p->costUsd;
        s.costUsd = std::max(s.costUsd, s.agentCostUsd);
    } else if (const auto p = event.payload<IterationFinished>()) {
        s.iteration = std::max(s.iteration, p->iteration);
        s.costUsd = std::max(p->costUsd.value_or(s.costUsd), s.agentCostUsd);
        s.lastGreen = p->green;
        s.failing = p->failing;
    } else if (const auto p = event.payload<RunResumed>()) {
        // Going on is a live run again: no outcome, no end, the new limits.
        s.status = RunStatus::Running;
        s.outcome.reset();
        s.message.clear();
        s.finishedAt = QDateTime();
        s.iteration = std::max(s.iteration, p->iteration);
        if (p->maxIterations > 0)
            s.maxIterations = p->maxIterations;
        if (p->budgetUsd > 0)
            s.budgetUsd = p->budgetUsd;
    } else if (const auto p = event.payload<RunFinished>()) {
        s.status = RunStatus::Finished;
        s.outcome = p->outcome;
        s.message = p->message;
        s.finishedAt = event.time;
        s.iteration = p->iterations.value_or(s.iteration);
        s.costUsd = std::max(p->costUsd.value_or(s.costUsd), s.agentCostUsd);
    }
    // run.stop_requested and user.guidance are who asked for what: the activity shows them;
    // what they change (run.finished, run.resumed) comes as events of its own.
    return s;
}

bool changesSummary(const RunEvent &event)
{
    return event.is<RunStarted>() || event.is<StepStarted>() || event.is<AgentResult>()
        || event.is<IterationFinished>() || event.is<RunFinished>() || event.is<RunResumed>();
}

} // namespace Autocoder::Run
