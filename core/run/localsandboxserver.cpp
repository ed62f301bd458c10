#include "run/localsandboxserver.h"

#include "common/appfolders.h"
#include "common/foldermigration.h"
#include "run/detachedlaunch.h"
#include "run/runlog.h"
#include "sandboxd/apikeyfile.h"
#include "sandboxd/datadirlock.h"
#include "sandboxd/serveraddressfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>

namespace Autocoder::Run {

namespace {
constexpr qint64 LogRotateBytes = 1 << 20;

bool isAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    // An exited process stays until its parent (init, for a detached one) reaps it.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

QString logPath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/sandboxd.log");
}
} // namespace

LocalSandboxServer::LocalSandboxServer(QObject *parent)
    : QObject(parent)
{
    // The key goes to a loopback address only, never through a configured proxy.
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(100);
    connect(&m_probeTimer, &QTimer::timeout, this, &LocalSandboxServer::probe);
    m_watchdog.setInterval(2000);
    connect(&m_watchdog, &QTimer::timeout, this, &LocalSandboxServer::watch);
}

// The server is shared and outlives this client: nothing to end here.
LocalSandboxServer::~LocalSandboxServer() = default;

QString LocalSandboxServer::findProgram()
{
    QString fromEnv = qEnvironmentVariable("AUTOCODER_SANDBOXD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/autocoder-sandboxd");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("autocoder-sandboxd"));
}

QString LocalSandboxServer::defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("AUTOCODER_SANDBOXD_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    // What autocoder-sandboxd uses without --data-dir.
    return Common::AppFolders::sandboxdDataDir();
}

QStringList LocalSandboxServer::serverEnvironment()
{
    const QProcessEnvironment here = QProcessEnvironment::systemEnvironment();
    QStringList env { QStringLiteral("PATH=")
                      + here.value(QStringLiteral("PATH"),
                                   QStringLiteral("/usr/local/bin:/usr/bin:/bin")) };
    for (const char *name : { "LANG", "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                              "XDG_STATE_HOME", "XDG_RUNTIME_DIR" }) {
        const QString key = QString::fromLatin1(name);
        if (here.contains(key))
            env << key + QLatin1Char('=') + here.value(key);
    }
    return env;
}

quint16 LocalSandboxServer::parseListeningLine(const QByteArray &line)
{
    static const QRegularExpression re(
        QStringLiteral("^Listening on http://127\\.0\\.0\\.1:(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return 0;
    const uint port = m.captured(1).toUInt();
    return port > 0 && port <= 65535 ? quint16(port) : 0;
}

E2b::ConnectionConfig LocalSandboxServer::connectionConfig() const
{
    E2b::ConnectionConfig c;
    c.apiKey = E2b::Secret(m_apiKey);
    c.apiUrl = m_url;
    c.sandboxUrl = m_url;
    c.domain = QStringLiteral("localhost");
    return c;
}

void LocalSandboxServer::start(const Options &options)
{
    m_options = options;
    if (m_options.program.isEmpty())
        m_options.program = findProgram();
    // An old version's server that held the old folder when this app started may have exited
    // since: its folder moves now, not left behind by a new server in the new one.
    if (options.dataDir.isEmpty() && qEnvironmentVariableIsEmpty("AUTOCODER_SANDBOXD_DATA_DIR"))
        Common::FolderMigration::migrateReleasedServerFolder();
    m_dataDir = QDir(options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir).absolutePath();
    m_ready = false;
    m_reused = false;
    m_spawnedPid = 0;
    m_active = true;
    m_elapsed.start();
    // Answers always arrive from the event loop, as they did when this started a child.
    m_probeTimer.start(0);
}

void LocalSandboxServer::stop()
{
    m_active = false;
    m_ready = false;
    m_probeTimer.stop();
    m_watchdog.stop();
    if (m_check)
        m_check->abort();
}

void LocalSandboxServer::scheduleProbe()
{
    if (m_active)
        m_probeTimer.start();
}

void LocalSandboxServer::announce(const QString &message)
{
    if (message == m_lastAnnouncement)
        return;
    m_lastAnnouncement = message;
    Q_EMIT progress(message);
}

void LocalSandboxServer::probe()
{
    if (!m_active || m_ready || m_check)
        return;
    if (m_elapsed.hasExpired(m_options.startTimeoutMs)) {
        fail(tr("autocoder-sandboxd did not become ready within %1 s (data folder %2). %3")
                 .arg(m_options.startTimeoutMs / 1000)
                 .arg(m_dataDir, logTail()));
        return;
    }
    if (!Sandboxd::DataDirLock::isHeld(m_dataDir)) {
        if (m_spawnedPid == 0) {
            spawn();
        } else if (!isAlive(m_spawnedPid)) {
            fail(tr("autocoder-sandboxd exited before it was ready. %1").arg(logTail()));
            return;
        }
        scheduleProbe();
        return;
    }
    QString error;
    const auto address = Sandboxd::ServerAddressFile::read(m_dataDir, &error);
    // Held without a live address: a server is starting (a stale file names a dead pid).
    if (!address || !isAlive(address->pid)) {
        announce(tr("Waiting for the sandbox server starting in %1").arg(m_dataDir));
        scheduleProbe();
        return;
    }
    const QString key =
        Sandboxd::ApiKeyFile::read(Sandboxd::ApiKeyFile::defaultPath(m_dataDir), &error);
    if (key.isEmpty()) {
        fail(tr("The sandbox server %1 (pid %2) holds %3, but its key cannot be used: %4")
                 .arg(address->url.toString())
                 .arg(address->pid)
                 .arg(m_dataDir, error));
        return;
    }
    check(address->pid, address->url, key);
}

void LocalSandboxServer::spawn()
{
    if (m_options.program.isEmpty()) {
        fail(tr("autocoder-sandboxd was not found"));
        return;
    }
    const QByteArray dir = QFile::encodeName(m_dataDir);
    QDir().mkpath(QFileInfo(m_dataDir).path());
    if (::mkdir(dir.constData(), 0700) != 0 && errno != EEXIST) {
        fail(tr("Cannot create the sandbox data folder %1").arg(m_dataDir));
        return;
    }
    // Capped by rotation: each start begins a new log when the old one grew large.
    const QString log = logPath(m_dataDir);
    if (QFileInfo(log).size() > LogRotateBytes) {
        QFile::remove(log + QStringLiteral(".1"));
        QFile::rename(log, log + QStringLiteral(".1"));
    }
    DetachedLaunch::Spec spec;
    spec.program = m_options.program;
    spec.arguments = QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--data-dir"), m_dataDir };
    if (!m_options.templatesDir.isEmpty())
        spec.arguments << QStringLiteral("--templates-dir") << m_options.templatesDir;
    if (m_options.idleExitSeconds >= 0)
        spec.arguments << QStringLiteral("--idle-exit-seconds")
                       << QString::number(m_options.idleExitSeconds);
    spec.environment = serverEnvironment();
    spec.logPath = log;
    const Result<qint64> pid = DetachedLaunch::start(spec);
    if (!pid) {
        m_spawnedPid = 0;
        fail(tr("autocoder-sandboxd could not be started: %1").arg(pid.error()));
        return;
    }
    m_spawnedPid = *pid;
    qCInfo(lcRun, "started autocoder-sandboxd (pid %lld) for %s", m_spawnedPid,
           qPrintable(m_dataDir));
    announce(tr("Starting the sandbox server for %1").arg(m_dataDir));
}

void LocalSandboxServer::check(qint64 pid, const QUrl &url, const QString &key)
{
    QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/sandboxes"))));
    request.setRawHeader("X-API-Key", key.toUtf8());
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam.get(request);
    m_check = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, pid, url, key]() {
        reply->deleteLater();
        m_check = nullptr;
        if (!m_active)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 || status == 403) {
            fail(tr("The sandbox server %1 (pid %2) refuses the key in %3")
                     .arg(url.toString())
                     .arg(pid)
                     .arg(Sandboxd::ApiKeyFile::defaultPath(m_dataDir)));
            return;
        }
        if (status != 200) { // not listening yet, or just exited: look again
            qCDebug(lcRun, "sandbox server %s answered %d, probing again",
                    qPrintable(url.toString()), status);
            scheduleProbe();
            return;
        }
        m_ready = true;
        m_url = url;
        m_apiKey = key;
        m_pid = pid;
        m_reused = pid != m_spawnedPid;
        qCInfo(lcRun, "%s autocoder-sandboxd (pid %lld) at %s after %lld ms",
               m_reused ? "reusing" : "started", pid, qPrintable(url.toString()),
               m_elapsed.elapsed());
        m_watchdog.start();
        Q_EMIT ready(m_url);
    });
}

