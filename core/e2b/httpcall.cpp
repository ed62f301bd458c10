#include "e2b/httpcall.h"

#include "e2b/e2blog.h"
#include "e2b/replyabort_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace Autocoder::E2b {

namespace {

bool isRetryable(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::RateLimited:
        return true;
    case Error::Kind::Remote:
        // 502 means "sandbox gone" at the edge, 501 will not change.
        return e.httpStatus == 500 || e.httpStatus == 503 || e.httpStatus == 504;
    default:
        return false;
    }
}

Error networkError(QNetworkReply::NetworkError code, const QString &text)
{
    switch (code) {
    case QNetworkReply::TimeoutError:
        return Error::make(Error::Kind::Timeout, text);
    case QNetworkReply::OperationCanceledError:
        return Error::make(Error::Kind::Cancelled, HttpCall::tr("Request cancelled."));
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Error::make(Error::Kind::Protocol, text);
    default:
        return Error::make(Error::Kind::Network, text);
    }
}

} // namespace

HttpCall::HttpCall(QNetworkAccessManager *nam, HttpRequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(std::move(spec))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &HttpCall::onTimeout);
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        m_stalled = true;
        onTimeout();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::startAttempt);
}

HttpCall::~HttpCall()
{
    abortReply();
    if (m_file)
        m_file->cancelWriting();
}

void HttpCall::start()
{
    QTimer::singleShot(0, this, &HttpCall::startAttempt);
}

void HttpCall::cancel()
{
    if (m_finished)
        return;
    abortReply();
    m_timeout.stop();
    m_stallTimer.stop();
    m_retryTimer.stop();
    finish(Error::make(Error::Kind::Cancelled, tr("Request cancelled.")));
}

