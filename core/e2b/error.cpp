#include "e2b/error.h"

#include <QHash>

namespace Autocoder::E2b {

Error Error::make(Kind kind, const QString &message, int httpStatus, const QString &connectCode)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    e.connectCode = connectCode;
    return e;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Protocol:
        return QStringLiteral("Protocol");
    case Kind::Remote:
        return QStringLiteral("Remote");
    case Kind::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

Error::Kind Error::kindForConnectCode(const QString &code)
{
    // Follows the SDKs' reactions (doc §5): server-side "canceled" and
    // "deadline_exceeded" are timeouts from the caller's point of view.
    static const QHash<QString, Kind> map = {
        { QStringLiteral("canceled"), Kind::Timeout },
        { QStringLiteral("deadline_exceeded"), Kind::Timeout },
        { QStringLiteral("invalid_argument"), Kind::InvalidArgument },
        { QStringLiteral("failed_precondition"), Kind::InvalidArgument },
        { QStringLiteral("out_of_range"), Kind::InvalidArgument },
        { QStringLiteral("not_found"), Kind::NotFound },
        { QStringLiteral("unauthenticated"), Kind::Unauthorized },
        { QStringLiteral("permission_denied"), Kind::Unauthorized },
        { QStringLiteral("resource_exhausted"), Kind::RateLimited },
    };
    return map.value(code, Kind::Remote);
}

QString Error::toString() const
{
    if (isOk())
        return QStringLiteral("ok");
    QString s = kindName(kind);
    QStringList details;
    if (httpStatus)
        details << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!connectCode.isEmpty())
        details << connectCode;
    if (retryAfter.count() > 0)
        details << QStringLiteral("retry after %1 ms").arg(retryAfter.count());
    if (sandboxGone)
        details << QStringLiteral("sandbox gone");
    if (!details.isEmpty())
        s += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    return s;
}

QDebug operator<<(QDebug debug, const Error &error)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << "E2b::Error(" << error.toString() << ')';
    return debug;
}

} // namespace Autocoder::E2b
