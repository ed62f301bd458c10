#include "runview/runelapsed.h"

#include "run/runevents.h"

#include <algorithm>

namespace Autocoder::Ui {

void RunElapsed::open(const QDateTime &at)
{
    m_sessionStart = at;
    m_lastActive = at;
    m_open = true;
    ++m_sessions;
}

void RunElapsed::close(const QDateTime &at)
{
    if (!m_open)
        return;
    m_lastSessionMs = std::max<qint64>(0, m_sessionStart.msecsTo(at));
    m_priorMs += m_lastSessionMs;
    m_open = false;
}

void RunElapsed::apply(const Run::RunEvent &event)
{
    using namespace Run;
    if (event.is<RunStarted>()) {
        clear();
        open(event.time);
    } else if (event.is<RunResumed>()) {
        // An interrupted session ends with its last real event: the "resuming" log lines
        // are written by the process that goes on, after the pause.
        close(m_lastActive.isValid() ? m_lastActive : event.time);
        open(event.time);
    } else if (event.is<RunFinished>()) {
        close(event.time);
    } else if (!m_open && (m_sessions == 0 || event.is<StepStarted>())) {
        // A journal without run.started (a view that came in late), or an older journal
        // that went on without run.resumed: its first step opens the session.
        open(event.time);
    }
    if (m_open && !event.is<Log>())
        m_lastActive = std::max(m_lastActive, event.time);
}

qint64 RunElapsed::totalMs(const QDateTime &now) const
{
    return m_priorMs + sessionMs(now) * (m_open ? 1 : 0);
}

qint64 RunElapsed::sessionMs(const QDateTime &now) const
{
    if (!m_open)
        return m_lastSessionMs;
    return std::max<qint64>(0, m_sessionStart.msecsTo(now));
}

} // namespace Autocoder::Ui
