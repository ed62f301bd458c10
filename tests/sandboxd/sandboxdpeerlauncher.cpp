// Starts autocoder-sandboxd (port 0, a temporary data dir, a known API key) and runs a client
// against it with E2B_API_URL/E2B_SANDBOX_URL/E2B_API_KEY and AUTOCODER_E2B_TEST_URL/_API_KEY
// set. Without arguments the client is `node conformance.mjs` (the official E2B JS SDK,
// unchanged); otherwise the arguments are the client command (e.g. a core/e2b scenario test).
// Exit code is the client's: 0 pass, 1 fail, 77 skip (e.g. no node or no `e2b` package).
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList client = app.arguments().mid(1);
    if (client.isEmpty()) {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            std::printf("SKIP: node is not installed\n");
            return 77;
        }
        client = QStringList { node, QStringLiteral(CONFORMANCE_SCRIPT) };
    }
    QTemporaryDir dir;
    const QString key = QStringLiteral("e2b_00112233445566778899aabb");
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
    scriptEnv.insert(QStringLiteral("AUTOCODER_E2B_TEST_URL"), url);
    scriptEnv.insert(QStringLiteral("AUTOCODER_E2B_TEST_API_KEY"), key);
    script.setProcessEnvironment(scriptEnv);
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(client.first(), client.mid(1));
    script.waitForFinished(170000);
    const int code = script.exitStatus() == QProcess::NormalExit ? script.exitCode() : 1;

    server.terminate();
    if (!server.waitForFinished(10000)) {
        server.kill();
        server.waitForFinished();
    }
    return code;
}
