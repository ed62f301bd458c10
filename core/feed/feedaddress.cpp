#include "feed/feedaddress.h"

#include "feed/feedprotocol.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Autocoder::Feed {

namespace {

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Feed::FeedAddress)
};

} // namespace

Result<FeedAddress> FeedAddress::make(const QUrl &url, const QByteArray &token)
{
    FeedAddress address;
    QUrl clean = url;
    QUrlQuery query(clean);
    address.m_token = token;
    if (address.m_token.isEmpty())
        address.m_token = query.queryItemValue(Query::Token, QUrl::FullyDecoded).toUtf8();
    query.removeAllQueryItems(Query::Token);
    query.removeAllQueryItems(Query::Since);
    query.removeAllQueryItems(Query::Client);
    clean.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded));
    if (clean.scheme() == QLatin1String("http"))
        clean.setScheme(QStringLiteral("ws"));
    else if (clean.scheme() == QLatin1String("https"))
        clean.setScheme(QStringLiteral("wss"));
    address.m_url = clean;

    if (!clean.isValid() || clean.host().isEmpty()
        || (clean.scheme() != QLatin1String("ws") && clean.scheme() != QLatin1String("wss")))
        return failure(Tr::tr("Not a feed address (ws://HOST:PORT/…): %1").arg(loggable(clean)));
    if (address.m_token.isEmpty())
        return failure(Tr::tr("No token for the feed"));
    // It goes into an HTTP header: nothing that could end the line or the header.
    for (const char c : std::as_const(address.m_token)) {
        if (c <= ' ' || c > '~')
            return failure(Tr::tr("The token has characters a token cannot have"));
    }
    return address;
}

QNetworkRequest FeedAddress::request(qint64 since, const QString &clientName) const
{
    QUrl target = m_url;
    QUrlQuery query(target);
    query.addQueryItem(Query::Since, QString::number(since));
    if (!clientName.isEmpty())
        query.addQueryItem(Query::Client, clientName);
    target.setQuery(query);
    QNetworkRequest request(target);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    return request;
}

QString FeedAddress::loggable(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

int FeedAddress::refusedStatus(const QString &socketError)
{
    static const QRegularExpression re(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch m = re.match(socketError);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString FeedAddress::refusalMessage(int status)
{
    switch (status) {
    case 401:
    case 403:
        return Tr::tr("The feed refused the token (HTTP %1)").arg(status);
    case 404:
        return Tr::tr("The feed has no such run (HTTP 404)");
    case 503:
        return Tr::tr("The feed serves as many clients as it allows (HTTP 503)");
    default:
        return Tr::tr("The feed refused the connection (HTTP %1)").arg(status);
    }
}

} // namespace Autocoder::Feed
