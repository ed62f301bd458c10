#include "sandboxd/resourcelimiter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
const char *const Controllers[] = { "pids", "memory", "cpu" };

struct CgroupMount
{
    QString mountPoint;
    QString root;
};

// Where each v1 controller (or "unified" for cgroup2) is mounted, from mountinfo.
QMap<QString, CgroupMount> cgroupMounts()
{
    QMap<QString, CgroupMount> mounts;
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return mounts;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int dash = line.indexOf(" - ");
        if (dash < 0)
            continue;
        const QList<QByteArray> head = line.left(dash).split(' ');
        const QList<QByteArray> tail = line.mid(dash + 3).split(' ');
        if (head.size() < 5 || tail.size() < 3)
            continue;
        const CgroupMount mount { QFile::decodeName(head.at(4)), QFile::decodeName(head.at(3)) };
        if (tail.at(0) == "cgroup2") {
            mounts.insert(QStringLiteral("unified"), mount);
        } else if (tail.at(0) == "cgroup") {
            const QList<QByteArray> options = tail.at(2).split(',');
            for (const QByteArray &option : options)
                mounts.insert(QString::fromLatin1(option), mount);
        }
    }
    return mounts;
}

// The server's own cgroup path per v1 controller ("unified" for the v2 entry).
QMap<QString, QString> ownCgroups()
{
    QMap<QString, QString> own;
    QFile f(QStringLiteral("/proc/self/cgroup"));
    if (!f.open(QIODevice::ReadOnly))
        return own;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int first = line.indexOf(':');
        const int second = line.indexOf(':', first + 1);
        if (first < 0 || second < 0)
            continue;
        const QByteArray controllers = line.mid(first + 1, second - first - 1);
        const QString path = QFile::decodeName(line.mid(second + 1));
        if (controllers.isEmpty()) {
            own.insert(QStringLiteral("unified"), path);
            continue;
        }
        for (const QByteArray &c : controllers.split(','))
            own.insert(QString::fromLatin1(c), path);
    }
    return own;
}

QString ownDir(const CgroupMount &mount, QString path)
{
    // A bind-mounted subtree shows the full path in /proc/self/cgroup.
    if (mount.root != QLatin1String("/") && path.startsWith(mount.root))
        path = path.mid(mount.root.size());
    return QDir::cleanPath(mount.mountPoint + QLatin1Char('/') + path);
}

bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

bool makeDir(const QString &path)
{
    return ::mkdir(QFile::encodeName(path).constData(), 0755) == 0;
}

bool removeDir(const QString &path)
{
    return ::rmdir(QFile::encodeName(path).constData()) == 0 || errno == ENOENT;
}

QByteArray controllerList(const char *sign)
{
    QByteArrayList out;
    for (const char *c : Controllers)
        out << QByteArray(sign) + c;
    return out.join(' ');
}
} // namespace

ResourceLimiter::ResourceLimiter(QObject *parent)
    : QObject(parent)
{
    // Unique per instance: tests run several servers in one process.
    static std::atomic<int> counter { 0 };
    m_instanceName = QStringLiteral("autocoder-sandboxd-%1-%2").arg(::getpid()).arg(++counter);
    m_retry.setInterval(500);
    connect(&m_retry, &QTimer::timeout, this, [this] { retryReleases(); });
}

ResourceLimiter::~ResourceLimiter()
{
    for (auto &cgroup : m_pending)
        cgroup->remove(1000);
    m_pending.clear();
    for (const QString &dir : qAsConst(m_baseDirs)) {
        // Cgroups a crashed caller never released: empty them, then the base.
        const QStringList children = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &child : children) {
            SandboxCgroup::killProcesses(dir + QLatin1Char('/') + child);
            removeDir(dir + QLatin1Char('/') + child);
        }
        removeDir(dir);
    }
    if (m_mechanism == Mechanism::CgroupV2)
        teardownV2();
}

QString ResourceLimiter::mechanismName() const
{
    switch (m_mechanism) {
    case Mechanism::CgroupV2:
        return QStringLiteral("cgroup-v2");
    case Mechanism::CgroupV1:
        return QStringLiteral("cgroup-v1");
    case Mechanism::Rlimits:
        break;
    }
    return QStringLiteral("rlimit");
}

QString ResourceLimiter::initialize(bool forceRlimits)
{
    QString v2Reason;
    QString v1Reason;
    if (forceRlimits) {
        m_reason = QStringLiteral("rlimits forced by the configuration");
    } else if (tryV2(&v2Reason)) {
        m_mechanism = Mechanism::CgroupV2;
    } else if (tryV1(&v1Reason)) {
        m_mechanism = Mechanism::CgroupV1;
    } else {
        m_reason = v2Reason + QStringLiteral("; ") + v1Reason;
    }
    if (m_mechanism == Mechanism::Rlimits)
        return QStringLiteral("sandbox limits: rlimit (RLIMIT_NPROC per sandbox, RLIMIT_DATA "
                              "per process, CPU unbounded) because %1")
            .arg(m_reason);
    return QStringLiteral("sandbox limits: %1 below %2")
        .arg(mechanismName(), baseDir(QStringLiteral("pids")));
}

