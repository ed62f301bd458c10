#include "serveroptions.h"

#include "common/appfolders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <climits>
#include <unistd.h>

namespace Autocoder {

bool parseServerOptions(const QCoreApplication &app, ServerOptions *out, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Local E2B-compatible sandbox server (bubblewrap isolation) on 127.0.0.1.\n"
        "One server per data folder. The API key is read from <data-dir>/sandboxd.key (created\n"
        "with mode 0600 if missing) or --api-key-file; for a server run by hand,\n"
        "AUTOCODER_SANDBOXD_API_KEY overrides the data folder's key file.\n"
        "Exit status: 0 stopped or idle, 1 error, 2 bad usage, 3 the data folder is in use."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QCoreApplication::translate("main", "TCP port (0 = any free)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory for sandboxes and templates."),
        QStringLiteral("DIR"));
    const QCommandLineOption templatesOption(
        QStringLiteral("templates-dir"),
        QCoreApplication::translate("main", "Prepared templates (default: <data-dir>/templates)."),
        QStringLiteral("DIR"));
    const QCommandLineOption uploadOption(
        QStringLiteral("max-upload-bytes"),
        QCoreApplication::translate("main", "Largest accepted /files upload."),
        QStringLiteral("BYTES"));
    const QCommandLineOption maxSandboxesOption(
        QStringLiteral("max-sandboxes"),
        QCoreApplication::translate("main", "Most sandboxes alive at once (default 100)."),
        QStringLiteral("N"));
    const QCommandLineOption uidOption(
        QStringLiteral("sandbox-uid"),
        QCoreApplication::translate("main",
                                    "Host uid/gid sandboxes run as when the server runs as "
                                    "root (default 65534; -1 = root's own)."),
        QStringLiteral("UID"));
    const QCommandLineOption keyFileOption(
        QStringLiteral("api-key-file"),
        QCoreApplication::translate("main",
                                    "File holding the API key; must be this user's, mode 0600 "
                                    "(default: <data-dir>/sandboxd.key)."),
        QStringLiteral("PATH"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-exit-seconds"),
        QCoreApplication::translate("main",
                                    "Exit after this long with no sandbox and no request "
                                    "(default 600; 0 = never)."),
        QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption resolveOption(
        QStringLiteral("resolve"),
        QCoreApplication::translate("main",
                                    "Resolve NAME to ADDRESS in the egress proxy without DNS "
                                    "(repeatable)."),
        QStringLiteral("NAME=ADDRESS"));
    const QCommandLineOption strictResolveOption(
        QStringLiteral("no-dns"),
        QCoreApplication::translate("main",
                                    "The egress proxy resolves only --resolve names and IP "
                                    "addresses; no DNS query leaves the server."));
    const QCommandLineOption processesOption(
        QStringLiteral("max-processes"),
        QCoreApplication::translate("main", "Processes per sandbox (default 1024)."),
        QStringLiteral("N"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory-mb"),
        QCoreApplication::translate("main", "Memory per sandbox in MiB (default 4096)."),
        QStringLiteral("MIB"));
    const QCommandLineOption cpusOption(
        QStringLiteral("cpus"),
        QCoreApplication::translate("main", "CPUs per sandbox (default: all of the host's)."),
        QStringLiteral("N"));
    const QCommandLineOption diskOption(
        QStringLiteral("disk-mb"),
        QCoreApplication::translate("main", "Disk space per sandbox in MiB (default 10240)."),
        QStringLiteral("MIB"));
    const QCommandLineOption rlimitsOption(
        QStringLiteral("rlimits-only"),
        QCoreApplication::translate("main",
                                    "Bound sandboxes with rlimits even where cgroups are "
                                    "usable (processes per host uid, memory per process, no "
                                    "CPU bound)."));
    parser.addOptions({ portOption, dataOption, templatesOption, uploadOption, maxSandboxesOption,
                        uidOption, keyFileOption, idleOption, processesOption, memoryOption,
                        cpusOption, diskOption, rlimitsOption, resolveOption,
                        strictResolveOption });
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main",
                                    "Optional: prepare-templates (install the 'claude' "
                                    "template's packages, then exit)."),
        QStringLiteral("[prepare-templates]"));
    parser.process(app);
    Sandboxd::ServerConfig &config = out->config;

    config.dataDir = parser.value(dataOption);
    if (config.dataDir.isEmpty())
        config.dataDir = Common::AppFolders::sandboxdDataDir();
    config.dataDir = QDir(config.dataDir).absolutePath();
    if (parser.isSet(templatesOption))
        config.templatesDir = QDir(parser.value(templatesOption)).absolutePath();
    if (parser.isSet(uploadOption))
        config.maxUploadBytes = parser.value(uploadOption).toLongLong();

    // A root server never lets sandboxed code be host root: it runs as an unprivileged uid.
    if (::geteuid() == 0)
        config.sandboxUid = parser.isSet(uidOption) ? parser.value(uidOption).toInt() : 65534;
    if (parser.isSet(maxSandboxesOption))
        config.maxSandboxes = qMax(1, parser.value(maxSandboxesOption).toInt());

    const QStringList resolves = parser.values(resolveOption);
    for (const QString &entry : resolves) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QHostAddress address(eq > 0 ? entry.mid(eq + 1) : QString());
        if (address.isNull()) {
            *error = QCoreApplication::translate("main", "Invalid --resolve %1 (use NAME=ADDRESS)")
                         .arg(entry);
            return false;
        }
        config.resolveOverrides[entry.left(eq).toLower()].append(address);
    }
    config.strictResolve = parser.isSet(strictResolveOption);
    // Server-wide defaults for every sandbox; a create request may change them within bounds.
    const auto limitValue = [&parser](const QCommandLineOption &option, qint64 fallback, bool *ok) {
        if (!parser.isSet(option))
            return fallback;
        return parser.value(option).toLongLong(ok);
    };
    bool valuesOk = true;
    const auto asInt = [](qint64 v) {
        return int(qBound(qint64(0), v, qint64(INT_MAX)));
    };
    config.limits.maxProcesses =
        asInt(limitValue(processesOption, config.limits.maxProcesses, &valuesOk));
    config.limits.memoryMB = limitValue(memoryOption, config.limits.memoryMB, &valuesOk);
    config.limits.cpuCount = asInt(limitValue(cpusOption, 0, &valuesOk));
    config.limits.diskSizeMB = limitValue(diskOption, config.limits.diskSizeMB, &valuesOk);
    config.forceRlimits = parser.isSet(rlimitsOption);
    QString limitsError;
    if (!valuesOk || !config.limits.validate(&limitsError)) {
        *error = valuesOk
            ? QCoreApplication::translate("main", "Invalid limit: %1").arg(limitsError)
            : QCoreApplication::translate("main", "Invalid limit: not an integer");
        return false;
    }

    const QStringList positional = parser.positionalArguments();
    const bool prepare = out->prepareTemplates =
        positional.size() == 1 && positional.first() == QLatin1String("prepare-templates");
    if (!positional.isEmpty() && !prepare) {
        *error = QCoreApplication::translate("main", "Unknown command: %1")
                     .arg(positional.join(QLatin1Char(' ')));
        return false;
    }

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    out->port = quint16(port);
    if (!portOk || port > 65535) {
        *error =
            QCoreApplication::translate("main", "Invalid port: %1").arg(parser.value(portOption));
        return false;
    }
    bool idleOk = false;
    const int idleSeconds = out->idleSeconds = parser.value(idleOption).toInt(&idleOk);
    if (!idleOk || idleSeconds < 0) {
        *error = QCoreApplication::translate("main", "Invalid --idle-exit-seconds: %1")
                     .arg(parser.value(idleOption));
        return false;
    }
    if (parser.isSet(keyFileOption))
        out->apiKeyFile = parser.value(keyFileOption);
    return true;
}

} // namespace Autocoder
