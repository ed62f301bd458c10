#include "run/engine/runstep.h"

namespace Autocoder::Run {

RunStep::RunStep(QObject *parent)
    : QObject(parent)
{ }

RunStep::~RunStep() = default;

void RunStep::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    run();
}

void RunStep::stop()
{
    if (!isRunning())
        return;
    settle(State::Stopped);
    onStop();
}

QString RunStep::processTag() const
{
    return QString();
}

void RunStep::succeed()
{
    if (!isRunning())
        return;
    settle(State::Done);
    Q_EMIT done(Result<void>());
}

void RunStep::fail(const QString &error)
{
    if (!isRunning())
        return;
    settle(State::Done);
    Q_EMIT done(failure(error));
}

void RunStep::settle(State state)
{
    m_state = state;
    // The owner deletes this step later; until then its processes and timers stay quiet.
    // (Callbacks that are not signals are dropped by guard().)
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->blockSignals(true);
}

} // namespace Autocoder::Run
