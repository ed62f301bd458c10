#pragma once

#include "e2b/sandboxlogentry.h"

#include <QJsonArray>
#include <QList>

namespace Autocoder::Sandboxd {

/// What the server has to say about one sandbox (refused connections, limits reached),
/// served as E2B's GET /v2/sandboxes/{id}/logs. Bounded: the oldest entries go first, so a
/// sandbox that provokes messages in a loop cannot grow the server.
class SandboxLog final
{
public:
    static constexpr int MaxEntries = 1000;

    void append(const QString &level, const QString &message,
                const QMap<QString, QString> &fields = {});
    /// Entries at or after \a cursorMs, oldest first (\a forward) or newest first, at most
    /// \a limit, in E2B's JSON form.
    QJsonArray query(qint64 cursorMs, int limit, bool forward) const;
    qsizetype size() const { return m_entries.size(); }

private:
    QList<E2b::SandboxLogEntry> m_entries;
};

} // namespace Autocoder::Sandboxd
