#include "sandboxd/outputpipe.h"

#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
constexpr qint64 ChunkSize = qint64(32) * 1024;
// Bytes read per notification: other connections get their turn on the event loop, and a
// pause takes effect within this many bytes.
constexpr qint64 ReadBudget = 4 * ChunkSize;
} // namespace

OutputPipe::OutputPipe(QObject *parent)
    : QObject(parent)
{ }

OutputPipe::~OutputPipe()
{
    closeWriteEnd();
    closeReadEnd();
}

bool OutputPipe::open()
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    // Only the server's end is non-blocking; the child's end blocks as pipes do.
    ::fcntl(fds[1], F_SETFL, ::fcntl(fds[1], F_GETFL) & ~O_NONBLOCK);
    m_readFd = fds[0];
    m_writeFd = fds[1];
    m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { readSome(ReadBudget, false); });
    m_notifier->setEnabled(!m_paused);
    return true;
}

void OutputPipe::closeWriteEnd()
{
    if (m_writeFd >= 0)
        ::close(m_writeFd);
    m_writeFd = -1;
}

void OutputPipe::setPaused(bool paused)
{
    m_paused = paused;
    if (m_notifier)
        m_notifier->setEnabled(!paused);
}

void OutputPipe::drain(qint64 budget)
{
    readSome(budget, true);
}

void OutputPipe::readSome(qint64 budget, bool evenIfPaused)
{
    qint64 total = 0;
    while (m_readFd >= 0 && (evenIfPaused || !m_paused) && total < budget) {
        QByteArray chunk(ChunkSize, Qt::Uninitialized);
        const ssize_t n = ::read(m_readFd, chunk.data(), size_t(chunk.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n <= 0) {
            closeReadEnd();
            Q_EMIT finished();
            return;
        }
        chunk.truncate(int(n));
        total += n;
        // A receiver may pause this pipe, or delete it, from here.
        const QPointer<OutputPipe> self(this);
        Q_EMIT data(chunk);
        if (!self)
            return;
    }
}

void OutputPipe::closeReadEnd()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_readFd >= 0)
        ::close(m_readFd);
    m_readFd = -1;
}

} // namespace Autocoder::Sandboxd
