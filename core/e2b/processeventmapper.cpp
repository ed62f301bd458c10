#include "e2b/processeventmapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace Autocoder::E2b {

namespace {

QString snakeCase(const QString &camel)
{
    QString out;
    out.reserve(camel.size() + 4);
    for (const QChar c : camel) {
        if (c.isUpper()) {
            out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

Error protocolError(const QString &message)
{
    return Error::make(Error::Kind::Protocol, message);
}

bool parseObject(const QByteArray &payload, QJsonObject *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("invalid JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("expected a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

bool readDouble(const QJsonValue &value, double *out)
{
    if (value.isDouble()) {
        *out = value.toDouble();
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        *out = value.toString().toDouble(&ok);
        return ok;
    }
    return false;
}

} // namespace

QJsonValue ProcessEventMapper::field(const QJsonObject &object, const QString &camelName)
{
    auto it = object.constFind(camelName);
    if (it != object.constEnd())
        return *it;
    return object.value(snakeCase(camelName));
}

bool ProcessEventMapper::readInt64(const QJsonValue &value, qint64 *out)
{
    if (value.isUndefined() || value.isNull()) {
        *out = 0; // omitted default
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().toLongLong(&ok);
        if (ok) {
            *out = v;
            return true;
        }
    }
    double d = 0;
    if (!readDouble(value, &d) || !std::isfinite(d) || d != std::floor(d) || d < -9.2e18
        || d > 9.2e18)
        return false;
    *out = qint64(d);
    return true;
}

bool ProcessEventMapper::readInt32(const QJsonValue &value, qint32 *out)
{
    qint64 v = 0;
    if (!readInt64(value, &v) || v < std::numeric_limits<qint32>::min()
        || v > std::numeric_limits<qint32>::max())
        return false;
    *out = qint32(v);
    return true;
}

bool ProcessEventMapper::readUInt32(const QJsonValue &value, quint32 *out)
{
    qint64 v = 0;
    if (!readInt64(value, &v) || v < 0 || v > qint64(std::numeric_limits<quint32>::max()))
        return false;
    *out = quint32(v);
    return true;
}

bool ProcessEventMapper::readBytes(const QJsonValue &value, QByteArray *out)
{
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    QByteArray b64 = value.toString().toLatin1();
    // proto3 JSON parsers accept both alphabets, padded or not.
    const bool urlSafe = b64.contains('-') || b64.contains('_');
    while (b64.endsWith('='))
        b64.chop(1);
    if (b64.size() % 4 == 1)
        return false;
    auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors;
    auto result = QByteArray::fromBase64Encoding(b64, options);
    if (!result)
        return false;
    *out = std::move(result.decoded);
    return true;
}

bool ProcessEventMapper::readEnum(const QJsonValue &value, const QStringList &names, int *out)
{
    if (value.isUndefined() || value.isNull()) {
        *out = 0;
        return true;
    }
    if (value.isString()) {
        const int index = names.indexOf(value.toString());
        if (index >= 0) {
            *out = index;
            return true;
        }
        // Unknown names of an open enum: treat as unspecified rather than failing.
        *out = 0;
        return true;
    }
    qint32 n = 0;
    if (!readInt32(value, &n))
        return false;
    *out = (n >= 0 && n < names.size()) ? n : 0;
    return true;
}

bool ProcessEventMapper::mapEvent(const QByteArray &payload, ProcessEvent *event, Error *error)
{
    QJsonObject root;
    QString why;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = protocolError(QStringLiteral("process event: ") + message);
        return false;
    };
    if (!parseObject(payload, &root, &why))
        return fail(why);
    const QJsonValue ev = root.value(QLatin1String("event"));
    if (!ev.isObject())
        return fail(QStringLiteral("missing \"event\" object"));
    const QJsonObject e = ev.toObject();
    ProcessEvent out;
    if (e.contains(QLatin1String("start"))) {
        const QJsonObject start = e.value(QLatin1String("start")).toObject();
        out.type = ProcessEvent::Type::Start;
        if (!readUInt32(start.value(QLatin1String("pid")), &out.pid))
            return fail(QStringLiteral("invalid pid"));
    } else if (e.contains(QLatin1String("data"))) {
        const QJsonObject data = e.value(QLatin1String("data")).toObject();
        QJsonValue v;
        if (data.contains(QLatin1String("stdout"))) {
            out.type = ProcessEvent::Type::Stdout;
            v = data.value(QLatin1String("stdout"));
        } else if (data.contains(QLatin1String("stderr"))) {
            out.type = ProcessEvent::Type::Stderr;
            v = data.value(QLatin1String("stderr"));
        } else if (data.contains(QLatin1String("pty"))) {
            out.type = ProcessEvent::Type::Pty;
            v = data.value(QLatin1String("pty"));
        } else {
            // An empty data message (all defaults omitted): no bytes.
            out.type = ProcessEvent::Type::Stdout;
        }
        if (!readBytes(v, &out.data))
            return fail(QStringLiteral("invalid base64 in data event"));
    } else if (e.contains(QLatin1String("end"))) {
        const QJsonValue endValue = e.value(QLatin1String("end"));
        if (!endValue.isObject())
            return fail(QStringLiteral("\"end\" is not an object"));
        const QJsonObject end = endValue.toObject();
        out.type = ProcessEvent::Type::End;
        if (!readInt32(field(end, QStringLiteral("exitCode")), &out.exit.exitCode))
            return fail(QStringLiteral("invalid exitCode"));
        const QJsonValue exited = end.value(QLatin1String("exited"));
        if (!exited.isUndefined() && !exited.isNull() && !exited.isBool())
            return fail(QStringLiteral("invalid \"exited\""));
        out.exit.exited = exited.toBool(false);
        out.exit.status = end.value(QLatin1String("status")).toString();
        out.exit.error = end.value(QLatin1String("error")).toString();
    } else if (e.contains(QLatin1String("keepalive"))) {
        out.type = ProcessEvent::Type::Keepalive;
    } else {
        return fail(QStringLiteral("unknown event"));
    }
    *event = std::move(out);
    return true;
}

Error ProcessEventMapper::mapEndStream(const QByteArray &payload)
{
    QJsonObject root;
    QString why;
    if (!parseObject(payload, &root, &why))
        return protocolError(QStringLiteral("end-of-stream message: ") + why);
    const QJsonValue err = root.value(QLatin1String("error"));
    if (err.isUndefined() || err.isNull())
        return {};
    if (!err.isObject())
        return protocolError(QStringLiteral("end-of-stream message: \"error\" is not an object"));
    const QJsonObject e = err.toObject();
    QString code = e.value(QLatin1String("code")).toString();
    if (code.isEmpty())
        code = QStringLiteral("unknown");
    Error out = Error::make(Error::kindForConnectCode(code),
                            e.value(QLatin1String("message")).toString(), 200, code);
    if (out.message.isEmpty())
        out.message = code;
    return out;
}

Autocoder::Result<EntryInfo> ProcessEventMapper::mapEntry(const QJsonObject &o)
{
    static const QStringList typeNames = { QStringLiteral("FILE_TYPE_UNSPECIFIED"),
                                           QStringLiteral("FILE_TYPE_FILE"),
                                           QStringLiteral("FILE_TYPE_DIRECTORY"),
                                           QStringLiteral("FILE_TYPE_SYMLINK") };
    EntryInfo e;
    e.name = o.value(QLatin1String("name")).toString();
    e.path = o.value(QLatin1String("path")).toString();
    int type = 0;
    if (!readEnum(o.value(QLatin1String("type")), typeNames, &type))
        return failure(QStringLiteral("invalid entry type"));
    e.type = EntryInfo::Type(type);
    if (!readInt64(o.value(QLatin1String("size")), &e.size) || e.size < 0)
        return failure(QStringLiteral("invalid entry size"));
    if (!readUInt32(o.value(QLatin1String("mode")), &e.mode))
        return failure(QStringLiteral("invalid entry mode"));
    e.permissions = o.value(QLatin1String("permissions")).toString();
    e.owner = o.value(QLatin1String("owner")).toString();
    e.group = o.value(QLatin1String("group")).toString();
    const QString mtime = field(o, QStringLiteral("modifiedTime")).toString();
    if (!mtime.isEmpty())
        e.modifiedTime = QDateTime::fromString(mtime, Qt::ISODateWithMs);
    e.symlinkTarget = field(o, QStringLiteral("symlinkTarget")).toString();
    const QJsonObject md = o.value(QLatin1String("metadata")).toObject();
    for (auto it = md.begin(); it != md.end(); ++it)
        e.metadata.insert(it.key(), it.value().toString());
    return e;
}

Autocoder::Result<ProcessInfo> ProcessEventMapper::mapProcessInfo(const QJsonObject &o)
{
    ProcessInfo p;
    if (!readUInt32(o.value(QLatin1String("pid")), &p.pid))
        return failure(QStringLiteral("invalid pid"));
    p.tag = o.value(QLatin1String("tag")).toString();
    const QJsonObject config = o.value(QLatin1String("config")).toObject();
    p.cmd = config.value(QLatin1String("cmd")).toString();
    const QJsonArray args = config.value(QLatin1String("args")).toArray();
    for (const QJsonValue a : args)
        p.args << a.toString();
    const QJsonObject envs = config.value(QLatin1String("envs")).toObject();
    for (auto it = envs.begin(); it != envs.end(); ++it)
        p.envs.insert(it.key(), it.value().toString());
    p.cwd = config.value(QLatin1String("cwd")).toString();
    return p;
}

} // namespace Autocoder::E2b
