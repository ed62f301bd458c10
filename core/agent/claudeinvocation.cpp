#include "agent/claudeinvocation.h"

#include "agent/claudecommand.h"

namespace Autocoder::Agent {

namespace {

QString joinQuoted(const QString &program, const QStringList &arguments)
{
    QStringList words { ClaudeCommand::shellQuote(program) };
    for (const QString &a : arguments)
        words.append(ClaudeCommand::shellQuote(a));
    return words.join(QLatin1Char(' '));
}

} // namespace

QString ClaudeInvocation::shellCommand() const
{
    // A login shell may not have ~/.local/bin (where installCommand() puts the CLI) on PATH.
    QString line = QStringLiteral("export PATH=\"$HOME/.local/bin:$PATH\"; ");
    if (!workingDirectory.isEmpty())
        line += QStringLiteral("cd ") + ClaudeCommand::shellQuote(workingDirectory)
            + QStringLiteral(" && ");
    return line + QStringLiteral("exec ") + joinQuoted(program, arguments);
}

QString ClaudeInvocation::displayCommand(int maxPromptChars) const
{
    QStringList args = arguments;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("-p") || args.at(i) == QLatin1String("--print")) {
            QString prompt = args.at(i + 1);
            prompt.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (prompt.size() > maxPromptChars)
                prompt = prompt.left(maxPromptChars) + QStringLiteral("…");
            args[i + 1] = prompt;
            break;
        }
    }
    return joinQuoted(program, args);
}

} // namespace Autocoder::Agent
