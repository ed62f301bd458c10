#include "run/engine/decidestep.h"

#include "run/engine/runcontext.h"

#include <QJsonArray>

namespace Autocoder::Run {

DecideStep::DecideStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
{ }

DecideStep::~DecideStep() = default;

void DecideStep::run()
{
    GateInput input;
    input.steps = m_ctx.gate.results;
    input.testCommandConfigured = !m_ctx.spec.commands.test.trimmed().isEmpty();
    input.tests = m_ctx.gate.tests;
    input.lockedTests = m_ctx.spec.lockedTests;
    input.snapshotOk = m_ctx.gate.snapshotOk;
    input.lockedFilesInSnapshot = m_ctx.gate.lockedFiles;
    const GateVerdict verdict = GateEvaluator::evaluate(input);
    RunState &state = m_ctx.state;
    m_ctx.lastVerdict = verdict;
    m_ctx.verdictIteration = state.iteration;
    state.lastGreen = verdict.green;
    state.lastFailing = verdict.failing;
    for (const QString &v : verdict.lockedViolations) {
        m_ctx.log(LogLevel::Warning, tr("Locked test not respected: %1").arg(v));
        if (!isRunning())
            return; // cancelled by a handler of that line
    }
    m_ctx.emitEvent(
        IterationFinished { state.iteration, verdict.green, state.costUsd, verdict.failing });
    m_ctx.saveState();
    if (!isRunning())
        return;
    const double budget = m_ctx.spec.limits.budgetUsd;
    const QString signature = verdict.signature();
    if (verdict.green) {
        m_ctx.ending = RunEnding { QString(Outcome::Green),
                                   tr("All checks passed in iteration %1").arg(state.iteration) };
    } else if (state.iteration >= m_ctx.maxIterations) {
        m_ctx.ending = RunEnding {
            QString(Outcome::MaxIterations),
            tr("Not green after %n iteration(s): %1", nullptr, state.iteration).arg(verdict.reason)
        };
    } else if (state.costUsd >= budget) {
        m_ctx.ending = RunEnding { QString(Outcome::Budget),
                                   tr("The budget of $%1 is spent ($%2)")
                                       .arg(budget, 0, 'f', 2)
                                       .arg(state.costUsd, 0, 'f', 2) };
    } else if (!signature.isEmpty() && signature == m_ctx.previousSignature) {
        m_ctx.ending =
            RunEnding { QString(Outcome::NoProgress),
                        tr("The same checks failed twice in a row: %1").arg(verdict.reason) };
    } else {
        m_ctx.previousSignature = signature;
    }
    succeed();
}

} // namespace Autocoder::Run
