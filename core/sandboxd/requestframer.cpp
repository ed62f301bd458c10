#include "sandboxd/requestframer.h"

#include <cctype>

namespace Autocoder::Sandboxd {

namespace {
constexpr int MaxChunkLine = 32;

// End of the head (index after its empty line) in \a data, -1 if not there yet. The request
// line ends at the first LF; the head ends with "\n\r\n" or "\n\n" after it, or at once when
// the next line is empty.
int headEnd(const QByteArray &data)
{
    const int lineEnd = data.indexOf('\n');
    if (lineEnd < 0)
        return -1;
    const int from = lineEnd + 1;
    if (data.mid(from, 2) == "\r\n")
        return from + 2;
    if (data.mid(from, 1) == "\n")
        return from + 1;
    const int crlf = data.indexOf("\n\r\n", from);
    const int lf = data.indexOf("\n\n", from);
    if (crlf < 0 && lf < 0)
        return -1;
    if (lf < 0 || (crlf >= 0 && crlf < lf))
        return crlf + 3;
    return lf + 2;
}
} // namespace

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

RequestFramer::Step RequestFramer::next(QByteArray *input)
{
    Step step;
    switch (m_state) {
    case State::Failed:
        input->clear();
        return fail(400, QStringLiteral("connection failed"));
    case State::Decide:
        return step; // waiting for beginBody()
    case State::Done:
        m_state = State::Head;
        step.kind = Kind::End;
        return step;
    case State::Head: {
        // Blank lines before a request are skipped, as Qt's parser does.
        int skip = 0;
        while (skip < input->size()
               && (input->at(skip) == '\r' || input->at(skip) == '\n' || input->at(skip) == ' '
                   || input->at(skip) == '\t' || input->at(skip) == '\v'))
            ++skip;
        input->remove(0, skip);
        const int end = headEnd(*input);
        if (end < 0) {
            if (input->size() > MaxHeadBytes)
                return fail(431, QStringLiteral("request head too large"));
            return step;
        }
        if (end > MaxHeadBytes)
            return fail(431, QStringLiteral("request head too large"));
        step.raw = input->left(end);
        input->remove(0, end);
        m_head = RequestHead();
        QString error;
        if (!RequestHead::parse(step.raw, &m_head, &error))
            return fail(400, error);
        m_state = State::Decide;
        step.kind = Kind::Head;
        step.head = m_head;
        return step;
    }
    case State::Length: {
        const qint64 n = qMin<qint64>(m_remaining, input->size());
        if (n == 0)
            return step;
        step.kind = Kind::Body;
        step.raw = input->left(int(n));
        step.payload = step.raw;
        input->remove(0, int(n));
        m_remaining -= n;
        if (m_remaining == 0)
            m_state = State::Done;
        return step;
    }
    case State::ChunkSize: {
        const int lf = input->indexOf('\n');
        if (lf < 0) {
            if (input->size() > MaxChunkLine)
                return fail(400, QStringLiteral("invalid chunk size"));
            return step;
        }
        QByteArray line = input->left(lf);
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
            return fail(413, QStringLiteral("request body too large (limit %1 bytes)").arg(m_limit));
        step.kind = Kind::Body;
        step.raw = input->left(lf + 1);
        input->remove(0, lf + 1);
        m_remaining = size;
        m_state = size == 0 ? State::LastChunk : State::ChunkData;
        return step;
    }
    case State::ChunkData: {
        const qint64 n = qMin<qint64>(m_remaining, input->size());
        if (n == 0)
            return step;
        step.kind = Kind::Body;
        step.raw = input->left(int(n));
        step.payload = step.raw;
        input->remove(0, int(n));
        m_remaining -= n;
        m_received += n;
        if (m_remaining == 0)
            m_state = State::ChunkEnd;
        return step;
    }
    case State::ChunkEnd:
    case State::LastChunk: {
        if (input->size() < 2)
            return step;
        if (!input->startsWith("\r\n"))
            return fail(400, QStringLiteral("malformed chunked body"));
        step.kind = Kind::Body;
        step.raw = input->left(2);
        input->remove(0, 2);
        m_state = m_state == State::ChunkEnd ? State::ChunkSize : State::Done;
        return step;
    }
    }
    return step;
}

} // namespace Autocoder::Sandboxd
