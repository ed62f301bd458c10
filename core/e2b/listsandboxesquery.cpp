#include "e2b/listsandboxesquery.h"

#include <QUrl>

namespace Autocoder::E2b {

namespace {

QString encode(const QString &s)
{
    // encodeURIComponent-like: everything but unreserved characters is escaped.
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

QString ListSandboxesQuery::toQueryString() const
{
    QStringList parts;
    if (!metadata.isEmpty()) {
        QStringList pairs;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            pairs << encode(it.key()) + QLatin1Char('=') + encode(it.value());
        parts << QStringLiteral("metadata=") + encode(pairs.join(QLatin1Char('&')));
    }
    if (!states.isEmpty()) {
        QStringList encoded;
        for (const QString &s : states)
            encoded << encode(s);
        parts << QStringLiteral("state=") + encoded.join(QLatin1Char(','));
    }
    if (limit > 0)
        parts << QStringLiteral("limit=%1").arg(limit);
    if (!nextToken.isEmpty())
        parts << QStringLiteral("nextToken=") + encode(nextToken);
    return parts.join(QLatin1Char('&'));
}

} // namespace Autocoder::E2b
