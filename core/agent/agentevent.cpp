#include "agent/agentevent.h"

namespace Autocoder::Agent {

QString AgentEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Init:
        return QStringLiteral("init");
    case Kind::AssistantText:
        return QStringLiteral("assistant_text");
    case Kind::ToolUse:
        return QStringLiteral("tool_use");
    case Kind::ToolResult:
        return QStringLiteral("tool_result");
    case Kind::Result:
        return QStringLiteral("result");
    case Kind::ApiRetry:
        return QStringLiteral("api_retry");
    case Kind::ParseWarning:
        return QStringLiteral("parse_warning");
    }
    return QStringLiteral("unknown");
}

} // namespace Autocoder::Agent
