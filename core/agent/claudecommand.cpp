#include "agent/claudecommand.h"

#include <QRegularExpression>

#include <algorithm>

namespace Autocoder::Agent {

QString ClaudeCommand::shellQuote(const QString &s)
{
    if (s.isEmpty())
        return QStringLiteral("''");
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    // Inside single quotes nothing is special except the quote itself: close, escape, reopen.
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

ClaudeInvocation ClaudeCommand::build(const Options &options)
{
    ClaudeInvocation inv;
    inv.program = options.program.isEmpty() ? QStringLiteral("claude") : options.program;
    inv.workingDirectory = options.workingDirectory;

    // The prompt goes as the argument of -p: no stdin plumbing needed, and the sandbox's
    // process API passes argv through without a shell when the caller uses program+arguments.
    inv.arguments = { QStringLiteral("-p"), options.prompt, QStringLiteral("--output-format"),
                      QStringLiteral("stream-json"), QStringLiteral("--verbose") };
    if (options.maxTurns > 0)
        inv.arguments << QStringLiteral("--max-turns") << QString::number(options.maxTurns);
    if (!options.model.isEmpty())
        inv.arguments << QStringLiteral("--model") << options.model;
    if (options.useSkipPermissionsFlag)
        inv.arguments << QStringLiteral("--dangerously-skip-permissions");
    else
        inv.arguments << QStringLiteral("--permission-mode") << QStringLiteral("bypassPermissions");
    if (options.maxBudgetUsd > 0.0)
        inv.arguments << QStringLiteral("--max-budget-usd")
                      << QString::number(std::max(options.maxBudgetUsd, 0.0001), 'f', 4);
    if (!options.resumeSessionId.isEmpty())
        inv.arguments << QStringLiteral("--resume") << options.resumeSessionId;

    // The key lives only in this process's environment, never on the command line (which is
    // logged and visible in process listings).
    if (!options.apiKey.isEmpty())
        inv.environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), options.apiKey);
    if (!options.baseUrl.isEmpty())
        inv.environment.insert(QStringLiteral("ANTHROPIC_BASE_URL"), options.baseUrl);
    inv.environment.insert(QStringLiteral("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"),
                           QStringLiteral("1"));
    inv.environment.insert(QStringLiteral("DISABLE_AUTOUPDATER"), QStringLiteral("1"));
    inv.environment.insert(QStringLiteral("DISABLE_TELEMETRY"), QStringLiteral("1"));
    inv.environment.insert(QStringLiteral("DISABLE_ERROR_REPORTING"), QStringLiteral("1"));
    if (options.markAsSandbox)
        inv.environment.insert(QStringLiteral("IS_SANDBOX"), QStringLiteral("1"));
    return inv;
}

QString ClaudeCommand::installCommand(const QString &version)
{
    // User-level prefix: the sandbox user cannot write to the system prefix. --no-fund /
    // --no-audit avoid extra registry round trips.
    const QString spec =
        packageName() + QLatin1Char('@') + (version.isEmpty() ? pinnedVersion() : version);
    return QStringLiteral("mkdir -p \"$HOME/.local\" && npm install -g --prefix \"$HOME/.local\" "
                          "--no-fund --no-audit --loglevel=error ")
        + shellQuote(spec) + QStringLiteral(" && \"$HOME/.local/bin/claude\" --version");
}

QString ClaudeCommand::presenceCheckCommand()
{
    return QStringLiteral(
        "export PATH=\"$HOME/.local/bin:$PATH\"; command -v claude >/dev/null 2>&1 "
        "&& claude --version");
}

QString ClaudeCommand::parseVersion(const QString &versionOutput)
{
    static const QRegularExpression re(QStringLiteral("(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.]+)?)"));
    const auto m = re.match(versionOutput);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace Autocoder::Agent
