#include "headlesscli.h"

#include "clicommand.h"
#include "headlessoutput.h"
#include "headlessrun.h"
#include "headlessverify.h"
#include "interruptnotifier.h"

#include "run/runjournal.h"
#include "run/runstore.h"
#include "spec/projectspec.h"
#include "spec/specvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Autocoder::Cli {

namespace {

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Cli)
};

bool folderIsUsable(const QString &dir, bool overwrite)
{
    const QFileInfo fi(dir);
    if (!fi.exists())
        return true;
    if (!fi.isDir())
        return false;
    return overwrite
        || QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty();
}

QString runsRootOf(const CliCommand &command)
{
    return command.runsDir.isEmpty() ? Run::RunStore::defaultRoot() : command.runsDir;
}

int listRuns(const CliCommand &command)
{
    const Run::RunStore store(runsRootOf(command));
    const QList<Run::RunSummary> runs = store.list();
    if (command.json) {
        for (const Run::RunSummary &r : runs) {
            const QJsonObject o { { QStringLiteral("id"), r.id },
                                  { QStringLiteral("name"), r.name },
                                  { QStringLiteral("status"), r.statusName() },
                                  { QStringLiteral("outcome"), r.outcomeName() },
                                  { QStringLiteral("iteration"), r.iteration },
                                  { QStringLiteral("costUsd"), r.costUsd },
                                  { QStringLiteral("startedAt"),
                                    r.startedAt.toUTC().toString(Qt::ISODateWithMs) } };
            printOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
        return ExitGreen;
    }
    if (runs.isEmpty()) {
        printOut(Tr::tr("No runs yet.\n").toLocal8Bit());
        return ExitGreen;
    }
    // Column headers of `autocoder runs`, in capitals like those of ps and docker ps.
    //: Column header of `autocoder runs`: the run id (at most 20 characters)
    const QString id = Tr::tr("ID");
    //: Column header of `autocoder runs`: the project's name (at most 20 characters)
    const QString name = Tr::tr("NAME");
    //: Column header of `autocoder runs`: running, finished or interrupted (at most 11 characters)
    const QString status = Tr::tr("STATUS");
    //: Column header of `autocoder runs`: how the run ended (at most 20 characters)
    const QString outcome = Tr::tr("OUTCOME");
    //: Column header of `autocoder runs`: the number of iterations (at most 4 characters)
    const QString iterations = Tr::tr("ITER");
    //: Column header of `autocoder runs`: the agent's cost in dollars
    const QString cost = Tr::tr("COST");
    QString table = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(id, -20)
                        .arg(name, -20)
                        .arg(status, -11)
                        .arg(outcome, -20)
                        .arg(iterations, 4)
                        .arg(cost);
    for (const Run::RunSummary &r : runs) {
        table += QStringLiteral("%1  %2  %3  %4  %5  $%6\n")
                     .arg(r.id, -20)
                     .arg(r.name.left(20), -20)
                     .arg(r.statusName(), -11)
                     .arg(r.outcomeName(), -20)
                     .arg(r.iteration, 4)
                     .arg(r.costUsd, 0, 'f', 4);
    }
    printOut(table.toLocal8Bit());
    return ExitGreen;
}

/// The spec to run: read and validated from --spec, or a resumed run's own. Printed
/// errors and nullopt when it cannot be had.
std::optional<Spec::ProjectSpec> loadSpec(const CliCommand &command, const QString &runsRoot)
{
    if (command.kind == CliCommand::Kind::Resume) {
        QString error;
        Run::RunState state;
        if (!Run::RunStore(runsRoot).load(command.runId, &state, &error)) {
            printErr(error + QLatin1Char('\n'));
            return std::nullopt;
        }
        const Result<Spec::ProjectSpec> spec = Spec::ProjectSpec::parse(
            Run::RunJournal::readSpec(Run::RunStore(runsRoot).runDir(command.runId)));
        if (!spec) {
            printErr(Tr::tr("The run's spec cannot be read: %1\n").arg(spec.error()));
            return std::nullopt;
        }
        return *spec;
    }
    QFile f(command.specFile);
    if (!f.open(QIODevice::ReadOnly)) {
        printErr(Tr::tr("Cannot read %1: %2\n").arg(f.fileName(), f.errorString()));
        return std::nullopt;
    }
    const Result<Spec::ProjectSpec> parsed = Spec::ProjectSpec::parse(f.readAll());
    if (!parsed) {
        printErr(Tr::tr("%1: %2\n").arg(f.fileName(), parsed.error()));
        return std::nullopt;
    }
    const Spec::ProjectSpec &spec = *parsed;
    const QList<Spec::ValidationIssue> issues = Spec::SpecValidator::validate(spec);
    if (!issues.isEmpty()) {
        for (const Spec::ValidationIssue &i : issues)
            printErr(QStringLiteral("%1: %2: %3\n").arg(f.fileName(), i.field, i.message));
        return std::nullopt;
    }
    return spec;
}

int runOrResume(QCoreApplication &app, const CliCommand &command)
{
    Run::RunOptions options;
    options.runsRoot = runsRootOf(command);
    options.anthropicApiKey = qEnvironmentVariable("ANTHROPIC_API_KEY");
    options.anthropicBaseUrl = qEnvironmentVariable("ANTHROPIC_BASE_URL");
    options.extraAllowOut = command.allowOut;
    options.guidanceSource = QStringLiteral("cli");
    if (options.anthropicApiKey.isEmpty()) {
        printErr(Tr::tr("ANTHROPIC_API_KEY is not set.\n"));
        return ExitBadInput;
    }
    if (!command.outDir.isEmpty() && !folderIsUsable(command.outDir, command.overwrite)) {
        printErr(Tr::tr("%1 is not an empty folder (use --overwrite to replace it).\n")
                     .arg(command.outDir));
        return ExitBadInput;
    }
    const std::optional<Spec::ProjectSpec> spec = loadSpec(command, options.runsRoot);
    if (!spec)
        return ExitBadInput;

    Run::SandboxBackend::Options backend;
    backend.backend = !command.backend.isEmpty() ? command.backend : spec->sandbox.backend;
    if (backend.backend.isEmpty())
        backend.backend = QStringLiteral("local");
    if (backend.backend != QLatin1String("local") && backend.backend != QLatin1String("e2b")) {
        printErr(Tr::tr("Unknown backend \"%1\" (use local or e2b).\n").arg(backend.backend));
        return ExitBadInput;
    }
    backend.templatesDir = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    // backend.dataDir stays empty: the app's default folder (or AUTOCODER_SANDBOXD_DATA_DIR),
    // so both share one server.

    InterruptNotifier interrupts;
    HeadlessRun run(command, options, *spec);
    QObject::connect(&interrupts, &InterruptNotifier::interrupted, &run, &HeadlessRun::interrupt);
    // Queued: done() may come before exec() (a backend that fails at once), and exit() only
    // ends a loop that runs.
    QObject::connect(
        &run, &HeadlessRun::done, &app, [&app](int code) { app.exit(code); }, Qt::QueuedConnection);
    run.start(backend);
    return app.exec();
}

int verify(QCoreApplication &app, const CliCommand &command)
{
    Run::SandboxBackend::Options backend;
    backend.backend = command.backend.isEmpty() ? QStringLiteral("local") : command.backend;
    backend.templatesDir = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    InterruptNotifier interrupts;
    HeadlessVerify verifying(command);
    QObject::connect(&interrupts, &InterruptNotifier::interrupted, &verifying,
                     &HeadlessVerify::interrupt);
    // Queued: done() may come before exec(), and exit() only ends a loop that runs.
    QObject::connect(
        &verifying, &HeadlessVerify::done, &app, [&app](int code) { app.exit(code); },
        Qt::QueuedConnection);
    verifying.start(backend);
    return app.exec();
}

} // namespace

int runHeadlessCommand(QCoreApplication &app, const QStringList &args)
{
    const Result<CliCommand> command = parseCommandLine(args);
    if (!command) {
        printErr(command.error() + QLatin1Char('\n'));
        return ExitBadInput;
    }
    switch (command->kind) {
    case CliCommand::Kind::Help:
        printOut(command->helpText.toLocal8Bit());
        return ExitGreen;
    case CliCommand::Kind::ListRuns:
        return listRuns(*command);
    case CliCommand::Kind::Run:
    case CliCommand::Kind::Resume:
        return runOrResume(app, *command);
    case CliCommand::Kind::Verify:
        return verify(app, *command);
    }
    return ExitBadInput;
}

} // namespace Autocoder::Cli
