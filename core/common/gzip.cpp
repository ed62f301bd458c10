#include "common/gzip.h"

#include "common/gzipinflater.h"

#include <QCoreApplication>

#include <zlib.h>

namespace Autocoder {

QByteArray Gzip::compress(const QByteArray &data, int level)
{
    z_stream zs {};
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 64);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype produced = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(produced);
    return out;
}

Result<QByteArray> Gzip::decompress(const QByteArray &gz, qint64 maxOutputBytes)
{
    GzipInflater inflater(GzipInflater::Members::Many);
    QByteArray out;
    bool overflow = false;
    QString why;
    const bool fed = inflater.inflate(
        gz,
        [&](const QByteArray &piece) {
            if (qint64(out.size()) + piece.size() > maxOutputBytes) {
                overflow = true;
                return false;
            }
            out.append(piece);
            return true;
        },
        &why);
    if (overflow)
        return failure(QCoreApplication::translate("Gzip", "archive expands beyond %1 bytes")
                           .arg(maxOutputBytes));
    if (!fed)
        return failure(QCoreApplication::translate("Gzip", "the archive is corrupt or truncated"));
    if (!inflater.atEnd())
        return failure(QCoreApplication::translate("Gzip", "the archive is truncated"));
    return out;
}

} // namespace Autocoder
