#include "run/engine/decidestep.h"

#include "run/engine/runcontext.h"
#include "run/receiptbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace Autocoder::Run {

DecideStep::DecideStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
{ }

DecideStep::~DecideStep() = default;

GateInput DecideStep::gateInput(const RunContext &ctx)
{
    GateInput input;
    input.steps = ctx.gate.results;
    input.testCommandConfigured = !ctx.spec.commands.test.trimmed().isEmpty();
    input.tests = ctx.gate.tests;
    input.lockedTests = ctx.spec.lockedTests;
    input.snapshotOk = ctx.gate.snapshotOk;
    input.lockedFilesInSnapshot = ctx.gate.lockedFiles;
    input.requireRequirementTests = ctx.spec.verification.requirementTests;
    input.coverage = ctx.gate.coverage;
    input.mutation = ctx.gate.mutation;
    return input;
}

void DecideStep::updateReceipt(bool green)
{
    const QString path =
        QDir(m_ctx.journal.runDir()).filePath(QLatin1String(VerificationReceipt::RunFileName));
    if (!green) {
        // A receipt of an earlier green iteration does not describe this workspace.
        if (QFile::exists(path) && !QFile::remove(path))
            m_ctx.log(LogLevel::Warning, tr("Could not remove %1").arg(path));
        return;
    }
    QSaveFile out(path);
    const QByteArray bytes = ReceiptBuilder::fromGate(m_ctx.spec, m_ctx.gate).toJsonBytes();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        m_ctx.log(LogLevel::Warning, tr("Could not write %1: %2").arg(path, out.errorString()));
}

void DecideStep::run()
{
    const GateVerdict verdict = GateEvaluator::evaluate(gateInput(m_ctx));
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
    updateReceipt(verdict.green);
    if (!isRunning())
        return;
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
