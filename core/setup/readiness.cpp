#include "setup/readiness.h"

#include "run/localsandboxserver.h"
#include "secrets/secretstore.h"
#include "setup/endpointprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace Autocoder::Setup {

using State = ReadinessCheck::State;
using Secrets::SecretStore;

Readiness::Readiness(QObject *parent)
    : QObject(parent)
    , m_probe(new EndpointProbe(this))
{
    qRegisterMetaType<ReadinessCheck>();
}

Readiness::~Readiness()
{
    if (m_bwrap) {
        m_bwrap->disconnect(this);
        m_bwrap->kill();
    }
}

QString Readiness::defaultTemplatesDir()
{
    QString fromEnvironment = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Where the server prepares them without --templates-dir, so the app, the headless
    // commands and a server started by hand share one copy, in the user's data folder.
    return Run::LocalSandboxServer::defaultDataDir() + QStringLiteral("/templates");
}

QString Readiness::prepareTemplatesCommand(const QString &sandboxdProgram, const QString &dir)
{
    const QString program =
        sandboxdProgram.isEmpty() ? QStringLiteral("autocoder-sandboxd") : sandboxdProgram;
    return QStringLiteral("%1 prepare-templates --templates-dir %2")
        .arg(program, QDir::toNativeSeparators(dir));
}

bool Readiness::isRunning() const
{
    for (const ReadinessCheck &check : m_checks) {
        if (check.state == State::Pending)
            return true;
    }
    return false;
}

ReadinessCheck Readiness::check(const QString &id) const
{
    for (const ReadinessCheck &check : m_checks) {
        if (check.id == id)
            return check;
    }
    return {};
}

QString Readiness::sandboxdProgram() const
{
    return m_options.sandboxdProgram.isEmpty() ? Run::LocalSandboxServer::findProgram()
                                               : m_options.sandboxdProgram;
}

void Readiness::start(const Options &options)
{
    m_options = options;
    const int generation = ++m_generation;
    if (m_bwrap) {
        m_bwrap->disconnect(this);
        m_bwrap->kill();
        m_bwrap->deleteLater();
    }
    // A new store per check: answers of an older one are not mixed in. Later, not now: this
    // may run inside one of its signals.
    if (m_store) {
        m_store->disconnect(this);
        m_store->deleteLater();
    }
    m_store = options.keychainService.isEmpty() ? new SecretStore(this)
                                                : new SecretStore(options.keychainService, this);
    m_keychainAvailable = true;

    const bool local = options.backend != QLatin1String("e2b");
    m_checks.clear();
    if (local) {
        m_checks.append({ QStringLiteral("bwrap"), tr("Bubblewrap"), State::Pending,
                          tr("Checking…"), ReadinessCheck::Fix::None, true });
        m_checks.append({ QStringLiteral("sandboxd"), tr("Local sandbox server"), State::Pending,
                          tr("Checking…"), ReadinessCheck::Fix::None, true });
        m_checks.append({ QStringLiteral("templates"), tr("Sandbox templates"), State::Pending,
                          tr("Checking…"), ReadinessCheck::Fix::None, false });
    }
    m_checks.append({ QStringLiteral("anthropic"), tr("Anthropic API key"), State::Pending,
                      tr("Checking…"), ReadinessCheck::Fix::None, true });
    if (!local)
        m_checks.append({ QStringLiteral("e2b"), tr("E2B API key"), State::Pending, tr("Checking…"),
                          ReadinessCheck::Fix::None, true });
    for (const ReadinessCheck &check : std::as_const(m_checks))
        Q_EMIT checkChanged(check);

    // Every answer arrives from the event loop, even those known at once.
    QTimer::singleShot(0, this, [this, generation, local] {
        if (generation != m_generation)
            return;
        if (local) {
            checkSandboxd();
            checkTemplates();
            checkBwrap(generation);
        }
        checkKey(QStringLiteral("anthropic"), generation);
        if (!local)
            checkKey(QStringLiteral("e2b"), generation);
    });
}

