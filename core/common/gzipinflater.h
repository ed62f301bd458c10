#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace Autocoder {

/// Inflates a gzip (or zlib) stream piece by piece, handing out at most 64 KiB at a time,
/// so that neither a large body nor a small bomb is ever held whole. The one zlib inflater
/// in the code base: HTTP bodies in sandboxd and archives (through Gzip) both use it.
class GzipInflater final
{
public:
    enum class Members {
        One, ///< an HTTP body: bytes after the first member are an error
        Many, ///< a .gz file: further members (as `cat a.gz b.gz` makes) are inflated too
    };

    explicit GzipInflater(Members members = Members::One);
    ~GzipInflater();
    Q_DISABLE_COPY_MOVE(GzipInflater)

    /// Feeds `input`; `output` gets each inflated piece and returns false to stop.
    /// False with `error` (not translated) on invalid data or when `output` stopped.
    bool inflate(const QByteArray &input, const std::function<bool(const QByteArray &)> &output,
                 QString *error);
    /// The stream ended properly (a truncated body is an error).
    bool atEnd() const { return m_ended; }

private:
    /// After the end of a member: refuse more data (Members::One) or start the next member.
    bool startNextMember(QString *error);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    Members m_members;
    bool m_ended = false;
    bool m_failed = false;
};

} // namespace Autocoder
