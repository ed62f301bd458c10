#include "sandboxd/childsetup.h"

#include <QProcess>

#include <fcntl.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

void ChildSetup::applyTo(QProcess *process) const
{
    // A copy: the modifier runs later, in the child.
    process->setChildProcessModifier([setup = *this] { setup.runInChild(); });
}

bool ChildSetup::dropToUid(int uid) noexcept
{
    // Raw system calls: glibc's setuid() synchronises the credentials of every thread it
    // believes exists, and a child cloned from a multi-threaded parent may hold stale ones.
    const long id = uid;
    return ::syscall(SYS_setgroups, 0, nullptr) == 0 && ::syscall(SYS_setresgid, id, id, id) == 0
        && ::syscall(SYS_setresuid, id, id, id) == 0;
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
    if (hostUid >= 0 && !dropToUid(hostUid))
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
