#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace Autocoder::Cli {

/// Turns SIGINT and SIGTERM into a Qt signal, through a self-pipe: the handler only writes
/// the signal's number to a pipe (all a handler may safely do), and a QSocketNotifier on the
/// other end wakes the event loop. One instance at a time; the previous handlers come back
/// when it is destroyed.
class InterruptNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptNotifier)

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    /// False when the pipe or the handlers could not be set up (or another instance lives).
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /// Once per signal received; @p signal is SIGINT or SIGTERM.
    void interrupted(int signal);

private:
    void drain();

    int m_pipe[2] = { -1, -1 };
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

} // namespace Autocoder::Cli
