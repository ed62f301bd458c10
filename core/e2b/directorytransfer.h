#pragma once

#include "e2b/error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace Autocoder::E2b {

class EnvdClient;
class HttpCall;
class ProcessStream;

/// Moves a whole directory tree in one archive transfer, as a small state machine.
///
/// Download: `tar -C <dir> -czf /tmp/autocoder-<rand>.tgz --exclude=<e>... .` runs in the
/// sandbox, the archive is streamed to the local path, then removed in the sandbox.
/// Upload: the host's `tar` packs the local directory (packing local data only; nothing
/// from the sandbox is executed on the host), the archive is uploaded to /tmp, the remote
/// directory created and `tar -xzf` run there, then the archive removed.
///
/// Safe unpacking is the consumer's job: a downloaded archive comes from an untrusted
/// sandbox and may contain absolute paths, `..` components, symlinks pointing outside,
/// device files or huge entries. Unpack with an allow-list (regular files/dirs only),
/// reject paths escaping the destination, and cap total size — never `tar -xzf` it blindly
/// into a directory that matters.
class DirectoryTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryTransfer)
public:
    enum class Direction { Download, Upload };

    DirectoryTransfer(EnvdClient *client, Direction direction, const QString &remoteDir,
                      const QString &localPath, const QStringList &excludes, QObject *parent);
    ~DirectoryTransfer() override;

    void start();
    /// Aborts the current step and finishes with Kind::Cancelled.
    void cancel();

    Direction direction() const { return m_direction; }
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    qint64 archiveBytes() const { return m_archiveBytes; }
    /// The remote temporary archive path used for this transfer.
    const QString &remoteArchive() const { return m_remoteArchive; }

    /// Max archive size accepted on download (default 2 GiB).
    void setMaxArchiveBytes(qint64 bytes) { m_maxArchiveBytes = bytes; }

Q_SIGNALS:
    void finished(const Autocoder::E2b::Error &error);

private:
    void runRemoteTar(const QStringList &args, bool allowExitOne,
                      const std::function<void()> &next);
    void startDownload();
    void startUpload();
    void removeRemoteArchive(const Error &result);
    bool enterStep(const QString &step);
    void finish(Error error);

    QPointer<EnvdClient> m_client;
    Direction m_direction;
    QString m_remoteDir;
    QString m_localPath;
    QStringList m_excludes;
    QString m_remoteArchive;
    QString m_localTempArchive;
    QPointer<HttpCall> m_call;
    QPointer<ProcessStream> m_stream;
    QPointer<QProcess> m_tar;
    QByteArray m_tarStderr;
    qint64 m_archiveBytes = 0;
    qint64 m_maxArchiveBytes = qint64(2) * 1024 * 1024 * 1024;
    Error m_error;
    bool m_finished = false;
};

} // namespace Autocoder::E2b
