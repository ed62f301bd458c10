#include "run/engine/runcontext.h"

#include "run/runlog.h"
#include "run/sandboxegress.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"

#include <QFile>

namespace Autocoder::Run {

bool GateRecord::failed() const
{
    return std::any_of(results.cbegin(), results.cend(),
                       [](const GateStepResult &r) { return !r.ok; });
}

RunContext::RunContext(SandboxProvider *provider, QObject *parent)
    : QObject(parent)
    , provider(provider)
{
    connect(&m_keepAlive, &QTimer::timeout, this, [this]() {
        if (session)
            session->keepAlive(
                std::chrono::seconds(options.keepAliveSeconds), this,
                [this](const SandboxOpResult &r) {
                    if (!r)
                        log(LogLevel::Warning,
                            tr("Could not extend the sandbox lifetime: %1").arg(r.error().message));
                });
    });
}

RunContext::~RunContext() = default;

void RunContext::emitEvent(QLatin1String kind, const QJsonObject &data)
{
    RunEvent e;
    e.runId = state.id;
    e.seq = ++seq;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = kind;
    e.data = redactor.redact(data);
    state.lastSeq = e.seq;
    QString error;
    if (!journal.append(e, &error))
        qWarning("run journal: %s", qUtf8Printable(error));
    Q_EMIT eventEmitted(e);
}

void RunContext::log(LogLevel level, const QString &text)
{
    emitEvent(Log { level, text });
}

void RunContext::saveState()
{
    if (session)
        state.sandboxId = session->sandboxId();
    journal.writeState(state);
}

void RunContext::stepStarted(QLatin1String step, int iteration, const QString &command)
{
    qCDebug(lcRun) << "run" << state.id << "iteration" << iteration << "step" << step << "started";
    m_openSteps.append(OpenStep { step, iteration, QDateTime::currentMSecsSinceEpoch() });
    emitEvent(StepStarted { step, iteration, command });
}

void RunContext::stepFinished(QLatin1String step, int iteration, bool ok, int exitCode, qint64 ms,
                              const QString &message)
{
    qCDebug(lcRun) << "run" << state.id << "iteration" << iteration << "step" << step
                   << (ok ? "succeeded" : "failed") << "exit code" << exitCode << "in" << ms
                   << "ms";
    for (qsizetype i = 0; i < m_openSteps.size(); ++i) {
        if (m_openSteps.at(i).step == step && m_openSteps.at(i).iteration == iteration) {
            m_openSteps.removeAt(i);
            break;
        }
    }
    emitEvent(StepFinished { step, iteration, ok, exitCode, ms, message });
}

void RunContext::finishOpenSteps(const QString &message)
{
    // Innermost first: the reverse of the order they started in.
    while (!m_openSteps.isEmpty()) {
        const OpenStep open = m_openSteps.last();
        stepFinished(open.step, open.iteration, false, -1,
                     QDateTime::currentMSecsSinceEpoch() - open.startedMs, message);
    }
}

int RunContext::iterationOf(QLatin1String step) const
{
    if (step == Step::Sandbox || step == Step::AgentInstall || step == Step::Upload)
        return 0;
    return state.iteration;
}

void RunContext::adoptSession(SandboxSession *s)
{
    s->setParent(this);
    session = s;
}

void RunContext::startKeepAlive()
{
    m_keepAlive.start(std::chrono::minutes(5));
}

void RunContext::stopKeepAlive()
{
    m_keepAlive.stop();
}

void RunContext::prepareFreshSandbox(const QString &oldSandbox)
{
    if (!oldSandbox.isEmpty())
        provider->killSandbox(oldSandbox, this, [](const SandboxOpResult &) {});
    state.sandboxId.clear();
    state.agentSessionId.clear(); // the session lived in the old sandbox
    resumeNote = resumeMidIteration ? tr("This run was interrupted and resumed in a fresh sandbox.")
                                    : tr("This run goes on in a fresh sandbox.");
    if (state.lastSnapshotIteration > 0)
        resumeNote += QLatin1Char(' ')
            + tr("The project folder already holds the files from iteration %1; continue from "
                 "them.")
                  .arg(state.lastSnapshotIteration);
    resumeNote += failingNote();
    restoreSnapshot = !state.lastSnapshot.isEmpty() && QFile::exists(state.lastSnapshot)
        ? state.lastSnapshot
        : QString();
    saveState();
}

QString RunContext::agentBaseUrl() const
{
    return SandboxEgress::agentBaseUrl(options.anthropicBaseUrl,
                                       provider->backendName() == QLatin1String("local"));
}

QString RunContext::failingNote() const
{
    if (state.lastFailing.isEmpty())
        return QString();
    return QStringLiteral("\n\n") + tr("Still failing at the last check:") + QStringLiteral("\n- ")
        + state.lastFailing.join(QStringLiteral("\n- "));
}

} // namespace Autocoder::Run
