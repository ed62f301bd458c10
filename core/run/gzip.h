#pragma once

#include <QByteArray>
#include <QString>

namespace Autocoder::Run {

/// gzip (RFC 1952) over zlib, in memory. Qt's qCompress speaks zlib framing, not gzip.
class Gzip
{
public:
    static QByteArray compress(const QByteArray &data, int level = 6);
    /// Inflates concatenated gzip members. Fails (returns false, sets *error) on corrupt
    /// input or when the output would exceed `maxOutputBytes` (zip-bomb guard).
    static bool decompress(const QByteArray &gz, qint64 maxOutputBytes, QByteArray *out,
                           QString *error);
};

} // namespace Autocoder::Run
