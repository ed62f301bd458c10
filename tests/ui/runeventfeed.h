#pragma once

// Builds the events of a run by hand, numbered and timed like the engine's, for tests that
// feed a run view. Times are relative to a start the test chooses (now, for live runs).
#include "run/runevents.h"

#include <QDateTime>
#include <QFile>
#include <QList>

namespace Autocoder::Testing {

class RunEventFeed
{
public:
    explicit RunEventFeed(QString runId, QDateTime start = QDateTime::currentDateTimeUtc())
        : m_runId(std::move(runId))
        , m_time(std::move(start))
    { }

    /// The next event: one more seq, @p afterMs later than the last one.
    template<typename P>
    Run::RunEvent next(const P &payload, qint64 afterMs = 1000)
    {
        Run::RunEvent e = Run::RunEvent::make(payload);
        e.runId = m_runId;
        e.seq = ++m_seq;
        m_time = m_time.addMSecs(afterMs);
        e.time = m_time;
        m_events.append(e);
        return e;
    }
    /// Goes on numbering after an event read from elsewhere (a recorded journal).
    void continueAfter(const Run::RunEvent &event)
    {
        m_seq = event.seq;
        m_time = event.time;
    }
    void setTime(const QDateTime &time) { m_time = time; }
    QDateTime time() const { return m_time; }
    const QList<Run::RunEvent> &events() const { return m_events; }

    /// Appends @p events to an events.jsonl, as the engine's journal does before emitting.
    static bool append(const QString &path, const QList<Run::RunEvent> &events)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        for (const Run::RunEvent &e : events)
            file.write(e.toJsonLine());
        return true;
    }

private:
    QString m_runId;
    QDateTime m_time;
    qint64 m_seq = 0;
    QList<Run::RunEvent> m_events;
};

} // namespace Autocoder::Testing
