#pragma once

#include <QJsonArray>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Autocoder::Sandboxd {

class Sandbox;

struct ResolvedPath;

/// envd's `filesystem.Filesystem` unary methods (Stat, MakeDir, Move, ListDir,
/// Remove), confined to the sandbox's /home/user and /tmp via PathResolver.
/// Each works from one descriptor opened below the area root (never from a
/// host path string), so a sandbox process swapping directories for symlinks
/// meanwhile cannot make an answer describe a host file.
class FilesystemService final
{
public:
    static void handle(Sandbox *sandbox, const QString &method, const QHttpServerRequest &request,
                       QHttpServerResponder &responder);

private:
    static void listDir(Sandbox *sandbox, const ResolvedPath &resolved, int depth,
                        QHttpServerResponder &responder);
};

} // namespace Autocoder::Sandboxd
