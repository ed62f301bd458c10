#pragma once

#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Autocoder::Sandboxd {

class Sandbox;

/// envd's `GET /files` (download) and `POST /files` (multipart or
/// octet-stream upload), with envd's auth rule (X-Access-Token or a v1
/// signature) and error bodies. Every read and write works from one descriptor
/// opened below the sandbox area without following symlinks (PathResolver::
/// openConfined, ConfinedFs), never from a host path string.
class FilesEndpoint
{
public:
    static void handle(Sandbox *sandbox, const QHttpServerRequest &request,
                       QHttpServerResponder &responder, qint64 maxUploadBytes);
    /// "v1_" + base64(sha256(path:op:user:token[:expires])) without padding.
    static QString signature(const QString &path, const QString &operation, const QString &user,
                             const QString &token, qint64 expires);
};

} // namespace Autocoder::Sandboxd
