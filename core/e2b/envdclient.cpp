#include "e2b/envdclient.h"

#include "e2b/callbinding_p.h"
#include "e2b/directorytransfer.h"
#include "e2b/httpcall.h"
#include "e2b/processeventmapper.h"
#include "e2b/processstream.h"

#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace Autocoder::E2b {

using Internal::bindError;
using Internal::bindResult;
using Internal::parseJsonObject;

namespace {

Error checkJsonContentType(const HttpCall *call)
{
    const QByteArray type = call->rawHeader("Content-Type").toLower();
    if (!type.startsWith("application/json"))
        return Error::make(
            Error::Kind::Protocol,
            EnvdClient::tr("Unexpected content type \"%1\" for a Connect unary reply.")
                .arg(QString::fromLatin1(type.left(80))),
            call->httpStatus());
    return {};
}

Error parseRpcObject(const HttpCall *call, QJsonObject *out)
{
    if (Error e = checkJsonContentType(call); e.isError())
        return e;
    return parseJsonObject(call, out);
}

Error parseEntryReply(const HttpCall *call, EntryInfo *entry)
{
    QJsonObject o;
    if (Error e = parseRpcObject(call, &o); e.isError())
        return e;
    Autocoder::Result<EntryInfo> mapped =
        ProcessEventMapper::mapEntry(o.value(QLatin1String("entry")).toObject());
    if (!mapped)
        return Error::make(Error::Kind::Protocol, mapped.error(), call->httpStatus());
    *entry = std::move(mapped).value();
    return {};
}

QByteArray basicAuth(const QString &user)
{
    return "Basic " + (user.toUtf8() + ':').toBase64();
}

} // namespace

EnvdClient::EnvdClient(ConnectionConfig config, EnvdTarget target, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_target(std::move(target))
    , m_nam(new QNetworkAccessManager(this))
{ }

EnvdClient::~EnvdClient() = default;

QUrl EnvdClient::baseUrl() const
{
    return m_config.envdBaseUrl(m_target.sandboxId, m_target.domain);
}

QNetworkRequest EnvdClient::envdRequest(const QString &pathAndQuery) const
{
    QUrl url = baseUrl();
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + pathAndQuery.left(q), QUrl::StrictMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!m_target.accessToken.isEmpty())
        request.setRawHeader("X-Access-Token", m_target.accessToken.reveal().toUtf8());
    request.setRawHeader("E2b-Sandbox-Id", m_target.sandboxId.toUtf8());
    request.setRawHeader("E2b-Sandbox-Port", QByteArray::number(ConnectionConfig::kEnvdPort));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("autocoder/" AUTOCODER_VERSION));
    return request;
}

HttpCall *EnvdClient::unaryRpc(const QString &method, const QJsonObject &body, const QString &user,
                               bool idempotent, QObject *context)
{
    Q_ASSERT(context);
    QNetworkRequest request = envdRequest(QLatin1Char('/') + method);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Connect-Protocol-Version", "1");
    if (!user.isEmpty())
        request.setRawHeader("Authorization", basicAuth(user));
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.request = request;
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.idempotent = idempotent;
    spec.retry = m_config.retry;
    spec.timeout = m_config.requestTimeout;
    spec.maxResponseBytes = m_config.maxResponseBytes;
    if (m_target.sandboxId.isEmpty())
        spec.presetError = Error::make(Error::Kind::InvalidArgument, tr("No sandbox id."));
    else
        spec.presetError = m_config.validateEnvd();
    auto *call = new HttpCall(m_nam, std::move(spec), context);
    call->start();
    return call;
}

// --- processes ----------------------------------------------------------------------------

ProcessStream *EnvdClient::startProcess(const ProcessStartOptions &options, QObject *parent)
{
    auto *stream = new ProcessStream(m_config, m_target, ProcessStream::Mode::Start, options,
                                     ProcessSelector(), parent);
    stream->start();
    return stream;
}

