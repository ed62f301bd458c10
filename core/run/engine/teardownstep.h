#pragma once

#include "run/engine/runstep.h"

namespace Autocoder::Run {

class RunContext;

/// The end of a run: removes the sandbox unless the run keeps it for more guidance (a stop
/// with StopMode::KeepSandbox; or not green, not broken, and the options ask for it). Waits at most
/// 15 s for the backend: a run never hangs on a sandbox that does not answer.
class TeardownStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeardownStep)
public:
    explicit TeardownStep(RunContext &context, QObject *parent = nullptr);
    ~TeardownStep() override;

protected:
    void run() override;

private:
    void removed();

    RunContext &m_ctx;
};

} // namespace Autocoder::Run
