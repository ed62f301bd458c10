#include "runview/snapshotarchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Autocoder::Ui {

SnapshotArchive::SnapshotArchive(QObject *parent)
    : QObject(parent)
{
}

SnapshotArchive::~SnapshotArchive()
{
    stop(m_read);
    stop(m_extract);
}

void SnapshotArchive::stop(QProcess *&process)
{
    if (!process)
        return;
    // No waiting on the GUI thread: kill it and let it go when it has ended
    // (or with us, whichever comes first).
    QProcess *dying = process;
    process = nullptr;
    dying->disconnect();
    QObject::connect(dying, &QProcess::finished, dying, &QObject::deleteLater);
    dying->kill();
}

void SnapshotArchive::readFile(const QString &archive, const QString &path)
{
    stop(m_read);
    if (path.contains(QLatin1String("..")) || path.startsWith(QLatin1Char('/'))) {
        Q_EMIT fileRead(path, {}, false, tr("Refusing to read a path outside the project."));
        return;
    }
    const QFileInfo info(archive);
    if (archive.isEmpty() || !info.exists()) {
        Q_EMIT fileRead(path, {}, false, tr("The snapshot archive is not on this computer (yet)."));
        return;
    }
    if (info.isDir()) {
        QFile file(QDir(archive).filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT fileRead(path, {}, false, tr("Cannot open %1: %2").arg(path, file.errorString()));
            return;
        }
        const QByteArray content = file.read(maxPreviewBytes);
        Q_EMIT fileRead(path, content, !file.atEnd(), {});
        return;
    }
    m_readBuffer.clear();
    m_readTruncated = false;
    m_read = new QProcess(this);
    m_read->setProgram(QStringLiteral("tar"));
    // Archives are written with or without a "./" prefix: ask for both; tar
    // complains about the missing one, which is fine when output arrived.
    m_read->setArguments({QStringLiteral("-xOf"), archive, QStringLiteral("--"), path, QStringLiteral("./") + path});
    QProcess *proc = m_read;
    connect(proc, &QProcess::readyReadStandardOutput, this, [this, proc] {
        if (m_readTruncated)
            return void(proc->readAllStandardOutput());
        m_readBuffer.append(proc->readAllStandardOutput());
        if (m_readBuffer.size() > maxPreviewBytes) {
            m_readBuffer.truncate(maxPreviewBytes);
            m_readTruncated = true;
            proc->kill();
        }
    });
    connect(proc, &QProcess::finished, this, [this, path](int code, QProcess::ExitStatus status) {
        finishRead(path, code, status);
    });
    connect(proc, &QProcess::errorOccurred, this, [this, path, proc](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = tr("Cannot run tar to read the snapshot: %1").arg(proc->errorString());
        proc->deleteLater();
        m_read = nullptr;
        Q_EMIT fileRead(path, {}, false, message);
    });
    m_read->start();
}

void SnapshotArchive::finishRead(const QString &path, int exitCode, QProcess::ExitStatus status)
{
    QProcess *proc = m_read;
    m_read = nullptr;
    const QByteArray err = proc ? proc->readAllStandardError() : QByteArray();
    if (proc)
        proc->deleteLater();
    if (m_readTruncated || (!m_readBuffer.isEmpty()) || (status == QProcess::NormalExit && exitCode == 0)) {
        Q_EMIT fileRead(path, m_readBuffer, m_readTruncated, {});
        return;
    }
    Q_EMIT fileRead(path, {}, false,
                    tr("Cannot read %1 from the snapshot: %2").arg(path, QString::fromLocal8Bit(err).trimmed()));
}

void SnapshotArchive::extractTo(const QString &archive, const QString &directory)
{
    if (m_extract) {
        Q_EMIT extracted(directory, tr("A save is already in progress."));
        return;
    }
    const QFileInfo info(archive);
    if (archive.isEmpty() || !info.exists()) {
        Q_EMIT extracted(directory, tr("The snapshot archive is not on this computer."));
        return;
    }
    if (!QDir().mkpath(directory)) {
        Q_EMIT extracted(directory, tr("Cannot create the folder %1.").arg(directory));
        return;
    }
    m_extract = new QProcess(this);
    QProcess *proc = m_extract;
    if (info.isDir()) {
        // A folder snapshot: copy it with cp, which keeps modes.
        proc->setProgram(QStringLiteral("cp"));
        proc->setArguments({QStringLiteral("-R"), QStringLiteral("--"), QDir(archive).path() + QLatin1String("/."), directory});
    } else {
        proc->setProgram(QStringLiteral("tar"));
        // --no-same-owner / no absolute names: the archive came from a sandbox.
        proc->setArguments({QStringLiteral("-xf"), archive, QStringLiteral("-C"), directory,
                            QStringLiteral("--no-same-owner"), QStringLiteral("--no-same-permissions")});
    }
    connect(proc, &QProcess::finished, this, [this, directory, proc](int code, QProcess::ExitStatus status) {
        const QString err = QString::fromLocal8Bit(proc->readAllStandardError()).trimmed();
        proc->deleteLater();
        m_extract = nullptr;
        if (status != QProcess::NormalExit || code != 0)
            Q_EMIT extracted(directory, tr("Saving failed: %1").arg(err.isEmpty() ? tr("exit code %1").arg(code) : err));
        else
            Q_EMIT extracted(directory, {});
    });
    connect(proc, &QProcess::errorOccurred, this, [this, directory, proc](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = tr("Cannot start %1: %2").arg(proc->program(), proc->errorString());
        proc->deleteLater();
        m_extract = nullptr;
        Q_EMIT extracted(directory, message);
    });
    proc->start();
}

} // namespace Autocoder::Ui
