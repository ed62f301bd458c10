#include "sandboxd/sandboxlog.h"

namespace Autocoder::Sandboxd {

void SandboxLog::append(const QString &level, const QString &message,
                        const QMap<QString, QString> &fields)
{
    if (m_entries.size() >= MaxEntries)
        m_entries.removeFirst();
    m_entries.append({ QDateTime::currentDateTimeUtc(), level, message, fields });
}

QJsonArray SandboxLog::query(qint64 cursorMs, int limit, bool forward) const
{
    QJsonArray out;
    const auto take = [&](const E2b::SandboxLogEntry &e) {
        if (e.timestamp.toMSecsSinceEpoch() >= cursorMs && out.size() < limit)
            out.append(e.toJson());
    };
    if (forward) {
        for (const auto &e : m_entries)
            take(e);
    } else {
        for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
            take(*it);
    }
    return out;
}

} // namespace Autocoder::Sandboxd
