// The envd half of the fake that is not about processes: routing into handlers,
// filesystem RPCs and /files.

#include "e2b/connectenvelopedecoder.h"
#include "fakee2bserver.h"
#include "fakejson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace Autocoder::E2b::Testing {

namespace {

QString userFromBasic(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
    return QString::fromUtf8(decoded.left(decoded.indexOf(':')));
}

QString permissionsString(const QFileInfo &fi)
{
    QString s = fi.isDir() ? QStringLiteral("d") : QStringLiteral("-");
    const auto p = fi.permissions();
    s += (p & QFileDevice::ReadOwner) ? 'r' : '-';
    s += (p & QFileDevice::WriteOwner) ? 'w' : '-';
    s += (p & QFileDevice::ExeOwner) ? 'x' : '-';
    s += (p & QFileDevice::ReadGroup) ? 'r' : '-';
    s += (p & QFileDevice::WriteGroup) ? 'w' : '-';
    s += (p & QFileDevice::ExeGroup) ? 'x' : '-';
    s += (p & QFileDevice::ReadOther) ? 'r' : '-';
    s += (p & QFileDevice::WriteOther) ? 'w' : '-';
    s += (p & QFileDevice::ExeOther) ? 'x' : '-';
    return s;
}

quint32 modeBits(const QFileInfo &fi)
{
    const auto p = fi.permissions();
    quint32 m = 0;
    if (p & QFileDevice::ReadOwner)
        m |= 0400;
    if (p & QFileDevice::WriteOwner)
        m |= 0200;
    if (p & QFileDevice::ExeOwner)
        m |= 0100;
    if (p & QFileDevice::ReadGroup)
        m |= 040;
    if (p & QFileDevice::WriteGroup)
        m |= 020;
    if (p & QFileDevice::ExeGroup)
        m |= 010;
    if (p & QFileDevice::ReadOther)
        m |= 04;
    if (p & QFileDevice::WriteOther)
        m |= 02;
    if (p & QFileDevice::ExeOther)
        m |= 01;
    return m;
}

} // namespace

QString FakeE2bServer::hostPath(const Sandbox &s, const QString &path, const QString &user) const
{
    const QString home =
        user == QLatin1String("root") ? QStringLiteral("/root") : QStringLiteral("/home/") + user;
    QString p = path;
    if (p == QLatin1String("~") || p.startsWith(QLatin1String("~/")))
        p = home + p.mid(1);
    else if (!p.startsWith(QLatin1Char('/')))
        p = home + QLatin1Char('/') + p;
    p = QDir::cleanPath(p);
    if (!p.startsWith(QLatin1Char('/')) || p.startsWith(QLatin1String("/..")))
        return {};
    return s.root->path() + (p == QLatin1String("/") ? QString() : p);
}

QJsonObject FakeE2bServer::entryJson(const QString &host, const QString &reported) const
{
    const QFileInfo fi(host);
    QJsonObject o {
        { QStringLiteral("name"), fi.fileName() },
        { QStringLiteral("type"),
          fi.isDir() ? QStringLiteral("FILE_TYPE_DIRECTORY") : QStringLiteral("FILE_TYPE_FILE") },
        { QStringLiteral("path"), reported },
        { QStringLiteral("size"), QString::number(fi.isDir() ? 4096 : fi.size()) },
        { QStringLiteral("mode"), qint64(modeBits(fi)) },
        { QStringLiteral("permissions"), permissionsString(fi) },
        { QStringLiteral("owner"), QStringLiteral("user") },
        { QStringLiteral("group"), QStringLiteral("user") },
        { QStringLiteral("modifiedTime"), fi.lastModified().toUTC().toString(Qt::ISODateWithMs) }
    };
    if (fi.isSymLink())
        o.insert(QStringLiteral("symlinkTarget"), fi.symLinkTarget());
    return o;
}

