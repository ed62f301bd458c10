#include "sandboxd/sandbox.h"

#include "sandboxd/bwrapcommand.h"
#include "sandboxd/sandboxdlog.h"
#include "sandboxd/sandboxnetwork.h"
#include "sandboxd/sandboxresources.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
// Sandboxed code may leave directories without permissions (chmod 000); the server owns them
// (same host uid), so it restores u+rwx before removing, never following symlinks.
void makeRemovable(const QString &dir, int depth)
{
    const QByteArray native = QFile::encodeName(dir);
    ::chmod(native.constData(), 0700);
    if (depth > 256)
        return;
    const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::Hidden | QDir::System
                                                  | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &name : names)
        makeRemovable(dir + QLatin1Char('/') + name, depth + 1);
}
} // namespace

Sandbox::Sandbox(const QString &id, const QString &accessToken, const QString &rootDir,
                 const QString &etcDir, const QString &bwrapProgram, const SandboxOptions &options,
                 int retentionSeconds, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_token(accessToken)
    , m_rootDir(rootDir)
    , m_etcDir(etcDir)
    , m_bwrap(bwrapProgram)
    , m_options(options)
    , m_retentionSeconds(retentionSeconds)
    , m_paths(rootDir + QStringLiteral("/home"), rootDir + QStringLiteral("/tmp"), options.hostUid)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_expiry.setSingleShot(true);
    m_expiry.setTimerType(Qt::CoarseTimer);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        // Timers have a 1 s horizon on long waits: re-arm until the end is really reached.
        if (QDateTime::currentDateTimeUtc() < m_endAt)
            armTimer();
        else
            Q_EMIT expired();
    });
    setTimeout(options.timeoutSeconds);
}

Sandbox::~Sandbox()
{
    destroy();
}

QString Sandbox::homeDir() const
{
    return m_rootDir + QStringLiteral("/home");
}

bool Sandbox::prepare(const HostResolver *resolver, QString *error)
{
    QDir dir;
    if (!dir.mkpath(homeDir()) || !dir.mkpath(m_rootDir + QStringLiteral("/tmp"))) {
        *error = QStringLiteral("cannot create the sandbox directory");
        return false;
    }
    const int uid = m_options.hostUid;
    if (uid >= 0) {
        // The server keeps the root; the sandbox uid owns home and tmp and may only traverse.
        ::chmod(QFile::encodeName(m_rootDir).constData(), 0711);
        for (const QString &dir : { homeDir(), m_rootDir + QStringLiteral("/tmp") }) {
            const QByteArray native = QFile::encodeName(dir);
            if (::chown(native.constData(), uid_t(uid), gid_t(uid)) != 0
                || ::chmod(native.constData(), 0700) != 0) {
                *error = QStringLiteral("cannot hand the sandbox directory to uid %1").arg(uid);
                return false;
            }
        }
    } else {
        ::chmod(QFile::encodeName(m_rootDir).constData(), 0700);
    }
    m_network = SandboxNetwork::create(uid, m_options.egress, resolver, error);
    if (!m_network)
        return false;
    connect(m_network.get(), &SandboxNetwork::refused, this,
            [this](const QString &host, quint16 port, const QString &reason) {
                // The reason names the host, the address it resolved to and the port.
                const QString message = QStringLiteral("refused a connection to %1").arg(reason);
                logRefusal(message);
                m_log.append(QStringLiteral("warn"), message,
                             { { QStringLiteral("host"), host },
                               { QStringLiteral("port"), QString::number(port) } });
            });
    return true;
}

void Sandbox::logRefusal(const QString &message)
{
    // The sandbox's own log is bounded; the server's log file is not, so a sandbox refused in
    // a loop gets a few lines a minute there, not one per attempt.
    constexpr int PerMinute = 20;
    if (!m_refusalWindow.isValid() || m_refusalWindow.hasExpired(qint64(60) * 1000)) {
        if (m_refusalsInWindow > PerMinute)
            qCInfo(lcSandboxd,
                   "autocoder-sandboxd: sandbox %s: %d more refused connections not logged",
                   qPrintable(m_id), m_refusalsInWindow - PerMinute);
        m_refusalWindow.start();
        m_refusalsInWindow = 0;
    }
    if (++m_refusalsInWindow <= PerMinute)
        qCInfo(lcSandboxd, "autocoder-sandboxd: sandbox %s: %s", qPrintable(m_id),
               qPrintable(message));
}

