// A client of the shared local server, as the app is one: it gets a server for a
// data folder through LocalSandboxServer, creates a sandbox running
// `sleep <marker>`, prints "READY <url> <server pid> <sandbox id>" and waits to
// be killed. Usage: <sandboxd> <data dir> <templates dir> <marker>
#include "run/localsandboxserver.h"
#include "sandboxdharness.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using Autocoder::Run::LocalSandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: %s SANDBOXD DATA_DIR TEMPLATES_DIR MARKER\n", argv[0]);
        return 2;
    }
    LocalSandboxServer server;
    SandboxdHarness client;
    QObject::connect(&server, &LocalSandboxServer::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "FAILED %s\n", qPrintable(error));
        std::fflush(stderr);
        QCoreApplication::exit(1);
    });
    QObject::connect(&server, &LocalSandboxServer::ready, &app, [&](const QUrl &url) {
        client.port = quint16(url.port());
        client.config.apiKey = server.apiKey();
        QString token;
        const QString id = client.createBase(&token, 300);
        if (id.isEmpty()) {
            QCoreApplication::exit(1);
            return;
        }
        QNetworkReply *start = client.openStream(
            client.nam, id, token, QStringLiteral("process.Process/Start"),
            SandboxdHarness::startRequest(QStringLiteral("exec sleep ") + args.at(4)));
        // The Start stream stays open, as a client's would while its command runs.
        QObject::connect(start, &QNetworkReply::metaDataChanged, &app, [url, id, &server] {
            std::printf("READY %s %lld %s\n", qPrintable(url.toString()),
                        qlonglong(server.serverPid()), qPrintable(id));
            std::fflush(stdout);
        });
    });
    LocalSandboxServer::Options o;
    o.program = args.at(1);
    o.dataDir = args.at(2);
    o.templatesDir = args.at(3);
    o.idleExitSeconds = 60;
    server.start(o);
    return app.exec();
}