ProcessStream *EnvdClient::connectProcess(const ProcessSelector &selector, QObject *parent)
{
    ProcessStartOptions options;
    options.tag = selector.tag;
    auto *stream = new ProcessStream(m_config, m_target, ProcessStream::Mode::Connect, options,
                                     selector, parent);
    stream->start();
    return stream;
}

HttpCall *EnvdClient::listProcesses(QObject *context, ResultCallback<QList<ProcessInfo>> done)
{
    auto *call =
        unaryRpc(QStringLiteral("process.Process/List"), QJsonObject(), QString(), true, context);
    bindResult<QList<ProcessInfo>>(
        call, std::move(done), [](const HttpCall *c, QList<ProcessInfo> *out) -> Error {
            QJsonObject o;
            if (Error e = parseRpcObject(c, &o); e.isError())
                return e;
            const QJsonArray processes = o.value(QLatin1String("processes")).toArray();
            for (const QJsonValue v : processes) {
                Autocoder::Result<ProcessInfo> info =
                    ProcessEventMapper::mapProcessInfo(v.toObject());
                if (!info)
                    return Error::make(Error::Kind::Protocol, info.error(), c->httpStatus());
                out->append(std::move(info).value());
            }
            return {};
        });
    return call;
}

HttpCall *EnvdClient::sendInput(const ProcessSelector &process, const QByteArray &stdinData,
                                QObject *context, ErrorCallback done)
{
    QJsonObject input { { QStringLiteral("stdin"), QString::fromLatin1(stdinData.toBase64()) } };
    QJsonObject body { { QStringLiteral("process"), process.toJson() },
                       { QStringLiteral("input"), input } };
    auto *call =
        unaryRpc(QStringLiteral("process.Process/SendInput"), body, QString(), false, context);
    bindError(call, std::move(done));
    return call;
}

HttpCall *EnvdClient::closeStdin(const ProcessSelector &process, QObject *context,
                                 ErrorCallback done)
{
    QJsonObject body { { QStringLiteral("process"), process.toJson() } };
    auto *call =
        unaryRpc(QStringLiteral("process.Process/CloseStdin"), body, QString(), false, context);
    bindError(call, std::move(done));
    return call;
}

HttpCall *EnvdClient::sendSignal(const ProcessSelector &process, Signal signal, QObject *context,
                                 ErrorCallback done)
{
    QJsonObject body { { QStringLiteral("process"), process.toJson() },
                       { QStringLiteral("signal"),
                         signal == Signal::Sigkill ? QStringLiteral("SIGNAL_SIGKILL")
                                                   : QStringLiteral("SIGNAL_SIGTERM") } };
    auto *call =
        unaryRpc(QStringLiteral("process.Process/SendSignal"), body, QString(), false, context);
    bindError(call, std::move(done));
    return call;
}

// --- filesystem RPC -----------------------------------------------------------------------

HttpCall *EnvdClient::listDir(const QString &path, int depth, QObject *context,
                              ResultCallback<QList<EntryInfo>> done)
{
    QJsonObject body { { QStringLiteral("path"), path },
                       { QStringLiteral("depth"), qMax(1, depth) } };
    auto *call = unaryRpc(QStringLiteral("filesystem.Filesystem/ListDir"), body, m_defaultUser,
                          true, context);
    bindResult<QList<EntryInfo>>(
        call, std::move(done), [](const HttpCall *c, QList<EntryInfo> *out) -> Error {
            QJsonObject o;
            if (Error e = parseRpcObject(c, &o); e.isError())
                return e;
            const QJsonArray entries = o.value(QLatin1String("entries")).toArray();
            out->reserve(entries.size());
            for (const QJsonValue v : entries) {
                Autocoder::Result<EntryInfo> entry = ProcessEventMapper::mapEntry(v.toObject());
                if (!entry)
                    return Error::make(Error::Kind::Protocol, entry.error(), c->httpStatus());
                out->append(std::move(entry).value());
            }
            return {};
        });
    return call;
}

