#include "clicommand.h"

#include "run/runstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Autocoder::Cli {

namespace {

// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Cli)
};

const QStringList &commands()
{
    static const QStringList c { QStringLiteral("run"), QStringLiteral("runs"),
                                 QStringLiteral("resume"), QStringLiteral("verify") };
    return c;
}

QStringList normalize(const QStringList &args)
{
    if (args.size() > 1 && !commands().contains(args.first()) && commands().contains(args.at(1)))
        return args.mid(1);
    return args;
}

// The options `run`, `resume` and `verify` share: where and how they reach a sandbox.
QCommandLineOption backendOption()
{
    return { QStringLiteral("backend"), Tr::tr("local (default) or e2b."), QStringLiteral("NAME") };
}

QCommandLineOption verboseOption()
{
    return { QStringLiteral("verbose"), Tr::tr("Also print command output.") };
}

QCommandLineOption allowOutOption()
{
    return { QStringLiteral("allow-out"),
             Tr::tr("Also let the sandbox reach HOST (a domain, *.domain, IP, CIDR or host:port); "
                    "repeatable."),
             QStringLiteral("HOST") };
}

QCommandLineOption runsDirOption()
{
    return { QStringLiteral("runs-dir"), Tr::tr("Run folders (default: the app data folder)."),
             QStringLiteral("DIR") };
}

Result<CliCommand> parseListRuns(const QStringList &args)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("One JSON object per line."));
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

Result<CliCommand> parseVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Replays a saved project in a fresh sandbox and compares the result with its "
               "VERIFICATION.json (written when a green run is saved): the files, the install "
               "and test commands with their exit codes, the test counts, the requirements "
               "and the mutation check. Exit status 0 when it matches, 1 when it differs, 2 "
               "when it cannot be verified (no receipt, bad input, the sandbox failed)."));
    p.addHelpOption();
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"),
        Tr::tr("Print the result as one JSON object: status (match, mismatch or error), error "
               "and differences."));
    const QCommandLineOption backendOpt = backendOption();
    const QCommandLineOption verboseOpt = verboseOption();
    const QCommandLineOption allowOutOpt = allowOutOption();
    p.addOptions({ jsonOpt, backendOpt, verboseOpt, allowOutOpt });
    p.addPositionalArgument(QStringLiteral("verify"), QString());
    p.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The saved project's folder."));
    if (!p.parse(args))
        return failure(p.errorText());
    CliCommand command;
    if (p.isSet(QStringLiteral("help"))) {
        command.helpText = p.helpText();
        return command;
    }
    command.kind = CliCommand::Kind::Verify;
    command.json = p.isSet(jsonOpt);
    command.backend = p.value(backendOpt);
    command.verbose = p.isSet(verboseOpt);
    command.allowOut = p.values(allowOutOpt);
    const QStringList positional = p.positionalArguments(); // the subcommand, then the folder
    if (positional.size() != 2 || positional.at(1).isEmpty())
        return failure(Tr::tr("Usage: autocoder verify DIR [--json] [--backend local|e2b]"));
    command.projectDir = positional.at(1);
    if (p.isSet(backendOpt) && command.backend != QLatin1String("local")
        && command.backend != QLatin1String("e2b"))
        return failure(Tr::tr("Unknown backend \"%1\" (use local or e2b).").arg(command.backend));
    return command;
}

/// The reason @p text is not a usable --serve-events value, or the address.
Result<ServeAddress> serveAddressOf(const QString &text, bool allowPublic)
{
    Result<ServeAddress> parsed = parseServeAddress(text);
    if (!parsed)
        return failure(Tr::tr("--serve-events %1: %2").arg(text, parsed.error()));
    if (!parsed->address.isLoopback() && !allowPublic)
        return failure(Tr::tr("--serve-events %1: %2 is not a loopback address. Anyone who can "
                              "reach it could try the token, and the feed is not encrypted: add "
                              "--serve-events-public to serve beyond this machine, behind a "
                              "TLS-terminating proxy.")
                           .arg(text, parsed->address.toString()));
    return parsed;
}

