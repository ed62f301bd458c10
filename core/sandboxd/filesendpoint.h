#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;
class QUrlQuery;

namespace Autocoder::Sandboxd {

class Sandbox;

/// envd's `GET /files` (download), with envd's auth rule (X-Access-Token or a
/// v1 signature) and error bodies. Every read works from one descriptor opened
/// below the sandbox area without following symlinks (PathResolver::openConfined),
/// never from a host path string. Uploads (`POST /files`) never reach the HTTP
/// parser: FilesUpload writes them to disk as they arrive, through ConfinedFs.
class FilesEndpoint final
{
public:
    static void handle(Sandbox *sandbox, const QHttpServerRequest &request,
                       QHttpServerResponder &responder);
    /// envd's rule: the X-Access-Token header, else a fresh v1 signature for \a write or read.
    static bool authorized(Sandbox *sandbox, const QUrlQuery &query, const QByteArray &tokenHeader,
                           bool write);
    static bool userKnown(const QString &user);
    /// "v1_" + base64(sha256(path:op:user:token[:expires])) without padding.
    static QString signature(const QString &path, const QString &operation, const QString &user,
                             const QString &token, qint64 expires);
};

} // namespace Autocoder::Sandboxd
