#include "run/engine/processstep.h"

#include "run/engine/runcontext.h"
#include "run/sandboxprocess.h"
#include "run/sandboxsession.h"
#include "secrets/streamredactor.h"

#include <QStringDecoder>

namespace Autocoder::Run {

namespace {

constexpr qsizetype kMaxCapture = qsizetype(8) * 1024 * 1024; // per process, tail kept
constexpr qsizetype kMaxEventText = qsizetype(16) * 1024; // per process.output event

void appendCapped(QByteArray &buffer, const QByteArray &data)
{
    buffer.append(data);
    if (buffer.size() > kMaxCapture)
        buffer.remove(0, buffer.size() - kMaxCapture);
}

} // namespace

struct ProcessStep::Streams
{
    explicit Streams(const Secrets::Redactor &r)
        : out(r)
        , err(r)
    { }
    Secrets::StreamRedactor out;
    Secrets::StreamRedactor err;
    QStringDecoder outDecoder { QStringDecoder::Utf8 };
    QStringDecoder errDecoder { QStringDecoder::Utf8 };
    QByteArray captured; // redacted, stdout and stderr in arrival order
};

ProcessStep::ProcessStep(RunContext &context, QObject *parent)
    : RunStep(parent)
    , m_ctx(context)
    , m_step("")
{ }

ProcessStep::~ProcessStep() = default;

void ProcessStep::rawStdout(const QByteArray &)
{ }

void ProcessStep::startProcess(QLatin1String step, const SandboxProcessRequest &request,
                               bool streamStdout, const QString &shownCommand)
{
    m_step = step;
    m_streamStdout = streamStdout;
    m_iteration = m_ctx.iterationOf(step);
    m_ctx.stepStarted(step, m_iteration, shownCommand);
    if (!isRunning())
        return; // cancelled by a handler of step.started
    m_timer.start();
    m_tag = request.tag;
    m_streams = std::make_unique<Streams>(m_ctx.redactor);
    SandboxProcess *process = m_ctx.session->start(request, this);
    connect(process, &SandboxProcess::stdoutReceived, this, guard([this](const QByteArray &data) {
                rawStdout(data);
                if (!isRunning())
                    return; // stopped from an event handler
                const QByteArray safe = m_streams->out.feed(data);
                appendCapped(m_streams->captured, safe);
                if (m_streamStdout)
                    emitOutput(OutputStream::Stdout, safe);
            }));
    connect(process, &SandboxProcess::stderrReceived, this, guard([this](const QByteArray &data) {
                const QByteArray safe = m_streams->err.feed(data);
                appendCapped(m_streams->captured, safe);
                emitOutput(OutputStream::Stderr, safe);
            }));
    connect(process, &SandboxProcess::finished, this,
            guard([this, process](const SandboxProcessExit &exit) { onFinished(process, exit); }));
}

void ProcessStep::onFinished(SandboxProcess *process, const SandboxProcessExit &exit)
{
    const QByteArray outTail = m_streams->out.flush();
    const QByteArray errTail = m_streams->err.flush();
    appendCapped(m_streams->captured, outTail);
    appendCapped(m_streams->captured, errTail);
    if (m_streamStdout)
        emitOutput(OutputStream::Stdout, outTail);
    emitOutput(OutputStream::Stderr, errTail);
    process->deleteLater();
    m_tag.clear();
    if (!isRunning())
        return;
    QString message;
    if (exit.timedOut)
        //: Why a command ended
        message = tr("timed out");
    else if (exit.transportError)
        message = exit.sandboxGone ? tr("the sandbox is gone: %1").arg(exit.error)
                                   : tr("lost the process: %1").arg(exit.error);
    else if (!exit.exited)
        //: Why a command ended
        message = tr("killed");
    else
        message = tr("exit code %1").arg(exit.exitCode);
    m_ctx.stepFinished(m_step, m_iteration, exit.succeeded(), exit.exitCode, m_timer.elapsed(),
                       message);
    if (isRunning())
        processExited(exit, m_streams->captured);
}

void ProcessStep::emitOutput(OutputStream stream, const QByteArray &bytes)
{
    if (bytes.isEmpty() || !isRunning())
        return;
    QStringDecoder &decoder =
        stream == OutputStream::Stderr ? m_streams->errDecoder : m_streams->outDecoder;
    const QString text = decoder.decode(bytes);
    for (qsizetype pos = 0; pos < text.size() && isRunning(); pos += kMaxEventText) {
        m_ctx.emitEvent(
            ProcessOutput { m_step, m_iteration, stream, text.mid(pos, kMaxEventText) });
    }
}

} // namespace Autocoder::Run