void LocalSandboxServer::watch()
{
    if (!m_ready || isAlive(m_pid))
        return;
    m_ready = false;
    m_watchdog.stop();
    qCWarning(lcRun, "autocoder-sandboxd (pid %lld) exited while in use", m_pid);
    Q_EMIT crashed(tr("autocoder-sandboxd (pid %1) exited. %2").arg(m_pid).arg(logTail()));
}

QString LocalSandboxServer::logTail() const
{
    QFile f(logPath(m_dataDir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > 2048)
        f.seek(f.size() - 2048);
    return QString::fromLocal8Bit(f.readAll()).trimmed();
}

void LocalSandboxServer::fail(const QString &error)
{
    m_active = false;
    m_probeTimer.stop();
    qCWarning(lcRun, "sandbox server: %s", qPrintable(error));
    Q_EMIT failed(error);
}

bool LocalSandboxServer::shutdownServer(int waitMs)
{
    stop();
    return m_dataDir.isEmpty() || shutdownServer(m_dataDir, waitMs);
}

bool LocalSandboxServer::shutdownServer(const QString &dataDir, int waitMs)
{
    if (!Sandboxd::DataDirLock::isHeld(dataDir))
        return true;
    const auto address = Sandboxd::ServerAddressFile::read(dataDir);
    if (!address)
        return false;
    // Signal only what really is a sandbox server: the pid may have been reused.
    const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(address->pid)).symLinkTarget();
    if (!QFileInfo(exe).fileName().startsWith(QLatin1String("autocoder-sandboxd")))
        return false;
    // SIGTERM: the server ends its sandboxes and removes their folders.
    ::kill(pid_t(address->pid), SIGTERM);
    QElapsedTimer waited;
    waited.start();
    while (Sandboxd::DataDirLock::isHeld(dataDir)) {
        if (waited.hasExpired(waitMs)) {
            ::kill(pid_t(address->pid), SIGKILL);
            waitMs += 2000;
            if (waited.hasExpired(waitMs))
                return false;
        }
        QThread::msleep(20);
    }
    return true;
}

} // namespace Autocoder::Run
