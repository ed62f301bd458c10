// The folder walk of VerificationReceipt, apart from the JSON and the comparison: it is the
// only part that touches the file system.
#include "run/verificationreceipt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>

#ifdef Q_OS_UNIX
#include <limits.h>
#include <unistd.h>
#endif

namespace Autocoder::Run {

namespace {

QString keyError(const QString &key, const QString &what)
{
    return QStringLiteral("%1: %2").arg(key, what);
}

#ifdef Q_OS_UNIX
/// The link's own target string. QFileInfo::symLinkTarget() makes it absolute, which would
/// tie the digest to where the project is saved; readSymLink() needs Qt 6.6.
Result<QByteArray> linkTarget(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    QByteArray buffer(PATH_MAX, Qt::Uninitialized);
    const ssize_t n = ::readlink(native.constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0)
        return failure(keyError(path, QStringLiteral("unreadable symbolic link")));
    buffer.truncate(qsizetype(n));
    return buffer;
}
#else
Result<QByteArray> linkTarget(const QString &path)
{
    return QFile::encodeName(QFileInfo(path).symLinkTarget());
}
#endif

} // namespace

Result<QList<VerificationReceipt::FileDigest>> VerificationReceipt::digestFolder(const QString &dir)
{
    const QFileInfo rootInfo(dir);
    if (!rootInfo.isDir() || rootInfo.isSymLink())
        return failure(keyError(dir, QStringLiteral("not a folder")));
    const QDir root(rootInfo.absoluteFilePath());
    QList<FileDigest> out;
    QString error;

    // Entries come from listing, never from following a link, so only a bug or a racing
    // rename could produce a path outside root; checked anyway because the digest is trusted.
    const std::function<bool(const QString &)> walk = [&](const QString &absDir) {
        const QFileInfoList entries = QDir(absDir).entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &fi : entries) {
            const QString rel = root.relativeFilePath(fi.absoluteFilePath());
            if (rel.isEmpty() || QDir::isAbsolutePath(rel) || rel == QLatin1String("..")
                || rel.startsWith(QLatin1String("../"))) {
                error =
                    keyError(fi.absoluteFilePath(), QStringLiteral("escapes the project folder"));
                return false;
            }
            const QString name = fi.fileName();
            if (name == QLatin1String("node_modules") || name == QLatin1String(".git"))
                continue;
            if (rel == QLatin1String(FileName))
                continue;
            if (fi.isSymLink()) {
                const Result<QByteArray> target = linkTarget(fi.absoluteFilePath());
                if (!target) {
                    error = target.error();
                    return false;
                }
                out.append({ rel, sha256Hex(*target), true });
            } else if (fi.isDir()) {
                if (!walk(fi.absoluteFilePath()))
                    return false;
            } else if (fi.isFile()) {
                QFile file(fi.absoluteFilePath());
                QCryptographicHash hash(QCryptographicHash::Sha256);
                if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
                    error = keyError(rel, QStringLiteral("unreadable file"));
                    return false;
                }
                out.append({ rel, QString::fromLatin1(hash.result().toHex()), false });
            } else {
                error = keyError(rel, QStringLiteral("not a regular file, folder or link"));
                return false;
            }
        }
        return true;
    };
    if (!walk(root.absolutePath()))
        return failure(error);
    // Byte order of the path, not the locale's: the digest must not depend on the machine.
    std::sort(out.begin(), out.end(),
              [](const FileDigest &a, const FileDigest &b) { return a.path < b.path; });
    return out;
}

} // namespace Autocoder::Run
