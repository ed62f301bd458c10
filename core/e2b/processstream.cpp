#include "e2b/processstream.h"

#include "e2b/e2blog.h"
#include "e2b/httpcall.h"
#include "e2b/processevent.h"
#include "e2b/processeventmapper.h"
#include "e2b/replyabort_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Autocoder::E2b {

namespace {

QByteArray basicAuth(const QString &user)
{
    return "Basic " + (user.toUtf8() + ':').toBase64();
}

} // namespace

ProcessStream::ProcessStream(const ConnectionConfig &config, const EnvdTarget &target, Mode mode,
                             const ProcessStartOptions &options, const ProcessSelector &selector,
                             QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_target(target)
    , m_mode(mode)
    , m_options(options)
    , m_selector(selector)
    // Own manager: a long-lived stream must not take one of the 6 per-host connections
    // that unary calls and other streams of a shared manager queue for.
    , m_nam(new QNetworkAccessManager(this))
{
    m_startTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &ProcessStream::onStartTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &ProcessStream::onIdleTimeout);
}

ProcessStream::~ProcessStream()
{
    abortReply();
}

void ProcessStream::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (m_target.sandboxId.isEmpty()) {
            finish(Error::make(Error::Kind::InvalidArgument, tr("No sandbox id.")));
            return;
        }
        if (Error e = m_config.validateEnvd(); e.isError()) {
            finish(std::move(e));
            return;
        }
        if (m_mode == Mode::Start && m_options.cmd.isEmpty()) {
            finish(Error::make(Error::Kind::InvalidArgument, tr("No command to start.")));
            return;
        }
        if (m_mode == Mode::Connect && !m_selector.isValid()) {
            finish(Error::make(Error::Kind::InvalidArgument, tr("No pid or tag to connect to.")));
            return;
        }
        sendRequest(m_mode);
    });
}

void ProcessStream::cancel()
{
    if (m_finished)
        return;
    abortReply();
    finish(Error::make(Error::Kind::Cancelled, tr("Detached from the process.")));
}

void ProcessStream::sendRequest(Mode mode)
{
    QUrl url = m_config.envdBaseUrl(m_target.sandboxId, m_target.domain);
    url.setPath(url.path()
                    + (mode == Mode::Start ? QStringLiteral("/process.Process/Start")
                                           : QStringLiteral("/process.Process/Connect")),
                QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!m_target.accessToken.isEmpty())
        request.setRawHeader("X-Access-Token", m_target.accessToken.reveal().toUtf8());
    request.setRawHeader("E2b-Sandbox-Id", m_target.sandboxId.toUtf8());
    request.setRawHeader("E2b-Sandbox-Port", QByteArray::number(ConnectionConfig::kEnvdPort));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/connect+json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("autocoder/" AUTOCODER_VERSION));
    request.setRawHeader("Connect-Protocol-Version", "1");
    request.setRawHeader("Keepalive-Ping-Interval",
                         QByteArray::number(m_config.keepalivePingIntervalSeconds));
    // Connect-Timeout-Ms is envd's kill timer for Start: only when asked for.
    if (mode == Mode::Start && m_options.killTimeout.count() > 0)
        request.setRawHeader("Connect-Timeout-Ms",
                             QByteArray::number(qint64(m_options.killTimeout.count())));
    if (mode == Mode::Start && !m_options.user.isEmpty())
        request.setRawHeader("Authorization", basicAuth(m_options.user));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(0); // m_idleTimer covers silence longer than the keepalive interval

    QByteArray message;
    if (mode == Mode::Start) {
        message = m_options.toJson();
    } else {
        // After a drop, re-attach by pid when we know it (tags can be reused), else by tag.
        ProcessSelector selector = m_selector;
        if (m_pid != 0)
            selector = ProcessSelector::byPid(m_pid);
        message = QJsonDocument(QJsonObject { { QStringLiteral("process"), selector.toJson() } })
                      .toJson(QJsonDocument::Compact);
    }

    m_decoder.reset();
    m_endStreamSeen = false;
    m_streamError = Error();
    m_streamFailed = false;
    m_httpStatus = 0;
    QNetworkReply *reply = m_nam->post(request, encodeConnectEnvelope(message));
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ProcessStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ProcessStream::onReplyFinished);
    if (m_pid == 0 && m_config.streamStartTimeout.count() > 0)
        m_startTimer.start(m_config.streamStartTimeout);
    if (m_config.streamIdleTimeout.count() > 0)
        m_idleTimer.start(m_config.streamIdleTimeout);
}

