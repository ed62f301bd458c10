#include "run/runqueue.h"

#include "run/runlog.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace Autocoder::Run {

RunQueue::RunQueue(int limit, QObject *parent)
    : QObject(parent)
    , m_limit(std::max(1, limit))
{ }

RunQueue::~RunQueue() = default;

qint64 RunQueue::physicalMemory()
{
#if defined(Q_OS_UNIX) && defined(_SC_PHYS_PAGES)
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        return qint64(pages) * qint64(pageSize);
#endif
    return 0;
}

int RunQueue::limitFor(int cores, qint64 memoryBytes)
{
    constexpr qint64 perRun = qint64(4) * 1024 * 1024 * 1024;
    int limit = std::max(1, cores);
    // Memory rounds to the nearest GiB first: "16 GiB" machines report a little less.
    if (memoryBytes > 0) {
        const qint64 gib = (memoryBytes + (qint64(1) << 29)) >> 30;
        limit = int(std::min<qint64>(limit, (gib << 30) / perRun));
    }
    return std::clamp(limit, 1, 16);
}

int RunQueue::defaultLimit()
{
    return limitFor(QThread::idealThreadCount(), physicalMemory());
}

void RunQueue::setLimit(int limit)
{
    limit = std::max(1, limit);
    if (limit == m_limit)
        return;
    m_limit = limit;
    startWaiting();
}

QString RunQueue::submit(const QString &name, Start start)
{
    QString ticket = QStringLiteral("queued-%1").arg(m_nextTicket++);
    if (m_waiting.isEmpty() && active() < m_limit) {
        m_active.insert(ticket);
        start(ticket);
        return ticket;
    }
    m_waiting.append({ { ticket, name, QDateTime::currentDateTimeUtc() }, std::move(start) });
    qCDebug(lcRun) << "run" << name << "queued as" << ticket << "at" << m_waiting.size();
    Q_EMIT pendingChanged();
    return ticket;
}

void RunQueue::release(const QString &ticket)
{
    if (!m_active.remove(ticket))
        return;
    // Started from the event loop: release() is often called from inside a run's own signal.
    if (!m_waiting.isEmpty() && !m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_startScheduled = false;
            startWaiting();
        });
    }
}

bool RunQueue::cancel(const QString &ticket)
{
    const auto it = std::find_if(m_waiting.begin(), m_waiting.end(), [&ticket](const Waiting &w) {
        return w.pending.ticket == ticket;
    });
    if (it == m_waiting.end())
        return false;
    m_waiting.erase(it);
    Q_EMIT pendingChanged();
    return true;
}

QList<RunQueue::Pending> RunQueue::pending() const
{
    QList<Pending> list;
    list.reserve(m_waiting.size());
    for (const Waiting &w : m_waiting)
        list.append(w.pending);
    return list;
}

int RunQueue::position(const QString &ticket) const
{
    for (int i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).pending.ticket == ticket)
            return i + 1;
    }
    return 0;
}

void RunQueue::startWaiting()
{
    bool changed = false;
    while (!m_waiting.isEmpty() && active() < m_limit) {
        Waiting next = m_waiting.takeFirst();
        m_active.insert(next.pending.ticket);
        changed = true;
        qCDebug(lcRun) << "queued run" << next.pending.name << "starts";
        next.start(next.pending.ticket);
    }
    if (changed)
        Q_EMIT pendingChanged();
}

} // namespace Autocoder::Run
