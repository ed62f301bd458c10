#pragma once

#include "sandboxd/resourcelimits.h"

#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace Autocoder::Sandboxd {

/// The control groups of one sandbox (or one template preparation run): a directory per
/// cgroup v1 hierarchy (pids, memory, cpu), or a single cgroup v2 directory, with the
/// sandbox's limits written into it. Processes join it through the open cgroup.procs
/// descriptors (ChildSetup writes "0" into them in the forked child).
class SandboxCgroup final
{
public:
    enum class Version { V1, V2 };

    ~SandboxCgroup();
    SandboxCgroup(const SandboxCgroup &) = delete;
    SandboxCgroup &operator=(const SandboxCgroup &) = delete;

    /// Creates \a dirs (controller -> directory; for v2 one entry, "unified") and writes
    /// \a limits. Null with \a error when a directory or a limit cannot be written; nothing is
    /// left behind then.
    static std::unique_ptr<SandboxCgroup> create(Version version,
                                                 const QMap<QString, QString> &dirs,
                                                 const ResourceLimits &limits, QString *error);

    Version version() const { return m_version; }
    /// The directory of \a controller ("pids", "memory", "cpu"; v2: any of them).
    QString dir(const QString &controller) const;
    /// cgroup.procs of every directory, open for writing, valid while this object lives.
    QList<int> procsFds() const { return m_fds; }
    /// Tasks in the cgroup now (pids.current), -1 when unknown.
    qint64 taskCount() const;

    /// SIGKILLs what is left inside, waits up to \a waitMs for it to go and removes the
    /// directories. False when a directory is still busy; call again later.
    bool remove(int waitMs);

    /// Writes \a value into \a path (a cgroup control file); false with \a error.
    static bool writeControl(const QString &path, const QByteArray &value, QString *error);
    static QByteArray readControl(const QString &path);
    /// Kills every process listed in \a dir's cgroup.procs; returns how many were listed.
    static int killProcesses(const QString &dir);

private:
    SandboxCgroup(Version version, const QMap<QString, QString> &dirs);
    bool writeLimits(const ResourceLimits &limits, QString *error);

    Version m_version;
    QMap<QString, QString> m_dirs;
    QList<int> m_fds;
    bool m_removed = false;
};

} // namespace Autocoder::Sandboxd