void ProcessStream::onReadyRead()
{
    if (!m_reply || m_streamFailed)
        return;
    if (m_config.streamIdleTimeout.count() > 0)
        m_idleTimer.start(m_config.streamIdleTimeout);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        // Error bodies are small JSON, read in onReplyFinished; refuse to buffer a flood.
        if (m_reply->bytesAvailable() > qint64(1024) * 1024) {
            m_streamFailed = true;
            const Error error = Error::make(
                Error::Kind::Protocol, tr("Oversized error reply (HTTP %1).").arg(status), status);
            abortReply();
            handleTransportEnd(error, false);
        }
        return;
    }
    const QByteArray type =
        m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (!type.startsWith("application/connect+json")) {
        m_streamFailed = true;
        const Error error = Error::make(Error::Kind::Protocol,
                                        tr("Unexpected content type \"%1\" for a process stream.")
                                            .arg(QString::fromLatin1(type.left(80))),
                                        status);
        abortReply();
        handleTransportEnd(error, false);
        return;
    }
    QPointer<ProcessStream> self(this);
    const QByteArray chunk = m_reply->readAll();
    m_decoder.feed(chunk);
    while (m_decoder.hasFrame()) {
        const ConnectFrame frame = m_decoder.takeFrame();
        if (frame.isEndStream()) {
            m_endStreamSeen = true;
            m_streamError = ProcessEventMapper::mapEndStream(frame.payload);
            continue;
        }
        ProcessEvent event;
        Error error;
        if (!ProcessEventMapper::mapEvent(frame.payload, &event, &error)) {
            m_streamFailed = true;
            abortReply();
            handleTransportEnd(error, false);
            return;
        }
        if (!handleEvent(event) || !self)
            return;
    }
    if (m_decoder.hasError()) {
        m_streamFailed = true;
        const Error error = Error::make(Error::Kind::Protocol, m_decoder.errorString(), status);
        abortReply();
        handleTransportEnd(error, false);
    }
}

bool ProcessStream::handleEvent(const ProcessEvent &event)
{
    QPointer<ProcessStream> self(this);
    const bool isOutput = event.type == ProcessEvent::Type::Stdout
        || event.type == ProcessEvent::Type::Stderr || event.type == ProcessEvent::Type::Pty
        || event.type == ProcessEvent::Type::End;
    if (isOutput && m_pid == 0 && m_mode == Mode::Start) {
        // envd always announces the pid first; anything else is not a process stream.
        m_streamFailed = true;
        abortReply();
        handleTransportEnd(
            Error::make(Error::Kind::Protocol, tr("Expected a start event first."), 200), false);
        return false;
    }
    switch (event.type) {
    case ProcessEvent::Type::Start:
        m_startTimer.stop();
        if (m_pid == 0) {
            m_pid = event.pid;
            Q_EMIT started(m_pid);
        }
        break;
    case ProcessEvent::Type::Stdout:
        Q_EMIT stdoutReceived(event.data);
        break;
    case ProcessEvent::Type::Stderr:
        Q_EMIT stderrReceived(event.data);
        break;
    case ProcessEvent::Type::Pty:
        // Processes are started without a pty, so envd has none to send.
        qCDebug(lcE2b, "ignoring %lld bytes of pty output", qlonglong(event.data.size()));
        break;
    case ProcessEvent::Type::Keepalive:
        Q_EMIT keepaliveReceived();
        break;
    case ProcessEvent::Type::End:
        if (!m_exit) {
            m_exit = event.exit;
            Q_EMIT ended(*m_exit);
        }
        break;
    }
    return !self.isNull() && !m_finished;
}

