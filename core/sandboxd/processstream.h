#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Autocoder::Sandboxd {

class ChunkedStream;
class SandboxProcess;

/// One server-streaming Start/Connect response attached to a process: a
/// `start` event, every output chunk as it is read (base64 `data` events),
/// `keepalive` events after Keepalive-Ping-Interval seconds of silence, the
/// `end` event and the end-of-stream envelope. A Connect-Timeout-Ms deadline
/// (Start) kills the process and ends with `deadline_exceeded`. While more than
/// MaxUnsentBytes wait in the socket, the stream holds the process's output, so a
/// client that does not read stalls the process instead of growing the server.
class ProcessStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessStream)
public:
    ProcessStream(ChunkedStream *out, SandboxProcess *process, int keepaliveSeconds,
                  qint64 deadlineMs, QObject *parent = nullptr);

    ~ProcessStream() override;

    void begin();

    static constexpr qint64 MaxUnsentBytes = qint64(1024) * 1024;

    static QList<QPair<QByteArray, QByteArray>> responseHeaders();

private:
    void writeEvent(const QJsonObject &event);
    void end(const QJsonObject &endEvent);
    void close(const QString &errorCode = {}, const QString &message = {});
    void updateHold();

    ChunkedStream *m_out;
    QPointer<SandboxProcess> m_process;
    QTimer m_keepalive;
    QTimer m_deadline;
    QTimer m_deadlineGrace;
    bool m_deadlineHit = false;
    bool m_closed = false;
};

} // namespace Autocoder::Sandboxd
