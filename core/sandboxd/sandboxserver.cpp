#include "sandboxd/sandboxserver.h"

#include "sandboxd/controlplanehandler.h"
#include "sandboxd/filesendpoint.h"
#include "sandboxd/filesystemservice.h"
#include "sandboxd/guardedtcpserver.h"
#include "sandboxd/httpreply.h"
#include "sandboxd/processservice.h"
#include "sandboxd/requestpolicy.h"
#include "sandboxd/sandboxmanager.h"
#include "sandboxd/templatestore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace Autocoder::Sandboxd {

namespace {
constexpr const char *EnvdPort = "49983";
} // namespace

SandboxServer::SandboxServer(const ServerConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_manager(new SandboxManager(config, this))
    , m_policy(std::make_unique<RequestPolicy>(m_manager, m_config))
    , m_templates(nullptr)
    , m_controlPlane(nullptr)
    , m_processes(new ProcessService(this))
{
    m_templates = new TemplateStore(config.effectiveTemplatesDir(), m_manager->etcDir(),
                                    config.bwrapProgram, &m_manager->resolver(), this);
    m_controlPlane = new ControlPlaneHandler(m_manager, m_templates, this);
}

SandboxServer::~SandboxServer()
{
    // Streams first (they reference processes), then every sandbox with its processes.
    delete m_processes;
    m_processes = nullptr;
    m_manager->killAll();
}

quint16 SandboxServer::start(quint16 port, QString *error)
{
    if (!m_manager->initialize(error))
        return 0;
    m_templates->setHostUid(m_manager->config().sandboxUid);
    m_templates->setLimits(m_manager->limiter(), m_config.limits);
    auto *tcp = new GuardedTcpServer(m_policy.get(), this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        *error = tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return 0;
    }
    bind(tcp);
    const quint16 bound = tcp->serverPort();
    // With this server's key, a sandbox would control every other one: no allow-list
    // entry opens it, by any of this host's addresses (an unspecified address protects
    // loopback and every interface address; host.autocoder.internal is loopback too).
    m_manager->protectEndpoint(QHostAddress::AnyIPv4, bound);
    return bound;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_EMIT requestReceived();
    QHttpServerResponder responder = makeResponder(request, socket);
    const RequestPolicy::Route route = RequestPolicy::route(
        HttpReply::header(request, "Host"), HttpReply::header(request, "E2b-Sandbox-Id"),
        HttpReply::header(request, "E2b-Sandbox-Port"));
    if (route.envd) {
        if (!route.missingHeader.isEmpty())
            HttpReply::error(responder, 400,
                             QStringLiteral("Missing header: %1").arg(route.missingHeader));
        else
            handleEnvd(route.sandboxId, route.port, request, socket, responder);
        return true;
    }
    m_controlPlane->handle(request, responder);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    HttpReply::error(responder, 404, QStringLiteral("Not found"));
}

void SandboxServer::handleEnvd(const QString &sandboxId, const QString &port,
                               const QHttpServerRequest &request, QTcpSocket *socket,
                               QHttpServerResponder &responder)
{
    Sandbox *sandbox = m_manager->find(sandboxId);
    if (!sandbox) {
        HttpReply::sandboxNotFound(responder, sandboxId);
        return;
    }
    if (port != QLatin1String(EnvdPort)) {
        responder.write(QJsonDocument(QJsonObject { { QStringLiteral("sandboxId"), sandboxId },
                                                    { QStringLiteral("message"),
                                                      QStringLiteral("The sandbox is running but "
                                                                     "port is not open") },
                                                    { QStringLiteral("port"), port.toInt() },
                                                    { QStringLiteral("code"), 502 } })
                            .toJson(QJsonDocument::Compact),
                        { { "Content-Type", "application/json; charset=utf-8" } },
                        QHttpServerResponder::StatusCode::BadGateway);
        return;
    }
    const QString path = request.url().path();
    if (path == QLatin1String("/health")) {
        HttpReply::noContent(responder);
        return;
    }
    if (path == QLatin1String("/files")) {
        // /files does its own check: token header or a signed URL.
        FilesEndpoint::handle(sandbox, request, responder);
        return;
    }
    if (sandbox->options().secure
        && !RequestPolicy::secretMatches(HttpReply::header(request, "X-Access-Token"),
                                         sandbox->accessToken())) {
        HttpReply::error(responder, 401,
                         QStringLiteral("unauthorized access, please provide a valid access "
                                        "token or method signing if supported"));
        return;
    }
    if (path == QLatin1String("/envs")) {
        QJsonObject envs;
        const auto &vars = sandbox->options().envVars;
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            envs.insert(it.key(), it.value());
        HttpReply::json(responder, 200, envs);
        return;
    }
    static const QRegularExpression rpc(QStringLiteral("^/(process\\.Process|filesystem\\."
                                                       "Filesystem)/([A-Za-z]+)$"));
    const QRegularExpressionMatch m = rpc.match(path);
    if (!m.hasMatch()) {
        HttpReply::error(responder, 404, QStringLiteral("Not found: %1").arg(path));
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        HttpReply::error(responder, 405, QStringLiteral("Method not allowed"));
        return;
    }
    if (m.captured(1) == QLatin1String("process.Process"))
        m_processes->handle(sandbox, m.captured(2), request, socket, responder);
    else
        FilesystemService::handle(sandbox, m.captured(2), request, responder);
}

} // namespace Autocoder::Sandboxd
