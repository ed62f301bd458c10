#include "sandboxd/multipartstream.h"

#include "sandboxd/multipartparser.h"

namespace Autocoder::Sandboxd {

MultipartStream::MultipartStream(const QByteArray &boundary)
    : m_delimiter("\r\n--" + boundary)
    // The first delimiter may open the body without a line break before it.
    , m_buffer("\r\n")
{
    if (boundary.isEmpty() || boundary.size() > 200)
        m_state = State::Failed;
}

bool MultipartStream::fail(QString *error, const QString &message)
{
    m_state = State::Failed;
    *error = message;
    return false;
}

bool MultipartStream::feed(const QByteArray &bytes, QList<Event> *events, QString *error)
{
    if (m_state == State::Failed)
        return fail(error, QStringLiteral("missing or invalid multipart boundary"));
    if (m_state == State::Done)
        return true; // the epilogue is ignored
    m_buffer += bytes;
    while (true) {
        switch (m_state) {
        case State::Preamble: {
            const int at = m_buffer.indexOf(m_delimiter);
            if (at < 0) {
                m_buffer = m_buffer.right(m_delimiter.size() - 1);
                return true;
            }
            m_buffer.remove(0, at + m_delimiter.size());
            m_state = State::AfterDelimiter;
            break;
        }
        case State::AfterDelimiter:
            if (m_buffer.size() < 2)
                return true;
            if (m_buffer.startsWith("--")) {
                m_state = State::Done;
                m_buffer.clear();
                return true;
            }
            if (!m_buffer.startsWith("\r\n"))
                return fail(error, QStringLiteral("malformed multipart delimiter"));
            m_buffer.remove(0, 2);
            m_state = State::PartHead;
            break;
        case State::PartHead: {
            // Searched once per byte, however the part head trickles in.
            const int end = m_buffer.indexOf("\r\n\r\n", qMax(0, m_headScanned - 3));
            if (end < 0 && m_buffer.size() > MaxPartHeadBytes)
                return fail(error, QStringLiteral("multipart part without headers end"));
            if (end < 0) {
                m_headScanned = int(m_buffer.size());
                return true;
            }
            m_headScanned = 0;
            Event begin;
            begin.kind = Event::Kind::Begin;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            for (const QByteArray &rawLine : lines) {
                const QByteArray line = rawLine.trimmed();
                const int colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                if (line.left(colon).trimmed().toLower() == "content-disposition") {
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    begin.name = QString::fromUtf8(MultipartParser::parameter(value, "name"));
                    begin.fileName =
                        QString::fromUtf8(MultipartParser::parameter(value, "filename"));
                }
            }
            events->append(begin);
            m_buffer.remove(0, end + 4);
            m_state = State::PartData;
            break;
        }
        case State::PartData: {
            const int at = m_buffer.indexOf(m_delimiter);
            // Without a delimiter, all but what could be its beginning is part data.
            const int dataEnd =
                at >= 0 ? at : qMax(0, int(m_buffer.size()) - int(m_delimiter.size()) + 1);
            if (dataEnd > 0) {
                Event data;
                data.data = m_buffer.left(dataEnd);
                events->append(data);
            }
            if (at < 0) {
                m_buffer.remove(0, dataEnd);
                return true;
            }
            Event end;
            end.kind = Event::Kind::End;
            events->append(end);
            m_buffer.remove(0, at + m_delimiter.size());
            m_state = State::AfterDelimiter;
            break;
        }
        case State::Done:
        case State::Failed:
            return m_state == State::Done;
        }
    }
}

bool MultipartStream::finish(QString *error) const
{
    if (m_state == State::Done)
        return true;
    switch (m_state) {
    case State::Failed:
        *error = QStringLiteral("missing or invalid multipart boundary");
        break;
    case State::Preamble:
        *error = QStringLiteral("multipart body has no boundary");
        break;
    case State::PartHead:
        *error = QStringLiteral("multipart part without headers end");
        break;
    default:
        *error = QStringLiteral("multipart part is not terminated");
        break;
    }
    return false;
}

} // namespace Autocoder::Sandboxd
