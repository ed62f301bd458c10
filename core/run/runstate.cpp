#include "run/runstate.h"

#include <QJsonArray>

namespace Autocoder::Run {

static QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject RunState::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("backend"), backend);
    o.insert(QStringLiteral("outcome"), outcome);
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("iteration"), iteration);
    o.insert(QStringLiteral("costUsd"), costUsd);
    o.insert(QStringLiteral("startedAt"), isoOrEmpty(startedAt));
    o.insert(QStringLiteral("finishedAt"), isoOrEmpty(finishedAt));
    o.insert(QStringLiteral("sandboxId"), sandboxId);
    o.insert(QStringLiteral("agentSessionId"), agentSessionId);
    o.insert(QStringLiteral("lastSnapshot"), lastSnapshot);
    o.insert(QStringLiteral("lastSnapshotIteration"), lastSnapshotIteration);
    o.insert(QStringLiteral("lastFailing"), QJsonArray::fromStringList(lastFailing));
    o.insert(QStringLiteral("lastGreen"), lastGreen);
    o.insert(QStringLiteral("lastSeq"), double(lastSeq));
    return o;
}

RunState RunState::fromJson(const QJsonObject &o)
{
    RunState s;
    s.status = o.value(QStringLiteral("status")).toString(s.status);
    s.id = o.value(QStringLiteral("id")).toString();
    s.name = o.value(QStringLiteral("name")).toString();
    s.backend = o.value(QStringLiteral("backend")).toString();
    s.outcome = o.value(QStringLiteral("outcome")).toString();
    s.message = o.value(QStringLiteral("message")).toString();
    s.iteration = o.value(QStringLiteral("iteration")).toInt();
    s.costUsd = o.value(QStringLiteral("costUsd")).toDouble();
    s.startedAt =
        QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    s.finishedAt =
        QDateTime::fromString(o.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    s.sandboxId = o.value(QStringLiteral("sandboxId")).toString();
    s.agentSessionId = o.value(QStringLiteral("agentSessionId")).toString();
    s.lastSnapshot = o.value(QStringLiteral("lastSnapshot")).toString();
    s.lastSnapshotIteration = o.value(QStringLiteral("lastSnapshotIteration")).toInt();
    const QJsonArray failing = o.value(QStringLiteral("lastFailing")).toArray();
    for (const auto &v : failing)
        s.lastFailing.append(v.toString());
    s.lastGreen = o.value(QStringLiteral("lastGreen")).toBool();
    s.lastSeq = qint64(o.value(QStringLiteral("lastSeq")).toDouble());
    return s;
}

} // namespace Autocoder::Run
