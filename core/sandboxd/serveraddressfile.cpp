#include "sandboxd/serveraddressfile.h"

#include "sandboxd/privatefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Autocoder::Sandboxd {

QString ServerAddressFile::path(const QString &dataDir)
{
    return dataDir + QStringLiteral("/sandboxd.json");
}

bool ServerAddressFile::write(const QString &dataDir, const ServerAddress &address, QString *error)
{
    const QJsonObject o { { QStringLiteral("pid"), address.pid },
                          { QStringLiteral("url"), address.url.toString() },
                          { QStringLiteral("version"), address.version },
                          { QStringLiteral("started"),
                            address.started.toUTC().toString(Qt::ISODateWithMs) } };
    return PrivateFile::writeAtomically(path(dataDir),
                                        QJsonDocument(o).toJson(QJsonDocument::Indented), error);
}

std::optional<ServerAddress> ServerAddressFile::read(const QString &dataDir, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    const std::optional<QByteArray> data = PrivateFile::read(path(dataDir), 65536, err);
    if (!data)
        return std::nullopt;
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(*data, &parse).object();
    ServerAddress a;
    a.pid = o.value(QStringLiteral("pid")).toInteger();
    a.url = QUrl(o.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    a.version = o.value(QStringLiteral("version")).toString();
    a.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODate);
    const bool loopback = a.url.isValid() && a.url.scheme() == QLatin1String("http")
        && a.url.host() == QLatin1String("127.0.0.1") && a.url.port() > 0 && a.url.path().isEmpty()
        && a.url.userInfo().isEmpty() && !a.url.hasQuery() && !a.url.hasFragment();
    if (parse.error != QJsonParseError::NoError || a.pid <= 0 || !loopback) {
        *err = QStringLiteral("%1 is not a valid server address file").arg(path(dataDir));
        return std::nullopt;
    }
    return a;
}

void ServerAddressFile::remove(const QString &dataDir, qint64 pid)
{
    const std::optional<ServerAddress> current = read(dataDir);
    if (current && current->pid == pid)
        QFile::remove(path(dataDir));
}

} // namespace Autocoder::Sandboxd
