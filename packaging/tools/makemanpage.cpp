// makemanpage: runs a program with --help (and each named command with --help) and writes
// its man page. Used at build time; see packaging/CMakeLists.txt.
//
//     makemanpage --program PATH --name NAME --summary TEXT --version V --date D
//                 [--command NAME=SUMMARY ...] [--see-also PAGE(S) ...] --output FILE

#include "helptext.h"
#include "manpagewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Autocoder;
using Autocoder::Packaging::HelpText;
using Autocoder::Packaging::ManPageWriter;

namespace {

// The help as anyone would read it: English, with no display and no settings or data of
// the person building (the program must not touch their home folder).
QProcessEnvironment helpEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A sanitizer build reports leaks at exit as a failure; --help is not where to look.
    if (!env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    return env;
}

Result<HelpText> helpOf(const QString &program, QStringList args, const QString &home)
{
    args.append(QStringLiteral("--help"));
    QProcess process;
    process.setProcessEnvironment(helpEnvironment(home));
    process.start(program, args);
    const QString command = program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    if (!process.waitForStarted(10000))
        return failure(QStringLiteral("%1: %2").arg(command, process.errorString()));
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return failure(QStringLiteral("%1: no answer within 60 s").arg(command));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return failure(QStringLiteral("%1: exit status %2: %3")
                           .arg(command)
                           .arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError())));
    }
    Result<HelpText> help =
        HelpText::parse(QString::fromLocal8Bit(process.readAllStandardOutput()));
    if (!help)
        return failure(QStringLiteral("%1: %2").arg(command, help.error()));
    return help;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "makemanpage: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption programOpt(QStringLiteral("program"), QStringLiteral("Program."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("Its name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption summaryOpt(QStringLiteral("summary"),
                                        QStringLiteral("The NAME section's text."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), QStringLiteral("Version."),
                                        QStringLiteral("V"));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QStringLiteral("Date."),
                                     QStringLiteral("D"));
    const QCommandLineOption commandOpt(QStringLiteral("command"),
                                        QStringLiteral("A command with its own --help."),
                                        QStringLiteral("NAME=SUMMARY"));
    const QCommandLineOption seeAlsoOpt(QStringLiteral("see-also"),
                                        QStringLiteral("A related page."), QStringLiteral("PAGE"));
    const QCommandLineOption outputOpt(QStringLiteral("output"), QStringLiteral("Output file."),
                                       QStringLiteral("FILE"));
    parser.addHelpOption();
    parser.addOptions({ programOpt, nameOpt, summaryOpt, versionOpt, dateOpt, commandOpt,
                        seeAlsoOpt, outputOpt });
    parser.process(app);
    for (const QCommandLineOption &required : { programOpt, nameOpt, summaryOpt, outputOpt }) {
        if (!parser.isSet(required))
            return fail(QStringLiteral("--%1 is required").arg(required.names().constFirst()));
    }

    QTemporaryDir home;
    if (!home.isValid())
        return fail(QStringLiteral("cannot create a temporary folder"));
    const QString program = parser.value(programOpt);

    ManPageWriter::Page page;
    page.name = parser.value(nameOpt);
    page.summary = parser.value(summaryOpt);
    page.version = parser.value(versionOpt);
    page.date = parser.value(dateOpt);
    page.seeAlso = parser.values(seeAlsoOpt);
    Result<HelpText> help = helpOf(program, {}, home.path());
    if (!help)
        return fail(help.error());
    page.help = std::move(*help);
    for (const QString &spec : parser.values(commandOpt)) {
        const int eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("--command %1: expected NAME=SUMMARY").arg(spec));
        ManPageWriter::Command command;
        command.name = spec.left(eq);
        command.summary = spec.mid(eq + 1);
        Result<HelpText> commandHelp = helpOf(program, { command.name }, home.path());
        if (!commandHelp)
            return fail(commandHelp.error());
        command.help = std::move(*commandHelp);
        page.commands.append(command);
    }

    QSaveFile out(parser.value(outputOpt));
    if (!out.open(QIODevice::WriteOnly) || out.write(ManPageWriter::write(page).toUtf8()) < 0
        || !out.commit())
        return fail(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    return 0;
}