EgressPolicy Sandbox::egressPolicy() const
{
    return m_network ? m_network->policy() : m_options.egress;
}

void Sandbox::setEgressPolicy(const EgressPolicy &policy)
{
    m_options.egress = policy;
    if (m_network)
        m_network->setPolicy(policy);
}

void Sandbox::armTimer()
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_endAt);
    m_expiry.start(int(qBound(qint64(0), ms, qint64(3600 * 1000))));
}

void Sandbox::setTimeout(int seconds)
{
    m_endAt = QDateTime::currentDateTimeUtc().addSecs(seconds);
    if (!m_paused)
        armTimer();
}

void Sandbox::extendTo(const QDateTime &end)
{
    if (end > m_endAt) {
        m_endAt = end;
        if (!m_paused)
            armTimer();
    }
}

void Sandbox::pause()
{
    m_paused = true;
    m_expiry.stop();
    for (const auto &p : qAsConst(m_processes)) {
        if (p)
            p->setPaused(true);
    }
}

void Sandbox::resume(int timeoutSeconds)
{
    m_paused = false;
    for (const auto &p : qAsConst(m_processes)) {
        if (p)
            p->setPaused(false);
    }
    setTimeout(timeoutSeconds);
}

SandboxProcess *Sandbox::startProcess(const ProcessConfig &config, const QString &tag,
                                      bool keepStdinOpen)
{
    BwrapSpec spec;
    spec.homeDir = homeDir();
    spec.tmpDir = m_rootDir + QStringLiteral("/tmp");
    spec.etcDir = m_etcDir;
    spec.templateDir = m_options.templateDir;
    spec.cwd = config.cwd.isEmpty() ? PathResolver::homePath() : PathResolver::clean(config.cwd);
    spec.env = BwrapCommand::baseEnvironment();
    ChildSetup setup;
    setup.hostUid = m_options.hostUid;
    m_network->prepare(&setup, &spec);
    if (m_resources)
        m_resources->fill(&setup);
    for (auto it = m_options.envVars.cbegin(); it != m_options.envVars.cend(); ++it)
        spec.env.insert(it.key(), it.value());
    for (auto it = config.envs.cbegin(); it != config.envs.cend(); ++it)
        spec.env.insert(it.key(), it.value());
    spec.program = config.cmd;
    spec.arguments = config.args;

    const quint32 pid = m_nextPid++;
    auto *process = new SandboxProcess(pid, tag, config, this);
    m_processes.insert(pid, process);
    connect(process, &SandboxProcess::finished, this, [this, pid, process] {
        // Keep the exit status a while for clients that re-attach after a dropped stream.
        // The process as context: destroy() deletes it at once when the sandbox ends first.
        QTimer::singleShot(m_retentionSeconds * 1000, process, [this, pid, process] {
            m_processes.remove(pid);
            process->deleteLater();
        });
    });
    process->start(m_bwrap, BwrapCommand::arguments(spec), keepStdinOpen, setup);
    if (m_paused)
        process->setPaused(true);
    return process;
}

SandboxProcess *Sandbox::findProcess(quint32 pid, const QString &tag) const
{
    if (!tag.isEmpty()) {
        // The newest process with that tag wins.
        for (auto it = m_processes.constEnd(); it != m_processes.constBegin();) {
            --it;
            if (it.value() && it.value()->tag() == tag)
                return it.value();
        }
        return nullptr;
    }
    return m_processes.value(pid);
}

QList<SandboxProcess *> Sandbox::runningProcesses() const
{
    QList<SandboxProcess *> out;
    for (const auto &p : m_processes) {
        if (p && p->isRunning())
            out << p;
    }
    return out;
}

