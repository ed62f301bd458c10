#include "e2b/processstartoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Autocoder::E2b {

QByteArray ProcessStartOptions::toJson() const
{
    QJsonObject process;
    process.insert(QStringLiteral("cmd"), cmd);
    if (!args.isEmpty())
        process.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    if (!envs.isEmpty()) {
        QJsonObject e;
        for (auto it = envs.begin(); it != envs.end(); ++it)
            e.insert(it.key(), it.value());
        process.insert(QStringLiteral("envs"), e);
    }
    if (!cwd.isEmpty())
        process.insert(QStringLiteral("cwd"), cwd);
    QJsonObject o;
    o.insert(QStringLiteral("process"), process);
    if (!tag.isEmpty())
        o.insert(QStringLiteral("tag"), tag);
    // Explicit presence: envd defaults stdin to true when the key is absent.
    o.insert(QStringLiteral("stdin"), stdinEnabled);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Autocoder::E2b
