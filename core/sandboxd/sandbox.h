#pragma once

#include "sandboxd/egresspolicy.h"
#include "sandboxd/pathresolver.h"
#include "sandboxd/resourcelimits.h"
#include "sandboxd/sandboxlog.h"
#include "sandboxd/sandboxprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Autocoder::Sandboxd {

class HostResolver;
class SandboxNetwork;

/// What a create request asked for.
struct SandboxOptions
{
    QString templateName; ///< "base" or "claude"
    QString templateDir; ///< prepared template on disk; empty for none
    QJsonObject templateManifest; ///< TemplateManifest of templateDir, reported to clients
    int timeoutSeconds = 300;
    bool secure = true;
    EgressPolicy egress; ///< allow_internet_access and network.allowOut/denyOut
    QJsonObject metadata;
    QMap<QString, QString> envVars;
    int hostUid = -1; ///< see ServerConfig::sandboxUid
    ResourceLimits limits;
};

class SandboxResources;

/// One sandbox: its directories on the host, its processes, its lifetime.
/// Ending it (kill(), expiry, server shutdown) kills every process and removes
/// its directory.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)
public:
    Sandbox(const QString &id, const QString &accessToken, const QString &rootDir,
            const QString &etcDir, const QString &bwrapProgram, const SandboxOptions &options,
            int retentionSeconds, QObject *parent = nullptr);
    ~Sandbox() override;

    /// Creates home/ and tmp/ under the root dir and the sandbox's network (its namespace
    /// and egress proxy, resolving names with \a resolver, which must outlive the sandbox).
    bool prepare(const HostResolver *resolver, QString *error);

    QString id() const { return m_id; }
    QString accessToken() const { return m_token; }
    const SandboxOptions &options() const { return m_options; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime endAt() const { return m_endAt; }
    bool isPaused() const { return m_paused; }
    const PathResolver &paths() const { return m_paths; }
    QString homeDir() const;
    /// What the server logged about this sandbox (GET /v2/sandboxes/{id}/logs).
    SandboxLog &log() { return m_log; }

    EgressPolicy egressPolicy() const;
    /// PUT /sandboxes/{id}/network: applies to connections made from now on.
    void setEgressPolicy(const EgressPolicy &policy);

    /// New expiry = now + seconds (may shorten).
    void setTimeout(int seconds);
    /// Extends only.
    void extendTo(const QDateTime &end);
    void pause();
    void resume(int timeoutSeconds);

    /// Starts a process; the returned object stays owned by the sandbox.
    SandboxProcess *startProcess(const ProcessConfig &config, const QString &tag,
                                 bool keepStdinOpen);
    SandboxProcess *findProcess(quint32 pid, const QString &tag) const;
    QList<SandboxProcess *> runningProcesses() const;

    /// Takes \a resources (cgroup, rlimits, disk quota) for every process started from now on.
    void setResources(SandboxResources *resources);
    const SandboxResources *resources() const { return m_resources; }
    /// Empty while within the disk quota, else why new work is refused.
    QString diskQuotaError() const;

    /// Kills everything and removes the directory (blocking for at most ~2 s).
    void destroy();

    QJsonObject toSandboxJson(const QString &envdVersion) const;
    QJsonObject toDetailJson(const QString &envdVersion, bool withToken) const;

Q_SIGNALS:
    void expired();

private:
    void armTimer();
    void logRefusal(const QString &message);

    QString m_id;
    QString m_token;
    QString m_rootDir;
    QString m_etcDir;
    QString m_bwrap;
    SandboxOptions m_options;
    int m_retentionSeconds;
    PathResolver m_paths;
    std::unique_ptr<SandboxNetwork> m_network;
    SandboxLog m_log;
    QElapsedTimer m_refusalWindow;
    int m_refusalsInWindow = 0;
    QDateTime m_startedAt;
    QDateTime m_endAt;
    bool m_paused = false;
    bool m_destroyed = false;
    QTimer m_expiry;
    QMap<quint32, QPointer<SandboxProcess>> m_processes;
    quint32 m_nextPid = 1000;
    SandboxResources *m_resources = nullptr;
};

} // namespace Autocoder::Sandboxd
