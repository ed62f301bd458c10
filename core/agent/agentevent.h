#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Autocoder::Agent {

/// One typed event decoded from a Claude Code stream-json line. A flat value type: which
/// fields are meaningful depends on `kind` (see the comments). Unknown line types produce
/// no event at all; malformed lines produce a ParseWarning.
struct AgentEvent
{
    enum class Kind {
        Init, ///< sessionId, model, cwd, tools, text = claude_code_version
        AssistantText, ///< text (one text block of an assistant message), parentToolUseId,
                       ///< isError for API failures reported as text ("API Error: ...")
        ToolUse, ///< toolId, toolName, toolInput, parentToolUseId
        ToolResult, ///< toolId, isError, text (string or joined text blocks)
        Result, ///< subtype, isError, costUsd, turns, sessionId, durationMs, text (result), errors
        ApiRetry, ///< system/api_retry: text = error, turns = attempt, durationMs = retry delay,
                  ///< errors = [HTTP status] when known
        ParseWarning, ///< text = what was wrong, translated (never the raw line), lineNumber
    };

    Kind kind = Kind::ParseWarning;
    qint64 lineNumber = 0; ///< 1-based line of the stream this event came from

    QString sessionId;
    QString model;
    QString cwd;
    QStringList tools;

    QString text;
    QString parentToolUseId;

    QString toolId;
    QString toolName;
    QJsonObject toolInput;

    bool isError = false;
    QString subtype;
    double costUsd = 0.0;
    int turns = 0;
    qint64 durationMs = 0;
    QStringList errors;

    static QString kindName(Kind kind); ///< "init", "assistant_text", ... for logs and tests
};

} // namespace Autocoder::Agent
