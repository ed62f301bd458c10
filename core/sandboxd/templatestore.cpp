#include "sandboxd/templatestore.h"

#include "sandboxd/bwrapcommand.h"
#include "sandboxd/resourcelimiter.h"
#include "sandboxd/sandboxdlog.h"
#include "sandboxd/sandboxmanager.h"
#include "sandboxd/sandboxnetwork.h"
#include "sandboxd/sandboxprocess.h"
#include "sandboxd/sandboxresources.h"
#include "sandboxd/templatemanifest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
QString claudeName()
{
    return QStringLiteral("claude");
}
} // namespace

TemplateStore::TemplateStore(const QString &templatesDir, const QString &etcDir,
                             const QString &bwrapProgram, const HostResolver *resolver,
                             QObject *parent)
    : QObject(parent)
    , m_dir(templatesDir)
    , m_etcDir(etcDir)
    , m_bwrap(bwrapProgram)
    , m_resolver(resolver)
{ }

void TemplateStore::setLimits(ResourceLimiter *limiter, const ResourceLimits &limits)
{
    m_limiter = limiter;
    m_limits = limits;
}

QStringList TemplateStore::names()
{
    return { QStringLiteral("base"), claudeName() };
}

bool TemplateStore::isKnown(const QString &name)
{
    return names().contains(name);
}

bool TemplateStore::isReady(const QString &name) const
{
    if (name == QLatin1String("base"))
        return true;
    return QFile::exists(mountDir(name) + QStringLiteral("/.ready"));
}

QString TemplateStore::mountDir(const QString &name) const
{
    if (name == QLatin1String("base"))
        return {};
    return m_dir + QLatin1Char('/') + name;
}

QJsonObject TemplateStore::manifest(const QString &name) const
{
    if (name == QLatin1String("base"))
        return TemplateManifest { name, {}, {} }.toJson();
    const auto known = m_manifests.constFind(name);
    if (known != m_manifests.cend())
        return *known;
    if (!isReady(name))
        return {};
    const Result<TemplateManifest> read = TemplateManifest::read(name, mountDir(name));
    if (!read) {
        qCWarning(lcSandboxd, "template '%s' has no usable manifest: %s", qPrintable(name),
                  qPrintable(read.error()));
        return {};
    }
    return m_manifests[name] = read->toJson();
}

void TemplateStore::ensure(const QString &name, const Callback &done)
{
    if (!isKnown(name)) {
        done(false, QStringLiteral("template '%1' not found").arg(name));
        return;
    }
    if (isReady(name)) {
        done(true, {});
        return;
    }
    m_waiting.append(done);
    if (!m_preparing) {
        m_preparing = true;
        // Start from the event loop so callers never see the callback re-entrantly.
        QTimer::singleShot(0, this, [this] { prepareClaude(); });
    }
}

void TemplateStore::runStep(const QString &templateDir, bool writable, const QString &script,
                            const std::function<void(bool, const QString &)> &next)
{
    const QString work = m_dir + QStringLiteral("/.work");
    QDir().mkpath(work + QStringLiteral("/home"));
    QDir().mkpath(work + QStringLiteral("/tmp"));
    BwrapSpec spec;
    spec.homeDir = work + QStringLiteral("/home");
    spec.tmpDir = work + QStringLiteral("/tmp");
    spec.etcDir = m_etcDir;
    spec.templateDir = templateDir;
    spec.templateWritable = writable;
    spec.env = BwrapCommand::baseEnvironment();
    spec.env.insert(QStringLiteral("npm_config_cache"), QStringLiteral("/home/user/.npm"));
    spec.env.insert(QStringLiteral("npm_config_update_notifier"), QStringLiteral("false"));
    spec.program = QStringLiteral("/bin/sh");
    spec.arguments = QStringList { QStringLiteral("-c"), script };

    for (const QString &dir : { spec.homeDir, spec.tmpDir, templateDir }) {
        if (m_uid >= 0 && !dir.isEmpty()) [[maybe_unused]]
            const int rc = ::chown(QFile::encodeName(dir).constData(), uid_t(m_uid), gid_t(m_uid));
    }
    // npm reaches its registry and nothing else; its install scripts are hostile code too.
    QString error;
    const std::optional<EgressPolicy> policy = EgressPolicy::fromNetworkConfig(
        QJsonObject { { QStringLiteral("allowOut"), QJsonArray { QLatin1String(NpmRegistry) } },
                      { QStringLiteral("denyOut"), QJsonArray { QStringLiteral("0.0.0.0/0") } } },
        true, &error);
    std::shared_ptr<SandboxNetwork> network =
        policy ? SandboxNetwork::create(m_uid, *policy, m_resolver, &error) : nullptr;
    if (!network) {
        next(false, error);
        return;
    }
    ChildSetup setup;
    setup.hostUid = m_uid;
    network->prepare(&setup, &spec);
    connect(network.get(), &SandboxNetwork::refused, this,
            [this](const QString &host, quint16 port, const QString &reason) {
                Q_EMIT progress(QStringLiteral("refused a connection to %1:%2 (%3)")
                                    .arg(host)
                                    .arg(port)
                                    .arg(reason));
            });
    auto *process = new QProcess(this);
    // Owned by the process: its cgroup goes when the process object does.
    auto *resources = new SandboxResources(m_limits, m_limiter, m_uid, {}, 0, process);
    QString limitError;
    if (!resources->start(QStringLiteral("template-") + SandboxManager::randomHex(4),
                          &limitError)) {
        process->deleteLater();
        QTimer::singleShot(0, this, [next, limitError] { next(false, limitError); });
        return;
    }
    resources->fill(&setup);
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto output = std::make_shared<QString>();
    connect(process, &QProcess::readyRead, this, [this, process, output] {
        while (process->canReadLine()) {
            const QString line = QString::fromUtf8(process->readLine()).trimmed();
            output->append(line + QLatin1Char('\n'));
            if (!line.isEmpty())
                Q_EMIT progress(line);
        }
    });
    connect(process, &QProcess::finished, this,
            [process, output, next, network, resources](int code, QProcess::ExitStatus status) {
                output->append(QString::fromUtf8(process->readAll()));
                resources->release();
                process->deleteLater();
                next(status == QProcess::NormalExit && code == 0, *output);
            });
    connect(process, &QProcess::errorOccurred, this, [process, next](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            process->deleteLater();
            next(false, process->errorString());
        }
    });
    if (!SandboxProcess::launch(process, m_bwrap, BwrapCommand::arguments(spec), setup, &error)) {
        process->deleteLater();
        next(false, error);
    }
}

