#include "sandboxd/sandboxcgroup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
constexpr qint64 CpuPeriodUs = 100000;

QString unified()
{
    return QStringLiteral("unified");
}

bool exists(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), F_OK) == 0;
}
} // namespace

SandboxCgroup::SandboxCgroup(Version version, const QMap<QString, QString> &dirs)
    : m_version(version)
    , m_dirs(dirs)
{ }

SandboxCgroup::~SandboxCgroup()
{
    if (!m_removed)
        remove(0);
    for (const int fd : qAsConst(m_fds))
        ::close(fd);
}

bool SandboxCgroup::writeControl(const QString &path, const QByteArray &value, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::write(fd, value.constData(), size_t(value.size())) == value.size();
    const int saved = errno;
    if (fd >= 0)
        ::close(fd);
    if (!ok && error)
        *error = QStringLiteral("cannot write %1 into %2: %3")
                     .arg(QString::fromLatin1(value), path,
                          QString::fromLocal8Bit(std::strerror(saved)));
    return ok;
}

QByteArray SandboxCgroup::readControl(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(1 << 20).trimmed();
}

std::unique_ptr<SandboxCgroup> SandboxCgroup::create(Version version,
                                                     const QMap<QString, QString> &dirs,
                                                     const ResourceLimits &limits, QString *error)
{
    std::unique_ptr<SandboxCgroup> cgroup(new SandboxCgroup(version, {}));
    for (auto it = dirs.cbegin(); it != dirs.cend(); ++it) {
        const QByteArray native = QFile::encodeName(it.value());
        if (::mkdir(native.constData(), 0755) != 0) {
            *error = QStringLiteral("cannot create the cgroup %1: %2")
                         .arg(it.value(), QString::fromLocal8Bit(std::strerror(errno)));
            return nullptr; // the destructor removes what was created
        }
        cgroup->m_dirs.insert(it.key(), it.value());
    }
    if (!cgroup->writeLimits(limits, error))
        return nullptr;
    for (const QString &dir : qAsConst(cgroup->m_dirs)) {
        const int fd = ::open(QFile::encodeName(dir + QStringLiteral("/cgroup.procs")).constData(),
                              O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            *error = QStringLiteral("cannot open %1/cgroup.procs: %2")
                         .arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
            return nullptr;
        }
        cgroup->m_fds.append(fd);
    }
    return cgroup;
}

bool SandboxCgroup::writeLimits(const ResourceLimits &limits, QString *error)
{
    const QByteArray processes = QByteArray::number(limits.maxProcesses);
    const QByteArray memory = QByteArray::number(limits.memoryMB * 1024 * 1024);
    const QByteArray quota = QByteArray::number(limits.effectiveCpuCount() * CpuPeriodUs);
    if (m_version == Version::V2) {
        const QString dir = m_dirs.value(unified());
        return writeControl(dir + QStringLiteral("/pids.max"), processes, error)
            && writeControl(dir + QStringLiteral("/memory.max"), memory, error)
            // Swap would let a sandbox go past its memory limit on the host's disk.
            && (!exists(dir + QStringLiteral("/memory.swap.max"))
                || writeControl(dir + QStringLiteral("/memory.swap.max"), "0", error))
            && writeControl(dir + QStringLiteral("/cpu.max"),
                            quota + ' ' + QByteArray::number(CpuPeriodUs), error);
    }
    const QString pids = m_dirs.value(QStringLiteral("pids"));
    const QString mem = m_dirs.value(QStringLiteral("memory"));
    const QString cpu = m_dirs.value(QStringLiteral("cpu"));
    return writeControl(pids + QStringLiteral("/pids.max"), processes, error)
        && writeControl(mem + QStringLiteral("/memory.limit_in_bytes"), memory, error)
        // memory+swap may not be lower than memory alone: written second, equal, no swap.
        && (!exists(mem + QStringLiteral("/memory.memsw.limit_in_bytes"))
            || writeControl(mem + QStringLiteral("/memory.memsw.limit_in_bytes"), memory, error))
        && writeControl(cpu + QStringLiteral("/cpu.cfs_period_us"), QByteArray::number(CpuPeriodUs),
                        error)
        && writeControl(cpu + QStringLiteral("/cpu.cfs_quota_us"), quota, error);
}

QString SandboxCgroup::dir(const QString &controller) const
{
    return m_version == Version::V2 ? m_dirs.value(unified()) : m_dirs.value(controller);
}

qint64 SandboxCgroup::taskCount() const
{
    bool ok = false;
    const qint64 n =
        readControl(dir(QStringLiteral("pids")) + QStringLiteral("/pids.current")).toLongLong(&ok);
    return ok ? n : -1;
}

int SandboxCgroup::killProcesses(const QString &dir)
{
    const QList<QByteArray> pids = readControl(dir + QStringLiteral("/cgroup.procs")).split('\n');
    int listed = 0;
    for (const QByteArray &pid : pids) {
        bool ok = false;
        const int value = pid.trimmed().toInt(&ok);
        // Only pids the kernel lists in this cgroup: never a group, never ourselves.
        if (ok && value > 1 && value != ::getpid()) {
            ::kill(pid_t(value), SIGKILL);
            ++listed;
        }
    }
    return listed;
}

bool SandboxCgroup::remove(int waitMs)
{
    if (m_removed)
        return true;
    // v2 (5.14+) kills the whole subtree atomically, even a fork bomb racing us.
    const QString v2Kill = dir(QString()) + QStringLiteral("/cgroup.kill");
    if (m_version == Version::V2 && exists(v2Kill))
        writeControl(v2Kill, "1", nullptr);
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        int left = 0;
        for (const QString &d : qAsConst(m_dirs))
            left += killProcesses(d);
        if (left == 0 || timer.elapsed() >= waitMs)
            break;
        ::usleep(5000);
    }
    bool allGone = true;
    for (auto it = m_dirs.begin(); it != m_dirs.end();) {
        if (::rmdir(QFile::encodeName(it.value()).constData()) == 0 || errno == ENOENT) {
            it = m_dirs.erase(it);
        } else {
            allGone = false;
            ++it;
        }
    }
    m_removed = allGone;
    return allGone;
}

} // namespace Autocoder::Sandboxd
