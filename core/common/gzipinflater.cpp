#include "common/gzipinflater.h"

#include <zlib.h>

namespace Autocoder {

struct GzipInflater::Stream
{
    z_stream z {};
};

GzipInflater::GzipInflater(Members members)
    : m_stream(std::make_unique<Stream>())
    , m_members(members)
{
    // 32 + MAX_WBITS: accept gzip and zlib headers.
    m_failed = inflateInit2(&m_stream->z, 32 + MAX_WBITS) != Z_OK;
}

GzipInflater::~GzipInflater()
{
    if (!m_failed)
        inflateEnd(&m_stream->z);
}

bool GzipInflater::inflate(const QByteArray &input,
                           const std::function<bool(const QByteArray &)> &output, QString *error)
{
    if (m_failed) {
        *error = QStringLiteral("invalid gzip body");
        return false;
    }
    if (m_ended && input.isEmpty())
        return true;
    // After a member's end, the next member starts with this input.
    if (m_ended && !startNextMember(error))
        return false;
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    z.avail_in = uInt(input.size());
    QByteArray chunk(qsizetype(64) * 1024, Qt::Uninitialized);
    while (z.avail_in > 0 || z.avail_out == 0) {
        z.next_out = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_out = uInt(chunk.size());
        const int status = ::inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            *error = QStringLiteral("invalid gzip body");
            return false;
        }
        const int produced = int(chunk.size()) - int(z.avail_out);
        if (produced > 0 && !output(chunk.left(produced))) {
            *error = QStringLiteral("output refused");
            return false;
        }
        if (status == Z_STREAM_END) {
            m_ended = true;
            if (z.avail_in == 0)
                return true;
            if (!startNextMember(error))
                return false;
            continue;
        }
        if (status == Z_BUF_ERROR || (produced == 0 && z.avail_in == 0))
            break;
    }
    return true;
}

bool GzipInflater::startNextMember(QString *error)
{
    if (m_members == Members::One) {
        *error = QStringLiteral("data after the gzip body");
        return false;
    }
    if (inflateReset(&m_stream->z) != Z_OK) {
        *error = QStringLiteral("invalid gzip body");
        return false;
    }
    m_ended = false;
    return true;
}

} // namespace Autocoder
