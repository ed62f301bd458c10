#pragma once

#include <QStringList>

class QCoreApplication;

namespace Autocoder::Cli {

/// Exit codes of the headless commands.
enum HeadlessExit {
    ExitGreen = 0, ///< the run is green (or the command succeeded)
    ExitNotGreen = 1, ///< stopped by a limit, or cancelled
    ExitBadInput = 2, ///< bad arguments, unreadable or invalid spec, missing key
    ExitInfrastructure = 3, ///< the sandbox backend or the agent could not run
};

/// `autocoder run --spec FILE --out DIR [--backend local|e2b] [--json] [--overwrite] [--git]
///                [--runs-dir DIR] [--verbose] [--serve-events [ADDR:]PORT
///                [--serve-events-public]]`
/// `autocoder runs [--json] [--runs-dir DIR]`
/// `autocoder verify DIR [--json] [--backend local|e2b] [--verbose] [--allow-out HOST]`:
/// exit code 0 when the project matches its VERIFICATION.json, 1 when it differs, 2 when it
/// cannot be verified.
/// `autocoder resume ID [--out DIR] [--backend local|e2b] [--guidance TEXT] [--json] [--runs-dir
/// DIR] [--serve-events [ADDR:]PORT [--serve-events-public]]`
///
/// `args` are the arguments after the program name, starting with the subcommand (a leading
/// program path is tolerated). Parses them (parseCommandLine()), then executes: ANTHROPIC_API_KEY
/// (required) and ANTHROPIC_BASE_URL come from the environment, E2B_API_KEY for --backend e2b.
/// Runs its own event loop on `app`; SIGINT and SIGTERM cancel the run. With --serve-events, the
/// run's events are published (docs/event-feed.md): AUTOCODER_FEED_TOKEN and
/// AUTOCODER_FEED_READ_ONLY_TOKEN give the tokens, else they are made and kept in the run
/// folder. Returns the exit code.
int runHeadlessCommand(QCoreApplication &app, const QStringList &args);

} // namespace Autocoder::Cli
