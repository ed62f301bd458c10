#include "run/e2bsandboxprocess.h"

#include "e2b/processstream.h"

namespace Autocoder::Run {

E2bSandboxProcess::E2bSandboxProcess(E2b::ProcessStream *stream, const QString &tag,
                                     bool hasTimeout, QObject *parent)
    : SandboxProcess(parent)
    , m_stream(stream)
    , m_tag(tag)
    , m_hasTimeout(hasTimeout)
{
    stream->setParent(this);
    connect(stream, &E2b::ProcessStream::stdoutReceived, this, &SandboxProcess::stdoutReceived);
    connect(stream, &E2b::ProcessStream::stderrReceived, this, &SandboxProcess::stderrReceived);
    connect(stream, &E2b::ProcessStream::finished, this, &E2bSandboxProcess::onFinished);
}

E2bSandboxProcess::~E2bSandboxProcess()
{
    if (m_stream) {
        disconnect(m_stream, nullptr, this, nullptr);
        m_stream->cancel(); // detach only; the process keeps running in the sandbox
    }
}

void E2bSandboxProcess::onFinished(const E2b::Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    SandboxProcessExit exit;
    if (m_stream && m_stream->exit()) {
        const E2b::ProcessExit &pe = *m_stream->exit();
        exit.exitCode = pe.exitCode;
        exit.exited = pe.exited;
        exit.error = pe.error;
        // envd kills on Connect-Timeout-Ms: a signal death under a deadline is our timeout.
        exit.timedOut = m_hasTimeout && !pe.exited && error.kind == E2b::Error::Kind::Timeout;
    }
    if (error.isError()) {
        if (error.kind == E2b::Error::Kind::Timeout && m_hasTimeout) {
            exit.timedOut = true;
            exit.exited = false;
        } else if (!m_stream || !m_stream->exit()) {
            exit.transportError = true;
        }
        exit.sandboxGone = error.sandboxGone;
        exit.error = error.message;
    }
    Q_EMIT finished(exit);
}

} // namespace Autocoder::Run