void TemplateStore::prepareClaude()
{
    QString error;
    if (!BwrapCommand::writeEtc(m_etcDir, &error)) {
        completeClaude(false, error);
        return;
    }
    if (m_uid >= 0
        && (!SandboxManager::traversable(m_dir + QStringLiteral("/x"))
            || !SandboxManager::traversable(m_etcDir + QStringLiteral("/x")))) {
        Q_EMIT progress(tr("%1 or %2 is not reachable by uid %3; npm runs as the current uid")
                            .arg(m_dir, m_etcDir)
                            .arg(m_uid));
        m_uid = -1;
    }
    QDir().mkpath(m_dir);
    ::chmod(QFile::encodeName(m_dir).constData(), 0755);
    const QString partial =
        m_dir + QStringLiteral("/.claude.partial-") + SandboxManager::randomHex(4);
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial)) {
        completeClaude(false, QStringLiteral("cannot create %1").arg(partial));
        return;
    }
    Q_EMIT progress(tr("Installing %1 and %2 from npm into template 'claude'...")
                        .arg(QLatin1String(ClaudeCodePackage), QLatin1String(BunPackage)));
    const QString install =
        QStringLiteral("npm install -g --prefix /opt/autocoder --no-fund --no-audit "
                       "--loglevel=error %1 %2 && "
                       // bun's postinstall fetches its native binary; run it if npm skipped it.
                       "(/opt/autocoder/bin/bun --version >/dev/null 2>&1 || "
                       "(cd /opt/autocoder/lib/node_modules/bun && node install.js))")
            .arg(QLatin1String(ClaudeCodePackage), QLatin1String(BunPackage));
    runStep(partial, true, install, [this, partial](bool ok, const QString &output) {
        if (!ok) {
            QDir(partial).removeRecursively();
            completeClaude(false, tr("npm install failed: %1").arg(output.right(2000)));
            return;
        }
        Q_EMIT progress(tr("Verifying claude and bun inside a sandbox as uid 1000..."));
        const QString verify = QStringLiteral("test \"$(id -u)\" = 1000 && claude --version && "
                                              "bun --version");
        runStep(partial, false, verify, [this, partial](bool ok, const QString &output) {
            if (!ok) {
                QDir(partial).removeRecursively();
                completeClaude(false, tr("template verification failed: %1").arg(output));
                return;
            }
            const TemplateManifest manifest =
                TemplateManifest::fromVersionOutput(claudeName(), output);
            QFile manifestFile(partial + QLatin1Char('/') + TemplateManifest::fileName());
            if (!manifestFile.open(QIODevice::WriteOnly)
                || manifestFile.write(QJsonDocument(manifest.toJson()).toJson()) < 0) {
                QDir(partial).removeRecursively();
                completeClaude(false, tr("cannot write %1").arg(manifestFile.fileName()));
                return;
            }
            manifestFile.close();
            QFile ready(partial + QStringLiteral("/.ready"));
            if (!ready.open(QIODevice::WriteOnly) || ready.write(output.toUtf8()) < 0) {
                QDir(partial).removeRecursively();
                completeClaude(false, tr("cannot write %1").arg(ready.fileName()));
                return;
            }
            ready.close();
            if (m_uid >= 0) {
                // npm ran as the sandbox uid; the published layer belongs to the server so no
                // sandbox can change it.
                QDirIterator it(
                    partial, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    [[maybe_unused]] const int rc = ::lchown(
                        QFile::encodeName(it.next()).constData(), ::geteuid(), ::getegid());
                }
                [[maybe_unused]] const int rc =
                    ::chown(QFile::encodeName(partial).constData(), ::geteuid(), ::getegid());
            }
            const QString final = mountDir(claudeName());
            m_manifests.remove(claudeName());
            QDir(final).removeRecursively();
            if (!QDir().rename(partial, final)) {
                QDir(partial).removeRecursively();
                completeClaude(false, tr("cannot publish template to %1").arg(final));
                return;
            }
            Q_EMIT progress(
                tr("Template 'claude' ready: %1")
                    .arg(output.trimmed().replace(QLatin1Char('\n'), QStringLiteral(", "))));
            completeClaude(true, {});
        });
    });
}

void TemplateStore::completeClaude(bool ok, const QString &error)
{
    m_preparing = false;
    QDir(m_dir + QStringLiteral("/.work")).removeRecursively();
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &cb : waiting)
        cb(ok, error);
}

} // namespace Autocoder::Sandboxd
