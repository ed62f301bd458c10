#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Autocoder::Cli {

/// Where `--serve-events [ADDR:]PORT` publishes a run's events (docs/event-feed.md).
struct ServeAddress
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0: any free port (the printed URL says which)
    QString given; ///< the argument as given, to repeat it in a resume command
};

/// Parses `PORT`, `ADDR:PORT` (IPv4, or `localhost`) or `[IPv6]:PORT`; PORT 0 to 65535.
/// Nothing but the syntax: whether a non-loopback address may be used is the caller's.
Result<ServeAddress> parseServeAddress(const QString &text);

/// One headless command line, parsed: what to do, and with which options. Only syntax is
/// checked here; the environment (keys), the file system (spec, folders) and the run store
/// are the executor's (runHeadlessCommand()).
struct CliCommand
{
    enum class Kind {
        Help, ///< print helpText and succeed
        ListRuns, ///< `autocoder runs`
        Run, ///< `autocoder run`
        Resume, ///< `autocoder resume ID`
        Verify, ///< `autocoder verify DIR`
    };

    Kind kind = Kind::Help;
    QString helpText;
    QString runsDir; ///< --runs-dir; empty: the app data folder
    bool json = false;
    // run / resume
    QString specFile; ///< run: --spec
    QString outDir; ///< --out (required for run)
    QString backend; ///< --backend as given (local or e2b); empty: the spec's, else local
    QString runId; ///< resume: the run's id
    QString projectDir; ///< verify: the saved project's folder
    QString guidance; ///< resume: --guidance
    QStringList allowOut; ///< --allow-out, repeatable
    /// --serve-events: publish the run's events; an address that is not loopback only with
    /// --serve-events-public (servePublic).
    std::optional<ServeAddress> serveEvents;
    bool servePublic = false;
    bool verbose = false;
    bool overwrite = false;
    bool git = false;
};

/// True if @p args (after the program name; a leading program path is tolerated) start with
/// one of the headless subcommands: run, runs, resume or verify.
bool isHeadlessCommand(const QStringList &args);

/// Parses @p args (as for isHeadlessCommand()). No side effects: the error is a message for
/// the person at the terminal (bad option, missing --spec, a malformed run id, ...).
Result<CliCommand> parseCommandLine(const QStringList &args);

/// The shell command that goes on with run @p runId started by @p command: `autocoder resume
/// ID` with the runs folder, backend, allowed hosts, event feed and output folder it was given
/// (the output with --overwrite: the stopped run's files may be there already). Arguments are
/// quoted for a POSIX shell where they need it.
QString resumeCommandLine(const CliCommand &command, const QString &runId);

} // namespace Autocoder::Cli
