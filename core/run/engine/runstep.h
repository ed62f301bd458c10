#pragma once

#include "common/result.h"

#include <QObject>

#include <utility>

namespace Autocoder::Run {

/// One piece of a run's asynchronous work: create a sandbox, run the agent, one gate
/// command, a snapshot... A step owns everything it starts: its processes are its children
/// and it is the context object of every callback it registers, so deleting the step drops
/// them all. It reports done() exactly once, unless it is stopped first; after stop() (or
/// after done()) nothing it started calls back into it.
///
/// Steps are driven by a StepSequence (the sequencer), which creates each step when its turn
/// comes and deletes it (later: we may be inside one of its callbacks) when it is done.
class RunStep : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStep)
public:
    explicit RunStep(QObject *parent = nullptr);
    ~RunStep() override;

    /// Starts the work; done() may be emitted before start() returns.
    void start();
    /// Drops the work in flight without a result. The owner deletes the step afterwards.
    void stop();
    bool isRunning() const { return m_state == State::Running; }
    /// Tag of the sandbox process this step waits for right now (empty: none): what a stop
    /// kills inside the sandbox, since deleting the step only detaches from the process.
    virtual QString processTag() const;

Q_SIGNALS:
    void done(const Autocoder::Result<void> &result);

protected:
    virtual void run() = 0;
    /// Called by stop() while running, e.g. to stop a running child step.
    virtual void onStop() { }
    void succeed();
    void fail(const QString &error);
    /// Wraps a callback of work this step started so that it does nothing once the step has
    /// finished or was stopped. `this` is safe in it: the step is the context (or an ancestor
    /// of the context) of everything it registers, so a deleted step gets no callback at all.
    template<typename F>
    auto guard(F f)
    {
        return [this, f = std::move(f)](auto &&...args) {
            if (isRunning())
                f(std::forward<decltype(args)>(args)...);
        };
    }

private:
    enum class State { Idle, Running, Done, Stopped };
    void settle(State state);
    State m_state = State::Idle;
};

} // namespace Autocoder::Run