void FakeE2bServer::handleEnvd(FakeHttpConnection *c, const FakeHttpRequest &r, Sandbox *s)
{
    if (r.path == QLatin1String("/files")) {
        handleFiles(c, r, s);
        return;
    }
    const QString method = r.path.mid(1);
    const bool streaming = method == QLatin1String("process.Process/Start")
        || method == QLatin1String("process.Process/Connect");
    const QByteArray contentType = r.header("content-type");
    if (r.header("connect-protocol-version") != "1") {
        connectError(c, 400, QStringLiteral("invalid_argument"),
                     QStringLiteral("missing Connect-Protocol-Version"));
        return;
    }
    QByteArray json;
    if (streaming) {
        if (!contentType.startsWith("application/connect+json")) {
            c->respond(415, "text/plain", "unsupported content type");
            return;
        }
        ConnectEnvelopeDecoder decoder;
        decoder.feed(r.body);
        if (!decoder.finish() || !decoder.hasFrame()) {
            connectError(c, 400, QStringLiteral("invalid_argument"),
                         QStringLiteral("bad envelope"));
            return;
        }
        json = decoder.takeFrame().payload;
    } else {
        if (!contentType.startsWith("application/json")) {
            c->respond(415, "text/plain", "unsupported content type");
            return;
        }
        json = r.body;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        connectError(c, 400, QStringLiteral("invalid_argument"), QStringLiteral("invalid JSON"));
        return;
    }
    QString user = userFromBasic(r.header("authorization"));
    if (user.isEmpty())
        user = QStringLiteral("user");
    if (user != QLatin1String("user") && user != QLatin1String("root")) {
        const QString msg = QStringLiteral("invalid username: '%1'").arg(user);
        if (streaming)
            endStreamWithError(c, QStringLiteral("unauthenticated"), msg);
        else
            connectError(c, 401, QStringLiteral("unauthenticated"), msg);
        return;
    }
    if (method.startsWith(QLatin1String("filesystem.Filesystem/")))
        handleFilesystemRpc(c, method.mid(22), doc.object(), user, s);
    else if (method.startsWith(QLatin1String("process.Process/")))
        handleProcessRpc(c, r, method.mid(16), doc.object(), user, s);
    else
        connectError(c, 404, QStringLiteral("unimplemented"), QStringLiteral("unknown method"));
}

