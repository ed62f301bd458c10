#include "sandboxd/requesthead.h"

namespace Autocoder::Sandboxd {

namespace {
bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (c <= ' ' || c >= 127 || c == ':' || c == '"' || c == '(' || c == ')' || c == ','
            || c == '/' || c == ';' || c == '<' || c == '=' || c == '>' || c == '?' || c == '@'
            || c == '[' || c == '\\' || c == ']' || c == '{' || c == '}')
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
} // namespace

QByteArray RequestHead::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RequestHead::parse(const QByteArray &block, RequestHead *out, QString *error)
{
    QList<QByteArray> lines = block.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        *error = QStringLiteral("missing request line");
        return false;
    }
    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || !isToken(parts.at(0)) || parts.at(1).isEmpty()
        || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")) {
        *error = QStringLiteral("malformed request line");
        return false;
    }
    out->method = parts.at(0);
    out->target = parts.at(1);
    out->url = QUrl::fromEncoded(out->target);
    int lengths = 0;
    int codings = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const int colon = line.indexOf(':');
        // No obsolete line folding: a continuation line is read differently by parsers.
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')
            || !isToken(line.left(colon))) {
            *error = QStringLiteral("malformed header line");
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        out->headers.append({ name, value });
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            ++lengths;
            if (!isDigits(value)) {
                *error = QStringLiteral("invalid Content-Length");
                return false;
            }
            out->contentLength = value.toLongLong();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            ++codings;
            if (value.toLower() != "chunked") {
                *error = QStringLiteral("unsupported Transfer-Encoding");
                return false;
            }
            out->chunked = true;
        }
    }
    if (lengths > 1 || codings > 1 || (lengths && codings)) {
        *error = QStringLiteral("ambiguous message framing");
        return false;
    }
    return true;
}

} // namespace Autocoder::Sandboxd
