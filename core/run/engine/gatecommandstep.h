#pragma once

#include "run/engine/processstep.h"

#include <memory>

namespace Autocoder::Run {

/// One command of the gate (install, test, build or lint) with the run's limits. Its
/// result goes to RunContext::gate; a test command's output is parsed into per-test
/// results. A failing command is a result, not an error: only a sandbox that went away
/// fails the step.
class GateCommandStep final : public ProcessStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateCommandStep)
public:
    GateCommandStep(RunContext &context, QLatin1String step, const QString &command,
                    QObject *parent = nullptr);
    ~GateCommandStep() override;

    /// The gate of the current iteration: the configured commands in order, up to the first
    /// one that fails. Resets RunContext::gate.
    static std::unique_ptr<RunStep> gate(RunContext &context);

protected:
    void run() override;
    void processExited(const SandboxProcessExit &exit, const QByteArray &output) override;

private:
    QLatin1String m_name;
    QString m_command;
};

} // namespace Autocoder::Run
