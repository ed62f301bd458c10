#include "feed/feedhandshake.h"

#include "feed/feedprotocol.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

namespace Autocoder::Feed {

namespace {

const QByteArray HeaderEnd = QByteArrayLiteral("\r\n\r\n");

// Comma-separated header tokens ("keep-alive, Upgrade"), compared case-insensitively.
bool hasToken(const QByteArray &value, const QByteArray &token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Feed::FeedHandshake)
};

const char *statusText(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

} // namespace

qsizetype FeedHandshake::headerSize(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf(HeaderEnd);
    return end < 0 ? -1 : end + HeaderEnd.size();
}

Result<FeedRequest, HttpRefusal> FeedHandshake::parse(const QByteArray &header)
{
    const auto bad = [](const QString &reason) {
        return failure(HttpRefusal { 400, reason });
    };
    QList<QByteArray> lines = header.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return bad(Tr::tr("not an HTTP/1.1 request"));

    FeedRequest request;
    QByteArray host, upgrade, connection, key, version, authorization;
    int authorizationHeaders = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        // Folded (obsolete) header lines are a classic smuggling vector: refuse them.
        if (line.startsWith(' ') || line.startsWith('\t'))
            return bad(Tr::tr("folded header line"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return bad(Tr::tr("malformed header line"));
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host")
            host = value;
        else if (name == "upgrade")
            upgrade = value;
        else if (name == "connection")
            connection = value;
        else if (name == "sec-websocket-key")
            key = value;
        else if (name == "sec-websocket-version")
            version = value;
        else if (name == "authorization") {
            authorization = value;
            ++authorizationHeaders;
        }
    }

    const QUrl target = QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode);
    const QString path = target.path(QUrl::FullyDecoded);
    const QLatin1String runsPrefix("/runs/");
    if (target.isValid() && target.scheme().isEmpty() && target.host().isEmpty()) {
        if (path == QLatin1String("/")) {
            request.knownPath = true;
        } else if (path.startsWith(runsPrefix) && path.size() > runsPrefix.size()
                   && !path.mid(runsPrefix.size()).contains(QLatin1Char('/'))) {
            request.knownPath = true;
            request.runId = path.mid(runsPrefix.size());
        }
    }
    const QUrlQuery query(target);

    if (authorizationHeaders > 1) {
        request.invalidReason = Tr::tr("more than one Authorization header");
    } else if (!authorization.isEmpty()) {
        const QByteArray scheme = "bearer ";
        if (authorization.size() > scheme.size()
            && authorization.left(scheme.size()).toLower() == scheme)
            request.token = authorization.mid(scheme.size()).trimmed();
    } else {
        request.token = query.queryItemValue(Query::Token, QUrl::FullyDecoded).toUtf8();
    }

    if (query.hasQueryItem(Query::Since)) {
        bool ok = false;
        request.since = query.queryItemValue(Query::Since).toLongLong(&ok);
        if (!ok || request.since < 0)
            request.invalidReason = Tr::tr("since is not a sequence number");
    }
    request.clientName =
        sanitiseClientName(query.queryItemValue(Query::Client, QUrl::FullyDecoded));

    if (requestLine.at(0) != "GET")
        request.invalidReason = Tr::tr("not a GET request");
    else if (!target.isValid())
        request.invalidReason = Tr::tr("malformed request target");
    else if (!hasToken(upgrade, "websocket") || !hasToken(connection, "upgrade"))
        request.invalidReason = Tr::tr("not a WebSocket upgrade");
    else if (host.isEmpty())
        request.invalidReason = Tr::tr("no Host header");
    else if (key.isEmpty())
        request.invalidReason = Tr::tr("no Sec-WebSocket-Key");
    else if (version != "13")
        request.invalidReason = Tr::tr("unsupported WebSocket version");
    return request;
}

QByteArray FeedHandshake::response(const HttpRefusal &refusal)
{
    const QByteArray body = refusal.reason.toUtf8() + '\n';
    QByteArray out = "HTTP/1.1 " + QByteArray::number(refusal.status) + ' '
        + statusText(refusal.status) + "\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n";
    out += "Cache-Control: no-store\r\n";
    if (refusal.status == 401)
        out += "WWW-Authenticate: Bearer\r\n";
    else if (refusal.status == 503)
        out += "Retry-After: 5\r\n";
    else if (refusal.status == 400)
        out += "Sec-WebSocket-Version: 13\r\n";
    out += "\r\n";
    return out + body;
}

QString FeedHandshake::sanitiseClientName(const QString &name)
{
    QString out;
    out.reserve(qMin<qsizetype>(name.size(), MaxClientNameChars));
    for (const QChar c : name) {
        // Control characters separate words; anything beyond ASCII (bidi overrides,
        // look-alikes) is dropped.
        if (c.unicode() < 0x20)
            out.append(QLatin1Char(' '));
        else if (c.unicode() < 0x7f)
            out.append(c);
    }
    return out.simplified().left(MaxClientNameChars);
}

} // namespace Autocoder::Feed