HttpCall *EnvdClient::stat(const QString &path, QObject *context, ResultCallback<EntryInfo> done)
{
    QJsonObject body { { QStringLiteral("path"), path } };
    auto *call =
        unaryRpc(QStringLiteral("filesystem.Filesystem/Stat"), body, m_defaultUser, true, context);
    bindResult<EntryInfo>(call, std::move(done), parseEntryReply);
    return call;
}

HttpCall *EnvdClient::makeDir(const QString &path, QObject *context, ResultCallback<bool> done)
{
    QJsonObject body { { QStringLiteral("path"), path } };
    auto *call = unaryRpc(QStringLiteral("filesystem.Filesystem/MakeDir"), body, m_defaultUser,
                          false, context);
    QObject::connect(call, &HttpCall::finished, call, [call, done = std::move(done)] {
        if (!done)
            return;
        const Error &e = call->error();
        if (e.isOk())
            done(Result<bool>(true));
        else if (e.connectCode == QLatin1String("already_exists"))
            done(Result<bool>(false));
        else
            done(failure(e));
    });
    return call;
}

HttpCall *EnvdClient::move(const QString &source, const QString &destination, QObject *context,
                           ResultCallback<EntryInfo> done)
{
    QJsonObject body { { QStringLiteral("source"), source },
                       { QStringLiteral("destination"), destination } };
    auto *call =
        unaryRpc(QStringLiteral("filesystem.Filesystem/Move"), body, m_defaultUser, false, context);
    bindResult<EntryInfo>(call, std::move(done), parseEntryReply);
    return call;
}

HttpCall *EnvdClient::remove(const QString &path, QObject *context, ErrorCallback done)
{
    QJsonObject body { { QStringLiteral("path"), path } };
    // Remove of a missing path succeeds, so repeating it is harmless.
    auto *call = unaryRpc(QStringLiteral("filesystem.Filesystem/Remove"), body, m_defaultUser, true,
                          context);
    bindError(call, std::move(done));
    return call;
}

// --- /files -------------------------------------------------------------------------------

namespace {

QString filesQuery(const QString &remotePath, const QString &user)
{
    QString q =
        QStringLiteral("/files?path=") + QString::fromLatin1(QUrl::toPercentEncoding(remotePath));
    if (!user.isEmpty())
        q += QStringLiteral("&username=") + QString::fromLatin1(QUrl::toPercentEncoding(user));
    return q;
}

QHttpMultiPart *makeMultipart(const QString &remotePath, QIODevice *device, const QByteArray &bytes)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    QString filename = remotePath;
    filename.replace(QLatin1Char('"'), QLatin1String("%22"));
    part.setHeader(
        QNetworkRequest::ContentDispositionHeader,
        QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(filename).toUtf8());
    part.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/octet-stream"));
    if (device) {
        part.setBodyDevice(device);
        device->setParent(multipart);
    } else {
        part.setBody(bytes);
    }
    multipart->append(part);
    return multipart;
}

Error uploadReplyCheck(const HttpCall *call)
{
    // envd answers [{"path","name","type"}]; accept any JSON array, refuse anything else.
    const QJsonDocument doc = QJsonDocument::fromJson(call->body());
    if (!doc.isArray())
        return Error::make(Error::Kind::Protocol, EnvdClient::tr("Unexpected upload reply."),
                           call->httpStatus());
    return {};
}

} // namespace

HttpCall *EnvdClient::uploadFile(const QString &localPath, const QString &remotePath,
                                 QObject *context, ErrorCallback done)
{
    HttpRequestSpec spec;
    spec.presetError = m_config.validateEnvd();
    spec.method = "POST";
    spec.request = envdRequest(filesQuery(remotePath, m_defaultUser));
    spec.timeout = std::chrono::milliseconds(0); // large files: no total limit...
    spec.stallTimeout = m_config.streamIdleTimeout; // ...but no progress for this long fails
    spec.maxResponseBytes = m_config.maxResponseBytes;
    if (!QFileInfo(localPath).isFile()) {
        spec.presetError = Error::make(Error::Kind::InvalidArgument,
                                       tr("%1 is not a readable file.").arg(localPath));
    } else {
        spec.multipart = [localPath, remotePath]() -> QHttpMultiPart * {
            auto *file = new QFile(localPath);
            if (!file->open(QIODevice::ReadOnly)) {
                delete file;
                return nullptr;
            }
            return makeMultipart(remotePath, file, QByteArray());
        };
    }
    auto *call = new HttpCall(m_nam, std::move(spec), context);
    QObject::connect(call, &HttpCall::finished, call, [call, done = std::move(done)] {
        if (done)
            done(call->error().isError() ? call->error() : uploadReplyCheck(call));
    });
    call->start();
    return call;
}