void Readiness::set(const ReadinessCheck &check)
{
    const bool wasRunning = isRunning();
    for (ReadinessCheck &c : m_checks) {
        if (c.id == check.id)
            c = check;
    }
    Q_EMIT checkChanged(check);
    if (wasRunning && !isRunning())
        Q_EMIT finished();
}

void Readiness::checkSandboxd()
{
    ReadinessCheck c = check(QStringLiteral("sandboxd"));
    const QString program = sandboxdProgram();
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        c.state = State::Missing;
        c.detail = program.isEmpty()
            ? tr("autocoder-sandboxd is neither next to Autocoder nor on PATH. Reinstall "
                 "Autocoder, or set AUTOCODER_SANDBOXD to the server's path.")
            : tr("%1 is not an executable file. Reinstall Autocoder, or set AUTOCODER_SANDBOXD "
                 "to the server's path.")
                  .arg(QDir::toNativeSeparators(program));
    } else {
        c.state = State::Ok;
        c.detail = tr("Found at %1.").arg(QDir::toNativeSeparators(program));
    }
    set(c);
}

void Readiness::checkTemplates()
{
    ReadinessCheck c = check(QStringLiteral("templates"));
    const QString dir =
        m_options.templatesDir.isEmpty() ? defaultTemplatesDir() : m_options.templatesDir;
    QFile ready(dir + QStringLiteral("/claude/.ready"));
    if (ready.open(QIODevice::ReadOnly)) {
        const QString version = QString::fromUtf8(ready.readLine(200)).trimmed();
        c.state = State::Ok;
        c.detail = version.isEmpty()
            ? tr("Prepared in %1.").arg(QDir::toNativeSeparators(dir))
            : tr("Prepared in %1 (agent %2).").arg(QDir::toNativeSeparators(dir), version);
        set(c);
        return;
    }
    c.state = State::Missing;
    const QString program = sandboxdProgram();
    // The server prepares them on the first local run, so this does not block; preparing
    // now spares that run the download.
    c.fix = program.isEmpty() ? ReadinessCheck::Fix::None : ReadinessCheck::Fix::PrepareTemplates;
    c.detail = tr("Not prepared in %1 yet. The first local run prepares them (it downloads the "
                  "agent and bun from npm, a few minutes); to do it now, run: %2")
                   .arg(QDir::toNativeSeparators(dir), prepareTemplatesCommand(program, dir));
    set(c);
}

void Readiness::checkBwrap(int generation)
{
    ReadinessCheck c = check(QStringLiteral("bwrap"));
    const QString program = QFileInfo(m_options.bwrapProgram).isAbsolute()
        ? m_options.bwrapProgram
        : QStandardPaths::findExecutable(m_options.bwrapProgram);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        c.state = State::Missing;
        c.detail = tr("bwrap is not installed; local sandboxes need it. Install the "
                      "“bubblewrap” package (e.g. sudo apt install bubblewrap), then Re-check.");
        set(c);
        return;
    }
    auto *process = new QProcess(this);
    m_bwrap = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] { process->kill(); });
    connect(process, &QProcess::finished, this,
            [this, process, program, generation](int code, QProcess::ExitStatus status) {
                process->deleteLater();
                if (generation != m_generation)
                    return;
                ReadinessCheck c = check(QStringLiteral("bwrap"));
                if (status == QProcess::NormalExit && code == 0) {
                    c.state = State::Ok;
                    c.detail = tr("%1 can make a sandbox.").arg(QDir::toNativeSeparators(program));
                } else {
                    const QString output =
                        QString::fromLocal8Bit(process->readAll().left(400)).trimmed();
                    c.state = State::Failed;
                    c.detail = tr("%1 is installed but cannot make a sandbox (%2). Unprivileged "
                                  "user namespaces may be disabled on this system.")
                                   .arg(QDir::toNativeSeparators(program),
                                        output.isEmpty() ? tr("exit status %1").arg(code) : output);
                }
                set(c);
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, process, program, generation](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return; // finished() follows
                process->deleteLater();
                if (generation != m_generation)
                    return;
                ReadinessCheck c = check(QStringLiteral("bwrap"));
                c.state = State::Failed;
                c.detail = tr("%1 could not be started: %2")
                               .arg(QDir::toNativeSeparators(program), process->errorString());
                set(c);
            });
    timer->start(m_options.timeoutMs);
    process->start(program,
                   { QStringLiteral("--ro-bind"), QStringLiteral("/"), QStringLiteral("/"),
                     QStringLiteral("true") });
}

