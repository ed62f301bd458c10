#include "sandboxd/filesupload.h"

#include "common/gzipinflater.h"
#include "sandboxd/confinedfs.h"
#include "sandboxd/filesendpoint.h"
#include "sandboxd/multipartparser.h"
#include "sandboxd/multipartstream.h"
#include "sandboxd/sandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Autocoder::Sandboxd {

namespace {
QByteArray errorBody(int status, const QString &message)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("code"), status },
                                       { QStringLiteral("message"), message } })
        .toJson(QJsonDocument::Compact);
}

int statusForErrno(int error)
{
    return error == ENOSPC || error == EDQUOT ? 507 : 500;
}
} // namespace

FilesUpload::FilesUpload(Sandbox *sandbox, const QString &path, const QByteArray &boundary,
                         bool gzip, qint64 maxBytes)
    : m_sandbox(sandbox)
    , m_path(path)
    , m_maxBytes(maxBytes)
{
    if (!boundary.isEmpty())
        m_parts = std::make_unique<MultipartStream>(boundary);
    if (gzip)
        m_gzip = std::make_unique<GzipInflater>();
}

FilesUpload::~FilesUpload()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

RequestGate::Decision FilesUpload::decide(Sandbox *sandbox, const RequestHead &head,
                                          qint64 maxUploadBytes)
{
    const QUrlQuery query(head.url);
    if (!FilesEndpoint::authorized(sandbox, query, head.header("X-Access-Token"), true))
        return RequestGate::Decision::reject(
            401,
            errorBody(401,
                      QStringLiteral("unauthorized access, please provide a valid access token "
                                     "or method signing if supported")));
    const QString user = query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    if (!FilesEndpoint::userKnown(user))
        return RequestGate::Decision::reject(
            401,
            errorBody(401, QStringLiteral("error looking up user '%1': unknown user").arg(user)));
    const QByteArray encoding = head.header("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity" && encoding != "gzip")
        return RequestGate::Decision::reject(
            415,
            errorBody(415,
                      QStringLiteral("unsupported Content-Encoding: %1")
                          .arg(QString::fromLatin1(encoding))));
    const QString path = query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const QByteArray boundary = MultipartParser::boundary(head.header("Content-Type"));
    if (boundary.isEmpty() && path.isEmpty())
        return RequestGate::Decision::reject(
            400, errorBody(400, QStringLiteral("path is required for raw uploads")));
    return RequestGate::Decision::stream(
        std::make_unique<FilesUpload>(sandbox, path, boundary, encoding == "gzip", maxUploadBytes),
        maxUploadBytes);
}

bool FilesUpload::fail(int status, const QString &message)
{
    m_failed = true;
    m_response.status = status;
    m_response.contentType = "application/json; charset=utf-8";
    m_response.body = errorBody(status, message);
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    return false;
}

bool FilesUpload::write(const QByteArray &payload)
{
    if (m_failed)
        return false;
    if (!m_gzip)
        return consume(payload);
    QString error;
    if (!m_gzip->inflate(
            payload, [this](const QByteArray &piece) { return consume(piece); }, &error))
        return m_failed ? false : fail(400, error);
    return true;
}

bool FilesUpload::consume(const QByteArray &data)
{
    m_total += data.size();
    if (m_total > m_maxBytes)
        return fail(413,
                    QStringLiteral("decompressed body too large (limit %1 bytes)").arg(m_maxBytes));
    if (m_parts)
        return consumeMultipart(data);
    if (m_fd < 0 && m_result.isEmpty() && !openFile(m_path))
        return false;
    return writeFile(data);
}

