#pragma once

#include "run/engine/runstep.h"

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

protected:
    void run() override;

private:
    RunContext &m_ctx;
};

} // namespace Autocoder::Run
