#include "run/engine/mutationcheckstep.h"

#include "mutation/mutationplanner.h"
#include "run/engine/runcontext.h"

// The check's fixed choices (where the copies go, what is mutated, how long a mutant may
// take) and how its result is reported; the running is in mutationcheckstep.cpp.

namespace Autocoder::Run {

using Mutation::MutationOutcome;
using Mutation::MutationResult;

QString MutationCheckStep::workRoot()
{
    return QStringLiteral("/tmp/autocoder-mutants");
}

QString MutationCheckStep::workerDir(int worker)
{
    return workRoot() + QStringLiteral("/w%1").arg(worker);
}

Mutation::MutationPlanOptions MutationCheckStep::planOptions(const Spec::ProjectSpec &spec,
                                                             quint64 seed)
{
    Mutation::MutationPlanOptions o;
    o.maxMutants = spec.verification.maxMutants;
    o.seed = seed;
    for (const auto &t : spec.lockedTests)
        o.lockedPaths.append(t.path);
    return o;
}

QMap<QString, QByteArray> MutationCheckStep::sourcesOf(const Spec::ProjectSpec &spec,
                                                       const QMap<QString, QByteArray> &files)
{
    const Mutation::MutationPlanOptions options = planOptions(spec);
    QMap<QString, QByteArray> out;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.value().size() > options.maxFileBytes)
            continue;
        if (Mutation::MutationPlanner::excludedByPath(it.key(), options)
            == Mutation::PlannedFile::Reason::None)
            out.insert(it.key(), it.value());
    }
    return out;
}

std::chrono::milliseconds MutationCheckStep::mutantTimeout(qint64 testDurationMs,
                                                           int commandTimeoutSeconds)
{
    const qint64 low = qint64(10) * 1000;
    const qint64 high = qMax(low, qint64(commandTimeoutSeconds) * 1000);
    const qint64 want = 3 * qMax<qint64>(0, testDurationMs) + qint64(10) * 1000;
    return std::chrono::milliseconds(qBound(low, want, high));
}

void MutationCheckStep::skip(const QString &reason)
{
    const double threshold = m_ctx.spec.verification.mutationThreshold;
    m_ctx.log(LogLevel::Warning, tr("Mutation check skipped: %1").arg(reason));
    if (!isRunning())
        return;
    const MutationResult result = MutationResult::skipped(reason, threshold);
    m_ctx.gate.mutation = result;
    m_ctx.emitEvent(GateMutation { m_iteration, result });
    if (isRunning())
        succeed();
}

void MutationCheckStep::complete()
{
    const int budget = m_ctx.spec.verification.mutationBudgetSeconds;
    const int caught =
        m_result.count(MutationOutcome::Killed) + m_result.count(MutationOutcome::TimedOut);
    const int survived = m_result.count(MutationOutcome::Survived);
    const int notRun = m_result.count(MutationOutcome::NotRun);
    const int errors = m_result.count(MutationOutcome::Error);
    QString message;
    if (!m_result.score()) {
        // Nothing scored: report why instead of a score of nothing.
        m_result.status = MutationResult::Status::Skipped;
        if (m_outOfTime) {
            m_result.skipReason =
                tr("the time budget of %n second(s) ran out before any mutant was tried", nullptr,
                   budget);
        } else {
            QString detail;
            for (const auto &r : std::as_const(m_result.mutants)) {
                if (r.outcome == MutationOutcome::Error && !r.detail.isEmpty()) {
                    detail = r.detail;
                    break;
                }
            }
            m_result.skipReason = detail.isEmpty() ? tr("no mutant could be tried")
                                                   : tr("no mutant could be tried: %1").arg(detail);
        }
        message = tr("skipped: %1").arg(m_result.skipReason);
    } else {
        //: The mutation check's result, e.g. "14 of 18 mutants killed"
        message = tr("%1 of %n mutant(s) killed", nullptr, caught + survived).arg(caught);
        if (notRun > 0)
            message += QStringLiteral(", ") + tr("%n not run", nullptr, notRun);
        if (errors > 0)
            message += QStringLiteral(", ") + tr("%n could not be tried", nullptr, errors);
    }
    const bool ok = m_result.status == MutationResult::Status::Skipped || m_result.meetsThreshold();
    m_ctx.stepFinished(Step::Mutation, m_iteration, ok, 0, m_timer.elapsed(), message);
    if (!isRunning())
        return;
    if (m_result.status == MutationResult::Status::Skipped) {
        m_ctx.log(LogLevel::Warning, tr("Mutation check skipped: %1").arg(m_result.skipReason));
        if (!isRunning())
            return;
    }
    m_ctx.gate.mutation = m_result;
    m_ctx.emitEvent(GateMutation { m_iteration, m_result });
    if (isRunning())
        succeed();
}

} // namespace Autocoder::Run