bool FilesUpload::consumeMultipart(const QByteArray &data)
{
    QList<MultipartStream::Event> events;
    QString error;
    const bool ok = m_parts->feed(data, &events, &error);
    for (const MultipartStream::Event &event : qAsConst(events)) {
        switch (event.kind) {
        case MultipartStream::Event::Kind::Begin: {
            // Only the "file" field is a file; other fields are skipped.
            m_inFilePart = event.name == QLatin1String("file");
            if (!m_inFilePart)
                break;
            const QString dest = !m_path.isEmpty() ? m_path : event.fileName;
            if (dest.isEmpty())
                return fail(400, QStringLiteral("no path for the uploaded file"));
            if (!openFile(dest))
                return false;
            break;
        }
        case MultipartStream::Event::Kind::Data:
            if (m_inFilePart && !writeFile(event.data))
                return false;
            break;
        case MultipartStream::Event::Kind::End:
            if (m_inFilePart && !closeFile())
                return false;
            m_inFilePart = false;
            break;
        }
    }
    return ok || fail(400, error);
}

bool FilesUpload::openFile(const QString &dest)
{
    const QString clean = PathResolver::clean(dest);
    if (m_seen.contains(clean))
        return fail(400, QStringLiteral("path '%1' is uploaded more than once").arg(clean));
    m_seen << clean;
    if (!m_sandbox)
        return fail(502, QStringLiteral("The sandbox was not found"));
    if (const QString quota = m_sandbox->diskQuotaError(); !quota.isEmpty())
        return fail(507, quota);
    const ResolvedPath p = m_sandbox->paths().resolve(dest);
    if (!p.ok)
        return fail(p.errorCode == QLatin1String("permission_denied") ? 403 : 400, p.message);
    if (p.relativePath.isEmpty() || p.isDirectory)
        return fail(400, QStringLiteral("path '%1' is a directory").arg(p.visiblePath));
    QString error;
    const int parentFd = ConfinedFs::makeParent(p, m_sandbox->paths().ownerUid(), &error);
    if (parentFd < 0)
        return fail(
            400, QStringLiteral("cannot create the parent of '%1': %2").arg(p.visiblePath, error));
    const QByteArray name = QFile::encodeName(p.relativePath.section(QLatin1Char('/'), -1));
    // O_NONBLOCK: a FIFO planted by the sandbox must not block the server's event loop.
    const int fd =
        ::openat(parentFd, name.constData(),
                 O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    const int openErrno = errno;
    ::close(parentFd);
    if (fd < 0)
        return fail(openErrno == ENOSPC ? 507 : 400,
                    QStringLiteral("cannot open '%1' for writing").arg(p.visiblePath));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(400, QStringLiteral("path '%1' is not a regular file").arg(p.visiblePath));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    ConfinedFs::adopt(fd, m_sandbox->paths().ownerUid());
    m_fd = fd;
    m_visiblePath = p.visiblePath;
    return true;
}

bool FilesUpload::writeFile(const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(m_fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(statusForErrno(errno),
                        QStringLiteral("error writing '%1': %2")
                            .arg(m_visiblePath, QString::fromLocal8Bit(::strerror(errno))));
        done += n;
    }
    return true;
}

bool FilesUpload::closeFile()
{
    if (m_fd < 0)
        return true;
    const int result = ::close(m_fd);
    m_fd = -1;
    if (result != 0)
        return fail(statusForErrno(errno), QStringLiteral("error writing '%1'").arg(m_visiblePath));
    const int slash = m_visiblePath.lastIndexOf(QLatin1Char('/'));
    m_result.append(QJsonObject { { QStringLiteral("path"), m_visiblePath },
                                  { QStringLiteral("name"), m_visiblePath.mid(slash + 1) },
                                  { QStringLiteral("type"), QStringLiteral("file") } });
    return true;
}

bool FilesUpload::finish()
{
    if (m_failed)
        return false;
    if (m_gzip && !m_gzip->atEnd())
        return fail(400, QStringLiteral("truncated gzip body"));
    if (m_parts) {
        QString error;
        if (!m_parts->finish(&error))
            return fail(400, error);
    } else if (m_fd < 0 && m_result.isEmpty() && !openFile(m_path)) {
        return false; // an empty raw upload still creates the file
    }
    if (!closeFile())
        return false;
    m_response.status = 200;
    m_response.contentType = "application/json";
    m_response.body = QJsonDocument(m_result).toJson(QJsonDocument::Compact);
    return true;
}

} // namespace Autocoder::Sandboxd
