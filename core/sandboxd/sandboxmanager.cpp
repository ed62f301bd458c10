#include "sandboxd/sandboxmanager.h"

#include "sandboxd/bwrapcommand.h"
#include "sandboxd/resourcelimiter.h"
#include "sandboxd/sandboxdlog.h"
#include "sandboxd/sandboxresources.h"

#include <QDir>
#include <QFileInfo>

#include <QRandomGenerator>
#include <sys/stat.h>

namespace Autocoder::Sandboxd {

SandboxManager::SandboxManager(const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_limiter(new ResourceLimiter(this))
{
    for (auto it = config.resolveOverrides.cbegin(); it != config.resolveOverrides.cend(); ++it)
        m_resolver.addOverride(it.key(), it.value());
    m_resolver.setStrict(config.strictResolve);
}

void SandboxManager::protectEndpoint(const QHostAddress &address, quint16 port)
{
    m_protected.append({ address, port });
}

SandboxManager::~SandboxManager()
{
    killAll();
}

QString SandboxManager::etcDir() const
{
    return m_config.dataDir + QStringLiteral("/runtime/etc");
}

bool SandboxManager::initialize(QString *error)
{
    const QString sandboxesDir = m_config.dataDir + QStringLiteral("/sandboxes");
    // A previous server that died without cleaning up: its bwrap children died with it
    // (--die-with-parent), only the directories remain.
    QDir(sandboxesDir).removeRecursively();
    if (!QDir().mkpath(sandboxesDir)) {
        *error = QStringLiteral("cannot create %1").arg(sandboxesDir);
        return false;
    }
    if (m_config.sandboxUid >= 0
        && (!traversable(m_config.dataDir)
            || !traversable(m_config.effectiveTemplatesDir() + QStringLiteral("/x")))) {
        qCWarning(lcSandboxd,
                  "autocoder-sandboxd: %s is not reachable by uid %d (a parent directory is not "
                  "o+x); sandboxes run as the server's uid instead",
                  qPrintable(m_config.dataDir), m_config.sandboxUid);
        m_config.sandboxUid = -1;
    }
    // With a separate sandbox uid, bwrap (running as that uid) must reach the bind sources.
    const int mode = m_config.sandboxUid >= 0 ? 0711 : 0700;
    ::chmod(QFile::encodeName(m_config.dataDir).constData(), mode_t(mode));
    ::chmod(QFile::encodeName(sandboxesDir).constData(), mode_t(mode));
    if (!BwrapCommand::writeEtc(etcDir(), error))
        return false;
    ::chmod(QFile::encodeName(m_config.dataDir + QStringLiteral("/runtime")).constData(), 0755);
    ::chmod(QFile::encodeName(etcDir()).constData(), 0755);
    qCInfo(lcSandboxd, "autocoder-sandboxd: %s",
           qPrintable(m_limiter->initialize(m_config.forceRlimits)));
    return true;
}

bool SandboxManager::traversable(const QString &path)
{
    // Every existing ancestor must let "others" search it.
    QString current = QDir(path).absolutePath();
    while (!current.isEmpty() && current != QLatin1String("/")) {
        current = QFileInfo(current).path();
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(current).constData(), &st) == 0 && !(st.st_mode & S_IXOTH))
            return false;
    }
    return true;
}

QString SandboxManager::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(rng->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString SandboxManager::randomId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    QRandomGenerator *rng = QRandomGenerator::system();
    id += QLatin1Char(alphabet[rng->bounded(26)]);
    for (int i = 1; i < 20; ++i)
        id += QLatin1Char(alphabet[rng->bounded(36)]);
    return id;
}

Sandbox *SandboxManager::create(const SandboxOptions &options, QString *error)
{
    QString id;
    do {
        id = randomId();
    } while (m_sandboxes.contains(id));
    const QString root = m_config.dataDir + QStringLiteral("/sandboxes/") + id;
    SandboxOptions withUid = options;
    withUid.hostUid = m_config.sandboxUid;
    for (const auto &endpoint : std::as_const(m_protected))
        withUid.egress.addProtectedEndpoint(endpoint.first, endpoint.second);
    auto *sandbox = new Sandbox(id, randomHex(24), root, etcDir(), m_config.bwrapProgram, withUid,
                                m_config.finishedProcessRetentionSeconds, this);
    auto *resources =
        new SandboxResources(withUid.limits, m_limiter, withUid.hostUid,
                             { root + QStringLiteral("/home"), root + QStringLiteral("/tmp") },
                             m_config.diskCheckIntervalMs, sandbox);
    if (!sandbox->prepare(&m_resolver, error) || !resources->start(id, error)) {
        qCWarning(lcSandboxd, "sandbox %s could not be prepared: %s", qPrintable(id),
                  qPrintable(*error));
        delete sandbox;
        return nullptr;
    }
    sandbox->setResources(resources);
    m_sandboxes.insert(id, sandbox);
    qCDebug(lcSandboxd, "sandbox %s created from template %s (%lld sandboxes)", qPrintable(id),
            qPrintable(options.templateName), qlonglong(m_sandboxes.size()));
    connect(sandbox, &Sandbox::expired, this, [this, id] {
        qCInfo(lcSandboxd, "sandbox %s expired", qPrintable(id));
        kill(id);
    });
    return sandbox;
}

Sandbox *SandboxManager::find(const QString &id) const
{
    return m_sandboxes.value(id);
}

QList<Sandbox *> SandboxManager::sandboxes() const
{
    QList<Sandbox *> list = m_sandboxes.values();
    std::sort(list.begin(), list.end(),
              [](const Sandbox *a, const Sandbox *b) { return a->startedAt() < b->startedAt(); });
    return list;
}

bool SandboxManager::kill(const QString &id)
{
    Sandbox *sandbox = m_sandboxes.take(id);
    if (!sandbox)
        return false;
    sandbox->destroy();
    sandbox->deleteLater();
    qCDebug(lcSandboxd, "sandbox %s ended (%lld left)", qPrintable(id),
            qlonglong(m_sandboxes.size()));
    Q_EMIT sandboxEnded(id);
    return true;
}

void SandboxManager::killAll()
{
    const QStringList ids = m_sandboxes.keys();
    for (const QString &id : ids) {
        Sandbox *sandbox = m_sandboxes.take(id);
        sandbox->destroy();
        delete sandbox;
    }
}

} // namespace Autocoder::Sandboxd
