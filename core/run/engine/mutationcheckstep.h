#pragma once

#include "mutation/mutationplan.h"
#include "mutation/mutationplanoptions.h"
#include "mutation/mutationresult.h"
#include "run/engine/runstep.h"
#include "run/sandboxtypes.h"
#include "spec/projectspec.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

namespace Autocoder::Run {

class RunContext;
class SandboxProcess;

/// The mutation check of an iteration whose gate passed: plans mutants of the project's own
/// source (RunContext::gate.sources), runs the spec's test command against each one and
/// records which the tests caught (RunContext::gate.mutation, gate.mutation event).
///
/// The project folder itself is never touched: a few worker copies of it are made in the
/// sandbox (node_modules included, so the tests run as in the gate), each mutant is written
/// into one copy, the tests run there, then the original is written back before that copy's
/// next mutant. The copies are removed at the end. The whole check has the spec's time
/// budget; what it did not reach stays "not run". A check that cannot run (nothing to
/// mutate, no time) is skipped with its reason and a warning, never silently.
///
/// Several processes run at once, one per worker: a stop kills all of them (onStop), not
/// only the one processTag() names.
class MutationCheckStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MutationCheckStep)
public:
    /// Copies of the project tried in parallel.
    static constexpr int Workers = 2;
    /// The check is skipped when the budget cannot fit this many mutants.
    static constexpr int FewMutants = 3;

    explicit MutationCheckStep(RunContext &context, QObject *parent = nullptr);
    ~MutationCheckStep() override;

    /// Where the worker copies live in the sandbox ("<root>/w0", "<root>/w1").
    static QString workRoot();
    static QString workerDir(int worker);
    /// The planner's options for a spec: its verification limits and locked tests.
    static Mutation::MutationPlanOptions planOptions(const Spec::ProjectSpec &spec,
                                                     quint64 seed = 1);
    /// Of a project's files (path → content), those the check may mutate: what the planner's
    /// path rules allow, none larger than its file limit (RunContext::gate.sources).
    static QMap<QString, QByteArray> sourcesOf(const Spec::ProjectSpec &spec,
                                               const QMap<QString, QByteArray> &files);
    /// How long one mutant's tests may take: three times the gate's test run plus 10 s,
    /// at least 10 s and at most the spec's command timeout.
    static std::chrono::milliseconds mutantTimeout(qint64 testDurationMs,
                                                   int commandTimeoutSeconds);

    QString processTag() const override;

protected:
    void run() override;
    void onStop() override;

private:
    struct Worker
    {
        QString dir;
        QString tag; ///< of its running process, empty when none
        QByteArray output; ///< of its running process (tail)
        int mutant = -1; ///< index into the plan's mutants, -1 when none
        bool done = false;
    };
    using ExitHandler = std::function<void(const SandboxProcessExit &, const QByteArray &)>;

    void skip(const QString &reason);
    void startWorker(int worker);
    void nextMutant(int worker);
    void runMutant(int worker);
    void mutantExited(int worker, const SandboxProcessExit &exit, const QByteArray &output);
    void restore(int worker);
    void workerDone(int worker);
    void runProcess(int worker, const SandboxProcessRequest &request, const ExitHandler &done);
    void budgetExpired();
    void removeCopies();
    void complete();
    void sandboxGone(const QString &error);
    QString mutantPath(int worker) const;

    RunContext &m_ctx;
    int m_iteration = 0;
    Mutation::MutationPlan m_plan;
    Mutation::MutationResult m_result;
    QList<int> m_queue; ///< mutants not handed to a worker yet
    std::vector<Worker> m_workers;
    QString m_cleanupTag;
    QTimer m_budget;
    QTimer m_grace; ///< after the budget: processes that do not end when killed
    QElapsedTimer m_timer;
    QElapsedTimer m_mutantTimer[Workers];
    bool m_outOfTime = false;
    bool m_completing = false;
};

} // namespace Autocoder::Run
