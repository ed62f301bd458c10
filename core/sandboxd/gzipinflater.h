#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace Autocoder::Sandboxd {

/// Inflates a gzip (or zlib) stream piece by piece, handing out at most 64 KiB
/// at a time, so that neither a large body nor a small bomb is ever held whole.
class GzipInflater
{
public:
    GzipInflater();
    ~GzipInflater();

    /// Feeds \a input; \a output gets each inflated piece and returns false to stop.
    /// False with \a error on invalid data or when \a output stopped.
    bool inflate(const QByteArray &input, const std::function<bool(const QByteArray &)> &output,
                 QString *error);
    /// The stream ended properly (a truncated body is an error).
    bool atEnd() const { return m_ended; }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    bool m_ended = false;
    bool m_failed = false;
};

} // namespace Autocoder::Sandboxd
