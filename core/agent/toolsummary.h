#pragma once

#include <QJsonObject>
#include <QString>

namespace Autocoder::Agent {

/// One-line human summary of a tool call for the activity view, e.g. "Write src/index.ts",
/// "Bash: bun test", "Read package.json". Paths under `cwd` are shown relative to it.
class ToolSummary final
{
public:
    static QString summarize(const QString &toolName, const QJsonObject &input,
                             const QString &cwd = QString(), int maxChars = 120);
};

} // namespace Autocoder::Agent
