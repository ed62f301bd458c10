#include "models/activityentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Autocoder::Ui {

namespace {

bool isFileTool(const QString &name)
{
    return name == QLatin1String("Read") || name == QLatin1String("Write")
        || name == QLatin1String("Edit") || name == QLatin1String("MultiEdit")
        || name == QLatin1String("NotebookEdit");
}

bool isDiffTool(const QString &name)
{
    return name == QLatin1String("Write") || name == QLatin1String("Edit")
        || name == QLatin1String("MultiEdit");
}

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

void appendPrefixed(QStringList &out, const QString &text, QChar prefix)
{
    for (const QString &line : linesOf(text))
        out.append(prefix + line);
}

// A string-valued key of the tool input; the summary never invents one.
QString str(const QJsonObject &input, const char *key)
{
    return input.value(QLatin1String(key)).toString();
}

} // namespace

QString ActivityFormat::firstLine(const QString &text, int maxChars)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0, QString::SectionSkipEmpty).trimmed();
    if (line.size() > maxChars) {
        line.truncate(maxChars);
        line.append(QChar(0x2026));
    }
    const bool more = text.trimmed().contains(QLatin1Char('\n'));
    if (more && !line.endsWith(QChar(0x2026)))
        line.append(QStringLiteral(" ") + QChar(0x2026));
    return line;
}

QString ActivityFormat::toolTarget(const QString &name, const QJsonObject &input,
                                   const QString &summary)
{
    // The engine's summary already has paths relative to the project; older journals
    // carry only the path there, newer ones "Name path".
    QString fromSummary = summary.trimmed();
    for (const QString &prefix : { name + QStringLiteral(": "), name + QLatin1Char(' ') }) {
        if (!name.isEmpty() && fromSummary.startsWith(prefix)) {
            fromSummary = fromSummary.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (fromSummary == name)
        fromSummary.clear();
    if (name == QLatin1String("Bash")) {
        const QString command = str(input, "command").trimmed();
        return command.isEmpty() ? fromSummary : command;
    }
    if (isFileTool(name) && fromSummary.isEmpty()) {
        const QString path = str(input, "file_path");
        return path.isEmpty() ? str(input, "notebook_path") : path;
    }
    return fromSummary;
}

int ActivityFormat::readLineCount(const QString &result)
{
    const QStringList lines = linesOf(result);
    static const QRegularExpression numbered(QStringLiteral("^\\s*\\d+\u2192"));
    int count = 0;
    for (const QString &line : lines) {
        if (numbered.match(line).hasMatch())
            ++count;
    }
    return count > 0 ? count : lines.size();
}

QString ActivityFormat::toolTitle(const ActivityEntry &e)
{
    if (!e.hasCall)
        return e.toolId.isEmpty() ? tr("Result of a tool call that was not seen")
                                  : tr("Result of call %1 (the call was not seen)").arg(e.toolId);
    if (e.toolName.isEmpty())
        return tr("Tool call without a name");
    const QString target = firstLine(e.target, 160);
    if (e.toolName == QLatin1String("Read") && e.hasResult && !e.isError)
        //: %1 is the file the agent read
        return tr("Read %1 (%n line(s))", nullptr, readLineCount(e.result)).arg(target);
    return target.isEmpty() ? e.toolName : e.toolName + QLatin1Char(' ') + target;
}

ActivityEntry::Body ActivityFormat::bodyKind(const ActivityEntry &e)
{
    using Body = ActivityEntry::Body;
    switch (e.kind) {
    case ActivityEntry::Kind::Message:
        return Body::Markdown;
    case ActivityEntry::Kind::ToolCall:
        if (isDiffTool(e.toolName))
            return bodyLines(e).isEmpty() ? Body::None : Body::Diff;
        return bodyLines(e).isEmpty() ? Body::None : Body::Output;
    case ActivityEntry::Kind::ToolResult:
        return e.result.isEmpty() ? Body::None : Body::Output;
    case ActivityEntry::Kind::Turn:
        return Body::None;
    case ActivityEntry::Kind::Verdict:
    case ActivityEntry::Kind::Note:
    case ActivityEntry::Kind::Guidance:
        return e.text.isEmpty() ? Body::None : Body::Text;
    }
    return Body::None;
}

QStringList ActivityFormat::bodyLines(const ActivityEntry &e)
{
    QStringList out;
    if (e.kind != ActivityEntry::Kind::ToolCall)
        return e.kind == ActivityEntry::Kind::ToolResult ? linesOf(e.result) : linesOf(e.text);
    if (e.toolName == QLatin1String("Edit")) {
        appendPrefixed(out, str(e.input, "old_string"), QLatin1Char('-'));
        appendPrefixed(out, str(e.input, "new_string"), QLatin1Char('+'));
    } else if (e.toolName == QLatin1String("MultiEdit")) {
        const QJsonArray edits = e.input.value(QLatin1String("edits")).toArray();
        for (const QJsonValue edit : edits) {
            if (!out.isEmpty())
                out.append(QStringLiteral(" \u22EF"));
            appendPrefixed(out, str(edit.toObject(), "old_string"), QLatin1Char('-'));
            appendPrefixed(out, str(edit.toObject(), "new_string"), QLatin1Char('+'));
        }
    } else if (e.toolName == QLatin1String("Write")) {
        appendPrefixed(out, str(e.input, "content"), QLatin1Char('+'));
    } else {
        if (e.toolName == QLatin1String("Bash") && e.target.contains(QLatin1Char('\n'))) {
            for (const QString &line : linesOf(e.target))
                out.append(QStringLiteral("$ ") + line);
        }
        out += linesOf(e.result);
    }
    return out;
}

int ActivityFormat::collapsedLineCount(const ActivityEntry &e)
{
    if (e.toolName == QLatin1String("Read"))
        return 0;
    const int lines = int(bodyLines(e).size());
    return lines <= collapsedLines + 1 ? lines : collapsedLines;
}

bool ActivityFormat::showsResult(const ActivityEntry &e)
{
    // A diff tool's success message ("File created successfully") says nothing the diff
    // does not; its failure says why the change did not happen.
    return isDiffTool(e.toolName) && e.hasResult && e.isError;
}

QString ActivityFormat::plainText(const ActivityEntry &e)
{
    QString out = e.title;
    if (e.kind == ActivityEntry::Kind::Message || e.kind == ActivityEntry::Kind::Guidance
        || e.kind == ActivityEntry::Kind::Verdict || e.kind == ActivityEntry::Kind::Note) {
        if (!e.failures.isEmpty()) {
            for (const auto &failure : e.failures) {
                out += QStringLiteral("\n\n\u2717 ") + failure.first;
                if (!failure.second.isEmpty())
                    out += QLatin1Char('\n') + failure.second;
            }
            return out;
        }
        if (!e.text.isEmpty() && e.text != e.title)
            out += QStringLiteral("\n\n") + e.text;
        return out;
    }
    if (e.toolName == QLatin1String("Bash") && !e.target.isEmpty())
        out = QStringLiteral("$ ") + e.target;
    const QStringList body = bodyLines(e);
    if (!body.isEmpty() && e.toolName != QLatin1String("Bash"))
        out += QStringLiteral("\n\n") + body.join(QLatin1Char('\n'));
    else if (e.toolName == QLatin1String("Bash") && e.hasResult)
        out += QLatin1Char('\n') + e.result;
    if (showsResult(e))
        out += QStringLiteral("\n\n") + e.result;
    return out;
}

} // namespace Autocoder::Ui
