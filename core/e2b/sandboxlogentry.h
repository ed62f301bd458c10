#pragma once

#include "common/result.h"
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
    static Autocoder::Result<SandboxLogEntry> fromJson(const QJsonObject &json);
};

} // namespace Autocoder::E2b
