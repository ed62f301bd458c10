#include "sandboxd/multipartparser.h"

namespace Autocoder::Sandboxd {

QByteArray MultipartParser::parameter(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> params = header.split(';');
    for (const QByteArray &raw : params) {
        const QByteArray p = raw.trimmed();
        const int eq = p.indexOf('=');
        if (eq < 0 || p.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray value = p.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            value = value.mid(1, value.size() - 2);
            value.replace("\\\"", "\"");
            value.replace("\\\\", "\\");
        }
        return value;
    }
    return {};
}

QByteArray MultipartParser::boundary(const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return {};
    return parameter(contentType, "boundary");
}

bool MultipartParser::parse(const QByteArray &body, const QByteArray &boundary,
                            QList<MultipartPart> *parts, QString *error)
{
    if (boundary.isEmpty() || boundary.size() > 200) {
        *error = QStringLiteral("missing or invalid multipart boundary");
        return false;
    }
    const QByteArray delimiter = "--" + boundary;
    int pos = body.indexOf(delimiter);
    if (pos < 0) {
        *error = QStringLiteral("multipart body has no boundary");
        return false;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n") {
            *error = QStringLiteral("malformed multipart delimiter");
            return false;
        }
        pos += 2;
        const int headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0) {
            *error = QStringLiteral("multipart part without headers end");
            return false;
        }
        MultipartPart part;
        const QList<QByteArray> lines = body.mid(pos, headerEnd - pos).split('\n');
        for (const QByteArray &rawLine : lines) {
            const QByteArray line = rawLine.trimmed();
            const int colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = QString::fromUtf8(parameter(value, "name"));
                part.fileName = QString::fromUtf8(parameter(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const int dataStart = headerEnd + 4;
        const int next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0) {
            *error = QStringLiteral("multipart part is not terminated");
            return false;
        }
        part.data = body.mid(dataStart, next - dataStart);
        parts->append(part);
        pos = next + 2;
    }
}

} // namespace Autocoder::Sandboxd
