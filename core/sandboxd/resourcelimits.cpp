#include "sandboxd/resourcelimits.h"

#include <QThread>

#include <cmath>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
bool checkRange(const char *name, qint64 value, qint64 low, qint64 high, QString *error)
{
    if (value >= low && value <= high)
        return true;
    *error = QStringLiteral("%1 must be an integer between %2 and %3, got %4")
                 .arg(QLatin1String(name))
                 .arg(low)
                 .arg(high)
                 .arg(value);
    return false;
}

// An optional integer field: absent or null keeps *out.
bool readInteger(const QJsonObject &body, const char *name, qint64 low, qint64 high, qint64 *out,
                 QString *error)
{
    const QJsonValue v = body.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::trunc(d) || d < -9.0e15 || d > 9.0e15) {
        *error = QStringLiteral("%1 must be an integer between %2 and %3")
                     .arg(QLatin1String(name))
                     .arg(low)
                     .arg(high);
        return false;
    }
    if (!checkRange(name, qint64(d), low, high, error))
        return false;
    *out = qint64(d);
    return true;
}
} // namespace

int ResourceLimits::hostCpuCount()
{
    return qMax(1, QThread::idealThreadCount());
}

qint64 ResourceLimits::hostMemoryMB()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return qint64(1) << 20;
    return qint64(pages) * pageSize / (qint64(1024) * 1024);
}

int ResourceLimits::effectiveCpuCount() const
{
    return cpuCount > 0 ? cpuCount : hostCpuCount();
}

bool ResourceLimits::validate(QString *error) const
{
    return checkRange("maxProcesses", maxProcesses, MinProcesses, MaxProcesses, error)
        && checkRange("memoryMB", memoryMB, MinMemoryMB, qMax(MinMemoryMB, hostMemoryMB()), error)
        && (cpuCount == 0 || checkRange("cpuCount", cpuCount, 1, hostCpuCount(), error))
        && checkRange("diskSizeMB", diskSizeMB, MinDiskMB, MaxDiskMB, error);
}

bool ResourceLimits::fromRequest(const QJsonObject &body, const ResourceLimits &defaults,
                                 ResourceLimits *out, QString *error)
{
    qint64 processes = defaults.maxProcesses;
    qint64 memory = defaults.memoryMB;
    qint64 cpus = defaults.effectiveCpuCount();
    qint64 disk = defaults.diskSizeMB;
    // A machine cannot lend more CPUs or memory than it has.
    if (!readInteger(body, "cpuCount", 1, hostCpuCount(), &cpus, error)
        || !readInteger(body, "memoryMB", MinMemoryMB, qMax(MinMemoryMB, hostMemoryMB()), &memory,
                        error)
        || !readInteger(body, "diskSizeMB", MinDiskMB, MaxDiskMB, &disk, error)
        || !readInteger(body, "maxProcesses", MinProcesses, MaxProcesses, &processes, error))
        return false;
    ResourceLimits limits;
    limits.maxProcesses = int(processes);
    limits.memoryMB = memory;
    limits.cpuCount = int(cpus);
    limits.diskSizeMB = disk;
    *out = limits;
    return true;
}

} // namespace Autocoder::Sandboxd
