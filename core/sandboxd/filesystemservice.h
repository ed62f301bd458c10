#pragma once

#include <QJsonArray>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Autocoder::Sandboxd {

class Sandbox;

/// envd's `filesystem.Filesystem` unary methods (Stat, MakeDir, Move, ListDir,
/// Remove), confined to the sandbox's /home/user and /tmp via PathResolver.
class FilesystemService
{
public:
    static void handle(Sandbox *sandbox, const QString &method, const QHttpServerRequest &request,
                       QHttpServerResponder &responder);

private:
    static void listDir(Sandbox *sandbox, const QString &visible, const QString &host, int depth,
                        int level, QJsonArray *out);
};

} // namespace Autocoder::Sandboxd
