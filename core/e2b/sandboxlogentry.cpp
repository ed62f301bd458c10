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

bool SandboxLogEntry::fromJson(const QJsonObject &json, SandboxLogEntry *out, QString *why)
{
    const QJsonValue timestamp = json.value(QStringLiteral("timestamp"));
    const QJsonValue message = json.value(QStringLiteral("message"));
    if (!timestamp.isString() || !message.isString()) {
        *why = QStringLiteral("log entry without timestamp or message");
        return false;
    }
    out->timestamp = QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
    if (!out->timestamp.isValid()) {
        *why = QStringLiteral("log entry with an invalid timestamp");
        return false;
    }
    out->level = json.value(QStringLiteral("level")).toString(QStringLiteral("info"));
    out->message = message.toString();
    out->fields.clear();
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out->fields.insert(it.key(), it.value().toVariant().toString());
    return true;
}

} // namespace Autocoder::E2b
