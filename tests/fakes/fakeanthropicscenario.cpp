#include "fakeanthropicscenario.h"

#include <QFile>
#include <QJsonDocument>

namespace Autocoder::Testing {

FakeAnthropicScenario FakeAnthropicScenario::fromJson(const QByteArray &json, QString *error)
{
    FakeAnthropicScenario s;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("scenario is not a JSON object: %1").arg(pe.errorString());
        return s;
    }
    const QJsonObject root = doc.object();
    s.repeatLastTurn = root.value(QStringLiteral("repeatLastTurn")).toBool(true);
    s.inputTokens = root.value(QStringLiteral("inputTokens")).toInt(s.inputTokens);
    s.outputTokens = root.value(QStringLiteral("outputTokens")).toInt(s.outputTokens);
    const QJsonArray turns = root.value(QStringLiteral("turns")).toArray();
    for (const QJsonValue &tv : turns) {
        Turn turn;
        const QJsonArray steps = tv.toObject().value(QStringLiteral("steps")).toArray();
        for (const QJsonValue &sv : steps) {
            const QJsonObject so = sv.toObject();
            Step step;
            step.text = so.value(QStringLiteral("text")).toString();
            step.tools = so.value(QStringLiteral("tools")).toArray();
            turn.steps.append(step);
        }
        s.turns.append(turn);
    }
    if (s.turns.isEmpty() && error)
        *error = QStringLiteral("scenario has no turns");
    return s;
}

FakeAnthropicScenario FakeAnthropicScenario::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return fromJson(f.readAll(), error);
}

} // namespace Autocoder::Testing
