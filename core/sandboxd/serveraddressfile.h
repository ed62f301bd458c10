#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Autocoder::Sandboxd {

/// `<dataDir>/sandboxd.json`: where the server that holds the data folder's
/// lock listens. Written after listening, removed at exit; a crashed server
/// leaves it behind, so it only means something while the lock is held.
struct ServerAddress
{
    qint64 pid = 0;
    QUrl url; ///< always http://127.0.0.1:<port>
    QString version;
    QDateTime started;
};

class ServerAddressFile final
{
public:
    static QString path(const QString &dataDir);
    /// Atomically (a 0600 temporary file renamed over the old one).
    static bool write(const QString &dataDir, const ServerAddress &address, QString *error);
    /// Refuses a file that is not ours (owner, permissions) or names anything but a
    /// loopback http URL: a client sends its key there.
    static std::optional<ServerAddress> read(const QString &dataDir, QString *error = nullptr);
    /// Removes the file if it still names \a pid (a newer server may have replaced it).
    static void remove(const QString &dataDir, qint64 pid);
};

} // namespace Autocoder::Sandboxd
