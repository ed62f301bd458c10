#pragma once

#include "e2b/connectionconfig.h"
#include "e2b/entryinfo.h"
#include "e2b/envdtarget.h"
#include "e2b/processinfo.h"
#include "e2b/processselector.h"
#include "e2b/processstartoptions.h"
#include "e2b/result.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace Autocoder::E2b {

class DirectoryTransfer;
class HttpCall;
class ProcessStream;

/// envd of one sandbox: processes (Connect RPC), filesystem RPCs and /files.
///
/// Every envd request carries X-Access-Token (when the sandbox has one) and the
/// E2b-Sandbox-Id / E2b-Sandbox-Port routing headers. Unary calls follow SandboxApi's
/// ownership rules (child of `context`, cancellable, callback at most once); stat, listDir,
/// remove, listProcesses and downloads are retried, the rest are not. Process streams get
/// their own connection each (see ProcessStream).
class EnvdClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvdClient)
public:
    enum class Signal { Sigterm = 15, Sigkill = 9 };

    EnvdClient(ConnectionConfig config, EnvdTarget target, QObject *parent = nullptr);
    ~EnvdClient() override;

    const ConnectionConfig &config() const { return m_config; }
    const EnvdTarget &target() const { return m_target; }
    QUrl baseUrl() const;

    /// Linux user for filesystem RPCs and /files (empty = sandbox default).
    void setDefaultUser(const QString &user) { m_defaultUser = user; }
    const QString &defaultUser() const { return m_defaultUser; }

    // --- processes --------------------------------------------------------------------
    /// Starts a process; the stream is owned by `parent` and already started (queued).
    ProcessStream *startProcess(const ProcessStartOptions &options, QObject *parent);
    /// Re-attaches to a running process.
    ProcessStream *connectProcess(const ProcessSelector &selector, QObject *parent);
    HttpCall *listProcesses(QObject *context, ResultCallback<QList<ProcessInfo>> done);
    HttpCall *sendInput(const ProcessSelector &process, const QByteArray &stdinData,
                        QObject *context, ErrorCallback done);
    HttpCall *closeStdin(const ProcessSelector &process, QObject *context, ErrorCallback done);
    HttpCall *sendSignal(const ProcessSelector &process, Signal signal, QObject *context,
                         ErrorCallback done);

    // --- filesystem RPC ---------------------------------------------------------------
    HttpCall *listDir(const QString &path, int depth, QObject *context,
                      ResultCallback<QList<EntryInfo>> done);
    HttpCall *stat(const QString &path, QObject *context, ResultCallback<EntryInfo> done);
    /// value false = it already existed.
    HttpCall *makeDir(const QString &path, QObject *context, ResultCallback<bool> done);
    HttpCall *move(const QString &source, const QString &destination, QObject *context,
                   ResultCallback<EntryInfo> done);
    /// Recursive; a missing path is not an error.
    HttpCall *remove(const QString &path, QObject *context, ErrorCallback done);

    // --- /files -----------------------------------------------------------------------
    /// Multipart upload of a local file, streamed from disk.
    HttpCall *uploadFile(const QString &localPath, const QString &remotePath, QObject *context,
                         ErrorCallback done);
    HttpCall *uploadBytes(const QByteArray &data, const QString &remotePath, QObject *context,
                          ErrorCallback done);
    /// Streams the file to `localPath` (written atomically; never held in memory).
    /// Fails with Protocol if it exceeds maxBytes. value = bytes written.
    HttpCall *downloadFile(const QString &remotePath, const QString &localPath, qint64 maxBytes,
                           QObject *context, ResultCallback<qint64> done);
    /// GET /health: value true = 2xx; a 502 (sandbox gone) is value false, not an error.
    HttpCall *health(QObject *context, ResultCallback<bool> done);

    // --- whole directories (one archive each way) -------------------------------------
    /// tar.gz of `remoteDir` (excluding `excludes` names/patterns) made in the sandbox,
    /// streamed to `localArchivePath`. The archive is NOT unpacked here; whoever unpacks
    /// it must do so safely (see DirectoryTransfer).
    DirectoryTransfer *downloadDirectory(const QString &remoteDir, const QString &localArchivePath,
                                         const QStringList &excludes, QObject *parent);
    /// Packs `localDir` with the host's tar and unpacks it into `remoteDir` in the sandbox.
    DirectoryTransfer *uploadDirectory(const QString &localDir, const QString &remoteDir,
                                       QObject *parent);

    // --- building blocks (used by the above; public for tests) ------------------------
    QNetworkRequest envdRequest(const QString &pathAndQuery) const;
    HttpCall *unaryRpc(const QString &method, const QJsonObject &request, const QString &user,
                       bool idempotent, QObject *context);

private:
    ConnectionConfig m_config;
    EnvdTarget m_target;
    QString m_defaultUser;
    QNetworkAccessManager *m_nam;
};

} // namespace Autocoder::E2b
