#pragma once

#include "run/engine/runstep.h"

#include <QJsonObject>
#include <QPointer>

namespace Autocoder::Run {

class AgentInstallStep;
class RunContext;
class SandboxProcess;
struct SandboxProcessExit;

/// Makes sure the sandbox has the Claude Code CLI and logs its version once. A template whose
/// manifest names the version (autocoder-sandboxd reports it with the sandbox) is trusted
/// without starting a process; otherwise (E2B templates, an unreadable manifest) it runs
/// `claude --version` and installs the CLI (AgentInstallStep, a child step) when that fails.
class EnsureAgentStep final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureAgentStep)
public:
    explicit EnsureAgentStep(RunContext &context, QObject *parent = nullptr);
    ~EnsureAgentStep() override;

    QString processTag() const override;

    /// The Claude Code version a template manifest (JSON) records; empty when it records
    /// none or cannot be read.
    static QString versionFromTemplate(const QJsonObject &manifest);

protected:
    void run() override;
    void onStop() override;

private:
    void checked(SandboxProcess *process, const SandboxProcessExit &exit);

    RunContext &m_ctx;
    QString m_tag; ///< of the presence check while it runs
    QByteArray m_output;
    QPointer<AgentInstallStep> m_install;
};

} // namespace Autocoder::Run
