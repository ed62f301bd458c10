#include "sandboxd/childsetup.h"

#include <QProcess>

#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

void ChildSetup::applyTo(QProcess *process) const
{
    // A copy: the modifier runs later, in the child.
    process->setChildProcessModifier([setup = *this] { setup.runInChild(); });
}

void ChildSetup::runInChild() const noexcept
{
    for (const int fd : cgroupProcsFds) {
        if (::write(fd, "0", 1) != 1)
            ::_exit(126);
    }
    for (const Limit &limit : limits) {
        const rlimit value { limit.value, limit.value };
        if (::setrlimit(limit.resource, &value) != 0)
            ::_exit(126);
    }
    if (hostUid >= 0
        && (::setgroups(0, nullptr) != 0 || ::setgid(gid_t(hostUid)) != 0
            || ::setuid(uid_t(hostUid)) != 0))
        ::_exit(126);
    if (userNsFd >= 0 && ::setns(userNsFd, CLONE_NEWUSER) != 0)
        ::_exit(126);
    if (netNsFd >= 0 && ::setns(netNsFd, CLONE_NEWNET) != 0)
        ::_exit(126);
    if (stdoutFd >= 0 && ::dup2(stdoutFd, STDOUT_FILENO) < 0)
        ::_exit(126);
    if (stderrFd >= 0 && ::dup2(stderrFd, STDERR_FILENO) < 0)
        ::_exit(126);
    if (inheritFd >= 0 && ::fcntl(inheritFd, F_SETFD, 0) != 0)
        ::_exit(126);
}

} // namespace Autocoder::Sandboxd