HttpCall *EnvdClient::uploadBytes(const QByteArray &data, const QString &remotePath,
                                  QObject *context, ErrorCallback done)
{
    HttpRequestSpec spec;
    spec.presetError = m_config.validateEnvd();
    spec.method = "POST";
    spec.request = envdRequest(filesQuery(remotePath, m_defaultUser));
    spec.timeout = m_config.requestTimeout;
    spec.maxResponseBytes = m_config.maxResponseBytes;
    spec.multipart = [data, remotePath]() {
        return makeMultipart(remotePath, nullptr, data);
    };
    auto *call = new HttpCall(m_nam, std::move(spec), context);
    QObject::connect(call, &HttpCall::finished, call, [call, done = std::move(done)] {
        if (done)
            done(call->error().isError() ? call->error() : uploadReplyCheck(call));
    });
    call->start();
    return call;
}

HttpCall *EnvdClient::downloadFile(const QString &remotePath, const QString &localPath,
                                   qint64 maxBytes, QObject *context, ResultCallback<qint64> done)
{
    HttpRequestSpec spec;
    spec.presetError = m_config.validateEnvd();
    spec.method = "GET";
    spec.request = envdRequest(filesQuery(remotePath, m_defaultUser));
    // Identity encoding, so the size cap counts real bytes and Content-Length is honest.
    spec.request.setRawHeader("Accept-Encoding", "identity");
    spec.idempotent = true;
    spec.retry = m_config.retry;
    spec.timeout = std::chrono::milliseconds(0);
    spec.stallTimeout = m_config.streamIdleTimeout;
    spec.maxResponseBytes = maxBytes;
    spec.downloadPath = localPath;
    auto *call = new HttpCall(m_nam, std::move(spec), context);
    bindResult<qint64>(call, std::move(done), [](const HttpCall *c, qint64 *bytes) -> Error {
        *bytes = c->bytesReceived();
        return {};
    });
    call->start();
    return call;
}

HttpCall *EnvdClient::health(QObject *context, ResultCallback<bool> done)
{
    HttpRequestSpec spec;
    spec.presetError = m_config.validateEnvd();
    spec.method = "GET";
    spec.request = envdRequest(QStringLiteral("/health"));
    spec.timeout = std::chrono::milliseconds(5000);
    auto *call = new HttpCall(m_nam, std::move(spec), context);
    QObject::connect(call, &HttpCall::finished, call, [call, done = std::move(done)] {
        if (!done)
            return;
        if (call->error().isOk())
            done(Result<bool>(true));
        else if (call->error().sandboxGone)
            done(Result<bool>(false));
        else
            done(failure(call->error()));
    });
    call->start();
    return call;
}

// --- directories --------------------------------------------------------------------------

DirectoryTransfer *EnvdClient::downloadDirectory(const QString &remoteDir,
                                                 const QString &localArchivePath,
                                                 const QStringList &excludes, QObject *parent)
{
    auto *transfer = new DirectoryTransfer(this, DirectoryTransfer::Direction::Download, remoteDir,
                                           localArchivePath, excludes, parent);
    transfer->start();
    return transfer;
}

DirectoryTransfer *EnvdClient::uploadDirectory(const QString &localDir, const QString &remoteDir,
                                               QObject *parent)
{
    auto *transfer = new DirectoryTransfer(this, DirectoryTransfer::Direction::Upload, remoteDir,
                                           localDir, {}, parent);
    transfer->start();
    return transfer;
}

} // namespace Autocoder::E2b