QByteArray HttpCall::rawHeader(const QByteArray &name) const
{
    for (const auto &pair : m_headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

void HttpCall::startAttempt()
{
    if (m_finished || m_reply)
        return;
    if (m_spec.presetError.isError()) {
        finish(m_spec.presetError);
        return;
    }
    if (!m_nam) {
        finish(Error::make(Error::Kind::Cancelled, tr("The client was destroyed.")));
        return;
    }
    ++m_attempts;
    m_body.clear();
    m_headers.clear();
    m_httpStatus = 0;
    m_bytesReceived = 0;
    m_timedOut = false;
    m_stalled = false;
    m_overflow = false;
    m_localError.clear();

    if (!m_spec.downloadPath.isEmpty()) {
        m_file = std::make_unique<QSaveFile>(m_spec.downloadPath);
        if (!m_file->open(QIODevice::WriteOnly)) {
            const QString why = m_file->errorString();
            m_file.reset();
            finish(Error::make(Error::Kind::InvalidArgument,
                               tr("Cannot write %1: %2").arg(m_spec.downloadPath, why)));
            return;
        }
    }

    QNetworkRequest request = m_spec.request;
    // E2B does not redirect; never follow a redirect to another origin with our key.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(0); // our own timer covers the attempt

    QNetworkReply *reply = nullptr;
    if (m_spec.multipart) {
        QHttpMultiPart *multipart = m_spec.multipart();
        if (!multipart) {
            finish(Error::make(Error::Kind::InvalidArgument, tr("Cannot build the upload body.")));
            return;
        }
        reply = m_nam->sendCustomRequest(request, m_spec.method, multipart);
        multipart->setParent(reply);
    } else if (!m_spec.uploadFilePath.isEmpty()) {
        auto *file = new QFile(m_spec.uploadFilePath);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete file;
            finish(Error::make(Error::Kind::InvalidArgument,
                               tr("Cannot read %1: %2").arg(m_spec.uploadFilePath, why)));
            return;
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
        reply = m_nam->sendCustomRequest(request, m_spec.method, file);
        file->setParent(reply);
    } else if (m_spec.method == "GET") {
        reply = m_nam->get(request);
    } else if (m_spec.method == "DELETE") {
        reply = m_nam->deleteResource(request);
    } else {
        reply = m_nam->sendCustomRequest(request, m_spec.method, m_spec.body);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    if (m_spec.timeout.count() > 0)
        m_timeout.start(m_spec.timeout);
    if (m_spec.stallTimeout.count() > 0) {
        connect(reply, &QNetworkReply::uploadProgress, this, &HttpCall::onProgress);
        connect(reply, &QNetworkReply::downloadProgress, this, &HttpCall::onProgress);
        m_stallTimer.start(m_spec.stallTimeout);
    }
}

void HttpCall::onProgress()
{
    if (m_reply && m_spec.stallTimeout.count() > 0)
        m_stallTimer.start(m_spec.stallTimeout);
}

void HttpCall::onReadyRead()
{
    // After our own abort() the reply is closed; finished() re-enters here.
    if (!m_reply || !m_reply->isOpen() || m_overflow || !m_localError.isEmpty())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool toFile = m_file && status >= 200 && status < 300;
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(qint64(64) * 1024);
        if (chunk.isEmpty())
            break;
        m_bytesReceived += chunk.size();
        // Error bodies (non-2xx) are small JSON; they get their own fixed cap.
        const qint64 cap = toFile
            ? m_spec.maxResponseBytes
            : (m_file ? qint64(1024 * 1024)
                      : qMin<qint64>(m_spec.maxResponseBytes, 16 * 1024 * 1024));
        if (cap > 0 && m_bytesReceived > cap) {
            m_overflow = true;
            m_localError = tr("The response is larger than the limit of %1 bytes.").arg(cap);
            QPointer<QNetworkReply> reply = m_reply;
            reply->abort(); // emits finished -> onReplyFinished
            return;
        }
        if (toFile) {
            if (m_file->write(chunk) != chunk.size()) {
                m_localError =
                    tr("Cannot write %1: %2").arg(m_spec.downloadPath, m_file->errorString());
                m_reply->abort();
                return;
            }
        } else {
            m_body.append(chunk);
        }
    }
}

void HttpCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void HttpCall::onReplyFinished()
{
    if (!m_reply)
        return;
    onReadyRead();
    if (!m_reply)
        return; // aborted from onReadyRead already handled
    QNetworkReply *reply = m_reply;
    m_timeout.stop();
    m_stallTimer.stop();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netText = reply->errorString();
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_reply = nullptr;

    Error error;
    if (m_timedOut && m_stalled) {
        error = Error::make(
            Error::Kind::Timeout,
            tr("The transfer stalled for %1 s.").arg(double(m_spec.stallTimeout.count()) / 1000.0));
    } else if (m_timedOut) {
        error = Error::make(
            Error::Kind::Timeout,
            tr("No complete answer within %1 s.").arg(double(m_spec.timeout.count()) / 1000.0));
    } else if (m_overflow) {
        error = Error::make(Error::Kind::Protocol, m_localError, m_httpStatus);
    } else if (!m_localError.isEmpty()) {
        error = Error::make(Error::Kind::InvalidArgument, m_localError, m_httpStatus);
    } else if (m_httpStatus == 0) {
        error = networkError(netError, netText);
    } else if (m_httpStatus >= 200 && m_httpStatus < 300) {
        if (netError != QNetworkReply::NoError) {
            // Headers arrived, then the body was cut off.
            error = Error::make(Error::Kind::Network,
                                tr("The connection dropped during the transfer: %1").arg(netText),
                                m_httpStatus);
        }
    } else {
        error = errorForResponse(m_httpStatus, rawHeader("Content-Type"), m_body,
                                 rawHeader("Retry-After"));
        if (m_spec.notFoundMeansSandboxGone && m_httpStatus == 404)
            error.sandboxGone = true;
    }
    finishAttempt(std::move(error));
}

void HttpCall::finishAttempt(Error error)
{
    if (m_file) {
        if (error.isOk()) {
            if (!m_file->commit()) {
                error = Error::make(
                    Error::Kind::InvalidArgument,
                    tr("Cannot write %1: %2").arg(m_spec.downloadPath, m_file->errorString()));
            }
        } else {
            m_file->cancelWriting();
        }
        m_file.reset();
    }
    if (error.isError() && m_spec.idempotent && m_attempts < m_spec.retry.maxAttempts
        && isRetryable(error)) {
        std::chrono::milliseconds delay = m_spec.retry.delayForAttempt(m_attempts);
        if (error.retryAfter.count() > 0)
            delay = qMin(error.retryAfter, m_spec.retry.maxDelay);
        qCDebug(lcE2b).noquote() << "retrying" << m_spec.method << m_spec.request.url().path()
                                 << "attempt" << m_attempts + 1 << "in" << delay.count() << "ms:"
                                 << Internal::redactCredentials(error.toString(), m_spec.request);
        m_retryTimer.start(delay);
        return;
    }
    finish(std::move(error));
}

void HttpCall::finish(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_error.isError() && m_error.kind != Error::Kind::Cancelled)
        qCDebug(lcE2b).noquote() << m_spec.method << m_spec.request.url().path() << "failed after"
                                 << m_attempts << "attempt(s):"
                                 << Internal::redactCredentials(m_error.toString(), m_spec.request);
    // The callback may destroy our context (and so us): touch nothing after it if so.
    QPointer<HttpCall> self(this);
    Q_EMIT finished();
    if (self)
        deleteLater();
}

void HttpCall::abortReply()
{
    Internal::abortReply(m_reply, this);
}

std::chrono::milliseconds HttpCall::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return std::chrono::milliseconds(seconds > 0 ? qMin<qint64>(seconds, 86400) * 1000 : 0);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::chrono::milliseconds(0);
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return std::chrono::milliseconds(ms > 0 ? qMin<qint64>(ms, 86400000) : 0);
}

