#pragma once

#include "e2b/error.h"
#include "e2b/retrypolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QHttpMultiPart;
class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace Autocoder::E2b {

/// Everything needed to (re)issue one HTTP request.
struct HttpRequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QNetworkRequest request; ///< URL and headers
    QByteArray body; ///< used when neither uploadFilePath nor multipart is set
    QString uploadFilePath; ///< stream this file as the body
    /// Builds a fresh multipart body per attempt; the call takes ownership of it.
    std::function<QHttpMultiPart *()> multipart;
    bool idempotent = false; ///< retries only when true
    RetryPolicy retry;
    std::chrono::milliseconds timeout { 60000 }; ///< whole attempt; 0 = none
    /// No byte sent or received for this long aborts the attempt (0 = none). For transfers
    /// whose total duration is unbounded (large uploads/downloads).
    std::chrono::milliseconds stallTimeout { 0 };
    qint64 maxResponseBytes = qint64(16) * 1024 * 1024; ///< abort (Protocol error) beyond this
    QString downloadPath; ///< stream a 2xx body into this file (atomically replaced)
    bool notFoundMeansSandboxGone = false; ///< control plane: 404 on /sandboxes/{id}
    Error presetError; ///< when set, the call fails with it without any I/O
};

/// One logical HTTP call (with its retries). It owns its QNetworkReply, aborts it when
/// destroyed or cancelled, applies its own timeout and size cap, and maps failures to
/// E2b::Error. It emits finished() exactly once, then deletes itself (deleteLater).
///
/// Normally created by SandboxApi / EnvdClient as a child of the caller's context object,
/// so destroying the context cancels the request silently.
class HttpCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)
public:
    HttpCall(QNetworkAccessManager *nam, HttpRequestSpec spec, QObject *parent);
    ~HttpCall() override;

    /// Starts the first attempt (queued, so callers can connect first).
    void start();
    /// Aborts and finishes with Error::Kind::Cancelled (finished() is emitted synchronously).
    void cancel();

    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &body() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const;
    qint64 bytesReceived() const { return m_bytesReceived; }
    int attempts() const { return m_attempts; }

    /// Maps a finished HTTP exchange to an Error (public for tests). `contentType` and
    /// `body` are the response's; `retryAfterHeader` the raw Retry-After value.
    static Error errorForResponse(int httpStatus, const QByteArray &contentType,
                                  const QByteArray &body, const QByteArray &retryAfterHeader);
    /// Parses Retry-After (delta-seconds or HTTP date); 0 when absent/invalid.
    static std::chrono::milliseconds parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    void finished();

private:
    void startAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void onProgress();
    void finishAttempt(Error error);
    void finish(Error error);
    void abortReply();

    QPointer<QNetworkAccessManager> m_nam;
    HttpRequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QTimer m_timeout;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    Error m_error;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_httpStatus = 0;
    int m_attempts = 0;
    qint64 m_bytesReceived = 0;
    bool m_timedOut = false;
    bool m_stalled = false;
    bool m_overflow = false;
    bool m_finished = false;
    QString m_localError;
};

} // namespace Autocoder::E2b
