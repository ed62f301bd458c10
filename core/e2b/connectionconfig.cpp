#include "e2b/connectionconfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Autocoder::E2b {

namespace {

QUrl stripTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::E2b::ConnectionConfig)
};

} // namespace

ConnectionConfig ConnectionConfig::fromEnvironment(const QProcessEnvironment &env)
{
    ConnectionConfig c;
    c.apiKey = Secret(env.value(QStringLiteral("E2B_API_KEY")).trimmed());
    const QString domain = env.value(QStringLiteral("E2B_DOMAIN")).trimmed();
    if (!domain.isEmpty())
        c.domain = domain;
    const QString apiUrl = env.value(QStringLiteral("E2B_API_URL")).trimmed();
    if (!apiUrl.isEmpty())
        c.apiUrl = QUrl(apiUrl, QUrl::StrictMode);
    const QString sandboxUrl = env.value(QStringLiteral("E2B_SANDBOX_URL")).trimmed();
    if (!sandboxUrl.isEmpty())
        c.sandboxUrl = QUrl(sandboxUrl, QUrl::StrictMode);
    c.debug = env.value(QStringLiteral("E2B_DEBUG"))
                  .trimmed()
                  .compare(QStringLiteral("true"), Qt::CaseInsensitive)
        == 0;
    return c;
}

QUrl ConnectionConfig::resolvedApiUrl() const
{
    if (!apiUrl.isEmpty())
        return stripTrailingSlash(apiUrl);
    if (debug)
        return QUrl(QStringLiteral("http://localhost:3000"));
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("api.") + domain);
    return url;
}

bool ConnectionConfig::isSharedHostDomain(const QString &d)
{
    return d == QLatin1String("e2b.app") || d == QLatin1String("e2b.dev")
        || d == QLatin1String("e2b.pro") || d == QLatin1String("e2b-staging.dev");
}

QUrl ConnectionConfig::envdBaseUrl(const QString &sandboxId, const QString &sandboxDomain) const
{
    if (!sandboxUrl.isEmpty())
        return stripTrailingSlash(sandboxUrl);
    if (debug)
        return QUrl(QStringLiteral("http://localhost:%1").arg(kEnvdPort));
    const QString d = sandboxDomain.isEmpty() ? domain : sandboxDomain;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    if (isSharedHostDomain(d))
        url.setHost(QStringLiteral("sandbox.") + d);
    else
        url.setHost(QStringLiteral("%1-%2.%3").arg(kEnvdPort).arg(sandboxId, d));
    return url;
}

bool ConnectionConfig::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

namespace {

enum class Which { Sandbox, Api };

Error checkUrl(const QUrl &url, Which which)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           which == Which::Sandbox ? Tr::tr("The sandbox URL is not a valid URL.")
                                                   : Tr::tr("The API URL is not a valid URL."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && ConnectionConfig::isLoopbackHost(url.host()))
        return {};
    return Error::make(Error::Kind::InvalidArgument,
                       which == Which::Sandbox
                           ? Tr::tr("The sandbox URL must use https (plain http is allowed only "
                                    "for 127.0.0.1/localhost).")
                           : Tr::tr("The API URL must use https (plain http is allowed only for "
                                    "127.0.0.1/localhost)."));
}

} // namespace

Error ConnectionConfig::validateEnvd() const
{
    return checkUrl(sandboxUrl, Which::Sandbox);
}

Error ConnectionConfig::validate() const
{
    if (apiKey.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           Tr::tr("No E2B API key: set E2B_API_KEY or enter one in the settings."));
    if (Error e = checkUrl(resolvedApiUrl(), Which::Api); e.isError())
        return e;
    return validateEnvd();
}

QDebug operator<<(QDebug debug, const ConnectionConfig &config)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "E2b::ConnectionConfig(api=" << config.resolvedApiUrl().toDisplayString()
                    << ", sandboxUrl=" << config.sandboxUrl.toDisplayString()
                    << ", domain=" << config.domain << ", apiKey=" << config.apiKey << ')';
    return debug;
}

} // namespace Autocoder::E2b
