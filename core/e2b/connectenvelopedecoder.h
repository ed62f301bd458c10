#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Autocoder::E2b {

/// One Connect envelope: flags byte + payload.
struct ConnectFrame
{
    static constexpr quint8 kCompressedFlag = 0x01;
    static constexpr quint8 kEndStreamFlag = 0x02;

    quint8 flags = 0;
    QByteArray payload;

    bool isEndStream() const { return flags & kEndStreamFlag; }
};

/// Builds one envelope (flags, uint32 big-endian length, payload).
QByteArray encodeConnectEnvelope(const QByteArray &payload, quint8 flags = 0);

/// Incremental Connect streaming decoder: feed bytes as they arrive (any split), take
/// complete frames out. Pure (no I/O). After an error it refuses further input.
///
/// Errors: a length above maxMessageSize (default 16 MiB) — refused before buffering it;
/// the compressed flag (we never negotiate compression); unknown flag bits; any bytes
/// after the end-of-stream envelope; finish() with a partial envelope buffered.
class ConnectEnvelopeDecoder final
{
public:
    static constexpr quint32 kDefaultMaxMessageSize = 16u * 1024u * 1024u;
    static constexpr int kHeaderSize = 5;

    explicit ConnectEnvelopeDecoder(quint32 maxMessageSize = kDefaultMaxMessageSize);

    /// Appends bytes and decodes every complete frame into the queue. Returns false once
    /// the stream is in error.
    bool feed(const QByteArray &bytes);
    bool feed(const char *data, qsizetype size);

    bool hasFrame() const { return !m_frames.isEmpty(); }
    ConnectFrame takeFrame();
    QList<ConnectFrame> takeFrames();

    /// Call when the transport ended: flags an error if data is left over. Returns !hasError().
    bool finish();

    bool hasError() const { return !m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }
    bool endStreamSeen() const { return m_endSeen; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }
    void reset();

private:
    void decode();
    void fail(const QString &message);

    quint32 m_maxMessageSize;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    QList<ConnectFrame> m_frames;
    QString m_error;
    bool m_endSeen = false;
};

} // namespace Autocoder::E2b
