// Runs tests/sandboxd/conformance.mjs (the official E2B JS SDK, unchanged) against a freshly
// started autocoder-sandboxd: port 0, a temporary data dir, a known API key. Exit code is the
// script's: 0 pass, 1 fail, 77 skip (no node or no `e2b` package).
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        std::printf("SKIP: node is not installed\n");
        return 77;
    }
    QTemporaryDir dir;
    const QString key = QStringLiteral("e2b_00112233445566778899aabbccddeeff");
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_API_KEY"), key);
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                       dir.path() + QStringLiteral("/data") };
    const QString templates = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    if (!templates.isEmpty())
        args << QStringLiteral("--templates-dir") << templates;
    server.start(QStringLiteral(SANDBOXD_BINARY), args);
    if (!server.waitForStarted(10000)) {
        std::printf("FAIL: cannot start %s\n", SANDBOXD_BINARY);
        return 1;
    }
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(10000))
        line += server.readAllStandardOutput();
    const QByteArray prefix = "Listening on ";
    if (!line.startsWith(prefix)) {
        std::printf("FAIL: unexpected first line from the server: %s\n", line.constData());
        server.kill();
        server.waitForFinished();
        return 1;
    }
    const QString url = QString::fromUtf8(line.mid(prefix.size()).trimmed());

    QProcess script;
    QProcessEnvironment scriptEnv = QProcessEnvironment::systemEnvironment();
    scriptEnv.insert(QStringLiteral("E2B_API_URL"), url);
    scriptEnv.insert(QStringLiteral("E2B_SANDBOX_URL"), url);
    scriptEnv.insert(QStringLiteral("E2B_API_KEY"), key);
    script.setProcessEnvironment(scriptEnv);
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(node, { QStringLiteral(CONFORMANCE_SCRIPT) });
    script.waitForFinished(170000);
    const int code = script.exitStatus() == QProcess::NormalExit ? script.exitCode() : 1;

    server.terminate();
    if (!server.waitForFinished(10000)) {
        server.kill();
        server.waitForFinished();
    }
    return code;
}
