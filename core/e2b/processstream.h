#pragma once

#include "e2b/connectenvelopedecoder.h"
#include "e2b/connectionconfig.h"
#include "e2b/envdtarget.h"
#include "e2b/error.h"
#include "e2b/processexit.h"
#include "e2b/processselector.h"
#include "e2b/processstartoptions.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Autocoder::E2b {

struct ProcessEvent;

/// A running envd process stream (process.Process/Start or /Connect), emitting events as
/// they arrive. Owns its HTTP reply and its own QNetworkAccessManager, so long-lived streams
/// do not queue behind QNAM's 6-connections-per-host limit or block unary calls.
///
/// Signal order: started (once), then stdout/stderr/keepalive, then ended (once, if the
/// process ended while we were attached), then finished (exactly once, last).
/// If the HTTP stream drops before `end`, it re-attaches with Connect (by pid, else tag) up
/// to ProcessStartOptions::maxReconnects times, so the exit status is not lost.
/// Destroying or cancel()ing the stream detaches from the process; it does not kill it
/// (use EnvdClient::sendSignal).
class ProcessStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessStream)
public:
    enum class Mode { Start, Connect };

    ProcessStream(const ConnectionConfig &config, const EnvdTarget &target, Mode mode,
                  const ProcessStartOptions &options, const ProcessSelector &selector,
                  QObject *parent);
    ~ProcessStream() override;

    /// Sends the request (queued to the event loop so callers can connect first).
    void start();
    /// Detaches and finishes with Kind::Cancelled (finished() emitted synchronously).
    void cancel();

    quint32 pid() const { return m_pid; }
    const QString &tag() const { return m_options.tag; }
    bool isStarted() const { return m_pid != 0; }
    bool isFinished() const { return m_finished; }
    const std::optional<ProcessExit> &exit() const { return m_exit; }
    const Error &error() const { return m_error; }
    int reconnects() const { return m_reconnects; }

Q_SIGNALS:
    void started(quint32 pid);
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);
    void keepaliveReceived();
    void reconnecting(int attempt, const Autocoder::E2b::Error &reason);
    void ended(const Autocoder::E2b::ProcessExit &exit);
    /// Last signal. error.isOk() when the stream ended cleanly (the process may still have a
    /// non-zero exit code: see exit()).
    void finished(const Autocoder::E2b::Error &error);

private:
    void sendRequest(Mode mode);
    void onReadyRead();
    void onReplyFinished();
    void onStartTimeout();
    void onIdleTimeout();
    bool handleEvent(const ProcessEvent &event);
    void handleTransportEnd(Error error, bool dropped);
    void finish(Error error);
    void abortReply();
    QString redacted(const QString &text) const;

    ConnectionConfig m_config;
    EnvdTarget m_target;
    Mode m_mode;
    ProcessStartOptions m_options;
    ProcessSelector m_selector;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    ConnectEnvelopeDecoder m_decoder;
    QTimer m_startTimer;
    QTimer m_idleTimer;
    quint32 m_pid = 0;
    std::optional<ProcessExit> m_exit;
    Error m_error;
    Error m_streamError; ///< error from the end-of-stream envelope
    bool m_endStreamSeen = false;
    bool m_streamFailed = false;
    bool m_finished = false;
    int m_reconnects = 0;
    int m_httpStatus = 0;
};

} // namespace Autocoder::E2b
