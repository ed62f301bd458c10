#include "clicommand.h"

#include "run/runstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Autocoder::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessCli", text);
}

const QStringList &commands()
{
    static const QStringList c { QStringLiteral("run"), QStringLiteral("runs"),
                                 QStringLiteral("resume") };
    return c;
}

QStringList normalize(const QStringList &args)
{
    if (args.size() > 1 && !commands().contains(args.first()) && commands().contains(args.at(1)))
        return args.mid(1);
    return args;
}

QCommandLineOption runsDirOption()
{
    return { QStringLiteral("runs-dir"), tr("Run folders (default: the app data folder)."),
             QStringLiteral("DIR") };
}

Result<CliCommand> parseListRuns(const QStringList &args)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per line."));
    const QCommandLineOption runsDir = runsDirOption();
    p.addOptions({ json, runsDir });
    if (!p.parse(args))
        return failure(p.errorText());
    CliCommand command;
    if (p.isSet(QStringLiteral("help"))) {
        command.helpText = p.helpText();
        return command;
    }
    command.kind = CliCommand::Kind::ListRuns;
    command.json = p.isSet(json);
    command.runsDir = p.value(runsDir);
    return command;
}

Result<CliCommand> parseRunOrResume(const QStringList &args, bool resume)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption specOpt(QStringLiteral("spec"), tr("Project spec (JSON)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"), tr("Folder to save the project into."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption backendOpt(QStringLiteral("backend"), tr("local (default) or e2b."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print events as JSON lines."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        tr("Also print command output."));
    const QCommandLineOption overwriteOpt(QStringLiteral("overwrite"),
                                          tr("Replace a non-empty --out folder."));
    const QCommandLineOption gitOpt(QStringLiteral("git"),
                                    tr("Make --out a git repository, one commit per iteration."));
    const QCommandLineOption runsDirOpt = runsDirOption();
    const QCommandLineOption guidanceOpt(QStringLiteral("guidance"),
                                         tr("Extra instructions for the next agent turn."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption allowOutOpt(
        QStringLiteral("allow-out"),
        tr("Also let the sandbox reach HOST (a domain, *.domain, IP, CIDR or host:port); "
           "repeatable."),
        QStringLiteral("HOST"));
    p.addOptions({ specOpt, outOpt, backendOpt, jsonOpt, verboseOpt, overwriteOpt, gitOpt,
                   runsDirOpt, guidanceOpt, allowOutOpt });
    p.addPositionalArgument(resume ? QStringLiteral("id") : QStringLiteral("run"), QString());
    if (!p.parse(args))
        return failure(p.errorText());
    CliCommand command;
    if (p.isSet(QStringLiteral("help"))) {
        command.helpText = p.helpText();
        return command;
    }
    command.kind = resume ? CliCommand::Kind::Resume : CliCommand::Kind::Run;
    command.specFile = p.value(specOpt);
    command.outDir = p.value(outOpt);
    command.backend = p.value(backendOpt);
    command.json = p.isSet(jsonOpt);
    command.verbose = p.isSet(verboseOpt);
    command.overwrite = p.isSet(overwriteOpt);
    command.git = p.isSet(gitOpt);
    command.runsDir = p.value(runsDirOpt);
    command.guidance = p.value(guidanceOpt);
    command.allowOut = p.values(allowOutOpt);

    const QStringList positional = p.positionalArguments(); // the subcommand, then the id
    if (resume) {
        if (positional.size() != 2 || !Run::RunStore::isValidId(positional.at(1)))
            return failure(tr("Usage: autocoder resume ID [--out DIR]"));
        command.runId = positional.at(1);
    } else if (!p.isSet(specOpt) || command.outDir.isEmpty()) {
        return failure(
            tr("Usage: autocoder run --spec FILE --out DIR [--backend local|e2b] [--json]"));
    }
    if (p.isSet(backendOpt) && command.backend != QLatin1String("local")
        && command.backend != QLatin1String("e2b"))
        return failure(tr("Unknown backend \"%1\" (use local or e2b).").arg(command.backend));
    return command;
}

} // namespace

bool isHeadlessCommand(const QStringList &args)
{
    const QStringList a = normalize(args);
    return !a.isEmpty() && commands().contains(a.first());
}

Result<CliCommand> parseCommandLine(const QStringList &args)
{
    const QStringList a = normalize(args);
    if (a.isEmpty() || !commands().contains(a.first()))
        return failure(tr("Usage: autocoder run|runs|resume ..."));
    // QCommandLineParser expects the program name first.
    QStringList withProgram = a;
    withProgram.prepend(QStringLiteral("autocoder"));
    if (a.first() == QLatin1String("runs"))
        return parseListRuns(withProgram);
    return parseRunOrResume(withProgram, a.first() == QLatin1String("resume"));
}

QString resumeCommandLine(const CliCommand &command, const QString &runId)
{
    const auto quoted = [](const QString &arg) {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
        if (plain.match(arg).hasMatch())
            return arg;
        QString q = arg;
        q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + q + QLatin1Char('\'');
    };
    QStringList args { QStringLiteral("autocoder"), QStringLiteral("resume"), quoted(runId) };
    if (!command.runsDir.isEmpty())
        args << QStringLiteral("--runs-dir") << quoted(command.runsDir);
    if (!command.backend.isEmpty())
        args << QStringLiteral("--backend") << quoted(command.backend);
    for (const QString &host : command.allowOut)
        args << QStringLiteral("--allow-out") << quoted(host);
    if (!command.outDir.isEmpty())
        args << QStringLiteral("--out") << quoted(command.outDir) << QStringLiteral("--overwrite");
    return args.join(QLatin1Char(' '));
}

} // namespace Autocoder::Cli
