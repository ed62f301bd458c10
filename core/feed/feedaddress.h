#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace Autocoder::Feed {

/// Where a feed is and how the token is presented (docs/event-feed.md, "Endpoint and
/// authentication"): the pure part of FeedClient::open(), checked in one place.
class FeedAddress final
{
public:
    FeedAddress() = default;

    /// Accepts ws://, wss:// (and http(s):// for them). A URL pasted with `token=` gives its
    /// token when @p token is empty; either way the token leaves the URL for the header, and
    /// `since` and `client` are dropped (they are the client's to set).
    static Result<FeedAddress> make(const QUrl &url, const QByteArray &token);

    QUrl url() const { return m_url; } ///< without token, since or client
    /// The handshake: `Authorization: Bearer TOKEN`, `since` and `client` in the query.
    QNetworkRequest request(qint64 since, const QString &clientName) const;

    /// @p url for a log line: no query (where a token could be) and no user info.
    static QString loggable(const QUrl &url);
    /// The HTTP status of a refused handshake, read from QWebSocket::errorString() (Qt 6.4
    /// has no accessor for it: "... Unhandled http status code: 401 (Unauthorized)."); 0 if
    /// the error is not one.
    static int refusedStatus(const QString &socketError);
    /// What a refusal with @p status means, in words for the person attaching.
    static QString refusalMessage(int status);

private:
    QUrl m_url;
    QByteArray m_token;
};

} // namespace Autocoder::Feed
