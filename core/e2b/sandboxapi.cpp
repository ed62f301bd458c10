#include "e2b/sandboxapi.h"

#include "e2b/callbinding_p.h"
#include "e2b/httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

#include <functional>
#include <memory>

namespace Autocoder::E2b {

using Internal::bindError;
using Internal::bindResult;
using Internal::parseJsonObject;

namespace {

Error parseSandbox(const HttpCall *call, SandboxInfo *out)
{
    QJsonObject o;
    if (Error e = parseJsonObject(call, &o); e.isError())
        return e;
    Autocoder::Result<SandboxInfo> info = SandboxInfo::fromJson(o);
    if (!info)
        return Error::make(Error::Kind::Protocol, info.error(), call->httpStatus());
    *out = std::move(info).value();
    return {};
}

qint64 toSeconds(std::chrono::seconds s)
{
    return qMax<qint64>(0, s.count());
}

QByteArray jsonBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString idPath(const QString &sandboxId, const char *suffix = "")
{
    return QStringLiteral("/sandboxes/") + QString::fromLatin1(QUrl::toPercentEncoding(sandboxId))
        + QLatin1String(suffix);
}

} // namespace

SandboxApi::SandboxApi(ConnectionConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(new QNetworkAccessManager(this))
{ }

SandboxApi::~SandboxApi() = default;

HttpCall *SandboxApi::makeCall(const QByteArray &method, const QString &path, const QString &query,
                               const QByteArray &body, bool idempotent, QObject *context)
{
    Q_ASSERT(context);
    QUrl url = m_config.resolvedApiUrl();
    url.setPath(url.path() + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_config.apiKey.reveal().toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("autocoder/" AUTOCODER_VERSION));
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    HttpRequestSpec spec;
    spec.method = method;
    spec.request = request;
    spec.body = body;
    spec.idempotent = idempotent;
    spec.retry = m_config.retry;
    spec.timeout = m_config.requestTimeout;
    spec.maxResponseBytes = m_config.maxResponseBytes;
    spec.notFoundMeansSandboxGone = path.startsWith(QLatin1String("/sandboxes/"));
    spec.presetError = m_config.validate();
    auto *call = new HttpCall(m_nam, std::move(spec), context);
    call->start();
    return call;
}

HttpCall *SandboxApi::create(const CreateSandboxOptions &options, QObject *context,
                             ResultCallback<SandboxInfo> done)
{
    auto *call = makeCall(
        "POST", options.useV2 ? QStringLiteral("/v2/sandboxes") : QStringLiteral("/sandboxes"), {},
        options.toJson(), false, context);
    bindResult<SandboxInfo>(call, std::move(done), parseSandbox);
    return call;
}

HttpCall *SandboxApi::getInfo(const QString &sandboxId, QObject *context,
                              ResultCallback<SandboxInfo> done)
{
    auto *call = makeCall("GET", idPath(sandboxId), {}, QByteArray(), true, context);
    bindResult<SandboxInfo>(call, std::move(done), parseSandbox);
    return call;
}

HttpCall *SandboxApi::list(const ListSandboxesQuery &query, QObject *context,
                           ResultCallback<SandboxListPage> done)
{
    auto *call = makeCall("GET", QStringLiteral("/v2/sandboxes"), query.toQueryString(),
                          QByteArray(), true, context);
    bindResult<SandboxListPage>(
        call, std::move(done), [](const HttpCall *c, SandboxListPage *page) -> Error {
            const QJsonDocument doc = QJsonDocument::fromJson(c->body());
            if (!doc.isArray())
                return Error::make(
                    Error::Kind::Protocol,
                    QCoreApplication::translate("Autocoder::E2b::SandboxApi",
                                                "The sandbox list is not a JSON array."),
                    c->httpStatus());
            const QJsonArray array = doc.array();
            for (const QJsonValue v : array) {
                if (!v.isObject())
                    return Error::make(
                        Error::Kind::Protocol,
                        QCoreApplication::translate("Autocoder::E2b::SandboxApi",
                                                    "The sandbox list has an entry that is not "
                                                    "a JSON object."),
                        c->httpStatus());
                Autocoder::Result<SandboxInfo> info = SandboxInfo::fromJson(v.toObject());
                if (!info)
                    return Error::make(Error::Kind::Protocol, info.error(), c->httpStatus());
                page->sandboxes.append(std::move(info).value());
            }
            page->nextToken = QString::fromUtf8(c->rawHeader("X-Next-Token"));
            return {};
        });
    return call;
}

HttpCall *SandboxApi::listAll(const ListSandboxesQuery &query, QObject *context,
                              ResultCallback<QList<SandboxInfo>> done, int maxPages)
{
    // The walk is owned by whichever page request is pending: each page's callback keeps
    // the shared state alive, and destroying the context drops it with that request.
    struct Walk
    {
        QPointer<SandboxApi> api;
        QObject *context = nullptr;
        ResultCallback<QList<SandboxInfo>> done;
        QList<SandboxInfo> sandboxes;
        int pagesLeft = 0;
    };
    auto walk = std::make_shared<Walk>();
    walk->api = this;
    walk->context = context;
    walk->done = std::move(done);
    walk->pagesLeft = qMax(1, maxPages);
    auto step = std::make_shared<std::function<HttpCall *(const ListSandboxesQuery &)>>();
    std::weak_ptr<std::function<HttpCall *(const ListSandboxesQuery &)>> weakStep = step;
    *step = [walk, weakStep](const ListSandboxesQuery &q) -> HttpCall * {
        auto self = weakStep.lock();
        if (!walk->api || !self)
            return nullptr;
        --walk->pagesLeft;
        return walk->api->list(q, walk->context, [walk, self, q](const Result<SandboxListPage> &r) {
            if (!r.isOk()) {
                if (walk->done)
                    walk->done(failure(r.error()));
                return;
            }
            walk->sandboxes += r->sandboxes;
            if (r->nextToken.isEmpty() || walk->pagesLeft <= 0 || !walk->api) {
                if (walk->done)
                    walk->done(Result<QList<SandboxInfo>>(walk->sandboxes));
                return;
            }
            ListSandboxesQuery next = q;
            next.nextToken = r->nextToken;
            (*self)(next);
        });
    };
    return (*step)(query);
}

HttpCall *SandboxApi::setTimeout(const QString &sandboxId, std::chrono::seconds timeout,
                                 QObject *context, ErrorCallback done)
{
    QJsonObject o { { QStringLiteral("timeout"), toSeconds(timeout) } };
    auto *call = makeCall("POST", idPath(sandboxId, "/timeout"), {}, jsonBody(o), true, context);
    bindError(call, std::move(done));
    return call;
}

HttpCall *SandboxApi::refresh(const QString &sandboxId, std::chrono::seconds duration,
                              QObject *context, ErrorCallback done)
{
    QJsonObject o { { QStringLiteral("duration"), qMin<qint64>(toSeconds(duration), 3600) } };
    auto *call = makeCall("POST", idPath(sandboxId, "/refreshes"), {}, jsonBody(o), true, context);
    bindError(call, std::move(done));
    return call;
}

HttpCall *SandboxApi::pause(const QString &sandboxId, QObject *context, ResultCallback<bool> done)
{
    auto *call =
        makeCall("POST", idPath(sandboxId, "/pause"), {}, QByteArrayLiteral("{}"), false, context);
    QObject::connect(call, &HttpCall::finished, call, [call, done = std::move(done)] {
        if (!done)
            return;
        if (call->error().isOk())
            done(Result<bool>(true));
        else if (call->error().httpStatus == 409)
            done(Result<bool>(false));
        else
            done(failure(call->error()));
    });
    return call;
}

HttpCall *SandboxApi::connectSandbox(const QString &sandboxId, std::chrono::seconds timeout,
                                     QObject *context, ResultCallback<SandboxInfo> done)
{
    QJsonObject o { { QStringLiteral("timeout"), toSeconds(timeout) } };
    auto *call = makeCall("POST", idPath(sandboxId, "/connect"), {}, jsonBody(o), false, context);
    bindResult<SandboxInfo>(call, std::move(done), parseSandbox);
    return call;
}

HttpCall *SandboxApi::logs(const QString &sandboxId, qint64 cursorMs, int limit, QObject *context,
                           ResultCallback<QList<SandboxLogEntry>> done)
{
    const QString query = QStringLiteral("cursor=%1&limit=%2&direction=forward")
                              .arg(qMax<qint64>(0, cursorMs))
                              .arg(qBound(1, limit, 1000));
    auto *call = makeCall("GET", QStringLiteral("/v2") + idPath(sandboxId, "/logs"), query,
                          QByteArray(), true, context);
    bindResult<QList<SandboxLogEntry>>(
        call, std::move(done), [](const HttpCall *c, QList<SandboxLogEntry> *out) -> Error {
            QJsonObject o;
            if (Error e = parseJsonObject(c, &o); e.isError())
                return e;
            const QJsonArray entries = o.value(QStringLiteral("logs")).toArray();
            for (const QJsonValue v : entries) {
                Autocoder::Result<SandboxLogEntry> entry = SandboxLogEntry::fromJson(v.toObject());
                if (!entry)
                    return Error::make(Error::Kind::Protocol, entry.error(), c->httpStatus());
                out->append(std::move(entry).value());
            }
            return {};
        });
    return call;
}

HttpCall *SandboxApi::kill(const QString &sandboxId, QObject *context, ResultCallback<bool> done)
{
    auto *call = makeCall("DELETE", idPath(sandboxId), {}, QByteArray(), true, context);
    QObject::connect(call, &HttpCall::finished, call, [call, done = std::move(done)] {
        if (!done)
            return;
        if (call->error().isOk())
            done(Result<bool>(true));
        else if (call->error().kind == Error::Kind::NotFound && call->error().httpStatus == 404)
            done(Result<bool>(false));
        else
            done(failure(call->error()));
    });
    return call;
}

} // namespace Autocoder::E2b
