#include "proxyrequesthead.h"

#include "egressaddress.h"

#include <QHostAddress>

namespace Autocoder::Sandboxd {

namespace {

constexpr int MaxHeaders = 100;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII, space and tab: no control bytes that another parser might
// read as a line end.
bool isFieldValue(const QByteArray &s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isHopByHop(const QByteArray &lowerName)
{
    static const QList<QByteArray> names = {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authorization",
        "proxy-authenticate",
        "te",
        "trailer",
        "upgrade",
        "host",
    };
    return names.contains(lowerName);
}

QList<QByteArray> headLines(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    // The head ends in CRLF CRLF: the split leaves two empty tails behind.
    lines.removeLast();
    lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR, checked by the callers
    return lines;
}

bool linesAreCrlf(const QByteArray &head)
{
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head.at(i) == '\r' && (i + 1 >= head.size() || head.at(i + 1) != '\n'))
            return false;
        if (head.at(i) == '\n' && (i == 0 || head.at(i - 1) != '\r'))
            return false;
        if (head.at(i) == '\0')
            return false;
    }
    return head.endsWith("\r\n\r\n");
}

} // namespace

qsizetype ProxyRequestHead::headEnd(const QByteArray &buffer)
{
    const qsizetype at = buffer.indexOf("\r\n\r\n");
    return at < 0 ? -1 : at + 4;
}

std::optional<ProxyRequestHead> ProxyRequestHead::parse(const QByteArray &head, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!linesAreCrlf(head))
        return fail(QStringLiteral("lines must end in CRLF"));
    const QList<QByteArray> lines = headLines(head);
    const QList<QByteArray> parts = lines.value(0).split(' ');
    if (parts.size() != 3)
        return fail(QStringLiteral("malformed request line"));

    ProxyRequestHead r;
    r.m_method = parts.at(0);
    const QByteArray &target = parts.at(1);
    r.m_version = parts.at(2);
    if (!isToken(r.m_method))
        return fail(QStringLiteral("malformed method"));
    if (r.m_version != "HTTP/1.1" && r.m_version != "HTTP/1.0")
        return fail(QStringLiteral("unsupported HTTP version"));
    if (target.isEmpty() || !isFieldValue(target))
        return fail(QStringLiteral("malformed request target"));

    QString why;
    if (r.isConnect()) {
        if (!r.parseAuthority(target, 0, &why))
            return fail(why);
    } else {
        const QByteArray lower = target.left(8).toLower();
        if (lower.startsWith("https://"))
            return fail(QStringLiteral("use CONNECT for https"));
        if (!lower.startsWith("http://"))
            return fail(QStringLiteral("a proxy request needs an absolute http:// URL"));
        const QByteArray rest = target.mid(7);
        qsizetype end = rest.size();
        for (const char stop : { '/', '?', '#' }) {
            const qsizetype at = rest.indexOf(stop);
            if (at >= 0 && at < end)
                end = at;
        }
        if (!r.parseAuthority(rest.left(end), 80, &why))
            return fail(why);
        QByteArray path = rest.mid(end);
        const qsizetype fragment = path.indexOf('#');
        if (fragment >= 0)
            path.truncate(fragment);
        if (!path.startsWith('/'))
            path.prepend('/');
        r.m_path = path;
    }
    if (!r.parseHeaders(lines.mid(1), &why))
        return fail(why);
    return r;
}

