#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Autocoder::Sandboxd {

/// One part of a multipart/form-data body.
struct MultipartPart
{
    QString name; ///< form field name (envd uses "file")
    QString fileName; ///< the filename parameter (the SDK puts the destination path there)
    QByteArray contentType;
    QByteArray data;
};

/// Parses a complete multipart/form-data body (RFC 7578) that the HTTP server
/// has already received. Pure: bytes in, parts out.
class MultipartParser final
{
public:
    /// Extracts the boundary from a Content-Type header; empty if none.
    static QByteArray boundary(const QByteArray &contentType);
    static bool parse(const QByteArray &body, const QByteArray &boundary,
                      QList<MultipartPart> *parts, QString *error);
    /// Value of `key=` in a header parameter list, quoted or not.
    static QByteArray parameter(const QByteArray &header, const QByteArray &key);
};

} // namespace Autocoder::Sandboxd
