#include "sandboxd/gzipcodec.h"

#include <zlib.h>

namespace Autocoder::Sandboxd {

bool GzipCodec::decompress(const QByteArray &data, qint64 maxOutput, QByteArray *out,
                           QString *error, bool *tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    z_stream stream {};
    // 32 + MAX_WBITS: accept gzip and zlib headers.
    if (inflateInit2(&stream, 32 + MAX_WBITS) != Z_OK) {
        *error = QStringLiteral("cannot initialise gzip decoder");
        return false;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    out->clear();
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            *error = QStringLiteral("invalid gzip body");
            return false;
        }
        out->append(chunk.constData(), chunk.size() - int(stream.avail_out));
        if (out->size() > maxOutput) {
            inflateEnd(&stream);
            if (tooLarge)
                *tooLarge = true;
            *error = QStringLiteral("decompressed body too large (limit %1 bytes)").arg(maxOutput);
            return false;
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            *error = QStringLiteral("truncated gzip body");
            return false;
        }
    }
    inflateEnd(&stream);
    return true;
}

QByteArray GzipCodec::compress(const QByteArray &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(int(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace Autocoder::Sandboxd
