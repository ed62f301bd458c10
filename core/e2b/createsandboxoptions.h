#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Autocoder::E2b {

/// Body of POST /sandboxes (v1) or /v2/sandboxes.
struct CreateSandboxOptions
{
    QString templateId = QStringLiteral("base");
    std::chrono::seconds timeout { 300 }; ///< sandbox TTL
    QMap<QString, QString> metadata; ///< e.g. {"autocoder.run": "<id>"} to find orphans later
    QMap<QString, QString> envVars; ///< default env of every process
    bool secure = true; ///< v1 only; v2 is always secured
    bool autoPause = false;
    std::optional<bool> allowInternetAccess = true; ///< sent as allow_internet_access
    /// `network.allowOut` / `network.denyOut` (IPs, CIDRs, domains; allowOut wins); sent
    /// when either is non-empty.
    QStringList allowOut;
    QStringList denyOut;
    bool useV2 = false;

    QByteArray toJson() const;
};

} // namespace Autocoder::E2b
