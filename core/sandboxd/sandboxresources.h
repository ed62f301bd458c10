#pragma once

#include "sandboxd/childsetup.h"
#include "sandboxd/resourcelimits.h"
#include "sandboxd/sandboxcgroup.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Autocoder::Sandboxd {

class DiskQuota;
class ResourceLimiter;

/// What bounds one sandbox (or one template preparation run): its cgroup or rlimits, chosen
/// by the server's ResourceLimiter, and its disk quota.
class SandboxResources final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxResources)
public:
    /// \a diskRoots empty: no disk quota check (template runs).
    SandboxResources(const ResourceLimits &limits, ResourceLimiter *limiter, int hostUid,
                     const QStringList &diskRoots, int diskCheckIntervalMs,
                     QObject *parent = nullptr);
    ~SandboxResources() override;

    /// Creates the cgroup named \a name (in cgroup modes) and starts the disk checks.
    bool start(const QString &name, QString *error);
    /// Lets the forked child join the cgroup and set its rlimits.
    void fill(ChildSetup *setup) const;
    const ResourceLimits &limits() const { return m_limits; }
    /// The cgroup, null in rlimit mode.
    const SandboxCgroup *cgroup() const { return m_cgroup.get(); }
    /// Empty while within the disk quota, else the message to refuse work with.
    QString diskQuotaError() const;
    /// Ends what is left in the cgroup and removes it; call once the processes are gone.
    void release();

Q_SIGNALS:
    /// The sandbox went over its disk quota: its running processes should end with \a error.
    void diskQuotaExceeded(const QString &error);

private:
    ResourceLimits m_limits;
    QPointer<ResourceLimiter> m_limiter;
    int m_hostUid;
    QStringList m_diskRoots;
    int m_diskInterval;
    std::unique_ptr<SandboxCgroup> m_cgroup;
    DiskQuota *m_disk = nullptr;
};

} // namespace Autocoder::Sandboxd
