#include "feed/serverframe.h"

#include "feed/feedprotocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

namespace Autocoder::Feed {

namespace {

// The largest integer a double holds exactly.
constexpr qint64 MaxExactInteger = qint64(1) << 53;

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Feed::ServerFrame)
};

// A JSON number that is a whole number within [min, max]; JSON has only doubles, so a
// hostile 1e300 or 1.5 must not turn into something else when cast.
bool readInteger(const QJsonValue &value, qint64 min, qint64 max, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!(d >= double(min) && d <= double(max)) || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

Result<ServerFrame> parseControl(const QJsonObject &o)
{
    ServerFrame f;
    f.typeName = o.value(QLatin1String("type")).toString();
    qint64 n = 0;
    if (f.typeName == MessageType::Hello) {
        f.type = ServerFrame::Type::Hello;
        if (!readInteger(o.value(QLatin1String("protocol")), 0, 1 << 30, &n))
            return failure(Tr::tr("hello without a protocol version"));
        f.protocol = int(n);
        f.runId = o.value(QLatin1String("run")).toString();
        if (f.runId.isEmpty())
            return failure(Tr::tr("hello without a run id"));
        // Absent means read-only: never assume more rights than granted.
        f.readOnly = o.value(QLatin1String("readOnly")).toBool(true);
        const QJsonValue last = o.value(QLatin1String("lastSeq"));
        n = 0;
        if (!last.isUndefined() && !readInteger(last, 0, MaxExactInteger, &n))
            return failure(Tr::tr("hello with a bad lastSeq"));
        f.lastSeq = n;
    } else if (f.typeName == MessageType::Error) {
        f.type = ServerFrame::Type::Error;
        f.request = o.value(QLatin1String("request")).toString();
        f.message = o.value(QLatin1String("message")).toString();
    } else if (f.typeName == MessageType::Snapshot) {
        f.type = ServerFrame::Type::SnapshotHeader;
        if (!readInteger(o.value(QLatin1String("iteration")), 0, 1 << 30, &n))
            return failure(Tr::tr("snapshot without an iteration"));
        f.iteration = int(n);
        if (!readInteger(o.value(QLatin1String("bytes")), 0, MaxExactInteger, &n))
            return failure(Tr::tr("snapshot without a size"));
        f.bytes = n;
        const QByteArray hex = o.value(QLatin1String("sha256")).toString().toLatin1();
        f.sha256 = QByteArray::fromHex(hex);
        if (hex.size() != 64 || f.sha256.size() != 32 || f.sha256.toHex() != hex.toLower())
            return failure(Tr::tr("snapshot without a sha256"));
    } else if (f.typeName == MessageType::Spec) {
        f.type = ServerFrame::Type::Spec;
        if (!o.value(QLatin1String("spec")).isObject())
            return failure(Tr::tr("spec without an object"));
        f.spec = o.value(QLatin1String("spec")).toObject();
    } else {
        f.type = ServerFrame::Type::Unknown;
    }
    return f;
}

} // namespace

Result<ServerFrame> ServerFrame::parse(const QByteArray &text)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError)
        return failure(Tr::tr("not JSON: %1").arg(pe.errorString()));
    if (!doc.isObject())
        return failure(Tr::tr("not a JSON object"));
    const QJsonObject o = doc.object();
    const bool hasType = o.value(QLatin1String("type")).isString();
    const bool hasKind = o.contains(QLatin1String("kind"));
    if (hasType == hasKind)
        return failure(Tr::tr("neither an event nor a control message"));
    if (hasType)
        return parseControl(o);
    Result<Run::RunEvent> event = Run::RunEvent::fromJson(o);
    if (!event)
        return failure(event.error());
    if (event->seq <= 0)
        return failure(Tr::tr("an event without a positive seq"));
    ServerFrame f;
    f.type = Type::Event;
    f.event = std::move(*event);
    return f;
}

} // namespace Autocoder::Feed