void FakeE2bServer::handleFilesystemRpc(FakeHttpConnection *c, const QString &method,
                                        const QJsonObject &req, const QString &user, Sandbox *s)
{
    const QString path = req.value(QLatin1String("path")).toString();
    const QString host = hostPath(*s, path, user);
    const QString reported = QDir::cleanPath(
        path.startsWith(QLatin1Char('/'))
            ? path
            : (user == QLatin1String("root") ? QStringLiteral("/root/")
                                             : QStringLiteral("/home/") + user + QLatin1Char('/'))
                + path);
    if (method != QLatin1String("Move") && host.isEmpty()) {
        connectError(c, 400, QStringLiteral("invalid_argument"), QStringLiteral("invalid path"));
        return;
    }
    const QFileInfo fi(host);
    if (method == QLatin1String("Stat")) {
        if (!fi.exists()) {
            connectError(c, 404, QStringLiteral("not_found"),
                         QStringLiteral("file not found: %1").arg(path));
            return;
        }
        c->respondJson(
            200, compact(QJsonObject { { QStringLiteral("entry"), entryJson(host, reported) } }));
    } else if (method == QLatin1String("MakeDir")) {
        if (fi.isDir()) {
            connectError(c, 409, QStringLiteral("already_exists"),
                         QStringLiteral("directory already exists: %1").arg(path));
            return;
        }
        if (fi.exists() || !QDir().mkpath(host)) {
            connectError(c, 400, QStringLiteral("invalid_argument"),
                         QStringLiteral("path is a file: %1").arg(path));
            return;
        }
        c->respondJson(
            200, compact(QJsonObject { { QStringLiteral("entry"), entryJson(host, reported) } }));
    } else if (method == QLatin1String("Move")) {
        const QString src = hostPath(*s, req.value(QLatin1String("source")).toString(), user);
        const QString dst = hostPath(*s, req.value(QLatin1String("destination")).toString(), user);
        if (src.isEmpty() || dst.isEmpty() || !QFileInfo::exists(src)) {
            connectError(c, 404, QStringLiteral("not_found"), QStringLiteral("source not found"));
            return;
        }
        QDir().mkpath(QFileInfo(dst).absolutePath());
        if (!QDir().rename(src, dst)) {
            connectError(c, 500, QStringLiteral("internal"), QStringLiteral("rename failed"));
            return;
        }
        c->respondJson(
            200,
            compact(QJsonObject {
                { QStringLiteral("entry"),
                  entryJson(dst, req.value(QLatin1String("destination")).toString()) } }));
    } else if (method == QLatin1String("ListDir")) {
        if (!fi.exists()) {
            connectError(c, 404, QStringLiteral("not_found"),
                         QStringLiteral("directory not found: %1").arg(path));
            return;
        }
        if (!fi.isDir()) {
            connectError(c, 400, QStringLiteral("invalid_argument"),
                         QStringLiteral("path is not a directory: %1").arg(path));
            return;
        }
        int depth = req.value(QLatin1String("depth")).toInt();
        if (depth <= 0)
            depth = 1;
        QJsonArray entries;
        std::function<void(const QString &, const QString &, int)> walk = [&](const QString &h,
                                                                              const QString &rep,
                                                                              int level) {
            const QFileInfoList list = QDir(h).entryInfoList(
                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
            for (const QFileInfo &child : list) {
                const QString childRep = rep + QLatin1Char('/') + child.fileName();
                entries.append(entryJson(child.filePath(), childRep));
                if (child.isDir() && !child.isSymLink() && level < depth)
                    walk(child.filePath(), childRep, level + 1);
            }
        };
        walk(host, reported == QLatin1String("/") ? QString() : reported, 1);
        c->respondJson(200, compact(QJsonObject { { QStringLiteral("entries"), entries } }));
    } else if (method == QLatin1String("Remove")) {
        if (fi.isDir() && !fi.isSymLink())
            QDir(host).removeRecursively();
        else if (fi.exists() || fi.isSymLink())
            QFile::remove(host);
        c->respondJson(200, "{}");
    } else {
        connectError(c, 404, QStringLiteral("unimplemented"), QStringLiteral("unknown method"));
    }
}

void FakeE2bServer::handleFiles(FakeHttpConnection *c, const FakeHttpRequest &r, Sandbox *s)
{
    QString user = r.query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    if (user.isEmpty())
        user = QStringLiteral("user");
    const QString path = r.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const auto jsonError = [c](int status, const QString &message) {
        c->respond(status, "application/json; charset=utf-8", apiError(status, message));
    };
    if (r.method == "GET") {
        const QString host = hostPath(*s, path, user);
        const QFileInfo fi(host);
        if (host.isEmpty() || !fi.exists()) {
            jsonError(404, QStringLiteral("path '%1' does not exist").arg(path));
            return;
        }
        if (fi.isDir()) {
            jsonError(400, QStringLiteral("path '%1' is a directory").arg(path));
            return;
        }
        QFile f(host);
        if (!f.open(QIODevice::ReadOnly)) {
            jsonError(500, QStringLiteral("cannot open"));
            return;
        }
        c->respond(200, "application/octet-stream", f.readAll(),
                   { { "Content-Disposition", "inline; filename=" + fi.fileName().toUtf8() } });
        return;
    }
    if (r.method != "POST") {
        jsonError(405, QStringLiteral("method not allowed"));
        return;
    }
    QList<QPair<QString, QByteArray>> files; // destination, content
    const QByteArray contentType = r.header("content-type");
    if (contentType.startsWith("multipart/form-data")) {
        const qsizetype b = contentType.indexOf("boundary=");
        QByteArray boundary = b >= 0 ? contentType.mid(b + 9) : QByteArray();
        if (boundary.startsWith('"'))
            boundary = boundary.mid(1, boundary.size() - 2);
        const QByteArray delimiter = "--" + boundary;
        qsizetype pos = r.body.indexOf(delimiter);
        while (pos >= 0 && !boundary.isEmpty()) {
            pos += delimiter.size();
            if (r.body.mid(pos, 2) == "--")
                break;
            const qsizetype headEnd = r.body.indexOf("\r\n\r\n", pos);
            const qsizetype next = r.body.indexOf("\r\n" + delimiter, headEnd);
            if (headEnd < 0 || next < 0) {
                jsonError(400, QStringLiteral("malformed multipart body"));
                return;
            }
            const QByteArray head = r.body.mid(pos, headEnd - pos);
            const QByteArray content = r.body.mid(headEnd + 4, next - headEnd - 4);
            if (head.contains("name=\"file\"")) {
                QString dest = path;
                const qsizetype fn = head.indexOf("filename=\"");
                if (dest.isEmpty() && fn >= 0) {
                    const qsizetype end = head.indexOf('"', fn + 10);
                    dest = QString::fromUtf8(head.mid(fn + 10, end - fn - 10));
                }
                files.append({ dest, content });
            }
            pos = next + 2;
        }
    } else if (contentType.startsWith("application/octet-stream")) {
        files.append({ path, r.body });
    } else {
        jsonError(400, QStringLiteral("unsupported content type"));
        return;
    }
    if (files.isEmpty()) {
        jsonError(400, QStringLiteral("no file in the request"));
        return;
    }
    QJsonArray out;
    for (const auto &f : std::as_const(files)) {
        const QString host = hostPath(*s, f.first, user);
        if (f.first.isEmpty() || host.isEmpty() || QFileInfo(host).isDir()) {
            jsonError(400, QStringLiteral("invalid destination '%1'").arg(f.first));
            return;
        }
        QDir().mkpath(QFileInfo(host).absolutePath());
        QFile file(host);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.second) != f.second.size()) {
            jsonError(500, QStringLiteral("cannot write '%1'").arg(f.first));
            return;
        }
        out.append(QJsonObject { { QStringLiteral("path"), f.first },
                                 { QStringLiteral("name"), QFileInfo(host).fileName() },
                                 { QStringLiteral("type"), QStringLiteral("file") } });
    }
    c->respondJson(200, compact(out));
}

} // namespace Autocoder::E2b::Testing
