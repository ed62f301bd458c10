#include "run/headlesscli.h"

#include "run/headlessprinter.h"
#include "run/runcontroller.h"
#include "run/runjournal.h"
#include "run/runstore.h"
#include "run/sandboxbackend.h"
#include "spec/projectspec.h"
#include "spec/specvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

namespace Autocoder::Run {

namespace {

std::atomic<bool> g_interrupted { false };

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

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

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int exitCodeFor(const QString &outcome)
{
    if (outcome == Outcome::Green)
        return ExitGreen;
    if (outcome == Outcome::InfrastructureError)
        return ExitInfrastructure;
    return ExitNotGreen;
}

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

int listRuns(const QStringList &args)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per line."));
    const QCommandLineOption runsDir(QStringLiteral("runs-dir"),
                                     tr("Run folders (default: the app data folder)."),
                                     QStringLiteral("DIR"));
    p.addOptions({ json, runsDir });
    if (!p.parse(args)) {
        printErr(p.errorText() + QLatin1Char('\n'));
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        printOut(p.helpText().toLocal8Bit());
        return ExitGreen;
    }
    const RunStore store(p.isSet(runsDir) ? p.value(runsDir) : RunStore::defaultRoot());
    const QList<RunSummary> runs = store.list();
    if (p.isSet(json)) {
        for (const RunSummary &r : runs) {
            const QJsonObject o { { QStringLiteral("id"), r.id },
                                  { QStringLiteral("name"), r.name },
                                  { QStringLiteral("status"), r.status },
                                  { QStringLiteral("outcome"), r.outcome },
                                  { QStringLiteral("iteration"), r.iteration },
                                  { QStringLiteral("costUsd"), r.costUsd },
                                  { QStringLiteral("startedAt"),
                                    r.startedAt.toUTC().toString(Qt::ISODateWithMs) } };
            printOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
        return ExitGreen;
    }
    if (runs.isEmpty()) {
        printOut(tr("No runs yet.\n").toLocal8Bit());
        return ExitGreen;
    }
    QString table = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(tr("ID"), -20)
                        .arg(tr("NAME"), -20)
                        .arg(tr("STATUS"), -11)
                        .arg(tr("OUTCOME"), -20)
                        .arg(tr("ITER"), 4)
                        .arg(tr("COST"));
    for (const RunSummary &r : runs) {
        table += QStringLiteral("%1  %2  %3  %4  %5  $%6\n")
                     .arg(r.id, -20)
                     .arg(r.name.left(20), -20)
                     .arg(r.status, -11)
                     .arg(r.outcome, -20)
                     .arg(r.iteration, 4)
                     .arg(r.costUsd, 0, 'f', 4);
    }
    printOut(table.toLocal8Bit());
    return ExitGreen;
}

int runOrResume(QCoreApplication &app, const QStringList &args, bool resume)
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
    const QCommandLineOption runsDirOpt(QStringLiteral("runs-dir"),
                                        tr("Run folders (default: the app data folder)."),
                                        QStringLiteral("DIR"));
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
    if (!p.parse(args)) {
        printErr(p.errorText() + QLatin1Char('\n'));
        return ExitBadInput;
    }
    if (p.isSet(QStringLiteral("help"))) {
        printOut(p.helpText().toLocal8Bit());
        return ExitGreen;
    }
    const QStringList positional = p.positionalArguments();

    RunOptions options;
    options.runsRoot = p.isSet(runsDirOpt) ? p.value(runsDirOpt) : RunStore::defaultRoot();
    options.anthropicApiKey = qEnvironmentVariable("ANTHROPIC_API_KEY");
    options.anthropicBaseUrl = qEnvironmentVariable("ANTHROPIC_BASE_URL");
    options.outDir = p.value(outOpt);
    options.overwrite = p.isSet(overwriteOpt);
    options.gitHistory = p.isSet(gitOpt);
    options.extraAllowOut = p.values(allowOutOpt);
    if (options.anthropicApiKey.isEmpty()) {
        printErr(tr("ANTHROPIC_API_KEY is not set.\n"));
        return ExitBadInput;
    }
    if (!options.outDir.isEmpty() && !folderIsUsable(options.outDir, options.overwrite)) {
        printErr(
            tr("%1 is not an empty folder (use --overwrite to replace it).\n").arg(options.outDir));
        return ExitBadInput;
    }

