#pragma once

#include "run/engine/runstep.h"

namespace Autocoder::Run {

class RunContext;

/// Saves the project (the snapshots, with the run report) to RunOptions::outDir when the
/// run has somewhere to save it and something to save. A failed save is logged; the run
/// still ends with the outcome it had.
class ExtractStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractStep)
public:
    explicit ExtractStep(RunContext &context, QObject *parent = nullptr);
    ~ExtractStep() override;

protected:
    void run() override;

private:
    RunContext &m_ctx;
};

} // namespace Autocoder::Run
