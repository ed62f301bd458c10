#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Autocoder::Sandboxd {

/// The request line and headers of one HTTP/1.1 request, parsed before any body
/// byte is read so that authentication and size limits are decided first.
struct RequestHead
{
    QByteArray method;
    QByteArray target; ///< as sent: path and query
    QUrl url; ///< target parsed like Qt HttpServer does (path(), query)
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1; ///< -1 = no Content-Length
    bool chunked = false;

    /// First value of \a name (case-insensitive), empty if absent.
    QByteArray header(const QByteArray &name) const;
    QString path() const { return url.path(); }

    /// Parses \a block (request line and header lines, each ended by LF or CRLF, without
    /// the empty line). Refuses what the HTTP parser behind the guard could frame
    /// differently: several or invalid Content-Lengths, Content-Length with chunked, other
    /// transfer codings, folded or malformed header lines.
    static bool parse(const QByteArray &block, RequestHead *out, QString *error);
};

} // namespace Autocoder::Sandboxd
