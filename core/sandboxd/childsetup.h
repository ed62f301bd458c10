#pragma once

#include <QList>

#include <sys/resource.h>

class QProcess;

namespace Autocoder::Sandboxd {

/// What the forked child of the server does between fork() and exec() of
/// bubblewrap: each step is optional, and they run in this order because each
/// one needs the rights the next one gives up.
///
/// 1. write "0" into each open cgroup.procs (joins the sandbox's cgroups while
///    the child still has the server's rights to do so);
/// 2. lower its resource limits (setrlimit);
/// 3. drop to the sandbox's host uid/gid with no supplementary groups;
/// 4. join the sandbox's user and network namespaces (setns), which the
///    sandbox's uid owns;
/// 5. put the given pipe ends on stdout/stderr and let one descriptor through exec.
///
/// A step that fails ends the child with status 126 before exec: a process is
/// never started with less isolation than asked for.
struct ChildSetup
{
    struct Limit
    {
        int resource = 0; ///< RLIMIT_*
        rlim_t value = 0; ///< soft and hard
    };

    QList<int> cgroupProcsFds; ///< open for writing; owned by the caller
    QList<Limit> limits;
    int hostUid = -1; ///< -1 = keep the server's uid
    int userNsFd = -1; ///< /proc/<pid>/ns/user of the sandbox's namespace holder
    int netNsFd = -1; ///< /proc/<pid>/ns/net of the same
    int stdoutFd = -1; ///< dup2'ed onto 1 when set
    int stderrFd = -1; ///< dup2'ed onto 2 when set
    int inheritFd = -1; ///< loses FD_CLOEXEC, so the program receives it (bwrap --args)

    /// Installs the steps as \a process's child-process modifier. The fds must stay
    /// open until QProcess::start() returns.
    void applyTo(QProcess *process) const;
    /// The steps themselves: only async-signal-safe calls, for a freshly forked child.
    void runInChild() const noexcept;
    /// Step 3 alone (uid and gid \a uid, no supplementary groups), for other forked children.
    static bool dropToUid(int uid) noexcept;
};

} // namespace Autocoder::Sandboxd
