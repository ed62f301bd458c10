#include "e2b/sandboxinfo.h"

#include <QJsonValue>

namespace Autocoder::E2b {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs);
}

} // namespace

Autocoder::Result<SandboxInfo> SandboxInfo::fromJson(const QJsonObject &o)
{
    const QJsonValue id = o.value(QLatin1String("sandboxID"));
    if (!id.isString() || id.toString().isEmpty())
        return failure(QStringLiteral("sandbox object without a string \"sandboxID\""));
    SandboxInfo s;
    s.sandboxId = id.toString();
    s.templateId = str(o, "templateID");
    s.alias = str(o, "alias");
    s.clientId = str(o, "clientID");
    s.envdVersion = str(o, "envdVersion");
    s.domain = str(o, "domain"); // null -> empty
    s.state = str(o, "state");
    s.envdAccessToken = Secret(str(o, "envdAccessToken"));
    s.trafficAccessToken = Secret(str(o, "trafficAccessToken"));
    s.startedAt = time(o, "startedAt");
    s.endAt = time(o, "endAt");
    s.cpuCount = o.value(QLatin1String("cpuCount")).toInt();
    s.memoryMB = o.value(QLatin1String("memoryMB")).toInt();
    s.diskSizeMB = o.value(QLatin1String("diskSizeMB")).toInt();
    const QJsonObject md = o.value(QLatin1String("metadata")).toObject();
    for (auto it = md.begin(); it != md.end(); ++it)
        s.metadata.insert(it.key(), it.value().toString());
    const QJsonValue internet = o.value(QLatin1String("allowInternetAccess"));
    if (internet.isBool())
        s.allowInternetAccess = internet.toBool();
    s.templateManifest = o.value(QLatin1String("templateManifest")).toObject();
    return s;
}

} // namespace Autocoder::E2b
