#include "sandboxd/sandboxserver.h"

#include "sandboxd/controlplanehandler.h"
#include "sandboxd/filesendpoint.h"
#include "sandboxd/filesystemservice.h"
#include "sandboxd/httpreply.h"
#include "sandboxd/processservice.h"
#include "sandboxd/sandboxmanager.h"
#include "sandboxd/templatestore.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>

namespace Autocoder::Sandboxd {

namespace {
constexpr const char *EnvdPort = "49983";

bool tokenMatches(const QByteArray &given, const QString &expected)
{
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected.toUtf8(), QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0 && !given.isEmpty();
}
} // namespace

SandboxServer::SandboxServer(const ServerConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_manager(new SandboxManager(config, this))
    , m_templates(nullptr)
    , m_controlPlane(nullptr)
    , m_processes(new ProcessService(this))
{
    m_templates = new TemplateStore(config.effectiveTemplatesDir(), m_manager->etcDir(),
                                    config.bwrapProgram, this);
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
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        *error = tr("cannot listen on 127.0.0.1:%1").arg(port);
    return bound;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_EMIT requestReceived();
    QHttpServerResponder responder = makeResponder(request, socket);
    // Routing like E2B's edge: "<port>-<id>.<domain>" host, else the two headers.
    static const QRegularExpression hostForm(QStringLiteral("^(\\d+)-([a-z0-9]+)\\."));
    const QString host = QString::fromLatin1(HttpReply::header(request, "Host"));
    const QRegularExpressionMatch m = hostForm.match(host);
    if (m.hasMatch()) {
        handleEnvd(m.captured(2), m.captured(1), request, socket, responder);
        return true;
    }
    const QByteArray id = HttpReply::header(request, "E2b-Sandbox-Id");
    const QByteArray port = HttpReply::header(request, "E2b-Sandbox-Port");
    if (!id.isEmpty() || !port.isEmpty()) {
        if (id.isEmpty() || port.isEmpty()) {
            HttpReply::error(responder, 400,
                             QStringLiteral("Missing header: %1")
                                 .arg(id.isEmpty() ? QStringLiteral("E2b-Sandbox-Id")
                                                   : QStringLiteral("E2b-Sandbox-Port")));
            return true;
        }
        handleEnvd(QString::fromLatin1(id), QString::fromLatin1(port), request, socket, responder);
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
        FilesEndpoint::handle(sandbox, request, responder, m_config.maxUploadBytes);
        return;
    }
    if (sandbox->options().secure
        && !tokenMatches(HttpReply::header(request, "X-Access-Token"), sandbox->accessToken())) {
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
