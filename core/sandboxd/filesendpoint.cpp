#include "sandboxd/filesendpoint.h"

#include "sandboxd/confinedfs.h"
#include "sandboxd/gzipcodec.h"
#include "sandboxd/httpreply.h"
#include "sandboxd/multipartparser.h"
#include "sandboxd/sandbox.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QUrlQuery>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
using Status = QHttpServerResponder::StatusCode;

bool userKnown(const QString &user)
{
    return user.isEmpty() || user == QLatin1String("user") || user == QLatin1String("root");
}

void replyResolveError(QHttpServerResponder &responder, const ResolvedPath &p)
{
    HttpReply::error(responder, p.errorCode == QLatin1String("permission_denied") ? 403 : 400,
                     p.message);
}

// Only regular files are read or written: FIFOs, sockets and devices are refused. Clears
// O_NONBLOCK again (it was only there so that opening a FIFO cannot block).
bool isRegularFile(int fd)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return true;
}

// Writes \a data to the sandbox path \a dest; returns an HTTP status (200 on success).
int writeFile(Sandbox *sandbox, const QString &dest, const QByteArray &data, QString *message,
              QJsonObject *info)
{
    const ResolvedPath p = sandbox->paths().resolve(dest);
    if (!p.ok) {
        *message = p.message;
        return p.errorCode == QLatin1String("permission_denied") ? 403 : 400;
    }
    if (p.relativePath.isEmpty() || p.isDirectory) {
        *message = QStringLiteral("path '%1' is a directory").arg(p.visiblePath);
        return 400;
    }
    QString error;
    const int parentFd = ConfinedFs::makeParent(p, sandbox->paths().ownerUid(), &error);
    if (parentFd < 0) {
        *message = QStringLiteral("cannot create the parent of '%1': %2").arg(p.visiblePath, error);
        return 400;
    }
    const QByteArray name = QFile::encodeName(p.relativePath.section(QLatin1Char('/'), -1));
    const int fd =
        ::openat(parentFd, name.constData(),
                 O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    const int openErrno = errno;
    ::close(parentFd);
    if (fd < 0) {
        *message = openErrno == EISDIR
            ? QStringLiteral("path '%1' is a directory").arg(p.visiblePath)
            : QStringLiteral("cannot open '%1' for writing").arg(p.visiblePath);
        return openErrno == ENOSPC ? 507 : 400;
    }
    if (!isRegularFile(fd)) {
        ::close(fd);
        *message = QStringLiteral("path '%1' is not a regular file").arg(p.visiblePath);
        return 400;
    }
    ConfinedFs::adopt(fd, sandbox->paths().ownerUid());
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)
        || file.write(data) != data.size()) {
        *message = QStringLiteral("error writing '%1': %2").arg(p.visiblePath, file.errorString());
        return file.error() == QFileDevice::ResourceError ? 507 : 500;
    }
    const int slash = p.visiblePath.lastIndexOf(QLatin1Char('/'));
    *info = QJsonObject { { QStringLiteral("path"), p.visiblePath },
                          { QStringLiteral("name"), p.visiblePath.mid(slash + 1) },
                          { QStringLiteral("type"), QStringLiteral("file") } };
    return 200;
}
} // namespace

QString FilesEndpoint::signature(const QString &path, const QString &operation, const QString &user,
                                 const QString &token, qint64 expires)
{
    QString raw =
        path + QLatin1Char(':') + operation + QLatin1Char(':') + user + QLatin1Char(':') + token;
    if (expires > 0)
        raw += QLatin1Char(':') + QString::number(expires);
    QByteArray b64 = QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha256).toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return QStringLiteral("v1_") + QString::fromLatin1(b64);
}

