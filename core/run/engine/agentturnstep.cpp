#include "run/engine/agentturnstep.h"

#include "agent/claudecommand.h"
#include "run/engine/runcontext.h"
#include "spec/feedbackinput.h"
#include "spec/feedbackrenderer.h"

namespace Autocoder::Run {

AgentTurnStep::AgentTurnStep(RunContext &context, QObject *parent)
    : ProcessStep(context, parent)
    , m_stream(context, *this)
{ }

AgentTurnStep::~AgentTurnStep() = default;

void AgentTurnStep::run()
{
    m_ctx.setPhase(RunController::Phase::AgentTurn);
    ++m_ctx.state.iteration;
    m_ctx.saveState();

    Agent::ClaudeCommand::Options o;
    o.prompt = prompt();
    if (!m_ctx.state.agentSessionId.isEmpty())
        o.resumeSessionId = m_ctx.state.agentSessionId;
    m_ctx.resumeNote.clear();
    m_ctx.pendingGuidance.clear();
    o.model = m_ctx.spec.model;
    o.maxTurns = m_ctx.spec.limits.maxTurns;
    o.apiKey = m_ctx.options.anthropicApiKey;
    o.baseUrl = m_ctx.agentBaseUrl();
    o.workingDirectory = m_ctx.options.projectDir;
    const Agent::ClaudeInvocation inv = Agent::ClaudeCommand::build(o);
    m_ctx.log(LogLevel::Info,
              tr("Agent turn %1: %2").arg(m_ctx.state.iteration).arg(inv.displayCommand()));
    if (!isRunning())
        return;

    SandboxProcessRequest request;
    request.tag = QStringLiteral("agent-%1").arg(m_ctx.state.iteration);
    request.command = inv.shellCommand();
    request.env = inv.environment;
    request.cwd = inv.workingDirectory;
    request.timeout = std::chrono::minutes(m_ctx.spec.limits.agentTimeoutMinutes);
    startProcess(Step::Agent, request, false);
}

QString AgentTurnStep::prompt() const
{
    const QList<GateStepResult> &gateResults = m_ctx.gate.results;
    if (m_ctx.state.agentSessionId.isEmpty()) {
        QString prompt = m_ctx.brief.prompt;
        if (!m_ctx.resumeNote.isEmpty())
            prompt += QStringLiteral("\n\n") + m_ctx.resumeNote;
        if (m_ctx.state.iteration > 1 && !gateResults.isEmpty())
            prompt += QStringLiteral("\n\n") + feedbackPrompt();
        else if (!m_ctx.pendingGuidance.isEmpty())
            prompt += QStringLiteral("\n\n") + m_ctx.pendingGuidance;
        return prompt;
    }
    // Re-attached after a restart: no gate results in memory, say what happened instead.
    if (gateResults.isEmpty() && !m_ctx.resumeNote.isEmpty())
        return m_ctx.resumeNote
            + (m_ctx.pendingGuidance.isEmpty() ? QString()
                                               : QStringLiteral("\n\n") + m_ctx.pendingGuidance);
    return feedbackPrompt();
}

QString AgentTurnStep::feedbackPrompt() const
{
    Spec::FeedbackInput input;
    // The iteration whose gate failed, not the one this turn starts (prompt() runs after the
    // count went up).
    input.iteration = m_ctx.gate.iteration > 0 ? m_ctx.gate.iteration : m_ctx.state.iteration - 1;
    for (const GateStepResult &s : m_ctx.gate.results) {
        if (!s.ok) {
            input.failedStep = s.step;
            input.failedCommand = s.command;
            input.exitCode = s.exitCode;
            input.timedOut = s.timedOut;
            break;
        }
    }
    input.output = m_ctx.gate.failedOutput;
    for (const TestRecord &t : m_ctx.gate.tests.tests) {
        if (t.status == TestStatus::Failed)
            input.failingTests.append({ t.name, t.file, t.message });
    }
    input.passedTests = m_ctx.gate.tests.passed();
    const GateVerdict &verdict = m_ctx.lastVerdict;
    input.lockedTestViolations = verdict.lockedViolations;
    for (const RequirementCoverage::Requirement &r : m_ctx.gate.coverage.requirements()) {
        if (verdict.uncoveredRequirements.contains(r.id))
            input.uncoveredRequirements.append(
                { r.id, r.text, r.status == RequirementCoverage::Status::Failing });
    }
    if (!verdict.survivingMutants.isEmpty() && m_ctx.gate.mutation) {
        const Mutation::MutationResult &mutation = *m_ctx.gate.mutation;
        for (const Mutation::MutantResult &m : mutation.survivors())
            input.survivingMutants.append({ m.mutant.description(), m.diff });
        input.mutationScore = mutation.score().value_or(-1);
        input.mutationThreshold = mutation.threshold;
    }
    if (verdict.green == false && input.failedStep.isEmpty() && input.failingTests.isEmpty()
        && input.lockedTestViolations.isEmpty() && input.uncoveredRequirements.isEmpty()
        && input.survivingMutants.isEmpty())
        input.output = verdict.reason;
    input.userGuidance = m_ctx.pendingGuidance;
    return Spec::FeedbackRenderer::render(m_ctx.spec, input);
}

void AgentTurnStep::rawStdout(const QByteArray &data)
{
    m_stream.feed(data);
}

void AgentTurnStep::processExited(const SandboxProcessExit &exit, const QByteArray &output)
{
    m_stream.finish();
    if (!isRunning())
        return;
    if (exit.sandboxGone) {
        fail(tr("The sandbox went away during the agent turn: %1").arg(exit.error));
        return;
    }
    if (!m_stream.resultSeen() && !exit.timedOut && !exit.succeeded()) {
        QString detail = QString::fromUtf8(output.right(4096)).trimmed();
        if (detail.isEmpty())
            detail = exit.error;
        fail(tr("The agent did not run: %1").arg(detail.right(1000)));
        return;
    }
    if (exit.timedOut)
        m_ctx.log(LogLevel::Warning,
                  tr("The agent turn hit its %n minute(s) limit; checking what it made", nullptr,
                     m_ctx.spec.limits.agentTimeoutMinutes));
    succeed();
}

} // namespace Autocoder::Run
