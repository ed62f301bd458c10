#include "sandboxd/apikeyfile.h"

#include "sandboxd/privatefile.h"

#include <QFileInfo>
#include <QRandomGenerator>

#include <optional>

namespace Autocoder::Sandboxd {

QString ApiKeyFile::defaultPath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/sandboxd.key");
}

QString ApiKeyFile::generate()
{
    QByteArray raw(20, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QStringLiteral("e2b_") + QString::fromLatin1(raw.toHex());
}

QString ApiKeyFile::read(const QString &path, QString *error)
{
    const std::optional<QByteArray> data = PrivateFile::read(path, 4096, error);
    if (!data)
        return {};
    const QByteArray key = data->trimmed();
    // One token of printable ASCII: it travels in an HTTP header.
    bool printable = !key.isEmpty();
    for (const char c : key)
        printable = printable && c > 0x20 && c < 0x7f;
    if (!printable) {
        *error = QStringLiteral("%1 does not hold an API key").arg(path);
        return {};
    }
    return QString::fromLatin1(key);
}

QString ApiKeyFile::readOrCreate(const QString &path, QString *error)
{
    if (!QFileInfo(path).isSymLink() && !QFileInfo::exists(path)) {
        QString key = generate();
        if (PrivateFile::create(path, key.toLatin1() + '\n', error))
            return key;
        return {};
    }
    return read(path, error);
}

} // namespace Autocoder::Sandboxd
