#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace Autocoder::Sandboxd {

/// The server's end of one output pipe of a sandboxed process (stdout or
/// stderr), read with a QSocketNotifier instead of QProcess so that reading can
/// stop: while paused nothing is read, the pipe fills up and the writer blocks
/// in write(), so a client that does not read cannot make the server buffer
/// without bound.
class OutputPipe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputPipe)
public:
    explicit OutputPipe(QObject *parent = nullptr);
    ~OutputPipe() override;

    /// Creates the pipe (both ends O_CLOEXEC); false if the system refused.
    bool open();
    /// The end the child dup2()s onto its stdout/stderr; -1 once closed.
    int writeEnd() const { return m_writeFd; }
    /// Closes the parent's copy of the write end (after the child was started), so that
    /// the pipe reports end of file once every process in the sandbox has let go of it.
    void closeWriteEnd();
    void setPaused(bool paused);
    /// Reads what the pipe holds now, paused or not (at most \a budget bytes), without
    /// waiting for its end: for a process that is being destroyed.
    void drain(qint64 budget);
    bool atEnd() const { return m_readFd < 0; }

Q_SIGNALS:
    void data(const QByteArray &chunk);
    /// Every writer closed the pipe and all of its data was read.
    void finished();

private:
    void readSome(qint64 budget, bool evenIfPaused);
    void closeReadEnd();

    int m_readFd = -1;
    int m_writeFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    bool m_paused = false;
};

} // namespace Autocoder::Sandboxd
