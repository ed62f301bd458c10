#pragma once

#include "run/engine/processstep.h"

#include <QMap>

namespace Autocoder::Run {

/// Asks the sandbox which versions of the JavaScript toolchain (bun, node, npm) the gate ran
/// with, for VERIFICATION.json. One short shell command; a tool that is missing is simply
/// absent from RunContext::gate.toolchain, and a failure of the command is not an error of
/// the run (the map stays empty and a log line says why).
class ToolchainStep final : public ProcessStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolchainStep)
public:
    static constexpr int TimeoutSeconds = 30;

    explicit ToolchainStep(RunContext &context, QObject *parent = nullptr);
    ~ToolchainStep() override;

    /// The shell line the step runs: prints "<tool> <version>" for each tool it finds.
    static QString command();
    /// Reads command()'s output: "bun 1.1.38" lines into bun → 1.1.38. Lines of unknown
    /// tools and without a version are ignored.
    static QMap<QString, QString> parse(const QByteArray &output);

protected:
    void run() override;
    void processExited(const SandboxProcessExit &exit, const QByteArray &output) override;
};

} // namespace Autocoder::Run
