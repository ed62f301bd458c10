#include "settings/connectiontester.h"

#include "e2b/httpcall.h"
#include "e2b/sandboxapi.h"
#include "setup/endpointprobe.h"
#include "uilog.h"

#include <QDir>
#include <QFileInfo>

namespace Autocoder::Ui {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_probe(new Setup::EndpointProbe(this))
{ }

ConnectionTester::~ConnectionTester()
{
    // The calls are children of this object: destroying it aborts them
    // without callbacks. The API object goes with us too.
}

void ConnectionTester::startLocal(const Run::LocalSandboxServer::Options &options)
{
    if (isRunning())
        return;
    Run::LocalSandboxServer::Options o = options;
    if (o.program.isEmpty())
        o.program = Run::LocalSandboxServer::findProgram();
    if (o.program.isEmpty() || !QFileInfo(o.program).isExecutable()) {
        const QString advice = tr("Reinstall Autocoder, or set AUTOCODER_SANDBOXD to its path.");
        const QString message = o.program.isEmpty()
            ? tr("The local sandbox server (autocoder-sandboxd) was not found: it is neither "
                 "next to Autocoder nor on PATH.")
            : tr("The local sandbox server (autocoder-sandboxd) was not found: %1 is not an "
                 "executable file.")
                  .arg(QDir::toNativeSeparators(o.program));
        Q_EMIT finished(false, message + QLatin1Char(' ') + advice);
        return;
    }
    const int generation = ++m_generation;
    m_clock.start();
    auto *local = new Run::LocalSandboxServer(this);
    m_local = local;
    connect(local, &Run::LocalSandboxServer::progress, this, &ConnectionTester::progress);
    connect(local, &Run::LocalSandboxServer::ready, this, [this, local, generation] {
        if (generation != m_generation)
            return;
        Q_EMIT progress(
            local->reusedServer()
                ? tr("The local sandbox server is running (pid %1).").arg(local->serverPid())
                : tr("Started the local sandbox server (pid %1).").arg(local->serverPid()));
        const E2b::ConnectionConfig config = local->connectionConfig();
        // Stop watching it: the shared server lives on for the app's runs.
        local->stop();
        local->deleteLater();
        m_local = nullptr;
        start(config);
    });
    connect(local, &Run::LocalSandboxServer::failed, this,
            [this, local, generation](const QString &error) {
                if (generation != m_generation)
                    return;
                local->deleteLater();
                m_local = nullptr;
                finish(false, tr("The local sandbox server could not start: %1").arg(error));
            });
    Q_EMIT progress(tr("Looking for the local sandbox server…"));
    local->start(o);
}

void ConnectionTester::start(const E2b::ConnectionConfig &config)
{
    if (m_api || m_probing)
        return;
    const E2b::Error invalid = config.validate();
    if (invalid.isError()) {
        Q_EMIT finished(false,
                        tr("The connection settings are incomplete: %1").arg(invalid.message));
        return;
    }
    m_api = new E2b::SandboxApi(config, this);
    const int generation = ++m_generation;
    m_clock.start();
    Q_EMIT progress(tr("Creating a sandbox from template “%1” at %2…")
                        .arg(m_template, config.resolvedApiUrl().toDisplayString()));
    E2b::CreateSandboxOptions options;
    options.templateId = m_template;
    options.timeout = std::chrono::seconds(60); // expires by itself if the kill never arrives
    options.metadata.insert(QStringLiteral("autocoder.purpose"), QStringLiteral("connection-test"));
    m_call = m_api->create(
        options, this, [this, generation](const E2b::Result<E2b::SandboxInfo> &result) {
            if (generation != m_generation)
                return;
            if (!result.isOk()) {
                sandboxDone(false,
                            tr("Could not create a sandbox: %1")
                                .arg(result.error().message.isEmpty()
                                         ? E2b::Error::kindName(result.error().kind)
                                         : result.error().message));
                return;
            }
            const qint64 createMs = m_clock.elapsed();
            Q_EMIT progress(tr("Created sandbox %1 in %2 ms; removing it…")
                                .arg(result->sandboxId)
                                .arg(createMs));
            kill(result->sandboxId, createMs);
        });
}

void ConnectionTester::kill(const QString &sandboxId, qint64 createMs)
{
    const int generation = m_generation;
    m_call = m_api->kill(
        sandboxId, this, [this, generation, sandboxId, createMs](const E2b::Result<bool> &result) {
            if (generation != m_generation)
                return;
            if (!result.isOk()) {
                sandboxDone(
                    false,
                    tr("Created sandbox %1 in %2 ms, but could not remove it: %3. It expires "
                       "by itself within a minute.")
                        .arg(sandboxId)
                        .arg(createMs)
                        .arg(result.error().message));
                return;
            }
            sandboxDone(
                true,
                tr("Connection works: created sandbox %1 in %2 ms and removed it (%3 ms in total).")
                    .arg(sandboxId)
                    .arg(createMs)
                    .arg(m_clock.elapsed()));
        });
}

// The sandbox half is over: now the Anthropic half, which needs no sandbox.
void ConnectionTester::sandboxDone(bool ok, const QString &summary)
{
    releaseSandboxApi();
    if (!m_anthropic.check) {
        finish(ok, summary);
        return;
    }
    if (m_anthropic.baseUrl.isEmpty()) {
        if (m_anthropic.hasKey)
            finish(ok, summary + QLatin1Char('\n') + tr("Anthropic: an API key is set."));
        else
            finish(false,
                   summary + QLatin1Char('\n')
                       + tr("Anthropic: no API key. %1").arg(m_anthropic.missingKeyAdvice));
        return;
    }
    const int generation = m_generation;
    const QUrl url = m_anthropic.baseUrl;
    const bool hasKey = m_anthropic.hasKey;
    m_probing = true;
    Q_EMIT progress(tr("Contacting the model endpoint %1…").arg(url.toDisplayString()));
    m_probe->probe(url, [this, ok, summary, url, hasKey, generation](const QString &error) {
        if (generation != m_generation)
            return;
        m_probing = false;
        const QString answers = hasKey
            ? tr("Anthropic: the endpoint %1 answers; an API key is set.")
            : tr("Anthropic: the endpoint %1 answers; no API key.");
        if (error.isEmpty())
            finish(ok, summary + QLatin1Char('\n') + answers.arg(url.toDisplayString()));
        else
            finish(false,
                   summary + QLatin1Char('\n')
                       + tr("Anthropic: the endpoint %1 (ANTHROPIC_BASE_URL) does not answer: %2.")
                             .arg(url.toDisplayString(), error));
    });
}

void ConnectionTester::cancel()
{
    if (!isRunning())
        return;
    finish(false, tr("Connection test cancelled."));
}

void ConnectionTester::releaseSandboxApi()
{
    // Deleting the API object (and with it any running call) later: we may
    // be inside one of its callbacks right now.
    if (m_call)
        m_call->deleteLater();
    m_call = nullptr;
    if (m_api)
        m_api->deleteLater();
    m_api = nullptr;
}

void ConnectionTester::finish(bool ok, const QString &summary)
{
    ++m_generation;
    m_probing = false;
    if (m_local) {
        m_local->stop();
        m_local->deleteLater();
    }
    m_local = nullptr;
    releaseSandboxApi();
    // Safe to log: finished() promises a summary without the key.
    qCInfo(lcUi, "connection test %s: %s", ok ? "passed" : "failed", qPrintable(summary));
    Q_EMIT finished(ok, summary);
}

} // namespace Autocoder::Ui
