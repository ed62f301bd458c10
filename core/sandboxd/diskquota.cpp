#include "sandboxd/diskquota.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
constexpr qint64 MiB = qint64(1024) * 1024;

struct Walk
{
    qint64 maxEntries;
    int maxDepth;
    dev_t device;
    const std::atomic<bool> *cancel;
    DiskQuota::Usage usage;

    // Takes ownership of dirFd. Each level holds one descriptor: depth is bounded by maxDepth.
    void directory(int dirFd, int depth)
    {
        DIR *dir = ::fdopendir(dirFd);
        if (!dir) {
            ::close(dirFd);
            return;
        }
        while (const dirent *entry = ::readdir(dir)) {
            const char *name = entry->d_name;
            if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
                continue;
            if ((cancel && cancel->load()) || !usage.incomplete.isEmpty())
                break;
            if (++usage.entries > maxEntries) {
                usage.incomplete = QStringLiteral("more than %1 files").arg(maxEntries);
                break;
            }
            struct stat st
            {
            };
            if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // removed meanwhile
            usage.bytes += qint64(st.st_blocks) * 512;
            if (!S_ISDIR(st.st_mode) || st.st_dev != device)
                continue;
            if (depth >= maxDepth) {
                usage.incomplete = QStringLiteral("deeper than %1 levels").arg(maxDepth);
                break;
            }
            // O_NOFOLLOW: a directory swapped for a symlink after the stat is not entered.
            const int child =
                ::openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0) {
                if (errno != ENOENT && errno != ENOTDIR && errno != ELOOP)
                    usage.incomplete = QStringLiteral("a directory cannot be read: %1")
                                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
                continue;
            }
            directory(child, depth + 1);
        }
        ::closedir(dir);
    }
};
} // namespace

DiskQuota::DiskQuota(const QStringList &roots, qint64 limitBytes, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_roots(roots)
    , m_limit(limitBytes)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(qMax(10, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, [this] { scan(); });
}

DiskQuota::~DiskQuota()
{
    // A walk still running sees the flag and returns; its result goes nowhere.
    m_cancel->store(true);
}

void DiskQuota::start()
{
    scan();
}

DiskQuota::Usage DiskQuota::measure(const QStringList &roots, qint64 maxEntries, int maxDepth,
                                    const std::atomic<bool> *cancel)
{
    Walk walk { maxEntries, maxDepth, 0, cancel, {} };
    for (const QString &root : roots) {
        const int fd = ::open(QFile::encodeName(root).constData(),
                              O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        struct stat st
        {
        };
        if (fd < 0 || ::fstat(fd, &st) != 0) {
            if (fd >= 0)
                ::close(fd);
            continue;
        }
        walk.device = st.st_dev;
        walk.usage.bytes += qint64(st.st_blocks) * 512;
        walk.directory(fd, 1);
    }
    return walk.usage;
}

QString DiskQuota::verdict(const Usage &usage, qint64 limitBytes)
{
    if (usage.bytes <= limitBytes && usage.incomplete.isEmpty())
        return {};
    // Rounded up: a sandbox just over its quota must not read "used 10 MiB of 10 MiB".
    QString error = QStringLiteral("disk quota exceeded: used %1 MiB of %2 MiB")
                        .arg((usage.bytes + MiB - 1) / MiB)
                        .arg(limitBytes / MiB);
    // Whatever the walk cannot see could hide any amount of data.
    if (!usage.incomplete.isEmpty())
        error += QStringLiteral(" (not measurable: %1)").arg(usage.incomplete);
    return error;
}

void DiskQuota::scan()
{
    if (m_scanning)
        return;
    m_scanning = true;
    QPointer<DiskQuota> self(this);
    const QStringList roots = m_roots;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    QThreadPool::globalInstance()->start([self, roots, cancel] {
        const Usage usage = measure(roots, MaxEntries, MaxDepth, cancel.get());
        if (cancel->load())
            return;
        // Back on the server's thread, where self is checked and used.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, cancel, usage] {
                if (self && !cancel->load())
                    self->scanned(usage);
            },
            Qt::QueuedConnection);
    });
}

void DiskQuota::scanned(const Usage &usage)
{
    m_scanning = false;
    const QString error = verdict(usage, m_limit);
    const bool crossed = m_error.isEmpty() && !error.isEmpty();
    m_error = error;
    if (crossed)
        Q_EMIT exceeded(error);
    m_timer.start();
}

} // namespace Autocoder::Sandboxd
