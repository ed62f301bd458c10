#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Autocoder::Sandboxd {

/// The head of one request to the egress proxy: `CONNECT host:port` or an
/// absolute-form plain HTTP request (`GET http://host:port/path HTTP/1.1`).
/// Pure: bytes in, a value out; strict, because what it accepts decides where
/// a sandbox's bytes go (no obs-fold, no bare CR/LF, no conflicting lengths).
class ProxyRequestHead final
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    /// Index just past the blank line ending the head in `buffer`, or -1.
    static qsizetype headEnd(const QByteArray &buffer);
    /// Parses a complete head (ending in CRLF CRLF). Returns nullopt with a
    /// short reason (for a 400) when it is malformed or unsupported.
    static std::optional<ProxyRequestHead> parse(const QByteArray &head, QString *error);

    /// A complete response head from the origin, as the client gets it: without
    /// Connection / Keep-Alive / Proxy-Connection and with `Connection: close`,
    /// since the proxy forwards one request per connection.
    static QByteArray closingResponseHead(const QByteArray &head);
    /// Status code of a complete response head, or -1.
    static int responseStatus(const QByteArray &head);

    bool isConnect() const { return m_method == "CONNECT"; }
    QByteArray method() const { return m_method; }
    QString host() const { return m_host; } ///< normalized: lower case, no brackets
    quint16 port() const { return m_port; }
    QByteArray path() const { return m_path; } ///< origin-form target; plain HTTP only
    QByteArray version() const { return m_version; }
    QList<Header> headers() const { return m_headers; }

    /// The origin-form head to send upstream for a plain HTTP request: Host set
    /// from the URL, hop-by-hop headers (and those named in Connection)
    /// removed, `Connection: close` added.
    QByteArray forwardedHead() const;

private:
    bool parseHeaders(const QList<QByteArray> &lines, QString *error);
    bool parseAuthority(const QByteArray &authority, quint16 defaultPort, QString *error);

    QByteArray m_method;
    QByteArray m_version;
    QString m_host;
    QByteArray m_authority; ///< host[:port] as it goes into Host:
    quint16 m_port = 0;
    QByteArray m_path;
    QList<Header> m_headers;
};

} // namespace Autocoder::Sandboxd
