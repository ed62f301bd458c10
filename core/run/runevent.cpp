#include "run/runevent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace Autocoder::Run {

QString formatEventTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject RunEvent::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), RunEventVersion);
    o.insert(QStringLiteral("run"), runId);
    o.insert(QStringLiteral("seq"), seq);
    o.insert(QStringLiteral("ts"),
             formatEventTime(time.isValid() ? time : QDateTime::currentDateTimeUtc()));
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("data"), data);
    return o;
}

QByteArray RunEvent::toJsonLine() const
{
    QByteArray line = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

Result<RunEvent> RunEvent::fromJson(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("v"));
    if (!v.isDouble())
        return failure(QCoreApplication::translate("RunEvent", "event has no version \"v\""));
    if (v.toInt() > RunEventVersion)
        return failure(
            QCoreApplication::translate(
                "RunEvent", "event version %1 is newer than this program understands (%2)")
                .arg(v.toInt())
                .arg(RunEventVersion));
    const QJsonValue run = o.value(QStringLiteral("run"));
    const QJsonValue seq = o.value(QStringLiteral("seq"));
    const QJsonValue kind = o.value(QStringLiteral("kind"));
    if (!run.isString() || run.toString().isEmpty())
        return failure(QCoreApplication::translate("RunEvent", "event has no run id"));
    if (!seq.isDouble())
        return failure(QCoreApplication::translate("RunEvent", "event has no sequence number"));
    if (!kind.isString() || kind.toString().isEmpty())
        return failure(QCoreApplication::translate("RunEvent", "event has no kind"));
    const QJsonValue data = o.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isObject())
        return failure(QCoreApplication::translate("RunEvent", "event data is not an object"));

    RunEvent e;
    e.runId = run.toString();
    e.seq = seq.toInteger();
    e.kind = kind.toString();
    e.data = data.toObject();
    e.time = QDateTime::fromString(o.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs);
    if (e.time.isValid())
        e.time = e.time.toUTC();
    return e;
}

Result<RunEvent> RunEvent::fromJsonLine(const QByteArray &line)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return failure(QCoreApplication::translate("RunEvent", "event line is not JSON: %1")
                           .arg(pe.errorString()));
    if (!doc.isObject())
        return failure(QCoreApplication::translate("RunEvent", "event line is not a JSON object"));
    return fromJson(doc.object());
}

int RunEvent::iteration() const
{
    return data.value(QStringLiteral("iteration")).toInt();
}

QString RunEvent::step() const
{
    return data.value(QStringLiteral("step")).toString();
}

} // namespace Autocoder::Run