bool ProxyRequestHead::parseAuthority(const QByteArray &authority, quint16 defaultPort,
                                      QString *error)
{
    if (authority.contains('@')) {
        *error = QStringLiteral("credentials in the URL are not supported");
        return false;
    }
    QByteArray hostPart = authority;
    QByteArray portPart;
    const qsizetype close = authority.lastIndexOf(']');
    const qsizetype colon = authority.lastIndexOf(':');
    if (colon >= 0 && colon > close) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    if (portPart.isEmpty() && defaultPort == 0) {
        *error = QStringLiteral("CONNECT needs host:port");
        return false;
    }
    int port = defaultPort;
    if (!portPart.isEmpty()) {
        bool ok = portPart.size() <= 5;
        for (const char c : portPart)
            ok = ok && c >= '0' && c <= '9';
        port = ok ? portPart.toInt() : 0;
        if (port < 1 || port > 65535) {
            *error = QStringLiteral("invalid port");
            return false;
        }
    }
    // Brackets only around IPv6; a bare IPv6 literal has colons that read as a port.
    if (!hostPart.startsWith('[') && hostPart.contains(':')) {
        *error = QStringLiteral("IPv6 addresses need brackets");
        return false;
    }
    m_host = EgressAddress::normalizedHost(QString::fromLatin1(hostPart));
    if (m_host.isEmpty()) {
        *error = QStringLiteral("invalid host");
        return false;
    }
    m_port = quint16(port);
    const bool v6 = QHostAddress(m_host).protocol() == QAbstractSocket::IPv6Protocol;
    m_authority = (v6 ? '[' + m_host.toLatin1() + ']' : m_host.toLatin1());
    if (port != 80 || !portPart.isEmpty())
        m_authority += ':' + QByteArray::number(port);
    return true;
}

bool ProxyRequestHead::parseHeaders(const QList<QByteArray> &lines, QString *error)
{
    if (lines.size() > MaxHeaders) {
        *error = QStringLiteral("too many header fields");
        return false;
    }
    QByteArray contentLength;
    bool chunked = false;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon);
        // No obs-fold and no space before the colon: both are smuggling tools.
        if (colon <= 0 || !isToken(name)) {
            *error = QStringLiteral("malformed header field");
            return false;
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value)) {
            *error = QStringLiteral("malformed header value");
            return false;
        }
        const QByteArray lower = name.toLower();
        if (lower == "content-length") {
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (const char c : value)
                digits = digits && c >= '0' && c <= '9';
            if (!digits || (!contentLength.isNull() && contentLength != value)) {
                *error = QStringLiteral("invalid Content-Length");
                return false;
            }
            contentLength = value;
        } else if (lower == "transfer-encoding") {
            if (value.toLower() != "chunked" || chunked) {
                *error = QStringLiteral("unsupported Transfer-Encoding");
                return false;
            }
            chunked = true;
        }
        m_headers.append({ name, value });
    }
    if (chunked && !contentLength.isNull()) {
        *error = QStringLiteral("both Content-Length and Transfer-Encoding");
        return false;
    }
    return true;
}

QByteArray ProxyRequestHead::forwardedHead() const
{
    QList<QByteArray> dropped;
    for (const Header &h : m_headers) {
        if (h.first.toLower() == "connection") {
            for (const QByteArray &name : h.second.split(','))
                dropped.append(name.trimmed().toLower());
        }
    }
    QByteArray out =
        m_method + ' ' + m_path + ' ' + m_version + "\r\nHost: " + m_authority + "\r\n";
    for (const Header &h : m_headers) {
        const QByteArray lower = h.first.toLower();
        if (isHopByHop(lower) || dropped.contains(lower))
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "Connection: close\r\n\r\n";
    return out;
}

int ProxyRequestHead::responseStatus(const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> parts = head.left(lineEnd).split(' ');
    if (parts.size() < 2 || !parts.at(0).startsWith("HTTP/1.") || parts.at(1).size() != 3)
        return -1;
    bool ok = false;
    const int status = parts.at(1).toInt(&ok);
    return ok ? status : -1;
}

QByteArray ProxyRequestHead::closingResponseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (i > 0) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            if (name == "connection" || name == "keep-alive" || name == "proxy-connection")
                continue;
        }
        out += line + "\r\n";
    }
    out += "Connection: close\r\n\r\n";
    return out;
}

} // namespace Autocoder::Sandboxd