void ProcessStream::onReplyFinished()
{
    if (!m_reply)
        return;
    QPointer<ProcessStream> self(this);
    onReadyRead(); // may emit events whose slots delete us
    if (!self || !m_reply)
        return; // gone, or failed while reading
    QNetworkReply *reply = m_reply;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netText = reply->errorString();
    const QByteArray body = m_httpStatus == 200 ? QByteArray() : reply->readAll();
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_reply = nullptr;

    Error error;
    bool dropped = false;
    if (m_httpStatus == 0) {
        dropped = netError != QNetworkReply::OperationCanceledError
            && netError != QNetworkReply::ConnectionRefusedError
            && netError != QNetworkReply::HostNotFoundError;
        error =
            Error::make(netError == QNetworkReply::OperationCanceledError ? Error::Kind::Cancelled
                                                                          : Error::Kind::Network,
                        netText);
    } else if (m_httpStatus != 200) {
        error = HttpCall::errorForResponse(m_httpStatus, type, body, retryAfter);
    } else if (netError != QNetworkReply::NoError && !m_endStreamSeen) {
        dropped = true;
        error = Error::make(Error::Kind::Network, tr("The stream dropped: %1").arg(netText), 200);
    } else if (!m_endStreamSeen) {
        dropped = true;
        m_decoder.finish();
        error = Error::make(Error::Kind::Protocol,
                            m_decoder.hasError()
                                ? m_decoder.errorString()
                                : tr("The stream ended without an end-of-stream message."),
                            200);
    } else {
        error = m_streamError;
    }
    handleTransportEnd(std::move(error), dropped);
}

void ProcessStream::handleTransportEnd(Error error, bool dropped)
{
    m_startTimer.stop();
    m_idleTimer.stop();
    if (m_finished)
        return;
    // The process outlives our HTTP stream: if the transport failed before `end` but after
    // `start`, re-attach so the exit status is not lost.
    const bool transportProblem = dropped;
    const bool canReattach =
        !m_exit && (m_pid != 0 || !m_options.tag.isEmpty() || m_selector.isValid());
    if (transportProblem && canReattach && m_reconnects < m_options.maxReconnects) {
        ++m_reconnects;
        qCInfo(lcE2b).noquote() << "process stream" << m_target.sandboxId << "pid" << m_pid
                                << "dropped, re-attaching (" << m_reconnects << "of"
                                << m_options.maxReconnects << "):" << redacted(error.toString());
        QPointer<ProcessStream> self(this);
        Q_EMIT reconnecting(m_reconnects, error);
        if (!self)
            return;
        const int delayMs = int(qMin<qint64>(250LL << (m_reconnects - 1), 4000));
        QTimer::singleShot(delayMs, this, [this] {
            if (!m_finished && !m_reply)
                sendRequest(Mode::Connect);
        });
        return;
    }
    // A stream that delivered `end` but then lost the trailer still told us everything.
    if (m_exit && (error.kind == Error::Kind::Network || error.kind == Error::Kind::Protocol))
        error = Error();
    finish(std::move(error));
}

void ProcessStream::onStartTimeout()
{
    if (!m_reply || m_pid != 0)
        return;
    abortReply();
    finish(Error::make(Error::Kind::Timeout,
                       tr("The process did not start within %1 s.")
                           .arg(double(m_config.streamStartTimeout.count()) / 1000.0)));
}

void ProcessStream::onIdleTimeout()
{
    if (!m_reply)
        return;
    abortReply();
    handleTransportEnd(Error::make(Error::Kind::Timeout,
                                   tr("No data or keepalive on the stream for %1 s.")
                                       .arg(double(m_config.streamIdleTimeout.count()) / 1000.0)),
                       true);
}

void ProcessStream::finish(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_startTimer.stop();
    m_idleTimer.stop();
    m_error = std::move(error);
    Q_EMIT finished(m_error);
}

QString ProcessStream::redacted(const QString &text) const
{
    QNetworkRequest credentials;
    if (!m_target.accessToken.isEmpty())
        credentials.setRawHeader("X-Access-Token", m_target.accessToken.reveal().toUtf8());
    if (!m_options.user.isEmpty())
        credentials.setRawHeader("Authorization", basicAuth(m_options.user));
    return Internal::redactCredentials(text, credentials);
}

void ProcessStream::abortReply()
{
    Internal::abortReply(m_reply, this);
}

} // namespace Autocoder::E2b
