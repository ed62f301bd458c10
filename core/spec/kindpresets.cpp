#include "spec/kindpresets.h"

namespace Autocoder::Spec {

namespace {

ProjectSpec::Commands bunCommands()
{
    return { QStringLiteral("bun install"), QStringLiteral("bun test"),
             QStringLiteral("bun run build"), QString() };
}

} // namespace

QList<KindPreset> KindPresets::all()
{
    QList<KindPreset> presets;

    KindPreset bunLibrary;
    bunLibrary.id = QStringLiteral("bun-library");
    bunLibrary.displayName = tr("Library (Bun, TypeScript)");
    bunLibrary.testRunner = QStringLiteral("bun test");
    bunLibrary.language = QStringLiteral("TypeScript");
    bunLibrary.defaultCommands = bunCommands();
    bunLibrary.starterDescription =
        tr("A small TypeScript library that parses durations such as \"1h30m\" into seconds "
           "and formats seconds back into that form.");
    presets.append(bunLibrary);

    KindPreset bunCli;
    bunCli.id = QStringLiteral("bun-cli");
    bunCli.displayName = tr("Command-line tool (Bun, TypeScript)");
    bunCli.testRunner = QStringLiteral("bun test");
    bunCli.language = QStringLiteral("TypeScript");
    bunCli.defaultCommands = bunCommands();
    bunCli.starterDescription =
        tr("A command-line tool that counts words, lines and characters of the files given as "
           "arguments (or standard input) and prints a table.");
    presets.append(bunCli);

    KindPreset bunWeb;
    bunWeb.id = QStringLiteral("bun-web");
    bunWeb.displayName = tr("Static web page (Bun, TypeScript, no framework)");
    bunWeb.testRunner = QStringLiteral("bun test");
    bunWeb.language = QStringLiteral("TypeScript");
    bunWeb.defaultCommands = bunCommands();
    bunWeb.starterDescription =
        tr("A single-page tip calculator: enter the bill and the number of people, choose a tip "
           "percentage, see what each person pays. Plain HTML, CSS and TypeScript.");
    presets.append(bunWeb);

    KindPreset nodeLibrary;
    nodeLibrary.id = QStringLiteral("node-library");
    nodeLibrary.displayName = tr("Library (Node.js, JavaScript)");
    nodeLibrary.testRunner = QStringLiteral("node --test");
    nodeLibrary.language = QStringLiteral("JavaScript");
    nodeLibrary.defaultCommands = { QStringLiteral("npm install"), QStringLiteral("node --test"),
                                    QStringLiteral("npm run build"), QString() };
    nodeLibrary.starterDescription =
        tr("A small JavaScript library (ES modules) that validates and normalises e-mail "
           "addresses, with no dependencies.");
    presets.append(nodeLibrary);

    return presets;
}

QStringList KindPresets::ids()
{
    QStringList result;
    const QList<KindPreset> presets = all();
    for (const KindPreset &p : presets)
        result.append(p.id);
    return result;
}

KindPreset KindPresets::find(const QString &id)
{
    const QList<KindPreset> presets = all();
    for (const KindPreset &p : presets) {
        if (p.id == id)
            return p;
    }
    return {};
}

bool KindPresets::contains(const QString &id)
{
    return find(id).isValid();
}

QString KindPresets::defaultId()
{
    return QStringLiteral("bun-library");
}

} // namespace Autocoder::Spec
