#pragma once

#include "common/result.h"
#include "e2b/secret.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Autocoder::E2b {

/// A sandbox as returned by create/connect (`Sandbox`), get (`SandboxDetail`) or list
/// (`ListedSandbox`). Fields a given endpoint does not return stay empty.
struct SandboxInfo
{
    QString sandboxId;
    QString templateId;
    QString alias;
    QString clientId;
    QString envdVersion;
    QString domain; ///< empty when the API returned null
    QString state; ///< "running" | "paused" (get/list only)
    Secret envdAccessToken;
    Secret trafficAccessToken;
    QDateTime startedAt;
    QDateTime endAt;
    int cpuCount = 0;
    int memoryMB = 0;
    int diskSizeMB = 0;
    QMap<QString, QString> metadata;
    std::optional<bool> allowInternetAccess;
    /// autocoder-sandboxd only: what the sandbox's template holds (see
    /// Sandboxd::TemplateManifest); empty from E2B cloud.
    QJsonObject templateManifest;

    /// Lenient parse (unknown keys ignored); returns false and sets *error when a required
    /// key (sandboxID) is missing or has the wrong type.
    static Autocoder::Result<SandboxInfo> fromJson(const QJsonObject &object);
};

} // namespace Autocoder::E2b
