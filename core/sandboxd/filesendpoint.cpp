#include "sandboxd/filesendpoint.h"

#include "sandboxd/httpreply.h"
#include "sandboxd/requestpolicy.h"
#include "sandboxd/sandbox.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMimeDatabase>
#include <QUrlQuery>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
using Status = QHttpServerResponder::StatusCode;

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
                           QHttpServerResponder &responder)
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

    if (!authorized(sandbox, query, HttpReply::header(request, "X-Access-Token"), !isGet)) {
        HttpReply::error(responder, 401,
                         QStringLiteral("unauthorized access, please provide a valid access "
                                        "token or method signing if supported"));
        return;
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

    // Uploads are taken over by FilesUpload before they reach the HTTP parser.
    HttpReply::error(responder, 500, QStringLiteral("upload was not streamed"));
}

bool FilesEndpoint::userKnown(const QString &user)
{
    return user.isEmpty() || user == QLatin1String("user") || user == QLatin1String("root");
}

bool FilesEndpoint::authorized(Sandbox *sandbox, const QUrlQuery &query,
                               const QByteArray &tokenHeader, bool write)
{
    if (!sandbox->options().secure)
        return true;
    if (!tokenHeader.isEmpty())
        return RequestPolicy::secretMatches(tokenHeader, sandbox->accessToken());
    const QString path = query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const QString user = query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    const QString sig = query.queryItemValue(QStringLiteral("signature"), QUrl::FullyDecoded);
    const qint64 expires =
        query.queryItemValue(QStringLiteral("signature_expiration")).toLongLong();
    const bool fresh = expires == 0 || expires >= QDateTime::currentSecsSinceEpoch();
    return fresh && !sig.isEmpty()
        && sig
        == signature(path, write ? QStringLiteral("write") : QStringLiteral("read"), user,
                     sandbox->accessToken(), expires);
}

} // namespace Autocoder::Sandboxd
