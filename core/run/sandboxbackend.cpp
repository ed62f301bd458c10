#include "run/sandboxbackend.h"

#include "run/e2bsandboxprovider.h"
#include "run/localsandboxserver.h"
#include "run/runlog.h"

namespace Autocoder::Run {

SandboxBackend::SandboxBackend(QObject *parent)
    : QObject(parent)
{ }

SandboxBackend::~SandboxBackend() = default;

void SandboxBackend::start(const Options &options)
{
    if (options.backend == QLatin1String("e2b")) {
        E2b::ConnectionConfig config = E2b::ConnectionConfig::fromEnvironment();
        if (!options.e2bApiKey.isEmpty())
            config.apiKey = E2b::Secret(options.e2bApiKey);
        if (!options.e2bDomain.isEmpty())
            config.domain = options.e2bDomain;
        m_secrets = QStringList { config.apiKey.reveal() };
        const E2b::Error invalid = config.validate();
        if (invalid.isError()) {
            const QString message = invalid.message;
            QMetaObject::invokeMethod(
                this,
                [this, message]() { Q_EMIT failed(tr("E2B is not configured: %1").arg(message)); },
                Qt::QueuedConnection);
            return;
        }
        qCInfo(lcRun, "sandbox backend: E2B at %s", qPrintable(config.resolvedApiUrl().toString()));
        m_provider = new E2bSandboxProvider(config, QStringLiteral("e2b"), this);
        QMetaObject::invokeMethod(
            this, [this]() { Q_EMIT ready(m_provider); }, Qt::QueuedConnection);
        return;
    }
    if (options.backend != QLatin1String("local")) {
        const QString name = options.backend;
        QMetaObject::invokeMethod(
            this, [this, name]() { Q_EMIT failed(tr("Unknown sandbox backend \"%1\"").arg(name)); },
            Qt::QueuedConnection);
        return;
    }
    qCInfo(lcRun, "sandbox backend: local autocoder-sandboxd");
    m_local = new LocalSandboxServer(this);
    connect(m_local, &LocalSandboxServer::ready, this, [this]() {
        m_secrets = QStringList { m_local->apiKey() };
        m_provider =
            new E2bSandboxProvider(m_local->connectionConfig(), QStringLiteral("local"), this);
        Q_EMIT ready(m_provider);
    });
    connect(m_local, &LocalSandboxServer::failed, this, &SandboxBackend::failed);
    connect(m_local, &LocalSandboxServer::progress, this, &SandboxBackend::progress);
    LocalSandboxServer::Options o;
    o.program = options.sandboxdProgram;
    o.dataDir = options.dataDir;
    o.templatesDir = options.templatesDir;
    m_local->start(o);
}

} // namespace Autocoder::Run
