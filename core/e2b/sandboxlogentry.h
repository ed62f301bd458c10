#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Autocoder::E2b {

/// One entry of GET /v2/sandboxes/{id}/logs (E2B's SandboxLogEntry).
struct SandboxLogEntry
{
    QDateTime timestamp;
    QString level; ///< debug, info, warn, error
    QString message;
    QMap<QString, QString> fields;

    QJsonObject toJson() const;
    /// False with \a why when a required member is missing or of the wrong type.
    static bool fromJson(const QJsonObject &json, SandboxLogEntry *out, QString *why);
};

} // namespace Autocoder::E2b