    Spec::ProjectSpec spec;
    QString runId;
    if (resume) {
        if (positional.size() != 2 || !RunStore::isValidId(positional.at(1))) {
            printErr(tr("Usage: autocoder resume ID [--out DIR]\n"));
            return ExitBadInput;
        }
        runId = positional.at(1);
        QString error;
        RunState state;
        if (!RunStore(options.runsRoot).load(runId, &state, &error)) {
            printErr(error + QLatin1Char('\n'));
            return ExitBadInput;
        }
        spec = Spec::ProjectSpec::fromJson(
            RunJournal::readSpec(RunStore(options.runsRoot).runDir(runId)), &error);
    } else {
        if (!p.isSet(specOpt) || options.outDir.isEmpty()) {
            printErr(
                tr("Usage: autocoder run --spec FILE --out DIR [--backend local|e2b] [--json]\n"));
            return ExitBadInput;
        }
        QFile f(p.value(specOpt));
        if (!f.open(QIODevice::ReadOnly)) {
            printErr(tr("Cannot read %1: %2\n").arg(f.fileName(), f.errorString()));
            return ExitBadInput;
        }
        QString error;
        spec = Spec::ProjectSpec::fromJson(f.readAll(), &error);
        if (!error.isEmpty()) {
            printErr(tr("%1: %2\n").arg(f.fileName(), error));
            return ExitBadInput;
        }
        const QList<Spec::ValidationIssue> issues = Spec::SpecValidator::validate(spec);
        if (!issues.isEmpty()) {
            for (const Spec::ValidationIssue &i : issues)
                printErr(QStringLiteral("%1: %2: %3\n").arg(f.fileName(), i.field, i.message));
            return ExitBadInput;
        }
    }

    const bool json = p.isSet(jsonOpt);
    const bool verbose = p.isSet(verboseOpt);
    SandboxBackend::Options bo;
    bo.backend = p.isSet(backendOpt) ? p.value(backendOpt) : spec.sandbox.backend;
    if (bo.backend.isEmpty())
        bo.backend = QStringLiteral("local");
    if (bo.backend != QLatin1String("local") && bo.backend != QLatin1String("e2b")) {
        printErr(tr("Unknown backend \"%1\" (use local or e2b).\n").arg(bo.backend));
        return ExitBadInput;
    }
    bo.templatesDir = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    // bo.dataDir stays empty: the app's default folder (or AUTOCODER_SANDBOXD_DATA_DIR), so
    // both share one server.

    int exitCode = ExitInfrastructure;
    SandboxBackend backend;
    std::unique_ptr<RunController> controller;
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &app, [&]() {
        if (!g_interrupted)
            return;
        g_interrupted = false;
        printErr(tr("Interrupted: cancelling the run...\n"));
        if (controller && !controller->isFinished())
            controller->cancel();
        else
            app.exit(ExitNotGreen);
    });
    interruptPoll.start(200);

    QObject::connect(&backend, &SandboxBackend::progress, &app,
                     [](const QString &message) { printErr(message + QLatin1Char('\n')); });
    QObject::connect(&backend, &SandboxBackend::failed, &app, [&](const QString &error) {
        printErr(tr("Sandbox backend failed: %1\n").arg(error));
        app.exit(ExitInfrastructure);
    });
    QObject::connect(&backend, &SandboxBackend::ready, &app, [&](SandboxProvider *provider) {
        controller = std::make_unique<RunController>(provider);
        QObject::connect(controller.get(), &RunController::eventEmitted, &app,
                         [json, verbose](const RunEvent &e) {
                             if (json)
                                 printOut(HeadlessPrinter::jsonLine(e));
                             else
                                 printOut(HeadlessPrinter::humanLine(e, verbose).toLocal8Bit());
                         });
        QObject::connect(controller.get(), &RunController::finished, &app,
                         [&](const QString &outcome, const QString &) {
                             exitCode = exitCodeFor(outcome);
                             if (!json && !options.outDir.isEmpty()
                                 && QFileInfo::exists(options.outDir))
                                 printOut(tr("Project saved in %1\n")
                                              .arg(QDir(options.outDir).absolutePath())
                                              .toLocal8Bit());
                             app.exit(exitCode);
                         });
        RunOptions ro = options;
        ro.extraSecrets = backend.secrets();
        QString error;
        const bool started = resume ? controller->resume(runId, ro, p.value(guidanceOpt), &error)
                                    : controller->start(spec, ro, &error);
        if (!started) {
            printErr(error + QLatin1Char('\n'));
            app.exit(ExitBadInput);
        }
    });
    backend.start(bo);
    const int code = app.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    controller.reset();
    return code;
}

} // namespace

bool isHeadlessCommand(const QStringList &args)
{
    const QStringList a = normalize(args);
    return !a.isEmpty() && commands().contains(a.first());
}

int runHeadlessCommand(QCoreApplication &app, const QStringList &args)
{
    const QStringList a = normalize(args);
    if (a.isEmpty() || !commands().contains(a.first())) {
        printErr(tr("Usage: autocoder run|runs|resume ...\n"));
        return ExitBadInput;
    }
    // QCommandLineParser expects the program name first.
    QStringList withProgram = a;
    withProgram.prepend(QStringLiteral("autocoder"));
    if (a.first() == QLatin1String("runs"))
        return listRuns(withProgram);
    return runOrResume(app, withProgram, a.first() == QLatin1String("resume"));
}

} // namespace Autocoder::Run
