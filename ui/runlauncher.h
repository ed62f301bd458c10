#pragma once

#include "spec/brief.h"
#include "spec/projectspec.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Autocoder::Run {
class RunController;
class RunManager;
class SandboxBackend;
class SandboxProvider;
struct RunOptions;
} // namespace Autocoder::Run

namespace Autocoder::Secrets {
class SecretStore;
} // namespace Autocoder::Secrets

namespace Autocoder::Ui {

/// Starts and resumes runs: gathers the keys (keychain first, then the
/// environment), brings up the sandbox backend the settings ask for — once,
/// then shared by every run — and hands each RunController to the run manager,
/// which owns it from then on. No widgets and no network code of its own: the
/// backend and the controller do the work.
class RunLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLauncher)

public:
    /// New runs go to @p runs; it must outlive the runs it is given, and the
    /// backends (owned here) must outlive the runs: destroy the manager first.
    explicit RunLauncher(Run::RunManager *runs, QObject *parent = nullptr);
    ~RunLauncher() override;

    void start(const Spec::ProjectSpec &spec, const Spec::Brief &brief);
    void resume(const QString &runId, const QString &guidance);
    /// At start-up: runs that state.json still calls running and whose sandbox is alive are
    /// re-attached (resume(), which re-attaches when the sandbox lives); the others stay
    /// "Interrupted" in the list, with Resume offered. Nothing is started from scratch.
    void recoverInterrupted();

    using SandboxReady = std::function<void(Run::SandboxProvider *, const QStringList &secrets)>;
    /// Hands the settings' sandbox provider (the shared backend, started when needed) to
    /// @p ready, or says why not to @p failed; for work in a sandbox without an agent
    /// (verifying a saved project), so no Anthropic key is asked for and no run slot taken.
    /// Neither is called once @p context is gone.
    void withSandbox(QObject *context, const SandboxReady &ready,
                     const std::function<void(const QString &)> &failed);

Q_SIGNALS:
    /// Run @p runId is being re-attached to its still-running sandbox.
    void reattaching(const QString &runId);
    /// A run could not start or resume; \a message says why and what to do, for a person.
    /// A new run's failure goes to startFailed() instead when something listens to it.
    void failed(const QString &message);
    /// A new run could not start (a missing key, a sandbox backend that did not come up):
    /// its answers, to reopen the wizard with, and why.
    void startFailed(const Autocoder::Spec::ProjectSpec &spec, const Autocoder::Spec::Brief &brief,
                     const QString &message);

private:
    struct Keys
    {
        QString anthropic;
        QString e2b;
    };
    using KeysReady = std::function<void(const Keys &)>;
    using Failed = std::function<void(const QString &message)>;
    using ProviderReady = std::function<void(Run::SandboxProvider *, const QStringList &secrets)>;
    /// Starts or resumes \a controller; false with \a error set when it cannot.
    using Begin = std::function<bool(Run::RunController *controller, const Run::RunOptions &options,
                                     QString *error)>;

    void enqueue(const QString &backend, const QString &name, const Begin &begin,
                 const Failed &report);
    void launch(const QString &backend, const Begin &begin, const QString &ticket,
                const Failed &report);

    void withKeys(bool needE2b, const Failed &fail, const KeysReady &next);
    void readKey(const QString &key, const std::function<void(const QString &)> &next);
    void withProvider(const QString &backend, const QString &e2bKey, const Failed &fail,
                      const ProviderReady &next);
    void sweepOrphans(Run::SandboxProvider *provider);
    void reattachLiveRuns(Run::SandboxProvider *provider);

    QPointer<Run::RunManager> m_runs;
    Secrets::SecretStore *m_secrets = nullptr;
    /// One backend per kind ("local", "e2b"), kept for the application's lifetime so
    /// the local server is started once.
    QHash<QString, Run::SandboxBackend *> m_backends;
};

} // namespace Autocoder::Ui
