#pragma once

#include "setup/readinesscheck.h"

#include <QObject>
#include <QPointer>

#include <QProcess>

namespace Autocoder::Secrets {
class SecretStore;
} // namespace Autocoder::Secrets

namespace Autocoder::Setup {

class EndpointProbe;

/// Checks what a run on the chosen backend needs, without widgets: for "local", bubblewrap
/// present and able to make a sandbox, the sandbox server binary, the prepared templates;
/// for both, the Anthropic key (keychain, then ANTHROPIC_API_KEY) or an ANTHROPIC_BASE_URL
/// that answers; for "e2b", the E2B key too. Everything slow (the keychain, running bwrap,
/// the endpoint) is asynchronous; start() again re-checks and drops older answers.
class Readiness final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Readiness)
public:
    struct Options
    {
        QString backend = QStringLiteral("local"); ///< "local" | "e2b"
        QString bwrapProgram = QStringLiteral("bwrap"); ///< looked up on PATH unless absolute
        QString sandboxdProgram; ///< empty: Run::LocalSandboxServer::findProgram()
        QString templatesDir; ///< empty: defaultTemplatesDir()
        QString keychainService; ///< empty: the app's own (tests use a throwaway one)
        int timeoutMs = 10000; ///< for bwrap and the endpoint
    };

    explicit Readiness(QObject *parent = nullptr);
    ~Readiness() override;

    void start(const Options &options);
    void start() { start(m_options); }
    const Options &options() const { return m_options; }

    bool isRunning() const;
    QList<ReadinessCheck> checks() const { return m_checks; }
    /// The check with @p id; a default one (Pending, empty id) when there is none.
    ReadinessCheck check(const QString &id) const;
    bool isReady() const { return !isRunning() && Setup::isReady(m_checks); }
    /// Why a run cannot start yet (empty when ready).
    QString blockingReason() const { return Setup::blockingReason(m_checks); }
    /// Whether the keychain answered; false when there is none (keys cannot be stored).
    bool keychainAvailable() const { return m_keychainAvailable; }

    /// Where the local server keeps its templates: AUTOCODER_TEMPLATES_DIR (scripts/run.sh
    /// prepares them there), else `templates` in the server's data folder
    /// (Run::LocalSandboxServer::defaultDataDir()), filled on first use or from the set-up page.
    static QString defaultTemplatesDir();
    /// The command that prepares templates in @p dir, for a person to run.
    static QString prepareTemplatesCommand(const QString &sandboxdProgram, const QString &dir);

Q_SIGNALS:
    void checkChanged(const Autocoder::Setup::ReadinessCheck &check);
    /// Every check has an answer.
    void finished();

private:
    void set(const ReadinessCheck &check);
    void checkSandboxd();
    void checkTemplates();
    void checkBwrap(int generation);
    void checkKey(const QString &id, int generation);
    void checkBaseUrl(const QString &keySource, int generation);
    QString sandboxdProgram() const;

    Options m_options;
    QList<ReadinessCheck> m_checks;
    Secrets::SecretStore *m_store = nullptr;
    QPointer<QProcess> m_bwrap;
    EndpointProbe *m_probe = nullptr;
    int m_generation = 0;
    bool m_keychainAvailable = true;
};

} // namespace Autocoder::Setup
