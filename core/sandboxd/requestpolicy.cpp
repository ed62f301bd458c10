#include "sandboxd/requestpolicy.h"

#include "sandboxd/filesupload.h"
#include "sandboxd/sandbox.h"
#include "sandboxd/sandboxmanager.h"
#include "sandboxd/serverconfig.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Autocoder::Sandboxd {

namespace {
constexpr const char *EnvdPort = "49983";
} // namespace

RequestPolicy::RequestPolicy(SandboxManager *manager, const ServerConfig &config)
    : m_manager(manager)
    , m_config(config)
{ }

RequestPolicy::Route RequestPolicy::route(const QByteArray &host, const QByteArray &sandboxId,
                                          const QByteArray &port)
{
    static const QRegularExpression hostForm(QStringLiteral("^(\\d+)-([a-z0-9]+)\\."));
    Route r;
    const QRegularExpressionMatch m = hostForm.match(QString::fromLatin1(host));
    if (m.hasMatch()) {
        r.envd = true;
        r.port = m.captured(1);
        r.sandboxId = m.captured(2);
        return r;
    }
    if (sandboxId.isEmpty() && port.isEmpty())
        return r;
    r.envd = true;
    if (sandboxId.isEmpty() || port.isEmpty())
        r.missingHeader = sandboxId.isEmpty() ? QStringLiteral("E2b-Sandbox-Id")
                                              : QStringLiteral("E2b-Sandbox-Port");
    r.sandboxId = QString::fromLatin1(sandboxId);
    r.port = QString::fromLatin1(port);
    return r;
}

bool RequestPolicy::secretMatches(const QByteArray &given, const QString &expected)
{
    // Hashing first makes the comparison's time independent of where the bytes differ.
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected.toUtf8(), QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0 && !given.isEmpty();
}

QByteArray RequestPolicy::errorBody(int status, const QString &message)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("code"), status },
                                       { QStringLiteral("message"), message } })
        .toJson(QJsonDocument::Compact);
}

RequestGate::Decision RequestPolicy::decide(const RequestHead &head)
{
    const Route r =
        route(head.header("Host"), head.header("E2b-Sandbox-Id"), head.header("E2b-Sandbox-Port"));
    if (r.envd)
        return decideEnvd(r, head);
    if (head.path() == QLatin1String("/health"))
        return Decision::pass(ControlPlaneMaxBody);
    // The same rule as ControlPlaneHandler: X-API-Key, else a Bearer token.
    QByteArray key = head.header("X-API-Key");
    if (key.isEmpty() && head.header("Authorization").startsWith("Bearer "))
        key = head.header("Authorization").mid(7).trimmed();
    if (!secretMatches(key, m_config.apiKey))
        return Decision::reject(401,
                                errorBody(401,
                                          QStringLiteral("Invalid API key, please visit "
                                                         "https://e2b.dev/docs/api-key for more "
                                                         "information.")));
    return Decision::pass(ControlPlaneMaxBody);
}

RequestGate::Decision RequestPolicy::decideEnvd(const Route &route, const RequestHead &head)
{
    if (!route.missingHeader.isEmpty())
        return Decision::pass(ControlPlaneMaxBody); // the handler answers 400
    Sandbox *sandbox = m_manager->find(route.sandboxId);
    if (!sandbox) {
        return Decision::reject(
            502,
            QJsonDocument(QJsonObject { { QStringLiteral("sandboxId"), route.sandboxId },
                                        { QStringLiteral("message"),
                                          QStringLiteral("The sandbox was not found") },
                                        { QStringLiteral("code"), 502 } })
                .toJson(QJsonDocument::Compact));
    }
    const QString path = head.path();
    if (route.port != QLatin1String(EnvdPort) || path == QLatin1String("/health"))
        return Decision::pass(ControlPlaneMaxBody);
    if (path == QLatin1String("/files")) {
        if (head.method == "POST")
            return FilesUpload::decide(sandbox, head, m_config.maxUploadBytes);
        return Decision::pass(ControlPlaneMaxBody);
    }
    if (sandbox->options().secure
        && !secretMatches(head.header("X-Access-Token"), sandbox->accessToken())) {
        return Decision::reject(
            401,
            errorBody(401,
                      QStringLiteral("unauthorized access, please provide a valid access token "
                                     "or method signing if supported")));
    }
    return Decision::pass(EnvdMaxBody);
}

} // namespace Autocoder::Sandboxd
