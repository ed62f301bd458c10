#pragma once

#include <QByteArray>
#include <QString>

namespace Autocoder::Sandboxd {

/// gzip bodies (`Content-Encoding: gzip` uploads of the E2B SDK's `gzip: true`).
class GzipCodec
{
public:
    /// Inflates \a data (gzip or zlib framing) into \a out, refusing to produce more than
    /// \a maxOutput bytes (a small bomb must not fill memory). False with \a error otherwise.
    static bool decompress(const QByteArray &data, qint64 maxOutput, QByteArray *out,
                           QString *error, bool *tooLarge = nullptr);
    static QByteArray compress(const QByteArray &data);
};

} // namespace Autocoder::Sandboxd
