// autocoder-fake-anthropic: the scripted fake Anthropic API as a program, for trying
// `autocoder run` by hand: ANTHROPIC_BASE_URL=<printed url> autocoder run ...
#include "fakeanthropicserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption scenario(
        QStringLiteral("scenario"), QStringLiteral("Scenario JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 = any)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    p.addOptions({ scenario, port });
    p.process(app);
    QString error;
    auto s = Autocoder::Testing::FakeAnthropicScenario::fromFile(p.value(scenario), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    Autocoder::Testing::FakeAnthropicServer server(s);
    const quint16 bound = server.listen(quint16(p.value(port).toUInt()));
    if (!bound) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    std::printf("Listening on http://127.0.0.1:%u\n", unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
