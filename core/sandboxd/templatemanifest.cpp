#include "sandboxd/templatemanifest.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Autocoder::Sandboxd {

namespace {

constexpr qint64 kMaxFileBytes = qint64(64) * 1024;

QString versionIn(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.]+)?)"));
    const QRegularExpressionMatch m = re.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

Result<QByteArray> readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("%1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return failure(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(kMaxFileBytes));
    return f.read(kMaxFileBytes);
}

} // namespace

QJsonObject TemplateManifest::toJson() const
{
    QJsonObject o { { QStringLiteral("formatVersion"), FormatVersion },
                    { QStringLiteral("name"), name } };
    if (!claudeCodeVersion.isEmpty())
        o.insert(QStringLiteral("claudeCode"), claudeCodeVersion);
    if (!bunVersion.isEmpty())
        o.insert(QStringLiteral("bun"), bunVersion);
    return o;
}

Result<TemplateManifest> TemplateManifest::fromJson(const QJsonObject &object)
{
    const QJsonValue format = object.value(QLatin1String("formatVersion"));
    if (!format.isDouble() || format.toInt() < 1)
        return failure(QStringLiteral("template manifest without a formatVersion"));
    if (format.toInt() > FormatVersion)
        return failure(QStringLiteral("template manifest format %1 is newer than %2")
                           .arg(format.toInt())
                           .arg(FormatVersion));
    TemplateManifest m;
    for (const auto &[key, field] :
         { std::pair { "name", &m.name }, std::pair { "claudeCode", &m.claudeCodeVersion },
           std::pair { "bun", &m.bunVersion } }) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString())
            return failure(QStringLiteral("template manifest: \"%1\" is not a string")
                               .arg(QLatin1String(key)));
        *field = v.toString();
    }
    return m;
}

TemplateManifest TemplateManifest::fromVersionOutput(const QString &name, const QString &output)
{
    TemplateManifest m;
    m.name = name;
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString version = versionIn(line);
        if (version.isEmpty())
            continue;
        // `claude --version` says "2.1.112 (Claude Code)"; bun prints the bare number.
        if (m.claudeCodeVersion.isEmpty() && line.contains(QLatin1String("Claude Code")))
            m.claudeCodeVersion = version;
        else if (m.bunVersion.isEmpty() && !line.contains(QLatin1String("Claude Code")))
            m.bunVersion = version;
    }
    return m;
}

Result<TemplateManifest> TemplateManifest::read(const QString &name, const QString &templateDir)
{
    const QString path = templateDir + QLatin1Char('/') + fileName();
    if (QFile::exists(path)) {
        const Result<QByteArray> bytes = readSmall(path);
        if (!bytes)
            return failure(bytes.error());
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        if (!doc.isObject())
            return failure(QStringLiteral("%1: %2").arg(path, error.errorString()));
        return fromJson(doc.object());
    }
    const Result<QByteArray> ready = readSmall(templateDir + QStringLiteral("/.ready"));
    if (!ready)
        return failure(ready.error());
    return fromVersionOutput(name, QString::fromUtf8(*ready));
}

} // namespace Autocoder::Sandboxd
