#pragma once

#include "e2b/connectionconfig.h"
#include "e2b/sandboxinfo.h"
#include "run/sandboxsession.h"

#include <QPointer>

namespace Autocoder::E2b {
class EnvdClient;
class SandboxApi;
} // namespace Autocoder::E2b

namespace Autocoder::Run {

/// SandboxSession over the E2B client: envd for processes and files, the control plane
/// for lifetime. Works unchanged against autocoder-sandboxd and E2B cloud.
class E2bSandboxSession final : public SandboxSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bSandboxSession)
public:
    E2bSandboxSession(E2b::SandboxApi *api, const E2b::SandboxInfo &info, QObject *parent);
    ~E2bSandboxSession() override;

    QString sandboxId() const override;
    QJsonObject templateManifest() const override { return m_info.templateManifest; }
    SandboxProcess *start(const SandboxProcessRequest &request, QObject *parent) override;
    SandboxProcess *attach(const QString &tag, QObject *parent) override;
    void killProcess(const QString &tag, QObject *context, SandboxOpCallback done) override;
    void listProcessTags(QObject *context, TagsCallback done) override;
    void writeFile(const QString &remotePath, const QByteArray &data, QObject *context,
                   SandboxOpCallback done) override;
    void downloadDirectory(const QString &remoteDir, const QString &localArchive,
                           const QStringList &excludes, QObject *context,
                           SandboxOpCallback done) override;
    void uploadDirectory(const QString &localDir, const QString &remoteDir, QObject *context,
                         SandboxOpCallback done) override;
    void keepAlive(std::chrono::seconds ttl, QObject *context, SandboxOpCallback done) override;
    void isAlive(QObject *context, std::function<void(bool)> done) override;
    void fetchLogs(qint64 sinceMs, QObject *context,
                   std::function<void(const QList<SandboxLogLine> &)> done) override;
    void kill(QObject *context, SandboxOpCallback done) override;

private:
    QPointer<E2b::SandboxApi> m_api;
    E2b::SandboxInfo m_info;
    E2b::EnvdClient *m_envd;
};

} // namespace Autocoder::Run
