#include "e2b/connectenvelopedecoder.h"

#include <QtEndian>

namespace Autocoder::E2b {

QByteArray encodeConnectEnvelope(const QByteArray &payload, quint8 flags)
{
    QByteArray out;
    out.reserve(ConnectEnvelopeDecoder::kHeaderSize + payload.size());
    out.append(char(flags));
    char len[4];
    qToBigEndian(quint32(payload.size()), len);
    out.append(len, 4);
    out.append(payload);
    return out;
}

ConnectEnvelopeDecoder::ConnectEnvelopeDecoder(quint32 maxMessageSize)
    : m_maxMessageSize(maxMessageSize)
{ }

bool ConnectEnvelopeDecoder::feed(const QByteArray &bytes)
{
    return feed(bytes.constData(), bytes.size());
}

bool ConnectEnvelopeDecoder::feed(const char *data, qsizetype size)
{
    if (hasError())
        return false;
    if (size <= 0)
        return true;
    if (m_endSeen) {
        fail(QStringLiteral("data after the end-of-stream envelope"));
        return false;
    }
    // Drop consumed bytes before growing the buffer, so long streams stay small.
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(data, size);
    decode();
    return !hasError();
}

void ConnectEnvelopeDecoder::decode()
{
    while (!hasError()) {
        const qsizetype available = m_buffer.size() - m_offset;
        if (available < 1)
            return;
        // The flags byte alone tells garbage (HTML, bare JSON) apart: refuse it at once.
        const quint8 flags = quint8(m_buffer.at(m_offset));
        if (flags & ~quint8(ConnectFrame::kCompressedFlag | ConnectFrame::kEndStreamFlag)) {
            fail(QStringLiteral("invalid envelope flags 0x%1 (not a Connect stream?)")
                     .arg(flags, 2, 16, QLatin1Char('0')));
            return;
        }
        if (flags & ConnectFrame::kCompressedFlag) {
            fail(
                QStringLiteral("compressed envelope (flags 0x%1) but no compression was negotiated")
                    .arg(flags, 2, 16, QLatin1Char('0')));
            return;
        }
        if (available < kHeaderSize)
            return;
        const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_offset);
        const quint32 length = qFromBigEndian<quint32>(p + 1);
        if (length > m_maxMessageSize) {
            fail(QStringLiteral("envelope of %1 bytes exceeds the limit of %2 bytes")
                     .arg(length)
                     .arg(m_maxMessageSize));
            return;
        }
        if (available - kHeaderSize < qsizetype(length))
            return;
        ConnectFrame frame;
        frame.flags = flags;
        frame.payload = m_buffer.mid(m_offset + kHeaderSize, length);
        m_offset += kHeaderSize + length;
        const bool end = frame.isEndStream();
        m_frames.append(std::move(frame));
        if (end) {
            m_endSeen = true;
            if (m_buffer.size() - m_offset > 0)
                fail(QStringLiteral("data after the end-of-stream envelope"));
            return;
        }
    }
}

ConnectFrame ConnectEnvelopeDecoder::takeFrame()
{
    return m_frames.isEmpty() ? ConnectFrame() : m_frames.takeFirst();
}

QList<ConnectFrame> ConnectEnvelopeDecoder::takeFrames()
{
    QList<ConnectFrame> frames;
    frames.swap(m_frames);
    return frames;
}

bool ConnectEnvelopeDecoder::finish()
{
    if (!hasError() && bufferedBytes() > 0)
        fail(QStringLiteral("stream ended inside an envelope (%1 bytes left over)")
                 .arg(bufferedBytes()));
    return !hasError();
}

void ConnectEnvelopeDecoder::reset()
{
    m_buffer.clear();
    m_offset = 0;
    m_frames.clear();
    m_error.clear();
    m_endSeen = false;
}

void ConnectEnvelopeDecoder::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_buffer.clear();
    m_offset = 0;
}

} // namespace Autocoder::E2b
