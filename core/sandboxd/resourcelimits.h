#pragma once

#include <QJsonObject>
#include <QString>

namespace Autocoder::Sandboxd {

/// The resource budget of one sandbox. The server's options give the defaults; a create
/// request may change each value within the bounds below (the fields are named like E2B's
/// SandboxDetail; `maxProcesses` is a local extension).
struct ResourceLimits
{
    static constexpr int MinProcesses = 16; ///< bwrap itself and a shell need a few
    static constexpr int MaxProcesses = 32768;
    static constexpr qint64 MinMemoryMB = 64;
    static constexpr qint64 MinDiskMB = 1;
    static constexpr qint64 MaxDiskMB = qint64(1) << 24; ///< 16 TiB

    int maxProcesses = 1024;
    qint64 memoryMB = 4096;
    int cpuCount = 0; ///< 0 = the host's cores
    qint64 diskSizeMB = 10240;

    /// CPUs the sandbox may use: cpuCount, or the host's cores when unset.
    int effectiveCpuCount() const;

    static int hostCpuCount();
    static qint64 hostMemoryMB();

    /// Checks every value against its bounds; \a error names the first one out of range.
    bool validate(QString *error) const;
    /// Reads the optional `cpuCount`, `memoryMB`, `diskSizeMB` and `maxProcesses` of a create
    /// request over \a defaults. False with a message for the client when a field is not an
    /// integer or out of range.
    static bool fromRequest(const QJsonObject &body, const ResourceLimits &defaults,
                            ResourceLimits *out, QString *error);
};

} // namespace Autocoder::Sandboxd
