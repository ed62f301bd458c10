// autocoder-sandboxd: the local E2B-compatible sandbox server (see core/sandboxd).
#include "common/appfolders.h"
#include "common/appinfo.h"
#include "common/foldermigration.h"
#include "sandboxd/apikeyfile.h"
#include "sandboxd/datadirlock.h"
#include "sandboxd/hostresolver.h"
#include "sandboxd/idleexit.h"
#include "sandboxd/resourcelimiter.h"
#include "sandboxd/sandboxserver.h"
#include "sandboxd/serveraddressfile.h"
#include "sandboxd/templatestore.h"
#include "serveroptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Autocoder;

namespace {
int signalPipe[2] = { -1, -1 };

// Exit statuses besides 0 (stopped or idle) and 1 (could not serve).
constexpr int ExitUsage = 2;
constexpr int ExitDataDirInUse = 3;

void printError(const QString &message)
{
    std::fprintf(stderr, "autocoder-sandboxd: %s\n", qPrintable(message));
}

// The data folder belongs to one server at a time: the lock is taken before
// anything in it is read or changed, and kept until the process ends.
int lockDataDir(Autocoder::Sandboxd::DataDirLock &lock, const QString &dataDir)
{
    using Autocoder::Sandboxd::DataDirLock;
    QString error;
    const DataDirLock::Result r = lock.acquire(500, &error);
    if (r == DataDirLock::Result::Failed) {
        printError(error);
        return 1;
    }
    if (r == DataDirLock::Result::Held) {
        const auto holder = Autocoder::Sandboxd::ServerAddressFile::read(dataDir);
        printError(holder ? QCoreApplication::translate(
                                "main", "%1 is in use by the server with pid %2 at %3")
                                .arg(dataDir)
                                .arg(holder->pid)
                                .arg(holder->url.toString())
                          : QCoreApplication::translate(
                                "main", "%1 is in use by another server (still starting)")
                                .arg(dataDir));
        return ExitDataDirInUse;
    }
    return 0;
}

// Before anything else: a server serves many clients and sandboxes (raise the descriptor
// limit to what is allowed), and descriptors inherited from whoever started it must not
// reach bwrap and the sandboxes (Qt 6.4's QProcess closes none).
void hardenProcess()
{
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    if (DIR *fds = ::opendir("/proc/self/fd")) {
        while (const dirent *entry = ::readdir(fds)) {
            const int fd = std::atoi(entry->d_name);
            if (fd > STDERR_FILENO && fd != ::dirfd(fds))
                ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
        }
        ::closedir(fds);
    }
}

void onTerminate(int)
{
    const char c = 1;
    // Only async-signal-safe work here: wake the event loop, which quits and cleans up.
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &c, 1);
}

void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &c, 1);
        app.quit();
    });
    struct sigaction sa
    {
    };
    sa.sa_handler = onTerminate;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGHUP, &sa, nullptr);
}

