#pragma once

#include "agent/agentevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Autocoder::Agent {

/// Decodes the NDJSON stdout of `claude -p --output-format stream-json --verbose` into typed
/// events. Pure: feed it bytes as they arrive (chunks may split lines and UTF-8 sequences
/// anywhere), get the events of the lines completed so far. Never throws or crashes on bad
/// input: malformed lines and over-long lines become ParseWarning events.
class StreamJsonParser final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Agent::StreamJsonParser)

public:
    static constexpr qsizetype DefaultMaxLineBytes = qsizetype(16) * 1024 * 1024;

    explicit StreamJsonParser(qsizetype maxLineBytes = DefaultMaxLineBytes);

    /// Appends a chunk; returns the events of every complete line in it.
    QList<AgentEvent> feed(const QByteArray &chunk);

    /// End of stream: parses a last line without trailing newline.
    QList<AgentEvent> finish();

    /// Parses one complete line (no newline). Blank lines give no events.
    QList<AgentEvent> parseLine(const QByteArray &line);

    void reset();

    qint64 linesSeen() const { return m_lineNumber; }
    qint64 bytesSeen() const { return m_bytesSeen; }
    /// Session id from the init or result line, once seen.
    QString sessionId() const { return m_sessionId; }
    bool sawResult() const { return m_sawResult; }

private:
    void appendLineEvents(const QByteArray &line, QList<AgentEvent> &out);

    qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    bool m_discarding = false; // inside an over-long line: skip until the next newline
    qsizetype m_discardedBytes = 0;
    qint64 m_lineNumber = 0;
    qint64 m_bytesSeen = 0;
    QString m_sessionId;
    bool m_sawResult = false;
};

} // namespace Autocoder::Agent
