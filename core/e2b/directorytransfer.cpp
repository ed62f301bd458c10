#include "e2b/directorytransfer.h"

#include "e2b/e2blog.h"
#include "e2b/envdclient.h"
#include "e2b/httpcall.h"
#include "e2b/processstream.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

namespace Autocoder::E2b {

namespace {

constexpr qsizetype kMaxStderr = 4096;

} // namespace

DirectoryTransfer::DirectoryTransfer(EnvdClient *client, Direction direction,
                                     const QString &remoteDir, const QString &localPath,
                                     const QStringList &excludes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_direction(direction)
    , m_remoteDir(remoteDir)
    , m_localPath(localPath)
    , m_excludes(excludes)
{
    m_remoteArchive = QStringLiteral("/tmp/autocoder-%1.tgz")
                          .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

DirectoryTransfer::~DirectoryTransfer()
{
    if (m_tar) {
        disconnect(m_tar, nullptr, this, nullptr);
        m_tar->kill(); // ~QProcess reaps it
    }
    if (!m_localTempArchive.isEmpty())
        QFile::remove(m_localTempArchive);
}

void DirectoryTransfer::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (!m_client) {
            finish(Error::make(Error::Kind::Cancelled, tr("The sandbox client is gone.")));
            return;
        }
        if (m_remoteDir.isEmpty() || m_localPath.isEmpty()) {
            finish(Error::make(Error::Kind::InvalidArgument,
                               tr("Source and destination are required.")));
            return;
        }
        if (m_direction == Direction::Download)
            startDownload();
        else
            startUpload();
    });
}

void DirectoryTransfer::cancel()
{
    if (m_finished)
        return;
    // Mark finished first so the children's cancellation callbacks do not start cleanup steps.
    m_finished = true;
    m_error = Error::make(Error::Kind::Cancelled, tr("Transfer cancelled."));
    if (m_call)
        m_call->cancel();
    if (m_stream)
        m_stream->cancel();
    if (m_tar) {
        disconnect(m_tar, nullptr, this, nullptr);
        m_tar->kill();
    }
    if (!m_localTempArchive.isEmpty()) {
        QFile::remove(m_localTempArchive);
        m_localTempArchive.clear();
    }
    Q_EMIT finished(m_error);
}

void DirectoryTransfer::runRemoteTar(const QStringList &args, bool allowExitOne,
                                     const std::function<void()> &next)
{
    ProcessStartOptions options;
    options.cmd = QStringLiteral("tar");
    options.args = args;
    options.user = m_client->defaultUser();
    options.killTimeout = std::chrono::minutes(30); // a wedged tar must not hold the run forever
    m_tarStderr.clear();
    ProcessStream *stream = m_client->startProcess(options, this);
    m_stream = stream;
    connect(stream, &ProcessStream::stderrReceived, this, [this](const QByteArray &data) {
        if (m_tarStderr.size() < kMaxStderr)
            m_tarStderr.append(data.left(kMaxStderr - m_tarStderr.size()));
    });
    connect(stream, &ProcessStream::finished, this,
            [this, stream, allowExitOne, next](const Error &error) {
                stream->deleteLater();
                if (m_finished)
                    return;
                if (error.isError()) {
                    removeRemoteArchive(error);
                    return;
                }
                const auto exit = stream->exit();
                const bool ok = exit && exit->exited
                    && (exit->exitCode == 0 || (allowExitOne && exit->exitCode == 1));
                if (!ok) {
                    const QString status = exit ? exit->status : tr("no exit status");
                    removeRemoteArchive(
                        Error::make(Error::Kind::Remote,
                                    tr("tar in the sandbox failed (%1): %2")
                                        .arg(status, QString::fromUtf8(m_tarStderr).trimmed())));
                    return;
                }
                next();
            });
}

