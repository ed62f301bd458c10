#pragma once

#include "e2b/connectionconfig.h"
#include "run/localsandboxserver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Autocoder::E2b {
class HttpCall;
class SandboxApi;
} // namespace Autocoder::E2b

namespace Autocoder::Setup {
class EndpointProbe;
} // namespace Autocoder::Setup

namespace Autocoder::Ui {

/// "Test connection": creates a sandbox on the configured backend and kills it again, then
/// checks the Anthropic side (a key is there; the ANTHROPIC_BASE_URL endpoint, when set,
/// answers), reporting each step in words. For the local backend it first finds or starts
/// the local sandbox server (Run::LocalSandboxServer), so the sandbox it makes is its health
/// check. Network work lives here, not in the settings dialog. One test at a time;
/// destroying the tester aborts it.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)
public:
    /// What the Anthropic half of the test looks at.
    struct Anthropic
    {
        bool check = false; ///< false: the sandbox half only
        bool hasKey = false; ///< never the key itself
        QUrl baseUrl; ///< empty: api.anthropic.com, not contacted
        /// What to do when there is no key, naming a place where one can be entered.
        QString missingKeyAdvice;
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Template used for the throwaway sandbox ("base" exists everywhere).
    void setTemplate(const QString &templateId) { m_template = templateId; }
    void setAnthropic(const Anthropic &anthropic) { m_anthropic = anthropic; }
    bool isRunning() const { return m_api != nullptr || m_local != nullptr || m_probing; }

    /// Tests the E2B-compatible server at @p config (E2B, or a local server already known).
    void start(const E2b::ConnectionConfig &config);
    /// Finds or starts the local sandbox server, then tests it like start() does.
    void startLocal(const Run::LocalSandboxServer::Options &options);
    void cancel();

Q_SIGNALS:
    /// One human-readable line per step ("Creating a sandbox…").
    void progress(const QString &message);
    /// @p summary says what happened (never contains the key).
    void finished(bool ok, const QString &summary);

private:
    void kill(const QString &sandboxId, qint64 createMs);
    void sandboxDone(bool ok, const QString &summary);
    void finish(bool ok, const QString &summary);
    void releaseSandboxApi();

    QString m_template = QStringLiteral("base");
    Anthropic m_anthropic;
    E2b::SandboxApi *m_api = nullptr;
    QPointer<E2b::HttpCall> m_call;
    QPointer<Run::LocalSandboxServer> m_local;
    Setup::EndpointProbe *m_probe = nullptr;
    QElapsedTimer m_clock;
    int m_generation = 0; // callbacks of an abandoned test are ignored
    bool m_probing = false;
};

} // namespace Autocoder::Ui
