#pragma once

#include "secrets/redactor.h"

#include <QByteArray>

namespace Autocoder::Secrets {

/// Redacts a byte stream that arrives in chunks (process output), where a secret may be split
/// across chunk boundaries. Holds back only the tail that could still become a secret (at most
/// longest-secret - 1 bytes); everything else is returned immediately.
class StreamRedactor final
{
public:
    explicit StreamRedactor(const Redactor &redactor);

    /// Returns the redacted bytes that are safe to emit now.
    QByteArray feed(const QByteArray &chunk);
    /// End of stream: returns the held-back tail (redacted).
    QByteArray flush();

    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    Redactor m_redactor;
    QByteArray m_pending;
};

} // namespace Autocoder::Secrets
