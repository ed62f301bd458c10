#pragma once

#include "fakehttpconnection.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSharedPointer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;
class QTimer;

namespace Autocoder::E2b::Testing {

struct FakeProcess;

/// An offline stand-in for E2B (control plane + envd) on 127.0.0.1, port 0, for tests and
/// benchmarks. It speaks the real wire format (JSON bodies, Connect envelopes streamed in
/// flushed HTTP chunks, multipart uploads) and can inject faults.
///
/// Each sandbox gets its own directory that stands for "/" (with home/user and tmp).
/// Processes are not executed: `/bin/bash -c` scripts are interpreted for a few commands
/// (echo [>&2], printf, sleep, exit, cat, true, false; $VAR from envs, $PWD), and `tar` is
/// delegated to the host's tar with every path mapped into the sandbox directory (test data only).
class FakeE2bServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        RateLimit, ///< answer 429 with Retry-After (faultRetryAfterSeconds)
        Slow, ///< hold the response for slowDelayMs
        DropMidStream, ///< streams: drop the TCP connection after dropAfterEnvelopes envelopes
        TruncatedFrame, ///< streams: send the start event, then half an envelope, then close
        WrongContentType, ///< 200 text/html instead of JSON / connect+json
        Garbage, ///< streams: 200 connect+json with garbage bytes
        SandboxGone502, ///< envd: 502 sandbox-not-found JSON from the "edge"
        CloseBeforeReply, ///< drop the connection without any answer
    };

    explicit FakeE2bServer(QObject *parent = nullptr);
    ~FakeE2bServer() override;

    bool listen();
    QUrl url() const;
    QString apiKey() const { return m_apiKey; }

    /// Applies `fault` to the next `count` requests whose path starts with `pathPrefix`
    /// (empty = any request).
    void setFault(Fault fault, int count = 1, const QString &pathPrefix = QString());
    int slowDelayMs = 3000;
    int faultRetryAfterSeconds = 1;
    int dropAfterEnvelopes = 2;
    /// Keepalive interval used by the fake (envd honours the header; tests want it short).
    int keepaliveIntervalMs = 200;

    /// Sandbox directories (for assertions): the host directory standing for "/".
    QString sandboxRoot(const QString &sandboxId) const;
    QStringList sandboxIds() const;
    /// Expires a sandbox: API 404, envd 502, its processes vanish.
    void expireSandbox(const QString &sandboxId);
    /// Creates a secured sandbox directly (no HTTP); returns its id and sets *token.
    QString addSandbox(QString *token, const QMap<QString, QString> &metadata = {});

    struct LoggedRequest
    {
        QByteArray method;
        QString path;
        QByteArray rawQuery;
        QMap<QByteArray, QByteArray> headers;
        qsizetype bodySize = 0;
    };
    QList<LoggedRequest> requests() const { return m_log; }
    void clearLog() { m_log.clear(); }
    int requestCount(const QString &path) const;

private:
    struct Sandbox
    {
        QString id;
        QString templateId;
        QString token;
        bool secure = true;
        bool paused = false;
        QMap<QString, QString> metadata;
        QMap<QString, QString> envVars;
        qint64 timeoutSeconds = 300;
        QDateTime startedAt;
        std::unique_ptr<QTemporaryDir> root;
        QHash<quint32, QSharedPointer<FakeProcess>> processes;
    };

    void onNewConnection();
    void handle(FakeHttpConnection *c, const FakeHttpRequest &r);
    void dispatch(FakeHttpConnection *c, const FakeHttpRequest &r);
    void handleControlPlane(FakeHttpConnection *c, const FakeHttpRequest &r);
    void handleEnvd(FakeHttpConnection *c, const FakeHttpRequest &r, Sandbox *s);
    void handleFiles(FakeHttpConnection *c, const FakeHttpRequest &r, Sandbox *s);
    void handleFilesystemRpc(FakeHttpConnection *c, const QString &method, const QJsonObject &req,
                             const QString &user, Sandbox *s);
    void handleProcessRpc(FakeHttpConnection *c, const FakeHttpRequest &r, const QString &method,
                          const QJsonObject &req, const QString &user, Sandbox *s);

    // processes
    void startProcess(FakeHttpConnection *c, const QJsonObject &req, const QString &user,
                      int timeoutMs, Sandbox *s, Fault streamFault);
    void attachStream(FakeProcess *p, FakeHttpConnection *c, Fault streamFault);
    void emitEvent(FakeProcess *p, const QJsonObject &event);
    void runNextStep(Sandbox *s, FakeProcess *p);
    void endProcess(Sandbox *s, FakeProcess *p, int exitCode, bool signalled,
                    const QString &rpcError = {});
    void runHostTar(Sandbox *s, FakeProcess *p);

    QJsonObject sandboxJson(const Sandbox &s, bool detail) const;
    QJsonObject entryJson(const QString &hostPath, const QString &reportedPath) const;
    /// Maps a sandbox path to the host; empty if it escapes the sandbox.
    QString hostPath(const Sandbox &s, const QString &path, const QString &user) const;
    Sandbox *findSandbox(const QString &id);
    Fault takeFault(const QString &path);
    static void connectError(FakeHttpConnection *c, int status, const QString &code,
                             const QString &message);
    static void endStreamWithError(FakeHttpConnection *c, const QString &code,
                                   const QString &message);

    QTcpServer m_server;
    QString m_apiKey;
    QHash<QString, Sandbox *> m_sandboxes;
    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    QString m_faultPrefix;
    quint32 m_nextPid = 100;
    QList<LoggedRequest> m_log;
};

} // namespace Autocoder::E2b::Testing
