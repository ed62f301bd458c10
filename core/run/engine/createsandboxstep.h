#pragma once

#include "run/engine/runstep.h"

namespace Autocoder::Run {

class RunContext;

/// Creates the run's sandbox (template, metadata, lifetime, egress allow-list) and hands
/// the session to the run context.
class CreateSandboxStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSandboxStep)
public:
    explicit CreateSandboxStep(RunContext &context, QObject *parent = nullptr);
    ~CreateSandboxStep() override;

protected:
    void run() override;

private:
    RunContext &m_ctx;
};

} // namespace Autocoder::Run
