#pragma once

#include "run/localsandboxserver.h"
#include "run/sandboxprovider.h"
#include <QObject>

#include <QPointer>

namespace Autocoder::Run {

/// Brings up the sandbox backend a run asked for and hands out its provider:
/// "local" starts autocoder-sandboxd (LocalSandboxServer), "e2b" uses E2B cloud with the
/// key from settings or E2B_API_KEY. Both end in the same E2B client code path.
class SandboxBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxBackend)
public:
    struct Options
    {
        QString backend = QStringLiteral("local"); ///< "local" | "e2b"
        QString e2bApiKey; ///< e2b: from settings; empty = E2B_API_KEY
        QString e2bDomain; ///< e2b: a self-hosted E2B; empty = E2B_DOMAIN or e2b.app
        QString sandboxdProgram; ///< local: override the server binary
        QString dataDir; ///< local: --data-dir
        QString templatesDir; ///< local: --templates-dir
    };

    explicit SandboxBackend(QObject *parent = nullptr);
    ~SandboxBackend() override;

    void start(const Options &options);
    SandboxProvider *provider() const { return m_provider; }
    /// The provider is there and, for "local", its server still runs (the shared server
    /// exits when idle; then a new backend has to find or start one).
    bool isUsable() const { return m_provider && (!m_local || m_local->isReady()); }
    /// Values to redact (the local server key or the E2B key).
    QStringList secrets() const { return m_secrets; }

Q_SIGNALS:
    void ready(Autocoder::Run::SandboxProvider *provider);
    void failed(const QString &error);
    /// Starting (or waiting for) the local server.
    void progress(const QString &message);

private:
    QPointer<LocalSandboxServer> m_local;
    QPointer<SandboxProvider> m_provider;
    QStringList m_secrets;
};

} // namespace Autocoder::Run
