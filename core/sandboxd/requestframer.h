#pragma once

#include "sandboxd/requesthead.h"

#include <QByteArray>
#include <QString>

namespace Autocoder::Sandboxd {

/// Finds the requests in the bytes of one HTTP/1.1 connection: each head, then
/// its body by Content-Length or chunked framing, so that the guard in front of
/// the HTTP parser knows where the next head starts (keep-alive, pipelining) and
/// can count a body against its limit as it arrives. Pure: bytes in, steps out.
///
/// Heads are delimited like Qt HttpServer delimits them (leading blank lines
/// skipped, the head ends at an empty LF or CRLF line); chunked bodies must be
/// plain (no chunk extensions, no trailers) for the same reason.
class RequestFramer final
{
public:
    static constexpr qint64 MaxHeadBytes = qint64(64) * 1024;

    enum class Kind {
        NeedMore, ///< nothing to report until more bytes arrive
        Head, ///< a head is complete: call beginBody() before next()
        Body, ///< some body bytes: raw as sent, payload without chunk framing
        End, ///< the body (possibly empty) of the request is complete
        Error, ///< the connection cannot go on; answer status and close
    };

    struct Step
    {
        Kind kind = Kind::NeedMore;
        QByteArray raw;
        QByteArray payload;
        RequestHead head;
        int status = 0;
        QString error;
    };

    /// Bytes of the connection, in order.
    void append(const QByteArray &bytes);
    /// Bytes appended but not yet returned in a step.
    qint64 buffered() const { return m_buffer.size() - m_pos; }
    /// The next step for the bytes appended so far.
    Step next();
    /// After a Head step: allows a body of at most \a limit bytes (after chunk decoding);
    /// false if the declared Content-Length is already larger.
    bool beginBody(qint64 limit);
    bool atRequestStart() const { return m_state == State::Head; }

private:
    enum class State {
        Head,
        Decide,
        Length,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        LastChunk,
        Done,
        Failed
    };

    Step fail(int status, const QString &error);
    int headEnd();
    QByteArray take(qint64 size);

    // Consumed bytes are dropped from the front in blocks, not per step: a body of tiny
    // chunks must not cost a copy of the whole buffer for each of them.
    QByteArray m_buffer;
    int m_pos = 0;
    State m_state = State::Head;
    RequestHead m_head;
    qint64 m_limit = 0;
    qint64 m_remaining = 0; ///< of the Content-Length body or of the current chunk
    qint64 m_received = 0; ///< payload bytes of the current body
    int m_lineEnd = -1; ///< in m_buffer: end of the request line of the head being received
    int m_scanFrom = 0; ///< in m_buffer: where searching the head being received goes on
};

} // namespace Autocoder::Sandboxd