void FilesEndpoint::handle(Sandbox *sandbox, const QHttpServerRequest &request,
                           QHttpServerResponder &responder, qint64 maxUploadBytes)
{
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if (!isGet && !isPost) {
        HttpReply::error(responder, 405, QStringLiteral("method not allowed"));
        return;
    }
    const QUrlQuery query(request.url());
    const QString path = query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const QString user = query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);

    if (sandbox->options().secure) {
        const QByteArray tokenHeader = HttpReply::header(request, "X-Access-Token");
        bool authorized = false;
        if (!tokenHeader.isEmpty()) {
            authorized = tokenHeader == sandbox->accessToken().toUtf8();
        } else {
            const QString sig =
                query.queryItemValue(QStringLiteral("signature"), QUrl::FullyDecoded);
            const qint64 expires =
                query.queryItemValue(QStringLiteral("signature_expiration")).toLongLong();
            const bool fresh = expires == 0 || expires >= QDateTime::currentSecsSinceEpoch();
            authorized = fresh && !sig.isEmpty()
                && sig
                    == signature(path, isGet ? QStringLiteral("read") : QStringLiteral("write"),
                                 user, sandbox->accessToken(), expires);
        }
        if (!authorized) {
            HttpReply::error(responder, 401,
                             QStringLiteral("unauthorized access, please provide a valid access "
                                            "token or method signing if supported"));
            return;
        }
    }
    if (!userKnown(user)) {
        HttpReply::error(responder, 401,
                         QStringLiteral("error looking up user '%1': unknown user").arg(user));
        return;
    }

    if (isGet) {
        if (path.isEmpty()) {
            HttpReply::error(responder, 400, QStringLiteral("path is required"));
            return;
        }
        const ResolvedPath p = sandbox->paths().resolve(path);
        if (!p.ok)
            return replyResolveError(responder, p);
        if (!p.exists) {
            HttpReply::error(responder, 404,
                             QStringLiteral("path '%1' does not exist").arg(p.visiblePath));
            return;
        }
        // One descriptor, opened below the area root without following any symlink; what it
        // is gets decided by fstat on it. O_NONBLOCK: a FIFO planted by the sandbox must not
        // block the server's event loop.
        const int fd = PathResolver::openConfined(p, O_RDONLY | O_NONBLOCK);
        const int openErrno = errno;
        struct stat st
        {
        };
        if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            ::close(fd);
            HttpReply::error(responder, 400,
                             QStringLiteral("path '%1' is a directory").arg(p.visiblePath));
            return;
        }
        if (fd >= 0 && !isRegularFile(fd)) {
            ::close(fd);
            HttpReply::error(responder, 400,
                             QStringLiteral("path '%1' is not a regular file").arg(p.visiblePath));
            return;
        }
        if (fd < 0 && openErrno == ENOENT) { // removed since it was resolved
            HttpReply::error(responder, 404,
                             QStringLiteral("path '%1' does not exist").arg(p.visiblePath));
            return;
        }
        auto *file = new QFile;
        if (fd < 0 || !file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            delete file;
            HttpReply::error(responder, 403,
                             QStringLiteral("cannot open '%1' for reading").arg(p.visiblePath));
            return;
        }
        const QString name = QFileInfo(p.visiblePath).fileName();
        const QByteArray mime =
            QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().toUtf8();
        // The responder streams the file and takes ownership of it.
        responder.write(file,
                        { { "Content-Type", mime.isEmpty() ? "application/octet-stream" : mime },
                          { "Content-Disposition", "inline; filename=\"" + name.toUtf8() + "\"" } },
                        Status::Ok);
        return;
    }

    // Upload.
    if (const QString quota = sandbox->diskQuotaError(); !quota.isEmpty()) {
        HttpReply::error(responder, 507, quota);
        return;
    }
    if (request.body().size() > maxUploadBytes) {
        HttpReply::error(
            responder, 413,
            QStringLiteral("request body too large (limit %1 bytes)").arg(maxUploadBytes));
        return;
    }
    QByteArray body = request.body();
    const QByteArray encoding = HttpReply::header(request, "Content-Encoding").trimmed().toLower();
    if (encoding == "gzip") {
        QByteArray inflated;
        QString error;
        bool tooLarge = false;
        if (!GzipCodec::decompress(body, maxUploadBytes, &inflated, &error, &tooLarge)) {
            HttpReply::error(responder, tooLarge ? 413 : 400, error);
            return;
        }
        body = inflated;
    } else if (!encoding.isEmpty() && encoding != "identity") {
        HttpReply::error(
            responder, 415,
            QStringLiteral("unsupported Content-Encoding: %1").arg(QString::fromLatin1(encoding)));
        return;
    }
    const QByteArray contentType = HttpReply::header(request, "Content-Type");
    QList<QPair<QString, QByteArray>> writes;
    const QByteArray boundary = MultipartParser::boundary(contentType);
    if (!boundary.isEmpty()) {
        QList<MultipartPart> parts;
        QString error;
        if (!MultipartParser::parse(body, boundary, &parts, &error)) {
            HttpReply::error(responder, 400, error);
            return;
        }
        for (const MultipartPart &part : qAsConst(parts)) {
            if (part.name != QLatin1String("file"))
                continue;
            const QString dest = !path.isEmpty() ? path : part.fileName;
            if (dest.isEmpty()) {
                HttpReply::error(responder, 400, QStringLiteral("no path for the uploaded file"));
                return;
            }
            writes.append({ dest, part.data });
        }
    } else {
        if (path.isEmpty()) {
            HttpReply::error(responder, 400, QStringLiteral("path is required for raw uploads"));
            return;
        }
        writes.append({ path, body });
    }
    QJsonArray result;
    QStringList seen;
    for (const auto &w : qAsConst(writes)) {
        const QString clean = PathResolver::clean(w.first);
        if (seen.contains(clean)) {
            HttpReply::error(responder, 400,
                             QStringLiteral("path '%1' is uploaded more than once").arg(clean));
            return;
        }
        seen << clean;
        QString message;
        QJsonObject info;
        const int status = writeFile(sandbox, w.first, w.second, &message, &info);
        if (status != 200) {
            HttpReply::error(responder, status, message);
            return;
        }
        result.append(info);
    }
    HttpReply::json(responder, 200, result);
}

} // namespace Autocoder::Sandboxd
