#include "sandboxd/filesystemservice.h"

#include "sandboxd/confinedfs.h"
#include "sandboxd/entryinfo.h"
#include "sandboxd/httpreply.h"
#include "sandboxd/processservice.h"
#include "sandboxd/sandbox.h"

#include <QDir>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
const QString NotFound = QStringLiteral("not_found");
const QString InvalidArgument = QStringLiteral("invalid_argument");

bool isDirectory(const QString &hostPath)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(hostPath).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}
} // namespace

void FilesystemService::listDir(Sandbox *sandbox, const QString &visible, const QString &host,
                                int depth, int level, QJsonArray *out)
{
    QDir dir(host);
    const QStringList names = dir.entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString childVisible = visible + QLatin1Char('/') + name;
        const QString childHost = host + QLatin1Char('/') + name;
        const QJsonObject entry = EntryInfo::build(sandbox->paths(), childVisible, childHost);
        if (entry.isEmpty())
            continue;
        out->append(entry);
        // Never descend through symlinks: isDirectory() uses lstat.
        if (level < depth && isDirectory(childHost))
            listDir(sandbox, childVisible, childHost, depth, level + 1, out);
    }
}

void FilesystemService::handle(Sandbox *sandbox, const QString &method,
                               const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QString error;
    if (!ProcessService::checkUser(request, &error)) {
        HttpReply::connectError(responder, QStringLiteral("unauthenticated"), error);
        return;
    }
    QJsonObject body;
    if (!ProcessService::parseUnary(request, &body, &error)) {
        HttpReply::connectError(responder, InvalidArgument, error);
        return;
    }
    const auto fail = [&responder](const ResolvedPath &p) {
        HttpReply::connectError(responder, p.errorCode, p.message);
    };

    if (method == QLatin1String("Move")) {
        const ResolvedPath source =
            sandbox->paths().resolve(body.value(QStringLiteral("source")).toString(), false);
        const ResolvedPath dest =
            sandbox->paths().resolve(body.value(QStringLiteral("destination")).toString(), false);
        if (!source.ok)
            return fail(source);
        if (!dest.ok)
            return fail(dest);
        if (!source.exists) {
            HttpReply::connectError(
                responder, NotFound,
                QStringLiteral("source '%1' not found").arg(source.visiblePath));
            return;
        }
        if (source.relativePath.isEmpty() || dest.relativePath.isEmpty()) {
            HttpReply::connectError(responder, QStringLiteral("permission_denied"),
                                    QStringLiteral("cannot move a sandbox root directory"));
            return;
        }
        QString moveError;
        if (!ConfinedFs::rename(source, dest, sandbox->paths().ownerUid(), &moveError)) {
            HttpReply::connectError(responder, InvalidArgument, moveError);
            return;
        }
        HttpReply::json(responder, 200,
                        QJsonObject { { QStringLiteral("entry"),
                                        EntryInfo::build(sandbox->paths(), dest.visiblePath,
                                                         dest.hostPath) } });
        return;
    }

    const QString path = body.value(QStringLiteral("path")).toString();
    const bool follow = method != QLatin1String("Remove") && method != QLatin1String("Stat");
    const ResolvedPath resolved = sandbox->paths().resolve(path, follow);
    if (!resolved.ok)
        return fail(resolved);

    if (method == QLatin1String("Stat")) {
        const QJsonObject entry =
            EntryInfo::build(sandbox->paths(), resolved.visiblePath, resolved.hostPath);
        if (entry.isEmpty()) {
            HttpReply::connectError(responder, NotFound,
                                    QStringLiteral("file not found: %1").arg(resolved.visiblePath));
            return;
        }
        HttpReply::json(responder, 200, QJsonObject { { QStringLiteral("entry"), entry } });
    } else if (method == QLatin1String("MakeDir")) {
        if (resolved.exists) {
            if (isDirectory(resolved.hostPath))
                HttpReply::connectError(
                    responder, QStringLiteral("already_exists"),
                    QStringLiteral("directory already exists: %1").arg(resolved.visiblePath));
            else
                HttpReply::connectError(responder, InvalidArgument,
                                        QStringLiteral("path already exists but it is not a "
                                                       "directory: %1")
                                            .arg(resolved.visiblePath));
            return;
        }
        QString mkdirError;
        const int fd = ConfinedFs::makePath(resolved, sandbox->paths().ownerUid(), &mkdirError);
        if (fd < 0) {
            HttpReply::connectError(responder, InvalidArgument,
                                    QStringLiteral("error creating directory %1: %2")
                                        .arg(resolved.visiblePath, mkdirError));
            return;
        }
        ::close(fd);
        HttpReply::json(responder, 200,
                        QJsonObject { { QStringLiteral("entry"),
                                        EntryInfo::build(sandbox->paths(), resolved.visiblePath,
                                                         resolved.hostPath) } });
    } else if (method == QLatin1String("ListDir")) {
        if (!resolved.exists) {
            HttpReply::connectError(
                responder, NotFound,
                QStringLiteral("directory not found: %1").arg(resolved.visiblePath));
            return;
        }
        if (!isDirectory(resolved.hostPath)) {
            HttpReply::connectError(
                responder, InvalidArgument,
                QStringLiteral("path is not a directory: %1").arg(resolved.visiblePath));
            return;
        }
        const int depth = qMax(1, body.value(QStringLiteral("depth")).toInt(1));
        QJsonArray entries;
        listDir(sandbox, resolved.visiblePath, resolved.hostPath, qMin(depth, 64), 1, &entries);
        HttpReply::json(responder, 200, QJsonObject { { QStringLiteral("entries"), entries } });
    } else if (method == QLatin1String("Remove")) {
        if (resolved.relativePath.isEmpty()) {
            HttpReply::connectError(responder, QStringLiteral("permission_denied"),
                                    QStringLiteral("cannot remove a sandbox root directory"));
            return;
        }
        // Through descriptors: symlinks are removed themselves, never followed.
        QString removeError;
        if (!ConfinedFs::removeTree(resolved, &removeError)) {
            HttpReply::connectError(responder, QStringLiteral("internal"), removeError);
            return;
        }
        HttpReply::json(responder, 200, QJsonObject());
    } else {
        HttpReply::connectError(
            responder, QStringLiteral("unimplemented"),
            QStringLiteral("filesystem.Filesystem/%1 is not implemented").arg(method));
    }
}

} // namespace Autocoder::Sandboxd
