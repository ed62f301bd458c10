#include "run/engine/gatecommandstep.h"

#include "run/engine/runcontext.h"
#include "run/engine/stepsequence.h"
#include "run/testresultparser.h"
#include "run/verificationreceipt.h"

#include <QJsonArray>

namespace Autocoder::Run {

namespace {

constexpr qsizetype kFeedbackOutputBytes = qsizetype(64) * 1024;

} // namespace

GateCommandStep::GateCommandStep(RunContext &context, QLatin1String step, const QString &command,
                                 QObject *parent)
    : ProcessStep(context, parent)
    , m_name(step)
    , m_command(command)
{ }

GateCommandStep::~GateCommandStep() = default;

std::unique_ptr<RunStep> GateCommandStep::gate(RunContext &ctx)
{
    ctx.setPhase(RunController::Phase::Gate);
    ctx.gate = GateRecord();
    ctx.gate.iteration = ctx.state.iteration;
    const QList<QPair<QLatin1String, QString>> all { { Step::Install, ctx.spec.commands.install },
                                                     { Step::Test, ctx.spec.commands.test },
                                                     { Step::Build, ctx.spec.commands.build },
                                                     { Step::Lint, ctx.spec.commands.lint } };
    QList<StepFactory> commands;
    for (const auto &s : all) {
        if (s.second.trimmed().isEmpty())
            continue;
        // The gate stops at the first failing command.
        commands.append(StepSequence::when([&ctx]() { return !ctx.gate.failed(); },
                                           [&ctx, s]() -> std::unique_ptr<RunStep> {
                                               return std::make_unique<GateCommandStep>(
                                                   ctx, s.first, s.second);
                                           }));
    }
    return std::make_unique<StepSequence>(commands);
}

void GateCommandStep::run()
{
    SandboxProcessRequest request;
    request.tag = QStringLiteral("%1-%2").arg(QString(m_name)).arg(m_ctx.state.iteration);
    request.command = m_command;
    request.cwd = m_ctx.options.projectDir;
    request.timeout = std::chrono::seconds(m_ctx.spec.limits.commandTimeoutSeconds);
    // CI=1 makes runners print plain, non-interactive output.
    request.env = { { QStringLiteral("CI"), QStringLiteral("1") },
                    { QStringLiteral("NO_COLOR"), QStringLiteral("1") } };
    startProcess(m_name, request, true, m_command);
}

void GateCommandStep::processExited(const SandboxProcessExit &exit, const QByteArray &output)
{
    if (exit.sandboxGone || (exit.transportError && !exit.timedOut)) {
        fail(tr("The sandbox went away while running `%1`: %2").arg(m_command, exit.error));
        return;
    }
    GateStepResult result;
    result.step = QString(m_name);
    result.command = m_command;
    result.exitCode = exit.exitCode;
    result.ok = exit.succeeded();
    result.timedOut = exit.timedOut;
    m_ctx.gate.results.append(result);
    if (m_name == Step::Test) {
        GateRecord &gate = m_ctx.gate;
        const TestReport &report = gate.tests = TestResultParser::parse(QString::fromUtf8(output));
        gate.testOutputSha256 = VerificationReceipt::sha256Hex(output);
        gate.testDurationMs = elapsedMs();
        gate.coverage = RequirementCoverage::compute(m_ctx.spec.requirements, report);
        m_ctx.emitEvent(GateTests { m_ctx.state.iteration, report.tests, report.passed(),
                                    report.failed(), report.skipped() });
        if (!isRunning())
            return;
        if (m_ctx.spec.verification.requirementTests) {
            m_ctx.emitEvent(GateRequirements { m_ctx.state.iteration, gate.coverage });
            if (!isRunning())
                return;
        }
    }
    if (!result.ok)
        m_ctx.gate.failedOutput = QString::fromUtf8(output.right(kFeedbackOutputBytes));
    succeed();
}

} // namespace Autocoder::Run