int prepareTemplates(QCoreApplication &app, const Sandboxd::ServerConfig &config,
                     const QString &etcDir)
{
    QTextStream out(stdout);
    // Lives as long as the store: exec() below returns only when preparing is over.
    Sandboxd::HostResolver resolver;
    for (auto it = config.resolveOverrides.cbegin(); it != config.resolveOverrides.cend(); ++it)
        resolver.addOverride(it.key(), it.value());
    resolver.setStrict(config.strictResolve);
    auto *store = new Sandboxd::TemplateStore(config.effectiveTemplatesDir(), etcDir,
                                              config.bwrapProgram, &resolver, &app);
    store->setHostUid(config.sandboxUid);
    // npm runs bounded like a sandbox; the limiter lives as long as the store.
    auto *limiter = new Sandboxd::ResourceLimiter(store);
    std::fprintf(stderr, "autocoder-sandboxd: %s\n",
                 qPrintable(limiter->initialize(config.forceRlimits)));
    store->setLimits(limiter, config.limits);
    QObject::connect(store, &Sandboxd::TemplateStore::progress, &app,
                     [&out](const QString &l) { out << l << Qt::endl; });
    int status = 0;
    // ensure() answers at once when the template is already prepared; exit() only
    // ends a running loop, so the answer must arrive from inside exec().
    QTimer::singleShot(0, store, [store, &app, &out, &status] {
        store->ensure(
            QStringLiteral("claude"), [&app, &out, &status](bool ok, const QString &error) {
                if (!ok) {
                    out << QCoreApplication::translate("main", "Preparing templates failed: %1")
                               .arg(error)
                        << Qt::endl;
                    status = 1;
                } else {
                    out << QCoreApplication::translate("main", "Templates ready: base, claude")
                        << Qt::endl;
                }
                app.exit(status);
            });
    });
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    QCoreApplication app(argc, argv);
    Common::AppInfo::apply(app);
    QCoreApplication::setApplicationName(Common::AppInfo::sandboxdName());

    ServerOptions options;
    if (QString usage; !parseServerOptions(app, &options, &usage)) {
        printError(usage);
        return ExitUsage;
    }
    Sandboxd::ServerConfig &config = options.config;
    const bool prepare = options.prepareTemplates;
    // Started by hand on the default folder before the app ever ran this version: the old
    // folders move here too. A server given its folder (as the app does, after moving them
    // itself) leaves the user's folders alone; so do --help and bad usage.
    if (config.dataDir == QDir(Common::AppFolders::sandboxdDataDir()).absolutePath())
        Common::FolderMigration::migrateLegacyFolders();

    if (prepare && !config.templatesDir.isEmpty()) {
        // Templates outside the data folder: prepare them without touching it, so this
        // works while a server uses the folder. The sandbox's /etc goes to a scratch folder.
        QTemporaryDir scratch;
        if (!scratch.isValid()
            || !QFile::setPermissions(scratch.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther)) {
            printError(QCoreApplication::translate("main", "Cannot create a scratch folder"));
            return 1;
        }
        return prepareTemplates(app, config, scratch.filePath(QStringLiteral("etc")));
    }

    Sandboxd::DataDirLock lock(config.dataDir);
    if (const int status = lockDataDir(lock, config.dataDir); status != 0)
        return status;
    if (prepare)
        return prepareTemplates(app, config, config.dataDir + QStringLiteral("/runtime/etc"));

    // A key given by hand in the environment wins over the data folder's file; it is then
    // dropped from this process's environment so nothing started from here inherits it.
    QString keyError;
    if (!options.apiKeyFile.isEmpty()) {
        config.apiKey = Sandboxd::ApiKeyFile::read(options.apiKeyFile, &keyError);
    } else {
        config.apiKey = qEnvironmentVariable("AUTOCODER_SANDBOXD_API_KEY");
        if (config.apiKey.isEmpty())
            config.apiKey = Sandboxd::ApiKeyFile::readOrCreate(
                Sandboxd::ApiKeyFile::defaultPath(config.dataDir), &keyError);
    }
    qunsetenv("AUTOCODER_SANDBOXD_API_KEY");
    if (config.apiKey.isEmpty()) {
        printError(keyError);
        return 1;
    }

    installSignalHandlers(app);
    Sandboxd::SandboxServer server(config);
    QString error;
    const quint16 bound = server.start(options.port, &error);
    if (bound == 0) {
        printError(error);
        return 1;
    }
    Sandboxd::ServerAddress address;
    address.pid = QCoreApplication::applicationPid();
    address.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(bound));
    address.version = QCoreApplication::applicationVersion();
    address.started = QDateTime::currentDateTimeUtc();
    if (!Sandboxd::ServerAddressFile::write(config.dataDir, address, &error)) {
        printError(error);
        return 1;
    }
    Sandboxd::IdleExit idle(&server, options.idleSeconds);
    QObject::connect(&idle, &Sandboxd::IdleExit::idle, &app, [&app] {
        std::fprintf(stderr, "autocoder-sandboxd: idle, exiting\n");
        app.quit();
    });
    std::printf("Listening on http://127.0.0.1:%u\n", unsigned(bound));
    std::fflush(stdout);
    const int status = app.exec();
    // Stop advertising first; the lock goes last, when the process ends.
    Sandboxd::ServerAddressFile::remove(config.dataDir, address.pid);
    return status;
}