QString ResourceLimiter::baseDir(const QString &controller) const
{
    return m_mechanism == Mechanism::CgroupV2 ? m_baseDirs.value(QStringLiteral("unified"))
                                              : m_baseDirs.value(controller);
}

QJsonObject ResourceLimiter::toJson() const
{
    const bool cgroups = m_mechanism != Mechanism::Rlimits;
    QJsonObject o {
        { QStringLiteral("mechanism"), mechanismName() },
        { QStringLiteral("processes"), QStringLiteral("per sandbox") },
        { QStringLiteral("memory"),
          cgroups ? QStringLiteral("per sandbox") : QStringLiteral("per process") },
        { QStringLiteral("cpu"), cgroups ? QStringLiteral("per sandbox") : QStringLiteral("none") },
        { QStringLiteral("disk"), QStringLiteral("periodic scan") },
    };
    if (!cgroups)
        o.insert(QStringLiteral("reason"), m_reason);
    return o;
}

void ResourceLimiter::removeStale(const QString &own) const
{
    // Directories of servers that died without cleaning up; a live server's are left alone.
    static const QRegularExpression name(
        QStringLiteral("^autocoder-sandboxd-(\\d+)-\\d+(\\.server)?$"));
    const QStringList entries = QDir(own).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch m = name.match(entry);
        if (!m.hasMatch())
            continue;
        const pid_t pid = pid_t(m.captured(1).toInt());
        // With only 32768 pids, a dead server's pid comes back: a directory with this very
        // instance's name was left by an earlier process (this one has not made it yet).
        const bool ownNameReused =
            entry == m_instanceName || entry == m_instanceName + QStringLiteral(".server");
        if (!ownNameReused && (pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH))
            continue;
        const QString dir = own + QLatin1Char('/') + entry;
        const QStringList children = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &child : children) {
            SandboxCgroup::killProcesses(dir + QLatin1Char('/') + child);
            removeDir(dir + QLatin1Char('/') + child);
        }
        removeDir(dir);
    }
}

