#include "feed/feedjournalcursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Autocoder::Feed {

namespace {
constexpr qint64 ChunkBytes = qint64(64) * 1024;
}

FeedJournalCursor::FeedJournalCursor(const QString &eventsPath, qint64 since)
    : m_file(eventsPath)
    , m_lastSeq(since)
{ }

bool FeedJournalCursor::readMore()
{
    // The journal may not exist yet when a client joins a run that is just starting.
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    if (m_bufferPos > 0 && m_bufferPos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_bufferPos);
        m_bufferPos = 0;
    }
    // Unbuffered reads at an explicit offset: QFile must not cache an end of file that the
    // journal's writer moves on.
    if (!m_file.seek(m_fileOffset))
        return false;
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + ChunkBytes);
    const qint64 got = m_file.read(m_buffer.data() + before, ChunkBytes);
    m_buffer.resize(before + qMax<qint64>(got, 0));
    if (got <= 0)
        return false;
    m_fileOffset += got;
    return true;
}

std::optional<QByteArray> FeedJournalCursor::next()
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_bufferPos + m_scanFrom);
        if (newline < 0) {
            m_scanFrom = m_buffer.size() - m_bufferPos;
            if (!readMore())
                return std::nullopt;
            continue;
        }
        QByteArray line = m_buffer.mid(m_bufferPos, newline - m_bufferPos);
        m_bufferPos = newline + 1;
        m_scanFrom = 0;
        if (line.endsWith('\r'))
            line.chop(1);
        const qint64 seq = seqOf(line);
        // Not an event (a line a crash tore and a resume appended to), or one given already.
        if (seq <= m_lastSeq)
            continue;
        m_lastSeq = seq;
        return line;
    }
}

qint64 FeedJournalCursor::seqOf(const QByteArray &line)
{
    if (line.isEmpty())
        return -1;
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return -1;
    const QJsonValue seq = doc.object().value(QLatin1String("seq"));
    return seq.isDouble() ? seq.toInteger(-1) : -1;
}

qint64 FeedJournalCursor::lastSeqOf(const QString &eventsPath)
{
    QFile file(eventsPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 size = file.size();
    qint64 window = ChunkBytes;
    for (;;) {
        const qint64 start = qMax<qint64>(0, size - window);
        if (!file.seek(start))
            return 0;
        const QByteArray data = file.read(size - start);
        // Everything after the last newline is a torn line: not counted.
        qsizetype end = data.lastIndexOf('\n');
        while (end >= 0) {
            const qsizetype previous = end > 0 ? data.lastIndexOf('\n', end - 1) : -1;
            if (previous < 0 && start > 0)
                break; // the line starts before the window: widen it
            const qint64 seq = seqOf(data.mid(previous + 1, end - previous - 1));
            if (seq > 0)
                return seq;
            end = previous;
        }
        if (start == 0)
            return 0;
        window *= 2;
    }
}

} // namespace Autocoder::Feed
