#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Autocoder::E2b {

/// Filter for GET /v2/sandboxes. `metadata` becomes the `metadata` query value: each
/// key and value URL-encoded, joined as k=v&k2=v2, and that string URL-encoded again.
struct ListSandboxesQuery
{
    QMap<QString, QString> metadata;
    QStringList states { QStringLiteral("running"), QStringLiteral("paused") };
    int limit = 0; ///< 0 = server default
    QString nextToken; ///< from the previous page

    /// The encoded query string (without '?'), e.g.
    /// "metadata=app%3Dautocoder&state=running,paused".
    QString toQueryString() const;
};

} // namespace Autocoder::E2b
