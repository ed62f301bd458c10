#include "sandboxd/networknamespace.h"

#include "sandboxd/childsetup.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <utility>

namespace Autocoder::Sandboxd {

namespace {
// What the child reports when a step fails: the step and errno.
struct ChildFailure
{
    int step = 0;
    int error = 0;
};

enum Step {
    DropPrivileges = 1,
    Unshare,
    UidMap,
    Loopback,
    Listen,
    OpenNamespaces,
};

const char *stepName(int step)
{
    switch (step) {
    case DropPrivileges:
        return "dropping to the sandbox uid";
    case Unshare:
        return "creating user and network namespaces";
    case UidMap:
        return "mapping the sandbox uid";
    case Loopback:
        return "bringing up the loopback interface";
    case Listen:
        return "listening for the egress proxy";
    case OpenNamespaces:
        return "opening the namespaces";
    default:
        return "an unknown step";
    }
}

bool writeFile(const char *path, const char *data, size_t size)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, data, size) == ssize_t(size);
    ::close(fd);
    return ok;
}

bool loopbackUp()
{
    const int s = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s < 0)
        return false;
    ifreq request {};
    std::memcpy(request.ifr_name, "lo", 3);
    bool ok = ::ioctl(s, SIOCGIFFLAGS, &request) == 0;
    if (ok) {
        request.ifr_flags = short(request.ifr_flags | IFF_UP | IFF_RUNNING);
        ok = ::ioctl(s, SIOCSIFFLAGS, &request) == 0;
    }
    ::close(s);
    return ok;
}

[[noreturn]] void failChild(int channel, int step)
{
    const ChildFailure failure { step, errno };
    [[maybe_unused]] const ssize_t n = ::send(channel, &failure, sizeof failure, MSG_NOSIGNAL);
    ::_exit(1);
}

// Runs in the forked child of a multi-threaded process: system calls only, no allocation.
[[noreturn]] void runChild(int channel, int hostUid, const char *uidMap, size_t uidMapSize,
                           const char *gidMap, size_t gidMapSize, quint16 port)
{
    if (hostUid >= 0) {
        if (!ChildSetup::dropToUid(hostUid))
            failChild(channel, DropPrivileges);
        // setuid() made the process non-dumpable, which leaves /proc/self owned by root and
        // the uid map below unwritable.
        ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    }
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
        failChild(channel, Unshare);
    if (!writeFile("/proc/self/setgroups", "deny", 4)
        || !writeFile("/proc/self/uid_map", uidMap, uidMapSize)
        || !writeFile("/proc/self/gid_map", gidMap, gidMapSize))
        failChild(channel, UidMap);
    if (!loopbackUp())
        failChild(channel, Loopback);

    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int one = 1;
    if (listener < 0 || ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0
        || ::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 128) != 0)
        failChild(channel, Listen);

    const int userNs = ::open("/proc/self/ns/user", O_RDONLY | O_CLOEXEC);
    const int netNs = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (userNs < 0 || netNs < 0)
        failChild(channel, OpenNamespaces);

    const int fds[3] = { userNs, netNs, listener };
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof fds)] = {};
    ChildFailure none;
    iovec payload { &none, sizeof none };
    msghdr message {};
    message.msg_iov = &payload;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof fds);
    std::memcpy(CMSG_DATA(header), fds, sizeof fds);
    ::_exit(::sendmsg(channel, &message, MSG_NOSIGNAL) == ssize_t(sizeof none) ? 0 : 1);
}

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Sandboxd::NetworkNamespace)
};
} // namespace

NetworkNamespace::NetworkNamespace(int userNs, int netNs, int listener, quint16 proxyPort)
    : m_userNs(userNs)
    , m_netNs(netNs)
    , m_listener(listener)
    , m_proxyPort(proxyPort)
{ }

NetworkNamespace::~NetworkNamespace()
{
    for (const int fd : { m_userNs, m_netNs, m_listener }) {
        if (fd >= 0)
            ::close(fd);
    }
}

int NetworkNamespace::takeProxyListener()
{
    return std::exchange(m_listener, -1);
}

std::unique_ptr<NetworkNamespace> NetworkNamespace::create(int hostUid, quint16 proxyPort,
                                                           QString *error)
{
    const uid_t uid = hostUid >= 0 ? uid_t(hostUid) : ::geteuid();
    const gid_t gid = hostUid >= 0 ? gid_t(hostUid) : ::getegid();
    // Formatted before fork(): the child may not allocate.
    char uidMap[64];
    char gidMap[64];
    const int uidMapSize = std::snprintf(uidMap, sizeof uidMap, "0 %u 1\n", unsigned(uid));
    const int gidMapSize = std::snprintf(gidMap, sizeof gidMap, "0 %u 1\n", unsigned(gid));

    int channel[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, channel) != 0) {
        *error =
            Tr::tr("cannot create a socket pair: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(channel[0]);
        runChild(channel[1], hostUid, uidMap, size_t(uidMapSize), gidMap, size_t(gidMapSize),
                 proxyPort);
    }
    ::close(channel[1]);
    if (child < 0) {
        ::close(channel[0]);
        *error = Tr::tr("cannot fork: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }

    ChildFailure failure { -1, 0 };
    iovec payload { &failure, sizeof failure };
    alignas(cmsghdr) char control[CMSG_SPACE(3 * sizeof(int))] = {};
    msghdr message {};
    message.msg_iov = &payload;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    // The child does a handful of system calls; the wait is bounded all the same.
    pollfd wait { channel[0], POLLIN, 0 };
    ssize_t received = -1;
    if (::poll(&wait, 1, 5000) == 1)
        received = ::recvmsg(channel[0], &message, MSG_CMSG_CLOEXEC);
    ::close(channel[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) { }

    int fds[3] = { -1, -1, -1 };
    const cmsghdr *header = received > 0 ? CMSG_FIRSTHDR(&message) : nullptr;
    if (header && header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS
        && header->cmsg_len == CMSG_LEN(sizeof fds))
        std::memcpy(fds, CMSG_DATA(header), sizeof fds);
    if (failure.step != 0 || fds[0] < 0) {
        for (const int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
        *error = failure.step > 0
            ? Tr::tr("cannot create the sandbox network: %1 failed (%2)")
                  .arg(QLatin1String(stepName(failure.step)),
                       QString::fromLocal8Bit(strerror(failure.error)))
            : Tr::tr("cannot create the sandbox network: the helper process ended early");
        return nullptr;
    }
    return std::unique_ptr<NetworkNamespace>(
        new NetworkNamespace(fds[0], fds[1], fds[2], proxyPort));
}

} // namespace Autocoder::Sandboxd
