#pragma once

#include "run/gateevaluator.h"
#include "run/runcontroller.h"
#include "run/runevents.h"
#include "run/runjournal.h"
#include "run/runoptions.h"
#include "run/runstate.h"
#include "run/testrecord.h"
#include "secrets/redactor.h"
#include "spec/brief.h"
#include "spec/projectspec.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Autocoder::Run {

class SandboxProvider;
class SandboxSession;

/// How a run is to end, once something decided it (the verdict, a limit, an error).
struct RunEnding
{
    QString outcome; ///< Outcome::*
    QString message;
    bool keepSandbox = false; ///< a stop that keeps the sandbox alive (StopMode::KeepSandbox)
};

/// What the gate of the current iteration found; the snapshot, the verdict and the next
/// agent turn's feedback read it.
struct GateRecord
{
    int iteration = 0; ///< the iteration whose gate this is
    QList<GateStepResult> results; ///< in the order they ran
    TestReport tests;
    QString failedOutput; ///< tail of the failing command's output
    bool snapshotOk = false;
    QMap<QString, QByteArray> lockedFiles; ///< locked tests as found in the snapshot
    /// The files the mutation check may mutate, as found in the snapshot (path → content;
    /// MutationPlanner::excludedByPath already applied).
    QMap<QString, QByteArray> sources;
    QString testOutputSha256; ///< of the test command's redacted output
    qint64 testDurationMs = -1; ///< how long the test command took
    RequirementCoverage coverage; ///< from the parsed tests (empty: no test command ran)
    /// The mutation check; nullopt when it was not reached (gate not passing) or is off.
    std::optional<Mutation::MutationResult> mutation;
    QMap<QString, QString> toolchain; ///< "bun" → "1.1.38", as the sandbox reported

    bool failed() const;
};

/// The state a run's steps share: spec, brief, options, RunState, journal, redactor and the
/// sandbox session, plus the one way to emit an event and to log. Owned by the
/// RunController; steps get a reference and never outlive it.
///
/// Every event of a run goes through emitEvent() (redaction, sequence number, journal,
/// signal), every log line through log().
class RunContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunContext)
public:
    explicit RunContext(SandboxProvider *provider, QObject *parent = nullptr);
    ~RunContext() override;

    void emitEvent(QLatin1String kind, const QJsonObject &data);
    /// The typed form: one of the payloads of runevents.h.
    template<typename Payload>
    void emitEvent(const Payload &payload)
    {
        emitEvent(Payload::kind, payload.toJson());
    }
    void log(LogLevel level, const QString &text);
    void saveState();
    void stepStarted(QLatin1String step, int iteration, const QString &command = {});
    void stepFinished(QLatin1String step, int iteration, bool ok, int exitCode, qint64 ms,
                      const QString &message);
    /// Ends, as failed with @p message, every step that started and has not finished (a
    /// stop or an error cut it short), so no view shows it running for ever.
    void finishOpenSteps(const QString &message);
    /// The iteration a step belongs to: 0 for the set-up (sandbox, agent, upload), which
    /// precedes the iterations even when a resumed run sets up again.
    int iterationOf(QLatin1String step) const;
    void setPhase(RunController::Phase phase) { m_phase = phase; }
    RunController::Phase phase() const { return m_phase; }

    /// Takes over a session handed out by the provider: it outlives the step that got it
    /// (a stop and the end of the run must still kill it).
    void adoptSession(SandboxSession *session);
    /// Renews the sandbox's lifetime every few minutes while the run is active.
    void startKeepAlive();
    void stopKeepAlive();
    /// Prepares a resume into a fresh sandbox: the old one (if any) is killed and the
    /// project comes back from the last snapshot at the next upload.
    void prepareFreshSandbox(const QString &oldSandbox);
    /// ANTHROPIC_BASE_URL as the agent's sandbox reaches it (see SandboxEgress).
    QString agentBaseUrl() const;
    /// "Still failing at the last check: ..." for prompts after a resume; empty when none.
    QString failingNote() const;

    SandboxProvider *const provider; ///< not owned
    QPointer<SandboxSession> session; ///< owned (child) once adopted
    Spec::ProjectSpec spec;
    Spec::Brief brief;
    RunOptions options;
    RunState state;
    RunJournal journal;
    Secrets::Redactor redactor;
    qint64 seq = 0;

    GateRecord gate;
    GateVerdict lastVerdict;
    int verdictIteration = 0; ///< the iteration lastVerdict is of
    QString previousSignature; ///< failing checks of the iteration before
    QString resumeNote; ///< extra text for the first turn after a resume
    QString previousSessionId; ///< agent session of the run being resumed
    QString pendingGuidance;
    bool resumeMidIteration = false; ///< an interrupted run: its last iteration may be unfinished
    QString restoreSnapshot; ///< uploaded before the brief by the next upload, then cleared
    bool reattached = false; ///< a resume found its sandbox alive
    int maxIterations = 0;
    qint64 sandboxLogCursorMs = 0; ///< next fetchLogs() starts here
    bool allowListHintShown = false;
    std::optional<RunEnding> ending; ///< set once the run is to stop
    /// Seeds the mutation check's choice of mutants; a replay sets it from the receipt.
    quint64 mutationSeed = 1;

Q_SIGNALS:
    void eventEmitted(const Autocoder::Run::RunEvent &event);

private:
    struct OpenStep
    {
        QLatin1String step;
        int iteration = 0;
        qint64 startedMs = 0;
    };
    QList<OpenStep> m_openSteps;
    RunController::Phase m_phase = RunController::Phase::Idle;
    QTimer m_keepAlive;
};

} // namespace Autocoder::Run
