#include "sandboxd/controlplanehandler.h"

#include "sandboxd/httpreply.h"
#include "sandboxd/requestpolicy.h"
#include "sandboxd/resourcelimiter.h"
#include "sandboxd/sandboxmanager.h"
#include "sandboxd/templatestore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace Autocoder::Sandboxd {

namespace {
using Method = QHttpServerRequest::Method;

bool parseBody(const QHttpServerRequest &request, bool required, QJsonObject *out, QString *error)
{
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty()) {
        if (required)
            *error = QStringLiteral("Error when parsing request: request body is empty");
        return !required;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("Error when parsing request: %1")
                     .arg(doc.isNull() ? parseError.errorString()
                                       : QStringLiteral("expected a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

// QHttpServerResponder only takes an initializer list of headers.
void writeWithHeaders(QHttpServerResponder &responder, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QByteArray type = headers.at(0).second;
    const QByteArray running = headers.at(1).second;
    if (headers.size() > 2) {
        responder.write(body,
                        { { "Content-Type", type },
                          { "X-Total-Running", running },
                          { "X-Next-Token", headers.at(2).second } },
                        QHttpServerResponder::StatusCode::Ok);
    } else {
        responder.write(body, { { "Content-Type", type }, { "X-Total-Running", running } },
                        QHttpServerResponder::StatusCode::Ok);
    }
}

bool metadataMatches(const QJsonObject &metadata, const QString &filter)
{
    const QUrlQuery query(filter);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (metadata.value(item.first).toString() != item.second)
            return false;
    }
    return true;
}
} // namespace

ControlPlaneHandler::ControlPlaneHandler(SandboxManager *manager, TemplateStore *templates,
                                         QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_templates(templates)
{ }

QString ControlPlaneHandler::notFoundMessage(const QString &id)
{
    return QStringLiteral("Sandbox \"%1\" doesn't exist or you don't have access to it").arg(id);
}

bool ControlPlaneHandler::authorized(const QHttpServerRequest &request) const
{
    QByteArray key = HttpReply::header(request, "X-API-Key");
    if (key.isEmpty()) {
        const QByteArray auth = HttpReply::header(request, "Authorization");
        if (auth.startsWith("Bearer "))
            key = auth.mid(7).trimmed();
    }
    return RequestPolicy::secretMatches(key, m_manager->config().apiKey);
}

void ControlPlaneHandler::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (path == QLatin1String("/health")) {
        // Unauthenticated: says how sandboxes are bounded, nothing about any sandbox.
        const ResourceLimits &defaults = m_manager->config().limits;
        QJsonObject limits = m_manager->limiter()->toJson();
        limits.insert(QStringLiteral("defaults"),
                      QJsonObject {
                          { QStringLiteral("cpuCount"), defaults.effectiveCpuCount() },
                          { QStringLiteral("memoryMB"), defaults.memoryMB },
                          { QStringLiteral("diskSizeMB"), defaults.diskSizeMB },
                          { QStringLiteral("maxProcesses"), defaults.maxProcesses },
                      });
        HttpReply::json(
            responder, 200,
            QJsonObject { { QStringLiteral("message"), QStringLiteral("Health check successful") },
                          { QStringLiteral("limits"), limits } });
        return;
    }
    if (!authorized(request)) {
        HttpReply::error(responder, 401,
                         QStringLiteral("Invalid API key, please visit "
                                        "https://e2b.dev/docs/api-key for more information."));
        return;
    }
    bool v2 = false;
    if (!parts.isEmpty() && parts.first() == QLatin1String("v2")) {
        v2 = true;
        parts.removeFirst();
    }
    if (parts.isEmpty() || parts.first() != QLatin1String("sandboxes")) {
        HttpReply::error(responder, 404, QStringLiteral("Not found: %1").arg(path));
        return;
    }
    const Method method = request.method();
    if (parts.size() == 1) {
        if (method == Method::Post)
            create(request, responder, v2);
        else if (method == Method::Get)
            list(request, responder, v2);
        else
            HttpReply::error(responder, 405, QStringLiteral("Method not allowed"));
        return;
    }
    if (parts.size() == 2 && parts.at(1) == QLatin1String("metrics")) {
        HttpReply::json(responder, 200,
                        QJsonObject { { QStringLiteral("sandboxes"), QJsonObject() } });
        return;
    }
    sandboxCall(parts.at(1), parts.size() > 2 ? parts.at(2) : QString(), v2, request, responder);
}

void ControlPlaneHandler::create(const QHttpServerRequest &request, QHttpServerResponder &responder,
                                 bool v2)
{
    QJsonObject body;
    QString error;
    if (!parseBody(request, true, &body, &error)) {
        HttpReply::error(responder, 400, error);
        return;
    }
    const QJsonValue templateId = body.value(QStringLiteral("templateID"));
    if (!templateId.isString() || templateId.toString().isEmpty()) {
        HttpReply::error(responder, 400,
                         QStringLiteral("Error when parsing request: templateID is required"));
        return;
    }
    const int maxSandboxes = m_manager->config().maxSandboxes;
    if (m_manager->sandboxes().size() >= maxSandboxes) {
        HttpReply::error(responder, 429,
                         QStringLiteral("you have reached the maximum number of concurrent E2B "
                                        "sandboxes (%1). If you need more, please visit "
                                        "'https://e2b.dev/docs/billing'")
                             .arg(maxSandboxes));
        return;
    }
    SandboxOptions options;
    options.templateName = templateId.toString();
    if (!TemplateStore::isKnown(options.templateName)) {
        HttpReply::error(responder, 404,
                         QStringLiteral("template '%1' not found").arg(options.templateName));
        return;
    }
    const int maxTimeout = m_manager->config().maxTimeoutSeconds;
    options.timeoutSeconds = v2 ? 300 : 15;
    if (body.contains(QStringLiteral("timeout"))) {
        const QJsonValue t = body.value(QStringLiteral("timeout"));
        if (!t.isDouble() || t.toDouble() < 0) {
            HttpReply::error(responder, 400, QStringLiteral("Timeout must be greater than 0"));
            return;
        }
        if (t.toDouble() > maxTimeout) {
            HttpReply::error(
                responder, 400,
                QStringLiteral("Timeout cannot be greater than %1 hours").arg(maxTimeout / 3600));
            return;
        }
        if (t.toInt() > 0)
            options.timeoutSeconds = t.toInt();
    }
    if (!ResourceLimits::fromRequest(body, m_manager->config().limits, &options.limits, &error)) {
        HttpReply::error(responder, 400, error);
        return;
    }
    options.secure = v2 || body.value(QStringLiteral("secure")).toBool(false);
    std::optional<EgressPolicy> egress = EgressPolicy::fromCreateRequest(body, &error);
    if (!egress) {
        HttpReply::error(responder, 400, error);
        return;
    }
    options.egress = *egress;
    const QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        options.metadata.insert(it.key(), it.value().toString());
    const QJsonObject envs = body.value(QStringLiteral("envVars")).toObject();
    for (auto it = envs.begin(); it != envs.end(); ++it)
        options.envVars.insert(it.key(), it.value().toString());

    // The template may need preparing (minutes, the first time): answer asynchronously.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QPointer<ControlPlaneHandler> self(this);
    m_templates->ensure(
        options.templateName, [self, held, socket, options](bool ok, const QString &error) mutable {
            if (!socket || !self) {
                // The client left; its connection objects are gone, so must
                // the responder be without touching them.
                new std::shared_ptr<QHttpServerResponder>(held);
                return;
            }
            if (!ok) {
                HttpReply::error(*held, 500, error);
                return;
            }
            options.templateDir = self->m_templates->mountDir(options.templateName);
            options.templateManifest = self->m_templates->manifest(options.templateName);
            QString createError;
            Sandbox *sandbox = self->m_manager->create(options, &createError);
            if (!sandbox) {
                HttpReply::error(*held, 500, createError);
                return;
            }
            HttpReply::json(*held, 201, sandbox->toSandboxJson(SandboxManager::envdVersion()));
        });
}

void ControlPlaneHandler::list(const QHttpServerRequest &request, QHttpServerResponder &responder,
                               bool v2)
{
    const QUrlQuery query(request.url());
    const QString metadata = query.queryItemValue(QStringLiteral("metadata"), QUrl::FullyDecoded);
    QStringList states = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded)
                             .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (states.isEmpty())
        states = v2 ? QStringList { QStringLiteral("running"), QStringLiteral("paused") }
                    : QStringList { QStringLiteral("running") };
    for (const QString &s : qAsConst(states)) {
        if (s != QLatin1String("running") && s != QLatin1String("paused")) {
            HttpReply::error(responder, 400, QStringLiteral("Invalid state: %1").arg(s));
            return;
        }
    }
    // Pagination (v2): sandboxes ordered by (startedAt, id); the token is the last one returned.
    bool limitOk = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        limit = 100;
    limit = qMin(limit, 1000);
    const bool descending = query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    const QString templateFilter = query.queryItemValue(QStringLiteral("template"));
    const QDateTime startedAfter = QDateTime::fromString(
        query.queryItemValue(QStringLiteral("startedAfter"), QUrl::FullyDecoded), Qt::ISODate);
    const QByteArray token = QByteArray::fromBase64(
        query.queryItemValue(QStringLiteral("nextToken"), QUrl::FullyDecoded).toLatin1());
    const auto key = [](const Sandbox *s) {
        return QByteArray::number(s->startedAt().toMSecsSinceEpoch()).rightJustified(16, '0') + '|'
            + s->id().toLatin1();
    };

    QList<Sandbox *> matching;
    int running = 0;
    const auto all = m_manager->sandboxes();
    for (Sandbox *sandbox : all) {
        if (!sandbox->isPaused())
            ++running;
        const QString state =
            sandbox->isPaused() ? QStringLiteral("paused") : QStringLiteral("running");
        if (!states.contains(state) || !metadataMatches(sandbox->options().metadata, metadata))
            continue;
        if (!templateFilter.isEmpty() && sandbox->options().templateName != templateFilter)
            continue;
        if (startedAfter.isValid() && sandbox->startedAt() <= startedAfter)
            continue;
        matching.append(sandbox);
    }
    std::sort(matching.begin(), matching.end(), [&key, descending](Sandbox *a, Sandbox *b) {
        return descending ? key(a) > key(b) : key(a) < key(b);
    });
    QJsonArray out;
    QByteArray nextToken;
    for (Sandbox *sandbox : qAsConst(matching)) {
        if (v2 && !token.isEmpty() && (descending ? key(sandbox) >= token : key(sandbox) <= token))
            continue;
        if (v2 && out.size() == limit) {
            nextToken =
                key(m_manager->find(
                        out.last().toObject().value(QStringLiteral("sandboxID")).toString()))
                    .toBase64();
            break;
        }
        out.append(sandbox->toDetailJson(SandboxManager::envdVersion(), false));
    }
    QList<QPair<QByteArray, QByteArray>> headers {
        { "Content-Type", "application/json" }, { "X-Total-Running", QByteArray::number(running) }
    };
    if (!nextToken.isEmpty())
        headers.append({ "X-Next-Token", nextToken });
    writeWithHeaders(responder, QJsonDocument(out).toJson(QJsonDocument::Compact), headers);
}

void ControlPlaneHandler::updateNetwork(Sandbox *sandbox, const QHttpServerRequest &request,
                                        QHttpServerResponder &responder)
{
    if (request.method() != Method::Put) {
        HttpReply::error(responder, 405, QStringLiteral("Method not allowed"));
        return;
    }
    QJsonObject body;
    QString error;
    if (!parseBody(request, true, &body, &error)) {
        HttpReply::error(responder, 400, error);
        return;
    }
    // SandboxNetworkUpdateConfig: allowOut/denyOut, with or without a "network" wrapper.
    const QJsonObject network = body.contains(QStringLiteral("network"))
        ? body.value(QStringLiteral("network")).toObject()
        : body;
    std::optional<EgressPolicy> policy = EgressPolicy::fromNetworkConfig(
        network, sandbox->egressPolicy().allowInternetAccess(), &error);
    if (!policy) {
        HttpReply::error(responder, 400, error);
        return;
    }
    for (const auto &endpoint : m_manager->protectedEndpoints())
        policy->addProtectedEndpoint(endpoint.first, endpoint.second);
    sandbox->setEgressPolicy(*policy);
    HttpReply::noContent(responder);
}

void ControlPlaneHandler::sandboxCall(const QString &id, const QString &action, bool v2,
                                      const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    Sandbox *sandbox = m_manager->find(id);
    if (!sandbox) {
        HttpReply::error(responder, 404, notFoundMessage(id));
        return;
    }
    const Method method = request.method();
    const QString version = SandboxManager::envdVersion();
    const int maxTimeout = m_manager->config().maxTimeoutSeconds;
    QJsonObject body;
    QString error;
    if (action.isEmpty()) {
        if (method == Method::Get) {
            HttpReply::json(responder, 200, sandbox->toDetailJson(version, true));
        } else if (method == Method::Delete) {
            m_manager->kill(id);
            HttpReply::noContent(responder);
        } else {
            HttpReply::error(responder, 405, QStringLiteral("Method not allowed"));
        }
        return;
    }
    if (action == QLatin1String("network")) {
        updateNetwork(sandbox, request, responder);
        return;
    }
    if (action == QLatin1String("metrics")) {
        HttpReply::json(responder, 200, QJsonArray());
        return;
    }
    if (action == QLatin1String("logs")) {
        const QUrlQuery query(request.url());
        // v2 counts the cursor in milliseconds, v1's `start` too.
        const qint64 cursor =
            query.queryItemValue(v2 ? QStringLiteral("cursor") : QStringLiteral("start"))
                .toLongLong();
        bool limitOk = false;
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
        const bool forward =
            query.queryItemValue(QStringLiteral("direction")) != QLatin1String("backward");
        const QJsonArray entries =
            sandbox->log().query(cursor, limitOk && limit > 0 ? qMin(limit, 1000) : 1000, forward);
        QJsonObject answer { { QStringLiteral("logs"), entries } };
        if (!v2)
            answer.insert(QStringLiteral("logEntries"), entries);
        HttpReply::json(responder, 200, answer);
        return;
    }
    if (method != Method::Post) {
        HttpReply::error(responder, 405, QStringLiteral("Method not allowed"));
        return;
    }
    const bool bodyRequired =
        action == QLatin1String("timeout") || (action == QLatin1String("connect") && !v2);
    if (!parseBody(request, bodyRequired, &body, &error)) {
        HttpReply::error(responder, 400, error);
        return;
    }
    const auto secondsField = [&](const QString &field, int fallback, int *out) {
        const QJsonValue v = body.value(field);
        if (v.isUndefined() || v.isNull()) {
            *out = fallback;
            return true;
        }
        if (!v.isDouble() || v.toDouble() <= 0) {
            HttpReply::error(responder, 400, QStringLiteral("Timeout must be greater than 0"));
            return false;
        }
        *out = int(qMin<double>(v.toDouble(), maxTimeout));
        return true;
    };
    int seconds = 0;
    if (action == QLatin1String("timeout")) {
        if (!body.contains(QStringLiteral("timeout"))) {
            HttpReply::error(responder, 400, QStringLiteral("Timeout must be greater than 0"));
            return;
        }
        if (!secondsField(QStringLiteral("timeout"), 0, &seconds))
            return;
        sandbox->setTimeout(seconds);
        HttpReply::noContent(responder);
    } else if (action == QLatin1String("refreshes")) {
        const int duration = body.value(QStringLiteral("duration")).toInt(0);
        if (duration > 3600) {
            HttpReply::error(responder, 400,
                             QStringLiteral("Duration must be less than or equal to 3600"));
            return;
        }
        sandbox->extendTo(QDateTime::currentDateTimeUtc().addSecs(qMax(15, duration)));
        HttpReply::noContent(responder);
    } else if (action == QLatin1String("pause")) {
        if (sandbox->isPaused()) {
            HttpReply::error(responder, 409,
                             QStringLiteral("Sandbox \"%1\" is already paused").arg(id));
            return;
        }
        sandbox->pause();
        HttpReply::noContent(responder);
    } else if (action == QLatin1String("resume")) {
        if (!sandbox->isPaused()) {
            HttpReply::error(responder, 409,
                             QStringLiteral("Sandbox \"%1\" is already running").arg(id));
            return;
        }
        if (!secondsField(QStringLiteral("timeout"), 15, &seconds))
            return;
        sandbox->resume(seconds);
        HttpReply::json(responder, 201, sandbox->toSandboxJson(version));
    } else if (action == QLatin1String("connect")) {
        if (!v2 && !body.contains(QStringLiteral("timeout"))) {
            HttpReply::error(responder, 400,
                             QStringLiteral("Error when parsing request: timeout is required"));
            return;
        }
        if (!secondsField(QStringLiteral("timeout"), 300, &seconds))
            return;
        if (sandbox->isPaused()) {
            sandbox->resume(seconds);
            HttpReply::json(responder, 201, sandbox->toSandboxJson(version));
        } else {
            sandbox->extendTo(QDateTime::currentDateTimeUtc().addSecs(seconds));
            HttpReply::json(responder, 200, sandbox->toSandboxJson(version));
        }
    } else {
        HttpReply::error(responder, 404, QStringLiteral("Not found"));
    }
}

} // namespace Autocoder::Sandboxd
