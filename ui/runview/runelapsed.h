#pragma once

#include <QDateTime>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// The active time of a run over its sessions. A session runs from run.started (or
/// run.resumed) to run.finished, or, for a run that was interrupted, to its last event
/// before going on. The time a run sat stopped or interrupted is not counted, so a run
/// resumed a day later does not claim to have worked for a day. Fed with every event.
class RunElapsed
{
public:
    void apply(const Run::RunEvent &event);
    void clear() { *this = RunElapsed(); }

    /// Active time so far; @p now ends the open session (the clock for a live run, the last
    /// event's time for a replay).
    qint64 totalMs(const QDateTime &now) const;
    /// The open session's time, or the last session's when none is open.
    qint64 sessionMs(const QDateTime &now) const;
    /// How many sessions the run had (1 for a run that never went on).
    int sessions() const { return m_sessions; }
    bool isOpen() const { return m_open; }

private:
    void open(const QDateTime &at);
    void close(const QDateTime &at);

    qint64 m_priorMs = 0; ///< closed sessions
    qint64 m_lastSessionMs = 0;
    QDateTime m_sessionStart;
    QDateTime m_lastActive; ///< the open session's last event that is not a log line
    int m_sessions = 0;
    bool m_open = false;
};

} // namespace Autocoder::Ui
