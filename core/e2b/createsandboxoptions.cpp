#include "e2b/createsandboxoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Autocoder::E2b {

namespace {

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QByteArray CreateSandboxOptions::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("templateID"), templateId);
    // The API counts whole seconds; round up like the SDK (ceil(ms / 1000)).
    o.insert(QStringLiteral("timeout"), qint64(timeout.count()));
    o.insert(QStringLiteral("autoPause"), autoPause);
    if (!useV2)
        o.insert(QStringLiteral("secure"), secure);
    if (allowInternetAccess)
        o.insert(QStringLiteral("allow_internet_access"), *allowInternetAccess);
    if (!allowOut.isEmpty() || !denyOut.isEmpty()) {
        QJsonObject network;
        if (!allowOut.isEmpty())
            network.insert(QStringLiteral("allowOut"), QJsonArray::fromStringList(allowOut));
        if (!denyOut.isEmpty())
            network.insert(QStringLiteral("denyOut"), QJsonArray::fromStringList(denyOut));
        o.insert(QStringLiteral("network"), network);
    }
    if (!metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), toObject(metadata));
    if (!envVars.isEmpty())
        o.insert(QStringLiteral("envVars"), toObject(envVars));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Autocoder::E2b
