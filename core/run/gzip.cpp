#include "run/gzip.h"

#include <QCoreApplication>

#include <zlib.h>

namespace Autocoder::Run {

QByteArray Gzip::compress(const QByteArray &data, int level)
{
    z_stream zs {};
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size())) + 64));
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

bool Gzip::decompress(const QByteArray &gz, qint64 maxOutputBytes, QByteArray *out, QString *error)
{
    out->clear();
    z_stream zs {};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) {
        *error = QCoreApplication::translate("Gzip", "cannot initialise decompression");
        return false;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    zs.avail_in = uInt(gz.size());
    char buffer[64 * 1024];
    bool ok = true;
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof buffer - zs.avail_out);
        if (qint64(out->size()) + produced > maxOutputBytes) {
            *error = QCoreApplication::translate("Gzip", "archive expands beyond %1 bytes")
                         .arg(maxOutputBytes);
            ok = false;
            break;
        }
        out->append(buffer, produced);
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            // Another gzip member follows.
            if (inflateReset(&zs) != Z_OK) {
                ok = false;
                break;
            }
            continue;
        }
        if (rc != Z_OK) {
            *error = QCoreApplication::translate("Gzip", "the archive is corrupt or truncated");
            ok = false;
            break;
        }
        if (zs.avail_in == 0 && produced == 0) {
            *error = QCoreApplication::translate("Gzip", "the archive is truncated");
            ok = false;
            break;
        }
    }
    inflateEnd(&zs);
    if (!ok)
        out->clear();
    return ok;
}

} // namespace Autocoder::Run
