#include "e2b/sandboxlogentry.h"

namespace Autocoder::E2b {

QJsonObject SandboxLogEntry::toJson() const
{
    QJsonObject f;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        f.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("timestamp"), timestamp.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("level"), level },
        { QStringLiteral("message"), message },
        { QStringLiteral("fields"), f },
    };
}

Autocoder::Result<SandboxLogEntry> SandboxLogEntry::fromJson(const QJsonObject &json)
{
    const QJsonValue timestamp = json.value(QStringLiteral("timestamp"));
    const QJsonValue message = json.value(QStringLiteral("message"));
    if (!timestamp.isString() || !message.isString())
        return failure(QStringLiteral("log entry without timestamp or message"));
    SandboxLogEntry entry;
    entry.timestamp = QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
    if (!entry.timestamp.isValid())
        return failure(QStringLiteral("log entry with an invalid timestamp"));
    entry.level = json.value(QStringLiteral("level")).toString(QStringLiteral("info"));
    entry.message = message.toString();
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        entry.fields.insert(it.key(), it.value().toVariant().toString());
    return entry;
}

} // namespace Autocoder::E2b
