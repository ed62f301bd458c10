#include "spec/briefrenderer.h"

#include "spec/kindpresets.h"

#include <QFile>
#include <QRegularExpression>

namespace Autocoder::Spec {

namespace {

QString normalized(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Trailing spaces are invisible in Markdown and would make golden files fragile.
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+(?=\\n|$)"));
    s.replace(trailing, QString());
    return s.trimmed();
}

QString codeSpan(const QString &s)
{
    if (s.contains(QLatin1Char('`')))
        return QStringLiteral("`` ") + s + QStringLiteral(" ``");
    return QLatin1Char('`') + s + QLatin1Char('`');
}

QString bulletList(const QStringList &items, const QString &emptyText)
{
    QStringList lines;
    for (const QString &item : items) {
        const QString text = normalized(item);
        if (text.isEmpty())
            continue;
        QString entry = QStringLiteral("- ") + text;
        entry.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
        lines.append(entry);
    }
    if (lines.isEmpty())
        return emptyText;
    return lines.join(QLatin1Char('\n'));
}

// "- **R1.** text": the ids tests carry in their names (RequirementCoverage numbers the
// spec's entries by position, so an empty one keeps its number).
QString numberedList(const QStringList &items, QChar prefix, const QString &emptyText)
{
    QStringList lines;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString text = normalized(items.at(i));
        if (text.isEmpty())
            continue;
        QString entry = QStringLiteral("- **%1%2.** ").arg(prefix).arg(i + 1) + text;
        entry.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
        lines.append(entry);
    }
    if (lines.isEmpty())
        return emptyText;
    return lines.join(QLatin1Char('\n'));
}

// The rules that follow the fixed ones in CLAUDE.md, when the spec's verification asks.
QString verificationRules(const ProjectSpec &spec, int firstNumber)
{
    const ProjectSpec::Verification &v = spec.verification;
    QString out;
    int n = firstNumber;
    if (v.requirementTests && !spec.requirements.isEmpty())
        out += QStringLiteral(
                   "\n%1. Each test's name must carry the ids of the requirements it checks, in "
                   "brackets:\n"
                   "    `[R2]`, or `[R1][R3]` for several, e.g. `test(\"[R2] trims spaces\", …)` "
                   "(an id in a\n"
                   "    `describe` name counts for the tests inside it). Every requirement needs "
                   "at least one\n"
                   "    passing test tagged with its id, or the gate does not accept the project. "
                   "Acceptance\n"
                   "    criteria may be tagged the same way (`[A1]`).")
                   .arg(n++);
    if (v.mutationCheck)
        out += QStringLiteral(
                   "\n%1. The gate also mutates your source code: it flips comparisons, "
                   "changes return values\n"
                   "    and constants, drops statements, and runs the tests against each "
                   "change. The tests must\n"
                   "    notice: at least %2% of the changes must make a test fail. Check exact "
                   "results, edge\n"
                   "    cases and both sides of each condition, not only that the code runs.")
                   .arg(n++)
                   .arg(qRound(v.mutationThreshold * 100));
    return out;
}

QString gateCommands(const ProjectSpec::Commands &c)
{
    const QList<QPair<QString, QString>> steps = {
        { QStringLiteral("install"), c.install },
        { QStringLiteral("test"), c.test },
        { QStringLiteral("build"), c.build },
        { QStringLiteral("lint"), c.lint },
    };
    QStringList lines;
    int n = 0;
    for (const auto &step : steps) {
        const QString command = step.second.trimmed();
        if (command.isEmpty())
            continue;
        lines.append(QStringLiteral("%1. %2: %3").arg(++n).arg(step.first, codeSpan(command)));
    }
    return lines.join(QLatin1Char('\n'));
}

// Scripts that `npm run X` / `bun run X` / `npm test` in the gate commands need.
QStringList requiredScripts(const ProjectSpec::Commands &c)
{
    QStringList scripts;
    static const QRegularExpression runScript(
        QStringLiteral("\\b(?:npm|bun|pnpm|yarn)\\s+run\\s+([A-Za-z0-9:_-]+)"));
    static const QRegularExpression npmTest(QStringLiteral("\\bnpm\\s+(?:run\\s+)?test\\b"));
    for (const QString &command : { c.install, c.test, c.build, c.lint }) {
        auto it = runScript.globalMatch(command);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!scripts.contains(name))
                scripts.append(name);
        }
        if (npmTest.match(command).hasMatch() && !scripts.contains(QStringLiteral("test")))
            scripts.append(QStringLiteral("test"));
    }
    if (!scripts.contains(QStringLiteral("build")))
        scripts.prepend(QStringLiteral("build"));
    return scripts;
}

QString joinedCodeSpans(const QStringList &names)
{
    QStringList spans;
    for (const QString &n : names)
        spans.append(codeSpan(n));
    if (spans.size() <= 1)
        return spans.join(QString());
    const QString last = spans.takeLast();
    return spans.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

QString summaryOf(const QString &description)
{
    constexpr int maxChars = 600;
    QString s = normalized(description);
    s.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*")), QStringLiteral(" "));
    if (s.size() <= maxChars)
        return s;
    qsizetype cut = s.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return s.left(cut) + QStringLiteral(" … (see CLAUDE.md)");
}

QString withSingleTrailingNewline(const QString &text)
{
    QString s = text;
    while (s.endsWith(QLatin1Char('\n')))
        s.chop(1);
    return s + QLatin1Char('\n');
}

} // namespace

