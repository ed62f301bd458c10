#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace Autocoder::Feed {

/// What a client asked for in its HTTP upgrade request (docs/event-feed.md).
struct FeedRequest
{
    /// The run of `/runs/ID`; empty for `/` (the only published run).
    QString runId;
    /// False for any other path (404 once the token is checked).
    bool knownPath = false;
    /// From `Authorization: Bearer` or else the `token` query. Never logged.
    QByteArray token;
    qint64 since = 0;
    /// Sanitised `client` query; empty when none was given.
    QString clientName;
    /// Why this is not an acceptable WebSocket upgrade (400); empty when it is. Checked only
    /// after the token, so that a client without one learns nothing.
    QString invalidReason;
};

/// An HTTP refusal: the status and a short reason for the body and the log.
struct HttpRefusal
{
    int status = 400;
    QString reason;
};

/// The HTTP side of the feed's handshake, pure (bytes in, request out): tests feed it
/// directly, the server calls it on what it peeked from a socket.
class FeedHandshake final
{
public:
    /// Longest client name kept (in characters).
    static constexpr int MaxClientNameChars = 64;

    /// Size of the header block ("...\r\n\r\n") at the start of @p buffer, or -1 while it is
    /// incomplete.
    static qsizetype headerSize(const QByteArray &buffer);
    /// Parses a complete header block. Fails (400) only when it is not HTTP at all; see
    /// FeedRequest::invalidReason for the rest.
    static Result<FeedRequest, HttpRefusal> parse(const QByteArray &header);
    /// A complete HTTP/1.1 response refusing the request; the connection is to be closed.
    static QByteArray response(const HttpRefusal &refusal);
    /// Printable ASCII only, trimmed, at most MaxClientNameChars: the name ends up in events.
    static QString sanitiseClientName(const QString &name);
};

} // namespace Autocoder::Feed
