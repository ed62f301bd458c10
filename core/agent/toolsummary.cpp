#include "agent/toolsummary.h"

#include <QJsonArray>

namespace Autocoder::Agent {

namespace {

QString relative(const QString &path, const QString &cwd)
{
    if (cwd.isEmpty() || path.isEmpty())
        return path;
    QString base = cwd;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    if (path.startsWith(base))
        return path.mid(base.size());
    if (path == cwd)
        return QStringLiteral(".");
    return path;
}

QString oneLine(const QString &s)
{
    QString t = s.simplified();
    return t;
}

} // namespace

QString ToolSummary::summarize(const QString &toolName, const QJsonObject &input,
                               const QString &cwd, int maxChars)
{
    auto str = [&input](const char *key) {
        return input.value(QLatin1String(key)).toString();
    };

    QString summary;
    if (toolName == QLatin1String("Read") || toolName == QLatin1String("Write")
        || toolName == QLatin1String("Edit") || toolName == QLatin1String("MultiEdit")) {
        summary = toolName + QLatin1Char(' ') + relative(str("file_path"), cwd);
    } else if (toolName == QLatin1String("NotebookEdit")) {
        summary = toolName + QLatin1Char(' ') + relative(str("notebook_path"), cwd);
    } else if (toolName == QLatin1String("Bash")) {
        const QString description = str("description");
        summary = QStringLiteral("Bash: ") + oneLine(str("command"));
        if (!description.isEmpty() && str("command").isEmpty())
            summary = QStringLiteral("Bash: ") + oneLine(description);
    } else if (toolName == QLatin1String("Glob") || toolName == QLatin1String("Grep")) {
        summary = toolName + QLatin1Char(' ') + oneLine(str("pattern"));
        const QString path = relative(str("path"), cwd);
        if (!path.isEmpty())
            summary += QStringLiteral(" in ") + path;
    } else if (toolName == QLatin1String("LS")) {
        summary = QStringLiteral("LS ") + relative(str("path"), cwd);
    } else if (toolName == QLatin1String("TodoWrite")) {
        const QJsonArray todos = input.value(QLatin1String("todos")).toArray();
        int done = 0;
        for (const QJsonValue t : todos) {
            if (t.toObject().value(QLatin1String("status")).toString()
                == QLatin1String("completed"))
                ++done;
        }
        summary = QStringLiteral("Todo list: %1/%2 done").arg(done).arg(todos.size());
    } else if (toolName == QLatin1String("WebFetch")) {
        summary = QStringLiteral("WebFetch ") + str("url");
    } else if (toolName == QLatin1String("WebSearch")) {
        summary = QStringLiteral("WebSearch ") + oneLine(str("query"));
    } else if (toolName == QLatin1String("Agent") || toolName == QLatin1String("Task")) {
        summary = toolName + QStringLiteral(": ") + oneLine(str("description"));
    } else {
        summary = toolName;
    }

    summary = summary.trimmed();
    if (maxChars > 1 && summary.size() > maxChars)
        summary = summary.left(maxChars - 1) + QStringLiteral("…");
    return summary;
}

} // namespace Autocoder::Agent
