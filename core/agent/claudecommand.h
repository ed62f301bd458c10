#pragma once

#include "agent/claudeinvocation.h"

#include <QString>

namespace Autocoder::Agent {

/// Builds the headless Claude Code command lines run inside a sandbox (`claude -p` with
/// stream-json output): the agent turn, the pinned install and the presence check.
class ClaudeCommand final
{
public:
    struct Options
    {
        QString prompt;
        QString model; ///< empty: CLI default
        int maxTurns = 40; ///< <= 0: no --max-turns
        QString resumeSessionId; ///< non-empty for fix iterations: --resume <id>
        /// > 0: --max-budget-usd, so the CLI itself stops a turn that would overrun what is
        /// left of the run's budget (result subtype "error_max_budget_usd").
        double maxBudgetUsd = 0.0;
        QString apiKey; ///< goes only into the invocation's environment
        QString baseUrl; ///< ANTHROPIC_BASE_URL when non-empty (fake server, gateway)
        QString workingDirectory; ///< project root inside the sandbox
        /// true: --dangerously-skip-permissions; false: --permission-mode bypassPermissions.
        /// Both need a non-root uid (sandbox processes run as "user").
        bool useSkipPermissionsFlag = false;
        QString program = QStringLiteral("claude");
        /// Sets IS_SANDBOX=1, which lets bypass mode run even if the sandbox user is root.
        bool markAsSandbox = true;
    };

    /// Linux limits one argv string to 128 KiB (MAX_ARG_STRLEN); prompts are passed as an
    /// argument, so callers keep them below this (the brief and feedback renderers do).
    static constexpr int MaxPromptBytes = 100 * 1024;

    /// `claude -p <prompt> --output-format stream-json --verbose [--max-turns N] [--model M]
    ///  --permission-mode bypassPermissions [--max-budget-usd X] [--resume <id>]` plus environment
    /// ANTHROPIC_API_KEY, [ANTHROPIC_BASE_URL], CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1,
    /// DISABLE_AUTOUPDATER=1, DISABLE_TELEMETRY=1, DISABLE_ERROR_REPORTING=1 [, IS_SANDBOX=1].
    static ClaudeInvocation build(const Options &options);

    /// Version installed by installCommand(); the last release shipping cli.js (no native
    /// binary download of several hundred MB).
    static QString pinnedVersion() { return QStringLiteral("2.1.112"); }
    static QString packageName() { return QStringLiteral("@anthropic-ai/claude-code"); }

    /// Shell line (for bash -l -c) installing the pinned CLI into ~/.local as the sandbox user.
    static QString installCommand(const QString &version = pinnedVersion());

    /// Shell line that exits 0 and prints the version when `claude` is usable (looks in
    /// ~/.local/bin too); non-zero otherwise.
    static QString presenceCheckCommand();

    /// Extracts "2.1.112" from `claude --version` output ("2.1.112 (Claude Code)"); empty if none.
    static QString parseVersion(const QString &versionOutput);

    /// POSIX single-quote quoting: the result is one word for sh/bash whatever `s` contains.
    static QString shellQuote(const QString &s);
};

} // namespace Autocoder::Agent
