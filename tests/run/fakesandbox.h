#pragma once

#include "run/sandboxprocess.h"
#include "run/sandboxprovider.h"
#include "run/sandboxsession.h"

#include <QMap>
#include <QPointer>

namespace Autocoder::Run::Testing {

class FakeSandboxSession;

/// What a fake process does: print, then exit (or hang until killed).
struct FakeScript
{
    QByteArray stdoutData;
    QByteArray stderrData;
    int exitCode = 0;
    int delayMs = 0;
    bool hang = false;
    bool timeOut = false; ///< after delayMs, ends as the sandbox ends a process past its timeout
};

using FakeHandler = std::function<FakeScript(const SandboxProcessRequest &, FakeSandboxSession &)>;

class FakeSandboxProcess : public SandboxProcess
{
    Q_OBJECT
public:
    FakeSandboxProcess(const QString &tag, QObject *parent)
        : SandboxProcess(parent)
        , m_tag(tag)
    { }
    QString tag() const override { return m_tag; }
    bool isFinished() const override { return m_finished; }
    void finishWith(const SandboxProcessExit &exit)
    {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished(exit);
    }

private:
    QString m_tag;
    bool m_finished = false;
};

/// An in-memory sandbox: a file map and scripted processes. Same interface as the real one.
class FakeSandboxSession : public SandboxSession
{
    Q_OBJECT
public:
    FakeSandboxSession(const QString &id, FakeHandler handler, QObject *parent)
        : SandboxSession(parent)
        , m_id(id)
        , m_handler(std::move(handler))
    { }
    ~FakeSandboxSession() override
    {
        // The handle goes (e.g. the app "crashed"); the sandbox itself lives on.
        if (onDestroyed)
            onDestroyed(*this);
    }
    std::function<void(FakeSandboxSession &)> onDestroyed;
    std::function<void(FakeSandboxSession &)> onKilled;
    std::function<void(const QString &tag)> onStarted;

    QString sandboxId() const override { return m_id; }
    QJsonObject templateManifest() const override { return manifest; }
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
    void keepAlive(std::chrono::seconds, QObject *context, SandboxOpCallback done) override;
    void isAlive(QObject *context, std::function<void(bool)> done) override;
    void fetchLogs(qint64 sinceMs, QObject *context,
                   std::function<void(const QList<SandboxLogLine> &)> done) override;
    void kill(QObject *context, SandboxOpCallback done) override;

    /// Simulates the sandbox dying (killed from outside): every process ends, calls fail.
    void die();
    bool isAliveNow() const { return m_alive; }
    QStringList runningTags() const;

    QMap<QString, QByteArray> files; ///< absolute path -> content
    QJsonObject manifest; ///< what templateManifest() answers
    QStringList startedTags;
    QMap<QString, QMap<QString, QString>> envByTag;
    QMap<QString, QString> commandByTag; ///< the command line of each process started
    QMap<QString, SandboxProcessRequest> requestByTag; ///< each process's whole request
    QStringList writtenPaths; ///< every writeFile(), in order
    bool failDownloads = false; ///< downloadDirectory() answers "sandbox not found"
    QList<SandboxLogLine> logLines; ///< what fetchLogs() answers from
    QList<qint64> logRequests; ///< the sinceMs of each fetchLogs()
    int killCount = 0; ///< kill() calls

private:
    void later(QObject *context, std::function<void()> f);
    QString m_id;
    FakeHandler m_handler;
    bool m_alive = true;
    QList<QPointer<FakeSandboxProcess>> m_processes;
};

class FakeSandboxProvider : public SandboxProvider
{
    Q_OBJECT
public:
    explicit FakeSandboxProvider(FakeHandler handler, QObject *parent = nullptr)
        : SandboxProvider(parent)
        , m_handler(std::move(handler))
    { }

    QString backendName() const override { return QStringLiteral("fake"); }
    void create(const SandboxCreateRequest &request, QObject *context,
                SessionCallback done) override;
    void connectTo(const QString &sandboxId, QObject *context, SessionCallback done) override;
    void list(const QMap<QString, QString> &metadata, QObject *context, ListCallback done) override;
    void killSandbox(const QString &sandboxId, QObject *context, SandboxOpCallback done) override;

    QList<QPointer<FakeSandboxSession>> sessions;
    QMap<QString, QMap<QString, QString>> metadataById;
    QList<SandboxCreateRequest> requests; ///< every create(), in order
    QStringList sessionKills; ///< sandbox id of every SandboxSession::kill(), in order
    QStringList startedTags; ///< every process started in any of its sandboxes, in order
    QStringList killedIds;
    QJsonObject templateManifest; ///< of every sandbox it makes
    bool failCreate = false;
    int createDelayMs = 0; ///< how long create() takes to answer
    struct Saved
    {
        QMap<QString, QByteArray> files;
        bool alive = false;
    };
    QMap<QString, Saved> saved; ///< sandboxes whose handle was destroyed

private:
    FakeSandboxSession *makeSession(const QString &id, QObject *parent);
    FakeHandler m_handler;
    int m_counter = 0;
};

} // namespace Autocoder::Run::Testing
