#pragma once

#include "sandboxd/childsetup.h"
#include "sandboxd/resourcelimits.h"
#include "sandboxd/sandboxcgroup.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Autocoder::Sandboxd {

/// Chooses, once per server, how sandboxes are bounded and makes their cgroups:
///
/// - cgroup v2 when the server's own cgroup is a delegated subtree it may write
///   (a systemd --user scope with Delegate=yes) and offers pids, memory and cpu;
/// - cgroup v1 when it runs as root on a v1/hybrid host with the pids, memory and cpu
///   hierarchies mounted;
/// - rlimits otherwise: RLIMIT_NPROC (the kernel counts it per user namespace, and each
///   sandbox has its own, so it bounds the sandbox) and RLIMIT_DATA per process; CPU stays
///   unbounded (RLIMIT_CPU is per process CPU time, not a share).
///
/// Every cgroup lives below the server's own cgroup in a directory of this instance, removed
/// again when the limiter goes. RLIMIT_FSIZE (largest file = the disk quota) is set in every mode.
class ResourceLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceLimiter)
public:
    static constexpr int SandboxOpenFiles = 65536; ///< RLIMIT_NOFILE of sandboxed processes
    enum class Mechanism { CgroupV2, CgroupV1, Rlimits };

    explicit ResourceLimiter(QObject *parent = nullptr);
    ~ResourceLimiter() override;

    /// Picks the mechanism; \a forceRlimits skips the cgroup ones. Returns the line to log.
    QString initialize(bool forceRlimits);

    Mechanism mechanism() const { return m_mechanism; }
    QString mechanismName() const;
    /// Why a cgroup mechanism was not taken (empty when one was).
    QString fallbackReason() const { return m_reason; }
    /// For /health: the mechanism and what it bounds.
    QJsonObject toJson() const;
    /// The directory this instance creates sandbox cgroups in, for \a controller.
    QString baseDir(const QString &controller) const;

    /// A cgroup named \a name with \a limits; null in rlimit mode or on failure (\a error set).
    std::unique_ptr<SandboxCgroup> createCgroup(const QString &name, const ResourceLimits &limits,
                                                QString *error);
    /// Takes a cgroup whose processes are ending: removes it now, or retries until it is empty.
    void release(std::unique_ptr<SandboxCgroup> cgroup);
    /// The rlimits the forked child sets for \a limits; \a hostUid is the uid it runs as.
    QList<ChildSetup::Limit> rlimitsFor(const ResourceLimits &limits, int hostUid) const;

    /// Tasks (threads included) owned by \a uid now: what RLIMIT_NPROC counts.

private:
    bool tryV1(QString *reason);
    bool tryV2(QString *reason);
    void removeStale(const QString &ownDir) const;
    void retryReleases();
    void teardownV2();

    Mechanism m_mechanism = Mechanism::Rlimits;
    QString m_reason;
    QString m_instanceName;
    QMap<QString, QString> m_baseDirs; ///< controller -> this instance's directory
    // cgroup v2: where the server moved itself so its own cgroup can enable controllers.
    QString m_v2OwnDir;
    QString m_v2LeafDir;
    QByteArray m_v2Enabled;
    std::vector<std::unique_ptr<SandboxCgroup>> m_pending;
    QTimer m_retry;
};

} // namespace Autocoder::Sandboxd
