#include "sandboxd/filesystemservice.h"

#include "sandboxd/confinedfs.h"
#include "sandboxd/descriptorwalk.h"
#include "sandboxd/entryinfo.h"
#include "sandboxd/httpreply.h"
#include "sandboxd/processservice.h"
#include "sandboxd/sandbox.h"
#include "sandboxd/uniquefd.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

namespace Autocoder::Sandboxd {

namespace {
const QString NotFound = QStringLiteral("not_found");
const QString InvalidArgument = QStringLiteral("invalid_argument");
} // namespace

void FilesystemService::listDir(Sandbox *sandbox, const ResolvedPath &resolved, int depth,
                                QHttpServerResponder &responder)
{
    const UniqueFd dir(PathResolver::openConfined(resolved, O_RDONLY | O_DIRECTORY));
    if (!dir.isValid()) {
        if (errno == ENOTDIR)
            HttpReply::connectError(
                responder, InvalidArgument,
                QStringLiteral("path is not a directory: %1").arg(resolved.visiblePath));
        else // gone, or swapped for a symlink since it was resolved
            HttpReply::connectError(
                responder, NotFound,
                QStringLiteral("directory not found: %1").arg(resolved.visiblePath));
        return;
    }
    QJsonArray entries;
    const QList<WalkEntry> found = DescriptorWalk::list(dir.get(), depth);
    for (const WalkEntry &e : found) {
        entries.append(EntryInfo::build(sandbox->paths(),
                                        resolved.visiblePath + QLatin1Char('/') + e.relativePath,
                                        e.st, e.symlinkTarget));
    }
    HttpReply::json(responder, 200, QJsonObject { { QStringLiteral("entries"), entries } });
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
        HttpReply::json(
            responder, 200,
            QJsonObject { { QStringLiteral("entry"),
                            EntryInfo::stat(sandbox->paths(), dest.visiblePath, dest) } });
        return;
    }

    const QString path = body.value(QStringLiteral("path")).toString();
    const bool follow = method != QLatin1String("Remove") && method != QLatin1String("Stat");
    const ResolvedPath resolved = sandbox->paths().resolve(path, follow);
    if (!resolved.ok)
        return fail(resolved);

    if (method == QLatin1String("Stat")) {
        const QJsonObject entry = EntryInfo::stat(sandbox->paths(), resolved.visiblePath, resolved);
        if (entry.isEmpty()) {
            HttpReply::connectError(responder, NotFound,
                                    QStringLiteral("file not found: %1").arg(resolved.visiblePath));
            return;
        }
        HttpReply::json(responder, 200, QJsonObject { { QStringLiteral("entry"), entry } });
    } else if (method == QLatin1String("MakeDir")) {
        if (resolved.exists) {
            if (resolved.isDirectory)
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
        const UniqueFd fd(ConfinedFs::makePath(resolved, sandbox->paths().ownerUid(), &mkdirError));
        struct stat st
        {
        };
        if (!fd.isValid() || ::fstat(fd.get(), &st) != 0) {
            HttpReply::connectError(responder, InvalidArgument,
                                    QStringLiteral("error creating directory %1: %2")
                                        .arg(resolved.visiblePath, mkdirError));
            return;
        }
        // Described from the descriptor of the directory just made.
        HttpReply::json(responder, 200,
                        QJsonObject { { QStringLiteral("entry"),
                                        EntryInfo::build(sandbox->paths(), resolved.visiblePath, st,
                                                         QByteArray()) } });
    } else if (method == QLatin1String("ListDir")) {
        if (!resolved.exists) {
            HttpReply::connectError(
                responder, NotFound,
                QStringLiteral("directory not found: %1").arg(resolved.visiblePath));
            return;
        }
        listDir(sandbox, resolved, body.value(QStringLiteral("depth")).toInt(1), responder);
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
