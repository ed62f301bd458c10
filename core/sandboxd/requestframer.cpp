#include "sandboxd/requestframer.h"

#include <cctype>

namespace Autocoder::Sandboxd {

namespace {
constexpr int MaxChunkLine = 32;

} // namespace

int RequestFramer::headEnd()
{
    // The request line ends at the first LF; the head ends with "\n\r\n" or "\n\n" after it,
    // or at once when the next line is empty. Each byte is searched once, however the head
    // trickles in.
    if (m_lineEnd < 0) {
        m_lineEnd = m_buffer.indexOf('\n', qMax(m_pos, m_scanFrom));
        if (m_lineEnd < 0) {
            m_scanFrom = int(m_buffer.size());
            return -1;
        }
        m_scanFrom = m_lineEnd + 1;
    }
    const int from = m_lineEnd + 1;
    if (m_buffer.mid(from, 2) == "\r\n")
        return from + 2;
    if (m_buffer.mid(from, 1) == "\n")
        return from + 1;
    const int searchFrom = qMax(from, m_scanFrom - 2);
    const int crlf = m_buffer.indexOf("\n\r\n", searchFrom);
    const int lf = m_buffer.indexOf("\n\n", searchFrom);
    if (crlf < 0 && lf < 0) {
        m_scanFrom = int(m_buffer.size());
        return -1;
    }
    if (lf < 0 || (crlf >= 0 && crlf < lf))
        return crlf + 3;
    return lf + 2;
}

void RequestFramer::append(const QByteArray &bytes)
{
    if (m_state != State::Failed)
        m_buffer += bytes;
}

QByteArray RequestFramer::take(qint64 size)
{
    QByteArray out = m_buffer.mid(m_pos, int(size));
    m_pos += int(size);
    if (m_pos == m_buffer.size() || (m_pos >= 64 * 1024 && m_state != State::Head)) {
        m_buffer.remove(0, m_pos);
        if (m_lineEnd >= 0)
            m_lineEnd -= m_pos;
        m_scanFrom = qMax(0, m_scanFrom - m_pos);
        m_pos = 0;
    }
    return out;
}

RequestFramer::Step RequestFramer::fail(int status, const QString &error)
{
    m_state = State::Failed;
    Step step;
    step.kind = Kind::Error;
    step.status = status;
    step.error = error;
    return step;
}

bool RequestFramer::beginBody(qint64 limit)
{
    if (m_state != State::Decide)
        return false;
    m_limit = limit;
    m_received = 0;
    if (m_head.chunked) {
        m_state = State::ChunkSize;
    } else if (m_head.contentLength > 0) {
        if (m_head.contentLength > limit) {
            m_state = State::Failed;
            return false;
        }
        m_remaining = m_head.contentLength;
        m_state = State::Length;
    } else {
        m_state = State::Done;
    }
    return true;
}

RequestFramer::Step RequestFramer::next()
{
    Step step;
    const qint64 available = buffered();
    switch (m_state) {
    case State::Failed:
        m_buffer.clear();
        m_pos = 0;
        return fail(400, QStringLiteral("connection failed"));
    case State::Decide:
        return step; // waiting for beginBody()
    case State::Done:
        m_state = State::Head;
        step.kind = Kind::End;
        return step;
    case State::Head: {
        // Blank lines before a request are skipped, as Qt's parser does.
        while (m_pos < m_buffer.size()
               && (m_buffer.at(m_pos) == '\r' || m_buffer.at(m_pos) == '\n'
                   || m_buffer.at(m_pos) == ' ' || m_buffer.at(m_pos) == '\t'
                   || m_buffer.at(m_pos) == '\v')) {
            ++m_pos;
            m_lineEnd = -1;
            m_scanFrom = m_pos;
        }
        const int end = headEnd();
        if (end < 0) {
            if (buffered() > MaxHeadBytes)
                return fail(431, QStringLiteral("request head too large"));
            return step;
        }
        m_lineEnd = -1;
        m_scanFrom = 0;
        if (end - m_pos > MaxHeadBytes)
            return fail(431, QStringLiteral("request head too large"));
        m_state = State::Decide;
        step.raw = take(end - m_pos);
        m_head = RequestHead();
        QString error;
        if (!RequestHead::parse(step.raw, &m_head, &error))
            return fail(400, error);
        step.kind = Kind::Head;
        step.head = m_head;
        return step;
    }
    case State::Length: {
        const qint64 n = qMin<qint64>(m_remaining, available);
        if (n == 0)
            return step;
        m_remaining -= n;
        if (m_remaining == 0)
            m_state = State::Done;
        step.kind = Kind::Body;
        step.raw = take(n);
        step.payload = step.raw;
        return step;
    }
    case State::ChunkSize: {
        const int lf = int(m_buffer.indexOf('\n', m_pos)) - m_pos;
        if (lf < 0) {
            if (available > MaxChunkLine)
                return fail(400, QStringLiteral("invalid chunk size"));
            return step;
        }
        if (lf > MaxChunkLine)
            return fail(400, QStringLiteral("invalid chunk size"));
        QByteArray line = m_buffer.mid(m_pos, lf);
        if (!line.endsWith('\r'))
            return fail(400, QStringLiteral("invalid chunk size"));
        line.chop(1);
        bool ok = false;
        const qint64 size = line.size() <= 15 ? line.toLongLong(&ok, 16) : -1;
        for (const char c : qAsConst(line)) {
            if (!std::isxdigit(static_cast<unsigned char>(c)))
                ok = false;
        }
        if (!ok || size < 0)
            return fail(400, QStringLiteral("invalid chunk size"));
        if (m_received + size > m_limit)
            return fail(413,
                        QStringLiteral("request body too large (limit %1 bytes)").arg(m_limit));
        m_remaining = size;
        m_state = size == 0 ? State::LastChunk : State::ChunkData;
        step.kind = Kind::Body;
        step.raw = take(lf + 1);
        return step;
    }
    case State::ChunkData: {
        const qint64 n = qMin<qint64>(m_remaining, available);
        if (n == 0)
            return step;
        m_remaining -= n;
        m_received += n;
        if (m_remaining == 0)
            m_state = State::ChunkEnd;
        step.kind = Kind::Body;
        step.raw = take(n);
        step.payload = step.raw;
        return step;
    }
    case State::ChunkEnd:
    case State::LastChunk: {
        if (available < 2)
            return step;
        if (m_buffer.mid(m_pos, 2) != "\r\n")
            return fail(400, QStringLiteral("malformed chunked body"));
        m_state = m_state == State::ChunkEnd ? State::ChunkSize : State::Done;
        step.kind = Kind::Body;
        step.raw = take(2);
        return step;
    }
    }
    return step;
}

} // namespace Autocoder::Sandboxd
