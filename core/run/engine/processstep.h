#pragma once

#include "run/engine/runstep.h"
#include "run/runenums.h"
#include "run/sandboxtypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QLatin1String>

#include <memory>

namespace Autocoder::Run {

class RunContext;
class SandboxProcess;

/// A step that runs one sandbox process as a visible step of the run: step.started, its
/// output as redacted process.output events (in bounded chunks), step.finished, then
/// processExited() with the redacted output (stdout and stderr in arrival order, tail kept).
class ProcessStep : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessStep)
public:
    explicit ProcessStep(RunContext &context, QObject *parent = nullptr);
    ~ProcessStep() override;

    QString processTag() const override { return m_tag; }

protected:
    /// Starts the step's process. @p shownCommand goes into step.started for the person to
    /// see (the project's own commands only: the agent's command line is Autocoder's).
    void startProcess(QLatin1String step, const SandboxProcessRequest &request, bool streamStdout,
                      const QString &shownCommand = {});
    /// Raw stdout as it arrives, before redaction (the agent's stream-json).
    virtual void rawStdout(const QByteArray &data);
    virtual void processExited(const SandboxProcessExit &exit, const QByteArray &output) = 0;
    /// How long the step's process has run (or ran, inside processExited()).
    qint64 elapsedMs() const { return m_timer.elapsed(); }

    RunContext &m_ctx;

private:
    struct Streams;
    void emitOutput(OutputStream stream, const QByteArray &redactedBytes);
    void onFinished(SandboxProcess *process, const SandboxProcessExit &exit);

    QLatin1String m_step;
    QString m_tag; ///< while the process runs
    bool m_streamStdout = false;
    int m_iteration = 0;
    QElapsedTimer m_timer;
    std::unique_ptr<Streams> m_streams;
};

} // namespace Autocoder::Run
