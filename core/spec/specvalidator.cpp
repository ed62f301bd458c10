#include "spec/specvalidator.h"

#include "spec/briefrenderer.h"
#include "spec/kindpresets.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Autocoder::Spec {

namespace {

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

bool isSafeIdentifier(const QString &s)
{
    // Model ids and template names: "claude-sonnet-4-6", "anthropic/claude", "claude:v2".
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$"));
    return re.match(s).hasMatch();
}

} // namespace

bool SpecValidator::isSafeProjectName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (name.size() > MaxNameLength || !re.match(name).hasMatch())
        return false;
    if (name.endsWith(QLatin1Char('.')))
        return false; // Windows strips trailing dots
    // Windows device names are invalid folder names even with an extension.
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return !reserved.match(name).hasMatch();
}

bool SpecValidator::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || path.contains(QChar(u'\0')))
        return false;
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':'))
        return false; // "C:foo", "C:/foo"
    if (path.startsWith(QLatin1Char('~')))
        return false;
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
        for (const QChar c : segment) {
            if (c.unicode() < 0x20)
                return false;
        }
    }
    return true;
}

QList<ValidationIssue> SpecValidator::validate(const ProjectSpec &spec)
{
    QList<ValidationIssue> issues;
    auto add = [&issues](const QString &field, const QString &message) {
        issues.append({ field, message });
    };

    if (spec.version != ProjectSpec::CurrentVersion)
        add(QStringLiteral("version"),
            tr("Unsupported spec version %1; this version of Autocoder writes version %2.")
                .arg(spec.version)
                .arg(ProjectSpec::CurrentVersion));

    // Name: becomes the folder the project is saved to.
    if (isBlank(spec.name))
        add(QStringLiteral("name"), tr("Give the project a name."));
    else if (spec.name.size() > MaxNameLength)
        add(QStringLiteral("name"),
            tr("The project name is too long; use at most %n characters.", nullptr, MaxNameLength));
    else if (!isSafeProjectName(spec.name))
        add(QStringLiteral("name"),
            tr("The project name becomes a folder name: use letters, digits, dots, dashes and "
               "underscores, starting with a letter or digit (for example “todo-lib”)."));

    if (isBlank(spec.kind))
        add(QStringLiteral("kind"), tr("Choose what kind of project to build."));
    else if (!KindPresets::contains(spec.kind))
        add(QStringLiteral("kind"),
            tr("Unknown project kind “%1”. Choose one from the list.").arg(spec.kind));

    if (isBlank(spec.description))
        add(QStringLiteral("description"), tr("Describe what the project should do."));

    for (qsizetype i = 0; i < spec.requirements.size(); ++i) {
        if (isBlank(spec.requirements.at(i)))
            add(QStringLiteral("requirements[%1]").arg(i),
                tr("This requirement is empty. Fill it in or remove it."));
    }
    for (qsizetype i = 0; i < spec.acceptanceCriteria.size(); ++i) {
        if (isBlank(spec.acceptanceCriteria.at(i)))
            add(QStringLiteral("acceptanceCriteria[%1]").arg(i),
                tr("This acceptance criterion is empty. Fill it in or remove it."));
    }

    QSet<QString> seenPaths;
    for (qsizetype i = 0; i < spec.lockedTests.size(); ++i) {
        const ProjectSpec::LockedTest &t = spec.lockedTests.at(i);
        const QString base = QStringLiteral("lockedTests[%1]").arg(i);
        const QString pathField = base + QStringLiteral(".path");
        if (t.path.isEmpty()) {
            add(pathField,
                tr("Give the locked test file a path, for example “tests/sum.test.ts”."));
        } else if (t.path.startsWith(QLatin1Char('/')) || t.path.startsWith(QLatin1Char('~'))
                   || (t.path.size() >= 2 && t.path.at(1) == QLatin1Char(':'))) {
            add(pathField,
                tr("Use a path relative to the project folder, for example “tests/sum.test.ts”, "
                   "not an absolute path."));
        } else if (t.path.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            add(pathField, tr("The path must stay inside the project folder: remove “..”."));
        } else if (!isSafeRelativePath(t.path)) {
            add(pathField,
                tr("The path is not usable: use “/” between folders, no backslashes, no empty "
                   "or “.” parts."));
        } else if (t.path.compare(BriefRenderer::claudeMdFileName(), Qt::CaseInsensitive) == 0
                   || t.path.compare(QStringLiteral("package.json"), Qt::CaseInsensitive) == 0) {
            add(pathField, tr("“%1” is reserved; put the test in its own file.").arg(t.path));
        } else if (t.path.split(QLatin1Char('/')).first() == QLatin1String("node_modules")) {
            add(pathField, tr("Locked tests cannot live in node_modules."));
        } else if (seenPaths.contains(t.path)) {
            add(pathField, tr("Another locked test already uses this path."));
        }
        seenPaths.insert(t.path);

        const QString contentField = base + QStringLiteral(".content");
        if (isBlank(t.content))
            add(contentField, tr("The locked test file is empty. Paste the test code."));
        else if (t.content.toUtf8().size() > MaxLockedTestBytes)
            add(contentField,
                tr("The locked test file is too large (at most %1 KB).")
                    .arg(MaxLockedTestBytes / 1024));
    }

    auto checkCommand = [&add](const QString &field, const QString &command, bool required,
                               const QString &missingMessage) {
        if (required && isBlank(command))
            add(field, missingMessage);
        else if (command.contains(QLatin1Char('\n')) || command.contains(QLatin1Char('\r')))
            add(field, tr("Write the command on one line (use && to chain commands)."));
    };
    checkCommand(QStringLiteral("commands.install"), spec.commands.install, false, QString());
    checkCommand(QStringLiteral("commands.test"), spec.commands.test, true,
                 tr("A test command is required: Autocoder decides success from it."));
    checkCommand(QStringLiteral("commands.build"), spec.commands.build, false, QString());
    checkCommand(QStringLiteral("commands.lint"), spec.commands.lint, false, QString());

    if (isBlank(spec.model))
        add(QStringLiteral("model"), tr("Choose the model the agent uses."));
    else if (!isSafeIdentifier(spec.model))
        add(QStringLiteral("model"),
            tr("The model name may contain only letters, digits and . _ - : / @ characters."));

    const ProjectSpec::Limits &l = spec.limits;
    if (l.maxIterations < MinIterations || l.maxIterations > MaxIterations)
        add(QStringLiteral("limits.maxIterations"),
            tr("Max iterations must be between %1 and %2.").arg(MinIterations).arg(MaxIterations));
    if (!std::isfinite(l.budgetUsd) || l.budgetUsd <= 0.0 || l.budgetUsd > MaxBudgetUsd)
        add(QStringLiteral("limits.budgetUsd"),
            tr("The budget must be more than $0 and at most $%1.").arg(MaxBudgetUsd, 0, 'f', 0));
    if (l.wallClockMinutes < 1 || l.wallClockMinutes > MaxWallClockMinutes)
        add(QStringLiteral("limits.wallClockMinutes"),
            tr("The time limit must be between 1 and %n minutes.", nullptr, MaxWallClockMinutes));
    if (l.commandTimeoutSeconds < MinCommandTimeoutSeconds
        || l.commandTimeoutSeconds > MaxCommandTimeoutSeconds)
        add(QStringLiteral("limits.commandTimeoutSeconds"),
            tr("The command timeout must be between %1 and %n seconds.", nullptr,
               MaxCommandTimeoutSeconds)
                .arg(MinCommandTimeoutSeconds));
    if (l.agentTimeoutMinutes < 1 || l.agentTimeoutMinutes > MaxAgentTimeoutMinutes)
        add(QStringLiteral("limits.agentTimeoutMinutes"),
            tr("The agent turn timeout must be between 1 and %n minutes.", nullptr,
               MaxAgentTimeoutMinutes));
    else if (l.agentTimeoutMinutes > l.wallClockMinutes && l.wallClockMinutes >= 1)
        add(QStringLiteral("limits.agentTimeoutMinutes"),
            tr("The agent turn timeout cannot be longer than the whole run's time limit."));
    if (l.maxTurns < MinTurns || l.maxTurns > MaxTurns)
        add(QStringLiteral("limits.maxTurns"),
            tr("Max agent turns must be between %1 and %2.").arg(MinTurns).arg(MaxTurns));

    const ProjectSpec::Verification &v = spec.verification;
    if (!std::isfinite(v.mutationThreshold) || v.mutationThreshold < 0.0
        || v.mutationThreshold > 1.0)
        add(QStringLiteral("verification.mutationThreshold"),
            tr("The share of mutants the tests must catch must be between 0 and 1."));
    if (v.maxMutants < MinMutants || v.maxMutants > MaxMutants)
        add(QStringLiteral("verification.maxMutants"),
            tr("The number of mutants must be between %1 and %2.").arg(MinMutants).arg(MaxMutants));
    if (v.mutationBudgetSeconds < MinMutationBudgetSeconds
        || v.mutationBudgetSeconds > MaxMutationBudgetSeconds)
        add(QStringLiteral("verification.mutationBudgetSeconds"),
            tr("The mutation check's time budget must be between %1 and %n seconds.", nullptr,
               MaxMutationBudgetSeconds)
                .arg(MinMutationBudgetSeconds));

    if (spec.sandbox.backend != QLatin1String("local")
        && spec.sandbox.backend != QLatin1String("e2b"))
        add(QStringLiteral("sandbox.backend"),
            tr("Choose where the sandbox runs: “local” (this computer) or “e2b” (E2B cloud)."));
    if (isBlank(spec.sandbox.templateName))
        add(QStringLiteral("sandbox.template"),
            tr("Choose a sandbox template, for example “claude”."));
    else if (!isSafeIdentifier(spec.sandbox.templateName))
        add(QStringLiteral("sandbox.template"),
            tr("The template name may contain only letters, digits and . _ - : / @ characters."));

    return issues;
}

QList<ValidationIssue> SpecValidator::validateField(const ProjectSpec &spec,
                                                    const QString &fieldPrefix)
{
    QList<ValidationIssue> result;
    const QList<ValidationIssue> issues = validate(spec);
    for (const ValidationIssue &issue : issues) {
        if (issue.field == fieldPrefix || issue.field.startsWith(fieldPrefix + QLatin1Char('.'))
            || issue.field.startsWith(fieldPrefix + QLatin1Char('[')))
            result.append(issue);
    }
    return result;
}

} // namespace Autocoder::Spec