bool ResourceLimiter::tryV1(QString *reason)
{
    if (::geteuid() != 0) {
        *reason = QStringLiteral("cgroup v1 needs root");
        return false;
    }
    const QMap<QString, CgroupMount> mounts = cgroupMounts();
    const QMap<QString, QString> own = ownCgroups();
    QMap<QString, QString> bases;
    for (const char *c : Controllers) {
        const QString controller = QLatin1String(c);
        if (!mounts.contains(controller) || !own.contains(controller)) {
            *reason = QStringLiteral("no cgroup v1 %1 hierarchy").arg(controller);
            break;
        }
        const QString dir = ownDir(mounts.value(controller), own.value(controller));
        removeStale(dir);
        const QString base = dir + QLatin1Char('/') + m_instanceName;
        if (!makeDir(base)) {
            *reason = QStringLiteral("cannot create %1: %2")
                          .arg(base, QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        bases.insert(controller, base);
    }
    if (bases.size() != int(std::size(Controllers))) {
        for (const QString &base : qAsConst(bases))
            removeDir(base);
        return false;
    }
    m_baseDirs = bases;
    return true;
}

bool ResourceLimiter::tryV2(QString *reason)
{
    const QMap<QString, CgroupMount> mounts = cgroupMounts();
    const QMap<QString, QString> own = ownCgroups();
    if (!mounts.contains(QStringLiteral("unified")) || !own.contains(QStringLiteral("unified"))) {
        *reason = QStringLiteral("no cgroup v2 mount");
        return false;
    }
    const QString dir =
        ownDir(mounts.value(QStringLiteral("unified")), own.value(QStringLiteral("unified")));
    const QList<QByteArray> available =
        SandboxCgroup::readControl(dir + QStringLiteral("/cgroup.controllers")).split(' ');
    for (const char *c : Controllers) {
        if (!available.contains(QByteArray(c))) {
            *reason = QStringLiteral("the server's cgroup v2 %1 offers no %2 controller")
                          .arg(dir, QLatin1String(c));
            return false;
        }
    }
    if (!writable(dir) || !writable(dir + QStringLiteral("/cgroup.subtree_control"))
        || !writable(dir + QStringLiteral("/cgroup.procs"))) {
        *reason = QStringLiteral("the server's cgroup v2 %1 is not delegated to it").arg(dir);
        return false;
    }
    removeStale(dir);
    const QList<QByteArray> enabled =
        SandboxCgroup::readControl(dir + QStringLiteral("/cgroup.subtree_control")).split(' ');
    QByteArrayList missing;
    for (const char *c : Controllers) {
        if (!enabled.contains(QByteArray(c)))
            missing << QByteArray(c);
    }
    QString error;
    if (!missing.isEmpty()) {
        // No processes may sit in a cgroup that hands controllers to its children: the server
        // moves itself into a leaf of its own first.
        const QString leaf = dir + QLatin1Char('/') + m_instanceName + QStringLiteral(".server");
        const QByteArray pid = QByteArray::number(::getpid());
        QByteArray plus;
        for (const QByteArray &c : qAsConst(missing))
            plus += '+' + c + ' ';
        if (!makeDir(leaf)) {
            *reason = QStringLiteral("cannot create %1").arg(leaf);
            return false;
        }
        if (!SandboxCgroup::writeControl(leaf + QStringLiteral("/cgroup.procs"), pid, &error)
            || !SandboxCgroup::writeControl(dir + QStringLiteral("/cgroup.subtree_control"),
                                            plus.trimmed(), &error)) {
            SandboxCgroup::writeControl(dir + QStringLiteral("/cgroup.procs"), pid, nullptr);
            removeDir(leaf);
            *reason = QStringLiteral("cgroup v2 %1 cannot hand out controllers (other processes "
                                     "in it?): %2")
                          .arg(dir, error);
            return false;
        }
        m_v2LeafDir = leaf;
        m_v2Enabled = missing.join(' ');
    }
    m_v2OwnDir = dir;
    const QString base = dir + QLatin1Char('/') + m_instanceName;
    if (!makeDir(base)
        || !SandboxCgroup::writeControl(base + QStringLiteral("/cgroup.subtree_control"),
                                        controllerList("+"), &error)) {
        removeDir(base);
        teardownV2();
        *reason = QStringLiteral("cannot prepare %1: %2").arg(base, error);
        return false;
    }
    m_baseDirs.insert(QStringLiteral("unified"), base);
    return true;
}

void ResourceLimiter::teardownV2()
{
    if (m_v2LeafDir.isEmpty())
        return;
    QByteArray minus;
    for (const QByteArray &c : m_v2Enabled.split(' '))
        minus += '-' + c + ' ';
    // Best effort: another user of the same cgroup may still need the controllers.
    SandboxCgroup::writeControl(m_v2OwnDir + QStringLiteral("/cgroup.subtree_control"),
                                minus.trimmed(), nullptr);
    SandboxCgroup::writeControl(m_v2OwnDir + QStringLiteral("/cgroup.procs"),
                                QByteArray::number(::getpid()), nullptr);
    removeDir(m_v2LeafDir);
    m_v2LeafDir.clear();
}

std::unique_ptr<SandboxCgroup>
ResourceLimiter::createCgroup(const QString &name, const ResourceLimits &limits, QString *error)
{
    if (m_mechanism == Mechanism::Rlimits)
        return nullptr;
    QMap<QString, QString> dirs;
    for (auto it = m_baseDirs.cbegin(); it != m_baseDirs.cend(); ++it)
        dirs.insert(it.key(), it.value() + QLatin1Char('/') + name);
    return SandboxCgroup::create(m_mechanism == Mechanism::CgroupV2 ? SandboxCgroup::Version::V2
                                                                    : SandboxCgroup::Version::V1,
                                 dirs, limits, error);
}

void ResourceLimiter::release(std::unique_ptr<SandboxCgroup> cgroup)
{
    if (!cgroup || cgroup->remove(1000))
        return;
    // Still busy (a process being reaped): try again from the event loop.
    m_pending.push_back(std::move(cgroup));
    m_retry.start();
}

void ResourceLimiter::retryReleases()
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if ((*it)->remove(0))
            it = m_pending.erase(it);
        else
            ++it;
    }
    if (m_pending.empty())
        m_retry.stop();
}

QList<ChildSetup::Limit> ResourceLimiter::rlimitsFor(const ResourceLimits &limits,
                                                     int hostUid) const
{
    constexpr rlim_t MiB = rlim_t(1024) * 1024;
    // No single file larger than the whole disk quota, whatever the mechanism.
    QList<ChildSetup::Limit> out { { RLIMIT_FSIZE, rlim_t(limits.diskSizeMB) * MiB } };
    // The server raises its own descriptor limit to serve many clients; a sandbox's processes
    // get an ordinary one.
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0)
        out.append({ RLIMIT_NOFILE, qMin(files.rlim_max, rlim_t(SandboxOpenFiles)) });
    if (m_mechanism != Mechanism::Rlimits)
        return out;
    // The kernel counts RLIMIT_NPROC per user namespace, at every level up: a sandbox's
    // processes all run as uid 0 of the sandbox's own user namespace (NetworkNamespace), so
    // there the count is exactly this sandbox's tasks, whatever else its host uid runs.
    Q_UNUSED(hostUid)
    out.append({ RLIMIT_NPROC, rlim_t(limits.maxProcesses) });
    // RLIMIT_AS would stop runtimes that reserve address space up front (V8, bun); DATA
    // counts what is really writable.
    out.append({ RLIMIT_DATA, rlim_t(limits.memoryMB) * MiB });
    return out;
}

} // namespace Autocoder::Sandboxd
