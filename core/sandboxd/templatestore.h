#pragma once

#include "sandboxd/resourcelimits.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace Autocoder::Sandboxd {

class HostResolver;
class ResourceLimiter;

/// Named read-only layers mounted at /opt/autocoder in a sandbox, prepared once
/// per machine under <templatesDir>/<name>:
/// - `base`: nothing extra (no mount);
/// - `claude`: `@anthropic-ai/claude-code` and `bun` from npm at pinned versions,
///   their bin dir (/opt/autocoder/bin) on PATH.
/// npm runs inside a bubblewrap sandbox too (its install scripts never run on
/// the host); the result is verified in a sandbox as uid 1000 before it is
/// published with an atomic rename, with a TemplateManifest of what the
/// verification found (the agent's version), so runs need not ask again.
class TemplateStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateStore)
public:
    static constexpr const char *ClaudeCodePackage = "@anthropic-ai/claude-code@2.1.112";
    static constexpr const char *BunPackage = "bun@1.4.5";

    /// The one host npm may reach while a template is prepared.
    static constexpr const char *NpmRegistry = "registry.npmjs.org";

    /// \a resolver (names npm asks the egress proxy for) must outlive the store.
    TemplateStore(const QString &templatesDir, const QString &etcDir, const QString &bwrapProgram,
                  const HostResolver *resolver, QObject *parent = nullptr);

    /// Host uid npm and the verification run as (see ServerConfig::sandboxUid).
    void setHostUid(int uid) { m_uid = uid; }
    /// Bounds the preparation runs like a sandbox with \a limits (no disk check).
    void setLimits(ResourceLimiter *limiter, const ResourceLimits &limits);

    static QStringList names();
    static bool isKnown(const QString &name);
    bool isReady(const QString &name) const;
    /// Directory to mount; empty for `base`.
    QString mountDir(const QString &name) const;
    /// TemplateManifest::toJson() of a ready template (read once, then remembered); for
    /// `base`, one without the agent; empty when it cannot be read (clients then check).
    QJsonObject manifest(const QString &name) const;

    using Callback = std::function<void(bool ok, const QString &error)>;
    /// Prepares \a name if needed, then calls \a done (on this object's thread).
    void ensure(const QString &name, const Callback &done);

Q_SIGNALS:
    void progress(const QString &line);

private:
    void prepareClaude();
    void runStep(const QString &templateDir, bool writable, const QString &script,
                 const std::function<void(bool ok, const QString &output)> &next);
    void completeClaude(bool ok, const QString &error);

    QString m_dir;
    QString m_etcDir;
    QString m_bwrap;
    const HostResolver *m_resolver;
    QList<Callback> m_waiting;
    mutable QHash<QString, QJsonObject> m_manifests;
    bool m_preparing = false;
    int m_uid = -1;
    QPointer<ResourceLimiter> m_limiter;
    ResourceLimits m_limits;
};

} // namespace Autocoder::Sandboxd