void Sandbox::setResources(SandboxResources *resources)
{
    m_resources = resources;
    resources->setParent(this);
    connect(resources, &SandboxResources::diskQuotaExceeded, this, [this](const QString &error) {
        for (const auto &p : qAsConst(m_processes)) {
            if (p && p->isRunning())
                p->killWithError(error);
        }
    });
}

QString Sandbox::diskQuotaError() const
{
    return m_resources ? m_resources->diskQuotaError() : QString();
}

void Sandbox::destroy()
{
    if (m_destroyed)
        return;
    m_destroyed = true;
    m_expiry.stop();
    for (const auto &p : qAsConst(m_processes)) {
        if (p)
            p->killAll();
    }
    // Wait (briefly) for bwrap to go so no process writes into the directory we remove.
    for (const auto &p : qAsConst(m_processes)) {
        if (p)
            delete p.data();
    }
    m_processes.clear();
    m_network.reset();
    if (m_resources)
        m_resources->release();
    if (!m_rootDir.isEmpty() && !QDir(m_rootDir).removeRecursively()) {
        makeRemovable(m_rootDir, 0);
        QDir(m_rootDir).removeRecursively();
    }
}

QJsonObject Sandbox::toSandboxJson(const QString &envdVersion) const
{
    QJsonObject o {
        { QStringLiteral("templateID"), m_options.templateName },
        { QStringLiteral("sandboxID"), m_id },
        { QStringLiteral("alias"), m_options.templateName },
        { QStringLiteral("clientID"), QStringLiteral("local") },
        { QStringLiteral("envdVersion"), envdVersion },
        { QStringLiteral("trafficAccessToken"), QJsonValue::Null },
        { QStringLiteral("domain"), QJsonValue::Null },
    };
    if (m_options.secure)
        o.insert(QStringLiteral("envdAccessToken"), m_token);
    // Not in E2B's Sandbox: what the template holds (the agent's version), so a client
    // need not start a process to find out.
    if (!m_options.templateManifest.isEmpty())
        o.insert(QStringLiteral("templateManifest"), m_options.templateManifest);
    return o;
}

QJsonObject Sandbox::toDetailJson(const QString &envdVersion, bool withToken) const
{
    QJsonObject o {
        { QStringLiteral("templateID"), m_options.templateName },
        { QStringLiteral("alias"), m_options.templateName },
        { QStringLiteral("sandboxID"), m_id },
        { QStringLiteral("clientID"), QStringLiteral("local") },
        { QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("endAt"), m_endAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("cpuCount"), m_options.limits.effectiveCpuCount() },
        { QStringLiteral("memoryMB"), m_options.limits.memoryMB },
        { QStringLiteral("diskSizeMB"), m_options.limits.diskSizeMB },
        // Not in E2B's SandboxDetail: this server's own process limit.
        { QStringLiteral("maxProcesses"), m_options.limits.maxProcesses },
        { QStringLiteral("metadata"), m_options.metadata },
        { QStringLiteral("state"),
          m_paused ? QStringLiteral("paused") : QStringLiteral("running") },
        { QStringLiteral("envdVersion"), envdVersion },
        { QStringLiteral("volumeMounts"), QJsonArray() },
    };
    if (!m_options.templateManifest.isEmpty())
        o.insert(QStringLiteral("templateManifest"), m_options.templateManifest);
    if (withToken) {
        o.insert(QStringLiteral("allowInternetAccess"), egressPolicy().allowInternetAccess());
        o.insert(QStringLiteral("network"), egressPolicy().toJson());
        o.insert(QStringLiteral("domain"), QJsonValue::Null);
        o.insert(QStringLiteral("lifecycle"),
                 QJsonObject { { QStringLiteral("autoResume"), false },
                               { QStringLiteral("onTimeout"), QStringLiteral("kill") } });
        if (m_options.secure)
            o.insert(QStringLiteral("envdAccessToken"), m_token);
    }
    return o;
}

} // namespace Autocoder::Sandboxd
