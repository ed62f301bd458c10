#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace Autocoder::Run {

/// Slots for runs that share one machine (local sandboxes): at most limit() hold a slot at a
/// time; further requests wait, in order, and start when a slot frees. A request is a ticket
/// plus a function that starts the run; the ticket holds its slot until release() (the run
/// ended, or its start failed). Queued tickets can be cancelled before they ever start, so
/// nothing (no sandbox, no run folder) is made for them. No widgets; RunManager owns one.
class RunQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunQueue)

public:
    using Start = std::function<void(const QString &ticket)>;
    struct Pending
    {
        QString ticket;
        QString name;
        QDateTime queuedAt;
    };

    explicit RunQueue(int limit, QObject *parent = nullptr);
    ~RunQueue() override;

    /// A default for the limit from this machine: one run per core, and at most one per
    /// 4 GiB of memory (a run's sandbox, agent and gate commands need a few GiB), at least 1
    /// and at most 16. Two cores and 24 GiB give 2.
    static int defaultLimit();
    /// The same rule for given figures (tests, and the settings' explanation).
    static int limitFor(int cores, qint64 memoryBytes);
    /// Physical memory of this machine in bytes, 0 when unknown.
    static qint64 physicalMemory();

    int limit() const { return m_limit; }
    /// A higher limit starts waiting runs at once; a lower one stops nothing.
    void setLimit(int limit);

    /// Asks for a slot for the run @p name. @p start is called with the ticket when the
    /// slot is granted: at once (before submit() returns) when one is free, otherwise later,
    /// from the event loop. Returns the ticket.
    QString submit(const QString &name, Start start);
    /// Gives a granted slot back (the run ended, or it never started); the next waiting run
    /// starts. Unknown tickets are ignored, so releasing twice is harmless.
    void release(const QString &ticket);
    /// Takes a waiting run out of the queue; false when @p ticket is not waiting.
    bool cancel(const QString &ticket);

    /// Tickets holding a slot.
    int active() const { return int(m_active.size()); }
    bool isActive(const QString &ticket) const { return m_active.contains(ticket); }
    /// Waiting runs, the next to start first.
    QList<Pending> pending() const;
    /// 1 for the next to start, 0 when @p ticket is not waiting.
    int position(const QString &ticket) const;
    static bool isTicket(const QString &id) { return id.startsWith(QLatin1String("queued-")); }

Q_SIGNALS:
    /// The waiting list changed (a run queued, started or cancelled).
    void pendingChanged();

private:
    struct Waiting
    {
        Pending pending;
        Start start;
    };
    void startWaiting();

    int m_limit = 1;
    int m_nextTicket = 1;
    QSet<QString> m_active;
    QList<Waiting> m_waiting;
    bool m_startScheduled = false;
};

} // namespace Autocoder::Run
