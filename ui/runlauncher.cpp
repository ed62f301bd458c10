#include "runlauncher.h"

#include "settings/appsettings.h"

#include "run/orphansweeper.h"
#include "run/runcontroller.h"
#include "run/runmanager.h"
#include "run/runoptions.h"
#include "run/runqueue.h"
#include "run/runrecovery.h"
#include "run/runstore.h"
#include "run/sandboxbackend.h"
#include "run/sandboxprovider.h"
#include "secrets/secretresult.h"
#include "secrets/secretstore.h"
#include "setup/readiness.h"

#include <QMetaMethod>
#include <QPointer>
#include <QSet>

namespace Autocoder::Ui {

RunLauncher::RunLauncher(Run::RunManager *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_secrets(new Secrets::SecretStore(this))
{ }

RunLauncher::~RunLauncher() = default;

void RunLauncher::start(const Spec::ProjectSpec &spec, const Spec::Brief &brief)
{
    const QString backend =
        spec.sandbox.backend.isEmpty() ? AppSettings::load().specBackend() : spec.sandbox.backend;
    // The wizard that listens gets the answers back; otherwise a plain failure.
    const Failed report = [this, spec, brief](const QString &message) {
        if (isSignalConnected(QMetaMethod::fromSignal(&RunLauncher::startFailed)))
            Q_EMIT startFailed(spec, brief, message);
        else
            Q_EMIT failed(message);
    };
    enqueue(
        backend, spec.name,
        [spec, brief](Run::RunController *controller, Run::RunOptions options, QString *error) {
            options.brief = brief;
            return controller->start(spec, options, error);
        },
        report);
}

void RunLauncher::resume(const QString &runId, const QString &guidance)
{
    Run::RunState state;
    const bool known = Run::RunStore(Run::RunStore::defaultRoot()).load(runId, &state);
    // On the backend its sandbox lives on, so a live sandbox can be re-attached.
    const bool realBackend = known && Run::fromWireName<Run::Backend>(state.backend).has_value();
    const QString backend = realBackend ? state.backend : AppSettings::load().specBackend();
    enqueue(
        backend, known && !state.name.isEmpty() ? state.name : runId,
        [runId, guidance](Run::RunController *controller, const Run::RunOptions &options,
                          QString *error) {
            return controller->resume(runId, options, guidance, error);
        },
        [this](const QString &message) { Q_EMIT failed(message); });
}

void RunLauncher::withSandbox(QObject *context, const SandboxReady &ready,
                              const std::function<void(const QString &)> &failed)
{
    const QString backend = AppSettings::load().specBackend();
    const QPointer<QObject> alive(context);
    const Failed fail = [alive, failed](const QString &message) {
        if (alive)
            failed(message);
    };
    const auto withKey = [this, backend, alive, ready, fail](const QString &e2bKey) {
        withProvider(backend, e2bKey, fail,
                     [alive, ready](Run::SandboxProvider *provider, const QStringList &secrets) {
                         if (alive)
                             ready(provider, secrets);
                     });
    };
    if (backend != QLatin1String("e2b")) {
        withKey(QString());
        return;
    }
    readKey(Secrets::SecretStore::e2bKey(), [withKey, fail](const QString &e2b) {
        if (e2b.isEmpty()) {
            fail(tr("No E2B API key. Enter it on the set-up page (File › Set Up) or in "
                    "Settings, or set E2B_API_KEY before starting Autocoder."));
            return;
        }
        withKey(e2b);
    });
}

// Local runs share this machine: they wait for a slot in the run manager's queue. E2B runs
// start at once.
void RunLauncher::enqueue(const QString &backend, const QString &name, const Begin &begin,
                          const Failed &report)
{
    if (!m_runs)
        return;
    if (backend == QLatin1String("e2b")) {
        launch(backend, begin, QString(), report);
        return;
    }
    m_runs->localQueue()->submit(name, [this, backend, begin, report](const QString &ticket) {
        launch(backend, begin, ticket, report);
    });
}

// Keys, then the backend, then a controller handed to the run manager; \a begin
// starts or resumes it with the options every GUI run shares. Whatever stops it on the way
// gives its slot (\a ticket) back.
void RunLauncher::launch(const QString &backend, const Begin &begin, const QString &ticket,
                         const Failed &report)
{
    const QPointer<Run::RunManager> runs = m_runs;
    const Failed fail = [runs, ticket, report](const QString &message) {
        if (runs && !ticket.isEmpty())
            runs->localQueue()->release(ticket);
        report(message);
    };
    withKeys(
        backend == QLatin1String("e2b"), fail,
        [this, backend, begin, ticket, fail, report](const Keys &keys) {
            withProvider(
                backend, keys.e2b, fail,
                [this, begin, keys, ticket, report](Run::SandboxProvider *provider,
                                                    const QStringList &secrets) {
                    if (!m_runs)
                        return;
                    auto *controller = new Run::RunController(provider);
                    // Handed over before it starts, so its first event reaches the window; from
                    // then on the manager gives the slot back when the run ends or goes.
                    m_runs->add(controller, ticket);
                    Run::RunOptions options;
                    options.anthropicApiKey = keys.anthropic;
                    options.anthropicBaseUrl = qEnvironmentVariable("ANTHROPIC_BASE_URL");
                    options.extraSecrets = secrets;
                    options.extraAllowOut = AppSettings::load().extraAllowOut;
                    options.keepSandbox = true;
                    QString error;
                    if (!begin(controller, options, &error)) {
                        controller
                            ->deleteLater(); // the manager forgets it (and its slot) when it goes
                        report(error);
                    }
                });
        });
}

void RunLauncher::withKeys(bool needE2b, const Failed &fail, const KeysReady &next)
{
    readKey(Secrets::SecretStore::anthropicKey(), [this, needE2b, fail, next](QString anthropic) {
        // A model endpoint of one's own (a proxy, a gateway) may need no key: the agent still
        // wants one, so it gets a stand-in and the endpoint decides.
        if (anthropic.isEmpty() && !qEnvironmentVariableIsEmpty("ANTHROPIC_BASE_URL"))
            anthropic = QStringLiteral("no-key-for-anthropic-base-url");
        if (anthropic.isEmpty()) {
            fail(tr("No Anthropic API key. Enter it on the set-up page (File › Set Up) or in "
                    "Settings, or set ANTHROPIC_API_KEY or ANTHROPIC_BASE_URL before starting "
                    "Autocoder."));
            return;
        }
        if (!needE2b) {
            next({ anthropic, QString() });
            return;
        }
        readKey(Secrets::SecretStore::e2bKey(), [anthropic, fail, next](const QString &e2b) {
            if (e2b.isEmpty()) {
                fail(tr("No E2B API key. Enter it on the set-up page (File › Set Up) or in "
                        "Settings, or set E2B_API_KEY before starting Autocoder."));
                return;
            }
            next({ anthropic, e2b });
        });
    });
}

// The keychain answers asynchronously; each read gets its own one-shot
// connection, keyed on the secret's name.
void RunLauncher::readKey(const QString &key, const std::function<void(const QString &)> &next)
{
    auto *context = new QObject(this);
    connect(m_secrets, &Secrets::SecretStore::readFinished, context,
            [key, next, context](const QString &finishedKey, const Secrets::SecretResult &result) {
                if (finishedKey != key)
                    return;
                context->deleteLater();
                next(result && !result->isEmpty() ? *result
                                                  : Secrets::SecretStore::environmentValue(key));
            });
    m_secrets->read(key);
}

void RunLauncher::withProvider(const QString &backend, const QString &e2bKey, const Failed &fail,
                               const ProviderReady &next)
{
    Run::SandboxBackend *existing = m_backends.value(backend);
    // The shared local server exits when idle: then look for (or start) one again.
    if (existing && existing->isUsable()) {
        next(existing->provider(), existing->secrets());
        return;
    }
    // Still starting, or failed earlier: start afresh. A gone server's backend stays
    // (parented here) for the finished runs that still refer to its provider.
    if (existing && !existing->provider())
        existing->deleteLater();

    auto *sandboxes = new Run::SandboxBackend(this);
    m_backends.insert(backend, sandboxes);
    auto *context = new QObject(sandboxes);
    connect(sandboxes, &Run::SandboxBackend::ready, context,
            [this, sandboxes, next, context](Run::SandboxProvider *provider) {
                context->deleteLater();
                sweepOrphans(provider);
                next(provider, sandboxes->secrets());
            });
    connect(sandboxes, &Run::SandboxBackend::failed, context,
            [this, backend, sandboxes, context, fail](const QString &error) {
                context->deleteLater();
                if (m_backends.value(backend) == sandboxes)
                    m_backends.remove(backend);
                sandboxes->deleteLater();
                fail(tr("The sandbox backend could not start: %1").arg(error));
            });

    const AppSettings settings = AppSettings::load();
    Run::SandboxBackend::Options options;
    options.backend = backend;
    options.e2bApiKey = e2bKey;
    if (settings.backend == AppSettings::Backend::E2bCustom)
        options.e2bDomain = settings.customDomain;
    options.templatesDir = Setup::Readiness::defaultTemplatesDir();
    sandboxes->start(options);
}

// Runs left "running" by a crash or a "leave running" quit: those whose sandbox is still
// alive re-attach now; the others stay interrupted and the person decides (Resume goes on
// from the last snapshot; nothing starts from scratch). Runs stopped on purpose with their
// sandbox kept wait for Continue.
void RunLauncher::recoverInterrupted()
{
    const Run::RunStore store(Run::RunStore::defaultRoot());
    const QStringList live = m_runs ? m_runs->liveIds() : QStringList();
    QSet<QString> backends;
    const QList<Run::RecoverableRun> candidates =
        Run::RunRecovery::candidates(store, live, QString());
    for (const Run::RecoverableRun &run : candidates) {
        if (run.interrupted && !run.state.sandboxId.isEmpty()
            && Run::fromWireName<Run::Backend>(run.state.backend))
            backends.insert(run.state.backend);
    }
    for (const QString &backend : std::as_const(backends)) {
        const Failed quiet = [](const QString &message) {
            qInfo("Not checking interrupted runs: %s", qPrintable(message));
        };
        withKeys(backend == QLatin1String("e2b"), quiet, [this, backend, quiet](const Keys &keys) {
            withProvider(backend, keys.e2b, quiet,
                         [this](Run::SandboxProvider *provider, const QStringList &) {
                             reattachLiveRuns(provider);
                         });
        });
    }
}

void RunLauncher::reattachLiveRuns(Run::SandboxProvider *provider)
{
    const QStringList live = m_runs ? m_runs->liveIds() : QStringList();
    Run::RunRecovery::find(
        provider, Run::RunStore(Run::RunStore::defaultRoot()), live, this,
        [this](const Result<QList<Run::RecoverableRun>> &found) {
            if (!found) {
                qInfo("Not checking interrupted runs: %s", qPrintable(found.error()));
                return;
            }
            for (const Run::RecoverableRun &run : *found) {
                if (!run.interrupted || run.action != Run::RecoverableRun::Action::Reattach)
                    continue;
                qInfo("Run %s still has its sandbox: re-attaching", qPrintable(run.id));
                Q_EMIT reattaching(run.id);
                resume(run.id, QString());
            }
        });
}

// A crash can leave sandboxes behind (on E2B they keep costing money). Runs that did not
// finish may still re-attach, a stopped run may have kept its sandbox to go on in, and a
// run another process drives holds its lock: only the sandboxes of none of those go.
void RunLauncher::sweepOrphans(Run::SandboxProvider *provider)
{
    Run::OrphanSweeper::sweep(
        provider, Run::RunStore(Run::RunStore::defaultRoot()),
        m_runs ? m_runs->liveIds() : QStringList(), this,
        [](const QStringList &killed, const QString &error) {
            if (!error.isEmpty())
                qWarning("Looking for left-over sandboxes failed: %s", qPrintable(error));
            else if (!killed.isEmpty())
                qInfo("Killed %lld left-over sandbox(es)", qlonglong(killed.size()));
        });
}

} // namespace Autocoder::Ui