QString BriefRenderer::defaultWorkdir(const ProjectSpec &spec)
{
    Q_UNUSED(spec)
    // Same default as Run::RunOptions::projectDir: one fixed folder per sandbox, whatever the
    // project's name (the name only matters when the result is saved on the host).
    return QStringLiteral("/home/user/project");
}

QString BriefRenderer::loadTemplate(const QString &name)
{
    QFile file(QStringLiteral(":/autocoder/brief/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString BriefRenderer::substitute(const QString &templ, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(templ.size() * 2);
    qsizetype pos = 0;
    while (pos < templ.size()) {
        const qsizetype open = templ.indexOf(QStringLiteral("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = templ.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0)
            break;
        const QString key = templ.mid(open + 2, close - open - 2);
        out += QStringView(templ).mid(pos, open - pos);
        const auto it = values.constFind(key);
        if (it != values.constEnd())
            out += it.value();
        else
            out += QStringView(templ).mid(open, close + 2 - open);
        pos = close + 2;
    }
    out += QStringView(templ).mid(pos);
    return out;
}

Brief BriefRenderer::render(const ProjectSpec &spec)
{
    return render(spec, defaultWorkdir(spec));
}

Brief BriefRenderer::render(const ProjectSpec &spec, const QString &workdir)
{
    KindPreset preset = KindPresets::find(spec.kind);
    if (!preset.isValid())
        preset = KindPresets::find(KindPresets::defaultId());

    QStringList rawLockedPaths;
    QStringList lockedPaths;
    for (const ProjectSpec::LockedTest &t : spec.lockedTests) {
        rawLockedPaths.append(t.path);
        lockedPaths.append(codeSpan(t.path));
    }

    QHash<QString, QString> v;
    v.insert(QStringLiteral("name"), spec.name);
    v.insert(QStringLiteral("workdir"), workdir);
    v.insert(QStringLiteral("description"), normalized(spec.description));
    v.insert(QStringLiteral("summary"), summaryOf(spec.description));
    v.insert(QStringLiteral("requirements"),
             numberedList(spec.requirements, QLatin1Char('R'),
                          QStringLiteral("No separate list; follow the description above.")));
    v.insert(QStringLiteral("acceptanceCriteria"),
             numberedList(spec.acceptanceCriteria, QLatin1Char('A'),
                          QStringLiteral("None beyond the requirements and the gate below.")));
    // claude.md has nine fixed rules; these follow them.
    v.insert(QStringLiteral("verificationRules"), verificationRules(spec, 10));
    const bool tagged = spec.verification.requirementTests && !spec.requirements.isEmpty();
    v.insert(QStringLiteral("verificationNote"),
             tagged ? QStringLiteral("Name every test with the ids of the requirements it "
                                     "checks, e.g. `[R1]` (see CLAUDE.md).\n\n")
                    : QString());
    v.insert(QStringLiteral("kindGuidance"),
             normalized(loadTemplate(QStringLiteral("kind-%1.md").arg(preset.id))));
    v.insert(QStringLiteral("gateCommands"), gateCommands(spec.commands));
    v.insert(QStringLiteral("commandTimeoutSeconds"),
             QString::number(spec.limits.commandTimeoutSeconds));
    v.insert(QStringLiteral("language"), preset.language);
    v.insert(QStringLiteral("testRunner"),
             spec.commands.test.trimmed().isEmpty() ? preset.testRunner
                                                    : spec.commands.test.trimmed());
    v.insert(QStringLiteral("installCommand"),
             spec.commands.install.trimmed().isEmpty() ? preset.defaultCommands.install
                                                       : spec.commands.install.trimmed());
    const QStringList scripts = requiredScripts(spec.commands);
    v.insert(QStringLiteral("requiredScripts"), joinedCodeSpans(scripts));
    v.insert(QStringLiteral("lockedTests"),
             lockedPaths.isEmpty() ? QStringLiteral("None: you write all the tests yourself.")
                                   : bulletList(lockedPaths, QString())
                     + QStringLiteral("\n\nThese files are already in place. They are checked byte "
                                      "for byte after every turn."));
    v.insert(QStringLiteral("lockedTestsNote"),
             rawLockedPaths.isEmpty()
                 ? QString()
                 : QStringLiteral("The locked test files %1 are already in place; make them pass "
                                  "without changing them.\n\n")
                       .arg(joinedCodeSpans(rawLockedPaths)));

    Brief brief;
    brief.claudeMd =
        withSingleTrailingNewline(substitute(loadTemplate(QStringLiteral("claude.md")), v));
    brief.prompt =
        withSingleTrailingNewline(substitute(loadTemplate(QStringLiteral("prompt.md")), v));
    return brief;
}

} // namespace Autocoder::Spec