Result<CliCommand> parseRunOrResume(const QStringList &args, bool resume)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption specOpt(QStringLiteral("spec"), Tr::tr("Project spec (JSON)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption outOpt(
        QStringLiteral("out"), Tr::tr("Folder to save the project into."), QStringLiteral("DIR"));
    const QCommandLineOption backendOpt = backendOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print events as JSON lines."));
    const QCommandLineOption verboseOpt = verboseOption();
    const QCommandLineOption overwriteOpt(QStringLiteral("overwrite"),
                                          Tr::tr("Replace a non-empty --out folder."));
    const QCommandLineOption gitOpt(
        QStringLiteral("git"), Tr::tr("Make --out a git repository, one commit per iteration."));
    const QCommandLineOption runsDirOpt = runsDirOption();
    const QCommandLineOption guidanceOpt(QStringLiteral("guidance"),
                                         Tr::tr("Extra instructions for the next agent turn."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption allowOutOpt = allowOutOption();
    const QCommandLineOption serveOpt(
        QStringLiteral("serve-events"),
        Tr::tr("Publish the run's events on ws://ADDR:PORT/ for watchers (the app's File > Attach "
               "to Run...), who may also stop or guide it. ADDR: 127.0.0.1 when left out, "
               "[IPv6] in brackets; PORT 0: any free port. The URL is printed on stderr; the "
               "token is AUTOCODER_FEED_TOKEN, else a new one in the run folder's feed-token "
               "file (mode 0600)."),
        QStringLiteral("[ADDR:]PORT"));
    const QCommandLineOption servePublicOpt(
        QStringLiteral("serve-events-public"),
        Tr::tr("Allow --serve-events on an address that is not loopback (put a TLS-terminating "
               "proxy in front: the feed is plain ws://)."));
    p.addOptions({ specOpt, outOpt, backendOpt, jsonOpt, verboseOpt, overwriteOpt, gitOpt,
                   runsDirOpt, guidanceOpt, allowOutOpt, serveOpt, servePublicOpt });
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
            return failure(Tr::tr("Usage: autocoder resume ID [--out DIR]"));
        command.runId = positional.at(1);
    } else if (!p.isSet(specOpt) || command.outDir.isEmpty()) {
        return failure(
            Tr::tr("Usage: autocoder run --spec FILE --out DIR [--backend local|e2b] [--json]"));
    }
    if (p.isSet(backendOpt) && command.backend != QLatin1String("local")
        && command.backend != QLatin1String("e2b"))
        return failure(Tr::tr("Unknown backend \"%1\" (use local or e2b).").arg(command.backend));
    command.servePublic = p.isSet(servePublicOpt);
    if (p.isSet(serveOpt)) {
        const QStringList values = p.values(serveOpt);
        if (values.size() > 1)
            return failure(Tr::tr("--serve-events is given more than once."));
        Result<ServeAddress> address = serveAddressOf(values.first(), command.servePublic);
        if (!address)
            return failure(address.error());
        command.serveEvents = *address;
    } else if (command.servePublic) {
        return failure(Tr::tr("--serve-events-public needs --serve-events [ADDR:]PORT."));
    }
    return command;
}

} // namespace

Result<ServeAddress> parseServeAddress(const QString &text)
{
    ServeAddress result;
    result.given = text;
    QString host;
    QString port = text;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0)
            return failure(Tr::tr("write an IPv6 address as [ADDR]:PORT"));
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
        if (!QHostAddress(host).isNull()
            && QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return failure(Tr::tr("only an IPv6 address goes in brackets"));
    } else if (text.count(QLatin1Char(':')) > 1) {
        return failure(Tr::tr("write an IPv6 address in brackets: [ADDR]:PORT"));
    } else if (const qsizetype colon = text.indexOf(QLatin1Char(':')); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.isEmpty())
            return failure(Tr::tr("the address before \":\" is missing"));
    }
    // Digits only: toUInt would take "+80" or " 80".
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    bool ok = digits.match(port).hasMatch();
    const uint number = ok ? port.toUInt(&ok) : 0;
    if (!ok || number > 65535)
        return failure(Tr::tr("\"%1\" is not a port (0 to 65535)").arg(port));
    result.port = quint16(number);
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return result;
    // A host name would need a lookup, and could name another address tomorrow.
    const QHostAddress address(host);
    if (address.isNull())
        return failure(Tr::tr("\"%1\" is not an IP address").arg(host));
    if (!address.scopeId().isEmpty())
        return failure(Tr::tr("an IPv6 scope (%1) is not supported").arg(address.scopeId()));
    result.address = address;
    return result;
}

bool isHeadlessCommand(const QStringList &args)
{
    const QStringList a = normalize(args);
    return !a.isEmpty() && commands().contains(a.first());
}

Result<CliCommand> parseCommandLine(const QStringList &args)
{
    const QStringList a = normalize(args);
    if (a.isEmpty() || !commands().contains(a.first()))
        return failure(Tr::tr("Usage: autocoder run|runs|resume|verify ..."));
    // QCommandLineParser expects the program name first.
    QStringList withProgram = a;
    withProgram.prepend(QStringLiteral("autocoder"));
    if (a.first() == QLatin1String("runs"))
        return parseListRuns(withProgram);
    if (a.first() == QLatin1String("verify"))
        return parseVerify(withProgram);
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
    if (command.serveEvents) {
        args << QStringLiteral("--serve-events") << quoted(command.serveEvents->given);
        if (command.servePublic)
            args << QStringLiteral("--serve-events-public");
    }
    if (!command.outDir.isEmpty())
        args << QStringLiteral("--out") << quoted(command.outDir) << QStringLiteral("--overwrite");
    return args.join(QLatin1Char(' '));
}

} // namespace Autocoder::Cli
