#include "run/projectarchive.h"

#include "run/tarwriter.h"
#include "run/verificationreceipt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Autocoder::Run {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Run::ProjectArchive)
};

struct Packer
{
    QString root;
    TarWriter tar;
    int files = 0;
    qint64 bytes = 0;

    Result<void> add(const QString &dir, const QString &relative)
    {
        const QFileInfoList entries = QDir(dir).entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo &fi : entries) {
            const QString name = fi.fileName();
            const QString path = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
            if (fi.isSymLink())
                continue; // never followed, see the class comment
            if (fi.isDir()) {
                if (name == QLatin1String("node_modules") || name == QLatin1String(".git"))
                    continue;
                tar.addDirectory(QStringLiteral("./") + path);
                if (Result<void> r = add(fi.filePath(), path); !r)
                    return r;
                continue;
            }
            if (!fi.isFile())
                continue; // a FIFO would block the read
            if (relative.isEmpty() && name == QLatin1String(VerificationReceipt::FileName))
                continue;
            bytes += fi.size();
            if (bytes > ProjectArchive::MaxBytes)
                return failure(Tr::tr("The project is larger than %n MB without node_modules",
                                      nullptr,
                                      int(ProjectArchive::MaxBytes / (qint64(1024) * 1024))));
            QFile file(fi.filePath());
            if (!file.open(QIODevice::ReadOnly))
                return failure(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
            const bool executable = fi.permissions() & QFile::ExeOwner;
            tar.addFile(QStringLiteral("./") + path, file.readAll(), executable ? 0755 : 0644);
            ++files;
        }
        return {};
    }
};

} // namespace

Result<int> ProjectArchive::pack(const QString &dir, const QString &archivePath)
{
    const QFileInfo info(dir);
    if (!info.isDir())
        return failure(Tr::tr("%1 is not a folder").arg(QDir::toNativeSeparators(dir)));
    Packer packer;
    packer.root = info.absoluteFilePath();
    packer.tar.addDirectory(QStringLiteral("./"));
    if (Result<void> r = packer.add(packer.root, QString()); !r)
        return failure(r.error());
    QSaveFile out(archivePath);
    const QByteArray bytes = packer.tar.finishGzip();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return failure(Tr::tr("Cannot write %1: %2").arg(archivePath, out.errorString()));
    return packer.files;
}

} // namespace Autocoder::Run
