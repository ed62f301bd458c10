#include "settings/connectiontester.h"

#include "e2b/httpcall.h"
#include "e2b/sandboxapi.h"
#include "uilog.h"

namespace Autocoder::Ui {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester()
{
    // The calls are children of this object: destroying it aborts them
    // without callbacks. The API object goes with us too.
}

void ConnectionTester::start(const E2b::ConnectionConfig &config)
{
    if (m_api)
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
    m_call = m_api->create(options, this,
                           [this, generation](const E2b::Result<E2b::SandboxInfo> &result) {
                               if (generation != m_generation)
                                   return;
                               if (!result.isOk()) {
                                   finish(false,
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
                finish(false,
                       tr("Created sandbox %1 in %2 ms, but could not remove it: %3. It expires "
                          "by itself within a minute.")
                           .arg(sandboxId)
                           .arg(createMs)
                           .arg(result.error().message));
                return;
            }
            finish(
                true,
                tr("Connection works: created sandbox %1 in %2 ms and removed it (%3 ms in total).")
                    .arg(sandboxId)
                    .arg(createMs)
                    .arg(m_clock.elapsed()));
        });
}

void ConnectionTester::cancel()
{
    if (!m_api)
        return;
    finish(false, tr("Connection test cancelled."));
}

void ConnectionTester::finish(bool ok, const QString &summary)
{
    ++m_generation;
    // Deleting the API object (and with it any running call) later: we may
    // be inside one of its callbacks right now.
    if (m_call)
        m_call->deleteLater();
    m_call = nullptr;
    if (m_api)
        m_api->deleteLater();
    m_api = nullptr;
    // Safe to log: finished() promises a summary without the key.
    qCInfo(lcUi, "connection test %s: %s", ok ? "passed" : "failed", qPrintable(summary));
    Q_EMIT finished(ok, summary);
}

} // namespace Autocoder::Ui
