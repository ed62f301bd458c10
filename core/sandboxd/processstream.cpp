#include "sandboxd/processstream.h"

#include "sandboxd/chunkedstream.h"
#include "sandboxd/connectenvelope.h"
#include "sandboxd/sandboxprocess.h"

#include <csignal>

namespace Autocoder::Sandboxd {

ProcessStream::ProcessStream(ChunkedStream *out, SandboxProcess *process, int keepaliveSeconds,
                             qint64 deadlineMs, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_process(process)
{
    out->setParent(this);
    m_keepalive.setInterval(qMax(1, keepaliveSeconds) * 1000);
    connect(&m_keepalive, &QTimer::timeout, this, [this] {
        writeEvent(QJsonObject { { QStringLiteral("keepalive"), QJsonObject() } });
    });
    if (deadlineMs > 0) {
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(int(qMin<qint64>(deadlineMs, 0x7fffffff)));
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            m_deadlineHit = true;
            if (m_process)
                m_process->sendSignal(SIGKILL);
            m_deadlineGrace.start();
        });
        // Should the kill not be reported quickly, end the RPC anyway.
        m_deadlineGrace.setSingleShot(true);
        m_deadlineGrace.setInterval(3000);
        connect(&m_deadlineGrace, &QTimer::timeout, this, [this] {
            close(QStringLiteral("deadline_exceeded"), QStringLiteral("context deadline exceeded"));
        });
    }
    connect(out, &ChunkedStream::bytesWritten, this, [this] { updateHold(); });
    connect(out, &ChunkedStream::disconnected, this, [this] {
        // The client went away; the process keeps running and can be re-attached.
        m_closed = true;
        updateHold();
        deleteLater();
    });
}

ProcessStream::~ProcessStream()
{
    // A detached stream no longer holds the process back.
    if (m_process)
        m_process->releaseOutput(this);
}

QList<QPair<QByteArray, QByteArray>> ProcessStream::responseHeaders()
{
    return { { "Content-Type", "application/connect+json" }, { "Cache-Control", "no-cache" } };
}

void ProcessStream::begin()
{
    m_out->begin(200, responseHeaders());
    if (!m_process) {
        close(QStringLiteral("not_found"), QStringLiteral("process not found"));
        return;
    }
    writeEvent(
        QJsonObject { { QStringLiteral("start"),
                        QJsonObject { { QStringLiteral("pid"), qint64(m_process->pid()) } } } });
    if (!m_process->isRunning()) {
        end(m_process->endEvent());
        return;
    }
    connect(
        m_process, &SandboxProcess::output, this, [this](bool isStderr, const QByteArray &data) {
            writeEvent(QJsonObject {
                { QStringLiteral("data"),
                  QJsonObject { { isStderr ? QStringLiteral("stderr") : QStringLiteral("stdout"),
                                  QString::fromLatin1(data.toBase64()) } } } });
            m_keepalive.start();
        });
    connect(m_process, &SandboxProcess::finished, this,
            [this](const QJsonObject &endEvent) { end(endEvent); });
    connect(m_process, &QObject::destroyed, this,
            [this] { close(QStringLiteral("unavailable"), QStringLiteral("sandbox was killed")); });
    m_keepalive.start();
    if (m_deadline.interval() > 0 && !m_deadline.isActive())
        m_deadline.start();
}

void ProcessStream::writeEvent(const QJsonObject &event)
{
    if (m_closed)
        return;
    m_out->write(ConnectEnvelope::encode(QJsonObject { { QStringLiteral("event"), event } }));
    updateHold();
}

void ProcessStream::updateHold()
{
    if (!m_process)
        return;
    if (!m_closed && m_out->bytesToWrite() > MaxUnsentBytes)
        m_process->holdOutput(this);
    else
        m_process->releaseOutput(this);
}

void ProcessStream::end(const QJsonObject &endEvent)
{
    writeEvent(QJsonObject { { QStringLiteral("end"), endEvent } });
    if (m_deadlineHit)
        close(QStringLiteral("deadline_exceeded"), QStringLiteral("context deadline exceeded"));
    else
        close();
}

void ProcessStream::close(const QString &errorCode, const QString &message)
{
    if (m_closed)
        return;
    m_closed = true;
    updateHold();
    m_keepalive.stop();
    m_deadline.stop();
    m_deadlineGrace.stop();
    m_out->write(ConnectEnvelope::endOfStream(errorCode, message));
    m_out->finish();
    deleteLater();
}

} // namespace Autocoder::Sandboxd
