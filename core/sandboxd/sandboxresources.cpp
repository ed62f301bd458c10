#include "sandboxd/sandboxresources.h"

#include "sandboxd/diskquota.h"
#include "sandboxd/resourcelimiter.h"

namespace Autocoder::Sandboxd {

SandboxResources::SandboxResources(const ResourceLimits &limits, ResourceLimiter *limiter,
                                   int hostUid, const QStringList &diskRoots,
                                   int diskCheckIntervalMs, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_limiter(limiter)
    , m_hostUid(hostUid)
    , m_diskRoots(diskRoots)
    , m_diskInterval(diskCheckIntervalMs)
{ }

SandboxResources::~SandboxResources()
{
    release();
}

bool SandboxResources::start(const QString &name, QString *error)
{
    if (m_limiter) {
        QString cgroupError;
        m_cgroup = m_limiter->createCgroup(name, m_limits, &cgroupError);
        if (!m_cgroup && !cgroupError.isEmpty()) {
            // Never run a sandbox with less isolation than the server announced.
            *error = QStringLiteral("cannot limit the sandbox's resources: %1").arg(cgroupError);
            return false;
        }
    }
    if (!m_diskRoots.isEmpty() && m_diskInterval > 0) {
        m_disk =
            new DiskQuota(m_diskRoots, m_limits.diskSizeMB * 1024 * 1024, m_diskInterval, this);
        connect(m_disk, &DiskQuota::exceeded, this, &SandboxResources::diskQuotaExceeded);
        m_disk->start();
    }
    return true;
}

void SandboxResources::fill(ChildSetup *setup) const
{
    if (m_cgroup)
        setup->cgroupProcsFds += m_cgroup->procsFds();
    if (m_limiter)
        setup->limits += m_limiter->rlimitsFor(m_limits, m_hostUid);
}

QString SandboxResources::diskQuotaError() const
{
    return m_disk ? m_disk->error() : QString();
}

void SandboxResources::release()
{
    if (!m_cgroup)
        return;
    if (m_limiter)
        m_limiter->release(std::move(m_cgroup));
    m_cgroup.reset();
}

} // namespace Autocoder::Sandboxd
