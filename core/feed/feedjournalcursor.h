#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>

namespace Autocoder::Feed {

/// One reader's position in a run's events.jsonl: hands out its complete lines one at a time,
/// oldest first, each once, reading the file in small chunks (memory is one chunk plus the
/// longest line, whatever the journal's size). A torn last line (still being written, or
/// left by a crash) waits until it is complete.
class FeedJournalCursor final
{
public:
    /// Lines with a seq of at most @p since are skipped.
    FeedJournalCursor(const QString &eventsPath, qint64 since);
    FeedJournalCursor(const FeedJournalCursor &) = delete;
    FeedJournalCursor &operator=(const FeedJournalCursor &) = delete;

    /// The next complete event line (without its newline) whose seq is above every one given
    /// before; nothing when the journal has no more for now. Lines that are not events are
    /// skipped.
    std::optional<QByteArray> next();
    /// The seq of the last line next() gave (or `since`).
    qint64 lastSeq() const { return m_lastSeq; }

    /// The seq of the last complete event line of @p eventsPath (0 when none), reading the
    /// file from its end.
    static qint64 lastSeqOf(const QString &eventsPath);
    /// The "seq" of one event line, or -1 when it is not an event.
    static qint64 seqOf(const QByteArray &line);

private:
    bool readMore();

    QFile m_file;
    qint64 m_fileOffset = 0; ///< where the next read starts
    QByteArray m_buffer; ///< bytes read and not yet handed out, from m_bufferPos on
    qsizetype m_bufferPos = 0;
    qsizetype m_scanFrom = 0; ///< no newline before this index (relative to m_bufferPos)
    qint64 m_lastSeq = 0;
};

} // namespace Autocoder::Feed
