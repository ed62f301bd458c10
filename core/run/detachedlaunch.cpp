#include "run/detachedlaunch.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace Autocoder::Run {

namespace {
struct Report
{
    pid_t pid = 0; ///< the grandchild, sent by the intermediate child
    int error = 0; ///< errno of a failed step, sent by whichever process failed
};

void sendReport(int fd, const Report &r) noexcept
{
    [[maybe_unused]] const ssize_t n = ::write(fd, &r, sizeof r);
}

// Everything between fork() and exec() must be async-signal-safe: the parent
// may be multi-threaded.
[[noreturn]] void runGrandchild(const char *program, char *const *argv, char *const *envp,
                                int nullFd, int logFd, int reportFd) noexcept
{
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    // Ignored signals stay ignored across exec; the server wants the defaults.
    for (int sig = 1; sig < NSIG; ++sig) {
        if (sig != SIGKILL && sig != SIGSTOP)
            ::signal(sig, SIG_DFL);
    }
    if (::dup2(nullFd, 0) < 0 || ::dup2(logFd, 1) < 0 || ::dup2(logFd, 2) < 0) {
        sendReport(reportFd, Report { 0, errno });
        ::_exit(127);
    }
    // Keep 0-2 and the report pipe (close-on-exec); close every other inherited fd.
    const unsigned keep = unsigned(reportFd);
    if (keep > 3)
        ::syscall(SYS_close_range, 3u, keep - 1, 0u);
    ::syscall(SYS_close_range, keep + 1, ~0u, 0u);
    ::execve(program, argv, envp);
    sendReport(reportFd, Report { 0, errno });
    ::_exit(127);
}

std::vector<char *> pointers(std::vector<QByteArray> &strings)
{
    std::vector<char *> p;
    p.reserve(strings.size() + 1);
    for (QByteArray &s : strings)
        p.push_back(s.data());
    p.push_back(nullptr);
    return p;
}
} // namespace

Result<qint64> DetachedLaunch::start(const Spec &spec)
{
    std::vector<QByteArray> argStrings { QFile::encodeName(spec.program) };
    for (const QString &a : spec.arguments)
        argStrings.push_back(a.toLocal8Bit());
    std::vector<QByteArray> envStrings;
    for (const QString &e : spec.environment)
        envStrings.push_back(e.toLocal8Bit());
    std::vector<char *> argv = pointers(argStrings);
    std::vector<char *> envp = pointers(envStrings);

    const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const int logFd = ::open(QFile::encodeName(spec.logPath).constData(),
                             O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600);
    int report[2] = { -1, -1 };
    if (nullFd < 0 || logFd < 0 || ::pipe2(report, O_CLOEXEC) != 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        //: %1 a log file, %2 the system's error
        const QString why = logFd < 0 ? tr("cannot prepare %1: %2").arg(spec.logPath, error)
                                      : tr("cannot prepare the server's start: %1").arg(error);
        for (const int fd : { nullFd, logFd, report[0], report[1] }) {
            if (fd >= 0)
                ::close(fd);
        }
        return failure(why);
    }

    const pid_t child = ::fork();
    if (child == 0) {
        ::close(report[0]);
        ::setsid();
        const pid_t grandchild = ::fork();
        if (grandchild == 0)
            runGrandchild(argv[0], argv.data(), envp.data(), nullFd, logFd, report[1]);
        sendReport(report[1],
                   Report { grandchild > 0 ? grandchild : 0, grandchild > 0 ? 0 : errno });
        ::_exit(0);
    }
    const int forkErrno = errno;
    ::close(report[1]);
    ::close(nullFd);
    ::close(logFd);
    if (child < 0) {
        ::close(report[0]);
        return failure(tr("fork failed: %1").arg(QString::fromLocal8Bit(std::strerror(forkErrno))));
    }
    while (::waitpid(child, nullptr, 0) < 0 && errno == EINTR) { }

    // The pid first; then end of file once exec succeeded (close-on-exec), or an errno.
    Report first;
    Report execFailure;
    ssize_t n;
    while ((n = ::read(report[0], &first, sizeof first)) < 0 && errno == EINTR) { }
    const bool gotPid = n == sizeof first && first.pid > 0;
    while ((n = ::read(report[0], &execFailure, sizeof execFailure)) < 0 && errno == EINTR) { }
    ::close(report[0]);
    const int failed = !gotPid ? (first.error ? first.error : ECHILD)
                               : (n == sizeof execFailure ? execFailure.error : 0);
    if (failed)
        //: %1 a program, %2 the system's error
        return failure(tr("cannot start %1: %2")
                           .arg(spec.program, QString::fromLocal8Bit(std::strerror(failed))));
    return qint64(first.pid);
}

} // namespace Autocoder::Run