void DirectoryTransfer::startDownload()
{
    if (!enterStep(QStringLiteral("pack")))
        return;
    QStringList args { QStringLiteral("-C"), m_remoteDir, QStringLiteral("-czf"), m_remoteArchive };
    for (const QString &e : m_excludes)
        args << QStringLiteral("--exclude=") + e;
    args << QStringLiteral(".");
    // GNU tar exits 1 when a file changed while it was read: the archive is still usable.
    runRemoteTar(args, true, [this] {
        if (!enterStep(QStringLiteral("download")))
            return;
        m_call = m_client->downloadFile(m_remoteArchive, m_localPath, m_maxArchiveBytes, this,
                                        [this](const Result<qint64> &r) {
                                            m_archiveBytes = r.isOk() ? *r : 0;
                                            removeRemoteArchive(errorOf(r));
                                        });
    });
}

void DirectoryTransfer::startUpload()
{
    if (!QFileInfo(m_localPath).isDir()) {
        finish(Error::make(Error::Kind::InvalidArgument,
                           tr("%1 is not a directory.").arg(m_localPath)));
        return;
    }
    if (!enterStep(QStringLiteral("pack")))
        return;
    {
        QTemporaryFile temp(QDir::tempPath() + QStringLiteral("/autocoder-upload-XXXXXX.tgz"));
        temp.setAutoRemove(false);
        if (!temp.open()) {
            finish(
                Error::make(Error::Kind::InvalidArgument,
                            tr("Cannot create a temporary archive: %1").arg(temp.errorString())));
            return;
        }
        m_localTempArchive = temp.fileName();
    }
    // The host's tar only packs local data here; nothing from the sandbox runs on the host.
    auto *tar = new QProcess(this);
    m_tar = tar;
    tar->setProgram(QStringLiteral("tar"));
    tar->setArguments({ QStringLiteral("-C"), m_localPath, QStringLiteral("-czf"),
                        m_localTempArchive, QStringLiteral(".") });
    tar->setProcessChannelMode(QProcess::SeparateChannels);
    connect(tar, &QProcess::errorOccurred, this, [this, tar](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        tar->deleteLater();
        finish(Error::make(Error::Kind::InvalidArgument,
                           tr("Cannot run tar on this computer: %1").arg(tar->errorString())));
    });
    connect(tar, &QProcess::finished, this, [this, tar](int exitCode, QProcess::ExitStatus status) {
        tar->deleteLater();
        if (m_finished)
            return;
        if (status != QProcess::NormalExit || exitCode != 0) {
            finish(Error::make(
                Error::Kind::InvalidArgument,
                tr("Packing %1 failed: %2")
                    .arg(m_localPath,
                         QString::fromLocal8Bit(tar->readAllStandardError().left(kMaxStderr))
                             .trimmed())));
            return;
        }
        m_archiveBytes = QFileInfo(m_localTempArchive).size();
        if (!enterStep(QStringLiteral("upload")))
            return;
        m_call =
            m_client->uploadFile(m_localTempArchive, m_remoteArchive, this, [this](const Error &e) {
                if (e.isError()) {
                    removeRemoteArchive(e);
                    return;
                }
                if (!enterStep(QStringLiteral("unpack")))
                    return;
                m_call = m_client->makeDir(m_remoteDir, this, [this](const Result<bool> &r) {
                    if (!r) {
                        removeRemoteArchive(r.error());
                        return;
                    }
                    runRemoteTar({ QStringLiteral("-xzf"), m_remoteArchive, QStringLiteral("-C"),
                                   m_remoteDir },
                                 false, [this] { removeRemoteArchive(Error()); });
                });
            });
    });
    tar->start();
}

void DirectoryTransfer::removeRemoteArchive(const Error &result)
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(result);
        return;
    }
    if (!enterStep(QStringLiteral("cleanup")))
        return;
    // Best effort: the sandbox's /tmp goes away with it anyway; the transfer's own result
    // wins over a cleanup failure.
    m_call =
        m_client->remove(m_remoteArchive, this, [this, result](const Error &) { finish(result); });
}

bool DirectoryTransfer::enterStep(const QString &step)
{
    qCDebug(lcE2b, "directory transfer %s: %s", qPrintable(m_remoteDir), qPrintable(step));
    return !m_finished;
}

void DirectoryTransfer::finish(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_localTempArchive.isEmpty()) {
        QFile::remove(m_localTempArchive);
        m_localTempArchive.clear();
    }
    m_error = std::move(error);
    Q_EMIT finished(m_error);
}

} // namespace Autocoder::E2b
