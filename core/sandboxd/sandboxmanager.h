#pragma once

#include "sandboxd/hostresolver.h"
#include "sandboxd/sandbox.h"
#include "sandboxd/serverconfig.h"

#include <QHash>
#include <QObject>

namespace Autocoder::Sandboxd {

class ResourceLimiter;

/// Owns every live sandbox of the server: creation, lookup, expiry and the
/// clean-up of all of them when the server stops.
class SandboxManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxManager)
public:
    static QString envdVersion() { return QStringLiteral("0.5.7"); }

    explicit SandboxManager(const ServerConfig &config, QObject *parent = nullptr);
    ~SandboxManager() override;

    /// Prepares runtime directories, removes sandboxes a crashed server left behind and picks
    /// the resource limit mechanism (logged on stderr).
    bool initialize(QString *error);

    Sandbox *create(const SandboxOptions &options, QString *error);
    Sandbox *find(const QString &id) const;
    QList<Sandbox *> sandboxes() const;
    bool kill(const QString &id);
    void killAll();

    const ServerConfig &config() const { return m_config; }
    const HostResolver &resolver() const { return m_resolver; }
    /// An address and port no sandbox may reach whatever its allow-list says (the server's
    /// own); applies to sandboxes created from now on.
    void protectEndpoint(const QHostAddress &address, quint16 port);
    const QList<QPair<QHostAddress, quint16>> &protectedEndpoints() const { return m_protected; }
    /// How sandboxes are bounded; chosen in initialize().
    ResourceLimiter *limiter() const { return m_limiter; }
    QString etcDir() const;

    static QString randomHex(int bytes);
    /// True when every parent directory of \a path is searchable by other users.
    static bool traversable(const QString &path);
    static QString randomId();

Q_SIGNALS:
    void sandboxEnded(const QString &id);

private:
    ServerConfig m_config;
    HostResolver m_resolver;
    QList<QPair<QHostAddress, quint16>> m_protected;
    QHash<QString, Sandbox *> m_sandboxes;
    ResourceLimiter *m_limiter;
};

} // namespace Autocoder::Sandboxd
