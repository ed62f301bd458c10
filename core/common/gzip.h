#pragma once

#include "common/result.h"

#include <QByteArray>

namespace Autocoder {

/// gzip (RFC 1952) in memory. Qt's qCompress speaks zlib framing, not gzip.
class Gzip final
{
public:
    static QByteArray compress(const QByteArray &data, int level = 6);
    /// Inflates concatenated gzip members (through GzipInflater). Fails with a translated
    /// message on corrupt or truncated input, or when the output would exceed
    /// `maxOutputBytes` (zip-bomb guard).
    static Result<QByteArray> decompress(const QByteArray &gz, qint64 maxOutputBytes);
};

} // namespace Autocoder
