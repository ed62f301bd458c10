#include "secrets/streamredactor.h"

namespace Autocoder::Secrets {

StreamRedactor::StreamRedactor(const Redactor &redactor)
    : m_redactor(redactor)
{ }

QByteArray StreamRedactor::feed(const QByteArray &chunk)
{
    if (m_redactor.isEmpty())
        return chunk;
    m_pending.append(chunk);
    // Complete occurrences are replaced now; a tail that may be the start of a secret waits
    // for the next chunk. The placeholder never starts a secret (it is not one), so the
    // replaced text is safe to keep scanning.
    const QByteArray redacted = m_redactor.redact(m_pending);
    const qsizetype hold = m_redactor.pendingPrefixLength(redacted);
    m_pending = redacted.right(hold);
    return redacted.left(redacted.size() - hold);
}

QByteArray StreamRedactor::flush()
{
    QByteArray rest = m_redactor.redact(m_pending);
    m_pending.clear();
    return rest;
}

} // namespace Autocoder::Secrets
