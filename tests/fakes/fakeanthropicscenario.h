#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Autocoder::Testing {

/// A scripted model for the fake Anthropic API, loaded from JSON:
///
///   {"turns": [ {"steps": [ {"text": "...", "tools": [{"name": "Write", "input": {...}}]},
///                           {"text": "Done."} ]},
///               ... ],
///    "repeatLastTurn": true}
///
/// Turn N answers the N-th `claude -p` invocation of the run (counted over all sessions);
/// step K of a turn answers the K-th model call of that invocation. A step with tools ends
/// with stop_reason tool_use, otherwise end_turn. "{cwd}" in any string of a tool input is
/// replaced with the CLI's working directory.
struct FakeAnthropicScenario
{
    struct Step
    {
        QString text;
        QJsonArray tools; ///< [{name, input}]
    };
    struct Turn
    {
        QList<Step> steps;
    };

    QList<Turn> turns;
    bool repeatLastTurn = true;
    int inputTokens = 1000;
    int outputTokens = 200;

    static FakeAnthropicScenario fromJson(const QByteArray &json, QString *error);
    static FakeAnthropicScenario fromFile(const QString &path, QString *error);
};

} // namespace Autocoder::Testing