void Readiness::checkKey(const QString &id, int generation)
{
    const bool anthropic = id == QLatin1String("anthropic");
    const QString key = anthropic ? SecretStore::anthropicKey() : SecretStore::e2bKey();
    // Goes with the store when a re-check replaces it.
    auto *context = new QObject(m_store);
    connect(m_store, &SecretStore::readFinished, context,
            [this, id, key, anthropic, generation, context](const QString &finishedKey,
                                                            const Secrets::SecretResult &result) {
                if (finishedKey != key)
                    return;
                context->deleteLater();
                if (generation != m_generation)
                    return;
                if (!result && result.error().isUnavailable())
                    m_keychainAvailable = false;
                QString source;
                if (result && !result->isEmpty())
                    source = tr("Stored in the system keychain.");
                else if (!SecretStore::environmentValue(key).isEmpty())
                    source = tr("Read from %1.").arg(SecretStore::environmentVariableFor(key));
                if (anthropic && !qEnvironmentVariableIsEmpty("ANTHROPIC_BASE_URL")) {
                    checkBaseUrl(source, generation);
                    return;
                }
                ReadinessCheck c = check(id);
                if (!source.isEmpty()) {
                    c.state = State::Ok;
                    c.detail = source;
                    c.fix = ReadinessCheck::Fix::None;
                } else {
                    c.state = State::Missing;
                    const QString variable = SecretStore::environmentVariableFor(key);
                    if (m_keychainAvailable) {
                        c.fix = ReadinessCheck::Fix::EnterKey;
                        c.detail = anthropic
                            ? tr("Not set. Enter your key (kept in the system keychain), or set "
                                 "%1 or ANTHROPIC_BASE_URL before starting Autocoder.")
                                  .arg(variable)
                            : tr("Not set. Enter your key (kept in the system keychain), or set "
                                 "%1 before starting Autocoder.")
                                  .arg(variable);
                    } else {
                        // Nowhere to keep a typed key: only the environment is left.
                        c.fix = ReadinessCheck::Fix::None;
                        c.detail = tr("Not set, and there is no system keychain to keep one. Set "
                                      "%1 before starting Autocoder.")
                                       .arg(variable);
                    }
                }
                set(c);
            });
    m_store->read(key);
}

void Readiness::checkBaseUrl(const QString &keySource, int generation)
{
    const QUrl url(qEnvironmentVariable("ANTHROPIC_BASE_URL"));
    m_probe->setTimeoutMs(m_options.timeoutMs);
    m_probe->probe(url, [this, url, keySource, generation](const QString &error) {
        if (generation != m_generation)
            return;
        ReadinessCheck c = check(QStringLiteral("anthropic"));
        c.fix = ReadinessCheck::Fix::None;
        if (error.isEmpty()) {
            c.state = State::Ok;
            c.detail = keySource.isEmpty()
                ? tr("No key; the model endpoint ANTHROPIC_BASE_URL (%1) answers.")
                      .arg(url.toDisplayString())
                : tr("%1 The model endpoint ANTHROPIC_BASE_URL (%2) answers.")
                      .arg(keySource, url.toDisplayString());
        } else {
            c.state = State::Failed;
            c.detail = tr("ANTHROPIC_BASE_URL is %1, but it does not answer: %2. Correct or "
                          "unset it before starting Autocoder.")
                           .arg(url.toDisplayString(), error);
        }
        set(c);
    });
}

} // namespace Autocoder::Setup
