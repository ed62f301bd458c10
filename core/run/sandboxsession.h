#pragma once

#include "run/sandboxtypes.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace Autocoder::Run {

class SandboxProcess;

/// One live sandbox, seen through the few operations a run needs. Implemented over the E2B
/// client (local server or E2B cloud: same code) and by an in-process fake in tests.
/// Callbacks run from the event loop, at most once, and never after `context` is destroyed.
class SandboxSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSession)
public:
    using QObject::QObject;
    ~SandboxSession() override;

    using TagsCallback = std::function<void(const SandboxResult<QStringList> &tags)>;

    virtual QString sandboxId() const = 0;
    /// What the backend says the sandbox's template holds (Sandboxd::TemplateManifest as
    /// JSON: the Claude Code version, ...); empty when it says nothing (E2B cloud, fakes).
    virtual QJsonObject templateManifest() const { return {}; }

    /// Starts a shell command; the process object is owned by `parent`.
    virtual SandboxProcess *start(const SandboxProcessRequest &request, QObject *parent) = 0;
    /// Re-attaches to a process started earlier with `tag` (after a dropped connection or a
    /// restart of the app). It finishes with transportError when there is no such process.
    virtual SandboxProcess *attach(const QString &tag, QObject *parent) = 0;
    /// SIGKILL to the tagged process; a process that already ended is not an error.
    virtual void killProcess(const QString &tag, QObject *context, SandboxOpCallback done) = 0;
    /// Tags of the processes still running (for tests and cancel checks).
    virtual void listProcessTags(QObject *context, TagsCallback done) = 0;

    /// Creates parent folders; overwrites.
    virtual void writeFile(const QString &remotePath, const QByteArray &data, QObject *context,
                           SandboxOpCallback done) = 0;
    /// The whole folder as one .tar.gz streamed to `localArchive` (never unpacked here).
    virtual void downloadDirectory(const QString &remoteDir, const QString &localArchive,
                                   const QStringList &excludes, QObject *context,
                                   SandboxOpCallback done) = 0;
    /// Uploads a local folder (our own, safe-unpacked data) into `remoteDir`.
    virtual void uploadDirectory(const QString &localDir, const QString &remoteDir,
                                 QObject *context, SandboxOpCallback done) = 0;

    /// Extends the sandbox's lifetime to `ttl` from now.
    virtual void keepAlive(std::chrono::seconds ttl, QObject *context, SandboxOpCallback done) = 0;
    virtual void isAlive(QObject *context, std::function<void(bool)> done) = 0;
    /// What the backend logged about this sandbox at or after \a sinceMs, oldest first; none
    /// when the backend keeps no logs or cannot be asked.
    virtual void fetchLogs(qint64 sinceMs, QObject *context,
                           std::function<void(const QList<SandboxLogLine> &)> done);
    /// Kills the sandbox and every process in it; a sandbox already gone is not an error.
    virtual void kill(QObject *context, SandboxOpCallback done) = 0;
};

} // namespace Autocoder::Run
