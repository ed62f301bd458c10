#pragma once

#include "run/engine/runstep.h"
#include "run/gateevaluator.h"

namespace Autocoder::Run {

class RunContext;

/// The end of an iteration: the verdict from the gate and the snapshot (never from the
/// agent's words), iteration.finished, then the limits. When the run is to stop (green, max
/// iterations, budget, no progress) it sets RunContext::ending, which ends the loop.
class DecideStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecideStep)
public:
    explicit DecideStep(RunContext &context, QObject *parent = nullptr);
    ~DecideStep() override;

    /// What the verdict is decided from: the current gate record and the spec.
    static GateInput gateInput(const RunContext &context);

protected:
    void run() override;

private:
    /// A green iteration leaves its receipt in the run folder; any other removes it.
    void updateReceipt(bool green);

    RunContext &m_ctx;
};

} // namespace Autocoder::Run
