// Entry point of `autocoder`: the desktop application, plus headless
// subcommands that never need a display.

#include "clicommand.h"
#include "common/appinfo.h"
#include "common/foldermigration.h"
#include "feedpublisher.h"
#include "headlesscli.h"
#include "mainwindow.h"
#include "runlauncher.h"
#include "settings/appsettings.h"
#include "settings/uilanguage.h"
#include "theme/icons.h"
#include "verify/verifycontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>

#include <cstring>

namespace {

// --help, --version and the headless subcommands must work without a display,
// so they are recognised before any QGuiApplication exists.
QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

bool wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        for (const char *console : { "-h", "--help", "--help-all", "-v", "--version" }) {
            if (std::strcmp(arg, console) == 0)
                return true;
        }
    }
    return false;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Describe the software you want; an agent writes it in an "
        "isolated sandbox while Autocoder installs, tests and builds it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main",
                                    "Optional headless command: run, runs, resume or verify "
                                    "(see `autocoder run --help`). Without one, the window opens."),
        QStringLiteral("[command]"));
}

// The system's language, or the one chosen in Settings; Qt's own strings (standard buttons)
// too, and numbers and dates formatted for it. Before any text is made: the headless commands'
// output is read by people as well.
void installTranslators()
{
    const QString choice = Autocoder::Ui::AppSettings::load().language;
    Autocoder::Ui::UiLanguage::setActiveChoice(choice);
    Autocoder::Ui::UiLanguage::install(Autocoder::Ui::UiLanguage::localeFor(choice));
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (Autocoder::Cli::isHeadlessCommand(args)) {
        QCoreApplication app(argc, argv);
        Autocoder::Common::AppInfo::apply(app);
        // Before anything reads settings or data: the GUI and the headless commands share them.
        // Not for `run --help` (man pages are made from it at build time).
        if (!wantsConsoleOnly(argc, argv))
            Autocoder::Common::FolderMigration::migrateLegacyFolders();
        installTranslators();
        return Autocoder::Cli::runHeadlessCommand(app, args);
    }
    if (wantsConsoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        Autocoder::Common::AppInfo::apply(app);
        installTranslators();
        QCommandLineParser parser;
        addCommonOptions(parser);
        parser.process(app); // prints and exits for --help / --version
        return 0;
    }

    QApplication app(argc, argv);
    Autocoder::Common::AppInfo::apply(app);
    Autocoder::Common::FolderMigration::migrateLegacyFolders();
    QApplication::setApplicationDisplayName(Autocoder::Common::AppInfo::displayName());
    QApplication::setDesktopFileName(Autocoder::Common::AppInfo::appId());
    // Bundled, so the window has its icon before (or without) the desktop entry installed.
    QApplication::setWindowIcon(Autocoder::Ui::applicationIcon());
    installTranslators();

    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.process(app);

    using Autocoder::Ui::MainWindow;
    MainWindow window;
    // A child of the window made after its run manager: the runs go before the backends.
    auto *launcher = new Autocoder::Ui::RunLauncher(window.runManager(), &window);
    QObject::connect(&window, &MainWindow::runRequested, launcher,
                     &Autocoder::Ui::RunLauncher::start);
    QObject::connect(&window, &MainWindow::resumeRequested, launcher,
                     &Autocoder::Ui::RunLauncher::resume);
    auto *verifier = new Autocoder::Ui::VerifyController(launcher, &window, &window);
    QObject::connect(&window, &MainWindow::verifyRequested, verifier,
                     &Autocoder::Ui::VerifyController::verify);
    QObject::connect(launcher, &Autocoder::Ui::RunLauncher::startFailed, &window,
                     &MainWindow::reopenWizard);
    QObject::connect(
        launcher, &Autocoder::Ui::RunLauncher::failed, &window, [&window](const QString &message) {
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        QApplication::translate("main", "Run not started"), message,
                                        QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    QObject::connect(
        launcher, &Autocoder::Ui::RunLauncher::reattaching, &window,
        [&window](const QString &runId) {
            window.statusBar()->showMessage(
                QApplication::translate("main", "Re-attaching run %1 to its sandbox").arg(runId),
                8000);
        });
    // The app's own runs on an event feed, when Settings asks for it.
    auto *publisher = new Autocoder::Ui::FeedPublisher(window.runManager(), &window);
    const auto feedFailed = [&window](const QString &message) {
        qWarning().noquote() << message;
        window.statusBar()->showMessage(message, 10000);
    };
    QObject::connect(publisher, &Autocoder::Ui::FeedPublisher::failed, &window, feedFailed);
    if (const auto applied = publisher->apply(Autocoder::Ui::AppSettings::load()); !applied)
        feedFailed(applied.error());
    window.restoreWindowState();
    window.show();
    window.enableSetupChecks();
    // Runs left running when the app last closed (or crashed): re-attach the ones whose
    // sandbox still lives; the rest show "Interrupted", with Resume.
    launcher->recoverInterrupted();
    return QApplication::exec();
}