Error HttpCall::errorForResponse(int status, const QByteArray &contentType, const QByteArray &body,
                                 const QByteArray &retryAfterHeader)
{
    Q_UNUSED(contentType)
    QString message;
    QString connectCode;
    bool edgeSandboxNotFound = false;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        message = o.value(QLatin1String("message")).toString();
        const QJsonValue code = o.value(QLatin1String("code"));
        if (code.isString())
            connectCode = code.toString();
        edgeSandboxNotFound = o.contains(QLatin1String("sandboxId"));
    }
    if (message.isEmpty()) {
        // Never echo arbitrary bodies (HTML from a proxy, ...) in full.
        const QString text = QString::fromUtf8(body.left(200)).simplified();
        message = text.isEmpty() ? tr("HTTP status %1").arg(status) : text;
    }

    Error e;
    e.httpStatus = status;
    e.connectCode = connectCode;
    e.message = message;
    if (!connectCode.isEmpty()) {
        e.kind = Error::kindForConnectCode(connectCode);
    } else if (status == 401 || status == 403) {
        e.kind = Error::Kind::Unauthorized;
    } else if (status == 404) {
        e.kind = Error::Kind::NotFound;
    } else if (status == 429) {
        e.kind = Error::Kind::RateLimited;
    } else if (status == 400 || status == 422) {
        e.kind = Error::Kind::InvalidArgument;
    } else if (status == 408) {
        e.kind = Error::Kind::Timeout;
    } else if (status == 502) {
        // Edge proxy: the sandbox is gone (or its port is closed; then it is useless too).
        e.kind = Error::Kind::NotFound;
        e.sandboxGone = true;
        Q_UNUSED(edgeSandboxNotFound)
    } else {
        e.kind = Error::Kind::Remote;
    }
    if (status == 429 || e.kind == Error::Kind::RateLimited)
        e.retryAfter = parseRetryAfter(retryAfterHeader);
    return e;
}

} // namespace Autocoder::E2b
