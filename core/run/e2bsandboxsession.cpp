#include "run/e2bsandboxsession.h"

#include "e2b/directorytransfer.h"
#include "e2b/envdclient.h"
#include "e2b/httpcall.h"
#include "e2b/processstream.h"
#include "e2b/sandboxapi.h"
#include "run/e2bsandboxprocess.h"
#include "run/e2bsandboxresult.h"

namespace Autocoder::Run {

E2bSandboxSession::E2bSandboxSession(E2b::SandboxApi *api, const E2b::SandboxInfo &info,
                                     QObject *parent)
    : SandboxSession(parent)
    , m_api(api)
    , m_info(info)
    , m_envd(new E2b::EnvdClient(api->config(), E2b::EnvdTarget::fromSandbox(info), this))
{ }

E2bSandboxSession::~E2bSandboxSession() = default;

QString E2bSandboxSession::sandboxId() const
{
    return m_info.sandboxId;
}

SandboxProcess *E2bSandboxSession::start(const SandboxProcessRequest &request, QObject *parent)
{
    E2b::ProcessStartOptions o;
    o.cmd = QStringLiteral("/bin/bash");
    o.args = QStringList { QStringLiteral("-l"), QStringLiteral("-c"), request.command };
    o.envs = request.env;
    o.cwd = request.cwd;
    o.user = request.user;
    o.tag = request.tag;
    o.killTimeout = request.timeout;
    auto *process = new E2bSandboxProcess(m_envd->startProcess(o, nullptr), request.tag,
                                          request.timeout.count() > 0, parent);
    return process;
}

SandboxProcess *E2bSandboxSession::attach(const QString &tag, QObject *parent)
{
    return new E2bSandboxProcess(m_envd->connectProcess(E2b::ProcessSelector::byTag(tag), nullptr),
                                 tag, false, parent);
}

void E2bSandboxSession::killProcess(const QString &tag, QObject *context, SandboxOpCallback done)
{
    m_envd->sendSignal(E2b::ProcessSelector::byTag(tag), E2b::EnvdClient::Signal::Sigkill, context,
                       [done](const E2b::Error &e) {
                           // Already gone is fine: the goal is "not running".
                           if (e.kind == E2b::Error::Kind::NotFound && !e.sandboxGone)
                               done({});
                           else
                               done(toSandboxOpResult(e));
                       });
}

void E2bSandboxSession::listProcessTags(QObject *context, TagsCallback done)
{
    m_envd->listProcesses(context, [done](const E2b::Result<QList<E2b::ProcessInfo>> &r) {
        if (!r) {
            done(failure(toSandboxError(r.error())));
            return;
        }
        QStringList tags;
        for (const E2b::ProcessInfo &p : *r)
            tags.append(p.tag.isEmpty() ? QString::number(p.pid) : p.tag);
        done(tags);
    });
}

void E2bSandboxSession::writeFile(const QString &remotePath, const QByteArray &data,
                                  QObject *context, SandboxOpCallback done)
{
    m_envd->uploadBytes(data, remotePath, context,
                        [done](const E2b::Error &e) { done(toSandboxOpResult(e)); });
}

void E2bSandboxSession::downloadDirectory(const QString &remoteDir, const QString &localArchive,
                                          const QStringList &excludes, QObject *context,
                                          SandboxOpCallback done)
{
    E2b::DirectoryTransfer *t =
        m_envd->downloadDirectory(remoteDir, localArchive, excludes, context);
    connect(t, &E2b::DirectoryTransfer::finished, context, [t, done](const E2b::Error &e) {
        t->deleteLater();
        done(toSandboxOpResult(e));
    });
    // EnvdClient has already queued start().
}

void E2bSandboxSession::uploadDirectory(const QString &localDir, const QString &remoteDir,
                                        QObject *context, SandboxOpCallback done)
{
    E2b::DirectoryTransfer *t = m_envd->uploadDirectory(localDir, remoteDir, context);
    connect(t, &E2b::DirectoryTransfer::finished, context, [t, done](const E2b::Error &e) {
        t->deleteLater();
        done(toSandboxOpResult(e));
    });
    // EnvdClient has already queued start().
}

void E2bSandboxSession::keepAlive(std::chrono::seconds ttl, QObject *context,
                                  SandboxOpCallback done)
{
    if (!m_api) {
        done(sandboxFailure(tr("The sandbox service is gone")));
        return;
    }
    m_api->setTimeout(m_info.sandboxId, ttl, context,
                      [done](const E2b::Error &e) { done(toSandboxOpResult(e)); });
}

void E2bSandboxSession::isAlive(QObject *context, std::function<void(bool)> done)
{
    m_envd->health(context, [done](const E2b::Result<bool> &r) { done(r.isOk() && *r); });
}

void E2bSandboxSession::fetchLogs(qint64 sinceMs, QObject *context,
                                  std::function<void(const QList<SandboxLogLine> &)> done)
{
    if (!m_api) {
        done({});
        return;
    }
    m_api->logs(m_info.sandboxId, sinceMs, 1000, context,
                [done](const E2b::Result<QList<E2b::SandboxLogEntry>> &r) {
                    QList<SandboxLogLine> lines;
                    if (r) {
                        for (const E2b::SandboxLogEntry &e : *r)
                            lines.append({ e.timestamp.toMSecsSinceEpoch(), e.level, e.message });
                    }
                    done(lines);
                });
}

void E2bSandboxSession::kill(QObject *context, SandboxOpCallback done)
{
    if (!m_api) {
        done(sandboxFailure(tr("The sandbox service is gone")));
        return;
    }
    m_api->kill(m_info.sandboxId, context,
                [done](const E2b::Result<bool> &r) { done(toSandboxOpResult(E2b::errorOf(r))); });
}

} // namespace Autocoder::Run
