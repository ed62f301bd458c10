#include "common/appinfo.h"

#include <QCoreApplication>

namespace Autocoder::Common {

QString AppInfo::appId()
{
    return QStringLiteral("dev.autocoder.Autocoder");
}

QString AppInfo::applicationName()
{
    return QStringLiteral("autocoder");
}

QString AppInfo::sandboxdName()
{
    return QStringLiteral("autocoder-sandboxd");
}

QString AppInfo::displayName()
{
    return QStringLiteral("Autocoder");
}

QString AppInfo::organizationName()
{
    return appId();
}

QString AppInfo::organizationDomain()
{
    return QStringLiteral("autocoder.dev");
}

QString AppInfo::version()
{
    return QStringLiteral(AUTOCODER_VERSION);
}

void AppInfo::apply(QCoreApplication &app)
{
    Q_UNUSED(app) // the setters are static; taking the app proves it exists
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(organizationDomain());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace Autocoder::Common
