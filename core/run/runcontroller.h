#pragma once

#include "agent/streamjsonparser.h"
#include "run/gateevaluator.h"
#include "run/runevent.h"
#include "run/runjournal.h"
#include "run/runoptions.h"
#include "run/runstate.h"
#include "run/safearchive.h"
#include "run/sandboxtypes.h"
#include "run/testrecord.h"
#include "secrets/redactor.h"
#include "spec/brief.h"
#include "spec/projectspec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringDecoder>
#include <QTimer>

#include <memory>

namespace Autocoder::Secrets {
class StreamRedactor;
}

namespace Autocoder::Run {

class SandboxProcess;
class SandboxProvider;
class SandboxSession;

/// One generation run as an explicit state machine:
///
///   CreateSandbox → EnsureAgent (→ InstallAgent) → Upload → AgentTurn → Gate(install, test,
///   build, lint) → Snapshot → Decide ─ green ─→ Extract → Finished
///                                    └ red: limits? → Finished  /  feedback → AgentTurn
///
/// Every step emits RunEvents (after redaction) that are journaled under the run folder and
/// re-emitted through eventEmitted(). Cancel kills the current process and the sandbox.
class RunController : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        CreatingSandbox,
        EnsuringAgent,
        InstallingAgent,
        Uploading,
        AgentTurn,
        Gate,
        Snapshot,
        Extracting,
        Stopping,
        Finished
    };
    Q_ENUM(Phase)

    /// `provider` is not owned and must outlive the run.
    explicit RunController(SandboxProvider *provider, QObject *parent = nullptr);
    ~RunController() override;

    /// Validates the spec and starts. Returns false (and *error, human words) on bad input;
    /// nothing is created then.
    bool start(const Spec::ProjectSpec &spec, const RunOptions &options, QString *error = nullptr);
    /// Continues an interrupted or finished-not-green run from its folder: the last snapshot
    /// goes into a new sandbox and the next iteration starts (with `guidance`, if any).
    bool resume(const QString &runId, const RunOptions &options,
                const QString &guidance = QString(), QString *error = nullptr);
    /// Kills every sandbox process and the sandbox; the run ends as "cancelled".
    void cancel();
    /// Extra text for the next agent turn. On a finished, not green run whose sandbox was
    /// kept, starts one more iteration in it.
    void continueWithGuidance(const QString &text);

    QString runId() const { return m_state.id; }
    QString runDir() const { return m_journal.runDir(); }
    Phase phase() const { return m_phase; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    const RunState &state() const { return m_state; }
    QString sandboxId() const;
    SandboxSession *session() const;

Q_SIGNALS:
    void eventEmitted(const Autocoder::Run::RunEvent &event);
    void finished(const QString &outcome, const QString &message);

private:
    // lifecycle (runcontroller.cpp)
    bool open(const QString &runId, const RunOptions &options, QString *error);
    void emitEvent(QLatin1String kind, QJsonObject data);
    void log(const QString &level, const QString &text);
    void saveState();
    QObject *ops();
    void dropOps();
    void setPhase(Phase phase);
    void stepStarted(QLatin1String step, int iteration);
    void stepFinished(QLatin1String step, int iteration, bool ok, int exitCode, qint64 ms,
                      const QString &message);
    void createSandbox();
    /// Shows what the backend logged about the sandbox since the last call (refused
    /// connections) as warnings of the run.
    void reportSandboxLogs();
    /// ANTHROPIC_BASE_URL as the agent's sandbox reaches it (see SandboxEgress).
    QString agentBaseUrl() const;
    void tryReattach(const QString &sandboxId);
    void resumeInNewSandbox(const QString &oldSandbox);
    void reattachAgent();
    QString failingNote() const;
    void ensureAgent();
    void installAgent();
    void upload();
    void uploadBrief();
    void uploadPrevious(const QString &snapshot);
    void startAgentTurn();
    void onAgentStdout(const QByteArray &data);
    void handleAgentEvent(const Agent::AgentEvent &event);
    void onAgentFinished(const SandboxProcessExit &exit);
    using ProcessDone =
        std::function<void(const SandboxProcessExit &exit, const QByteArray &output)>;
    void runStepProcess(QLatin1String step, const SandboxProcessRequest &request, bool streamStdout,
                        ProcessDone done);
    void emitOutput(QLatin1String step, const char *stream, const QByteArray &redactedBytes,
                    QStringDecoder &decoder);

    // gate and decisions (runcontrollergate.cpp)
    void startGate();
    void runNextGateStep();
    void takeSnapshot();
    QStringList scrubSecrets(const QString &archive, const ArchiveResult &listing,
                             QMap<QString, QByteArray> *contents);
    void decide(bool snapshotOk, const QMap<QString, QByteArray> &lockedFiles);
    void nextIteration();
    void extract(const QString &outcome, const QString &message);
    void finish(const QString &outcome, const QString &message);
    void infrastructureError(const QString &message);
    void stopWith(const QString &outcome, const QString &message);
    QString feedbackPrompt() const;

    SandboxProvider *m_provider;
    QPointer<SandboxSession> m_session;
    QPointer<SandboxProcess> m_process;
    QPointer<QObject> m_ops; ///< context of in-flight operations; deleted to drop them all
    quint64 m_opsGeneration = 0;

    /// Wraps a callback so it does nothing once the operations it belonged to were dropped.
    template<typename F>
    auto guarded(F f)
    {
        return [this, gen = m_opsGeneration, f](auto &&...args) {
            if (gen == m_opsGeneration)
                f(std::forward<decltype(args)>(args)...);
        };
    }
    QString m_currentTag;

    Spec::ProjectSpec m_spec;
    Spec::Brief m_brief;
    RunOptions m_options;
    RunState m_state;
    RunJournal m_journal;
    Secrets::Redactor m_redactor;
    Phase m_phase = Phase::Idle;
    qint64 m_seq = 0;

    QTimer m_wallClock;
    QTimer m_keepAlive;
    qint64 m_sandboxLogCursorMs = 0; ///< next fetchLogs() starts here
    bool m_allowListHintShown = false;
    QElapsedTimer m_stepTimer;

    // agent turn
    Agent::StreamJsonParser m_agentParser;
    bool m_agentResultSeen = false;
    QByteArray m_agentStderr;

    // gate
    QList<QPair<QLatin1String, QString>> m_gatePlan;
    int m_gateIndex = 0;
    QList<GateStepResult> m_gateResults;
    TestReport m_testReport;
    QString m_failedOutput;
    GateVerdict m_lastVerdict;
    QString m_previousSignature;
    QString m_resumeNote; ///< extra text for the first turn after a resume
    QString m_previousSessionId;
    QString m_pendingGuidance;
    int m_maxIterations = 0;
    bool m_stopping = false;
    bool m_finishing = false;
    bool m_restorePending = false;
};

} // namespace Autocoder::Run
