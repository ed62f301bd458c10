#include "spec/feedbackrenderer.h"

#include <QRegularExpression>

#include <algorithm>

namespace Autocoder::Spec {

namespace {

QString cleanLines(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // A bare '\r' rewrites the line (progress bars): keep only what was finally visible.
    if (s.contains(QLatin1Char('\r'))) {
        QStringList lines = s.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            const qsizetype cr = line.lastIndexOf(QLatin1Char('\r'));
            if (cr >= 0)
                line = line.mid(cr + 1);
        }
        s = lines.join(QLatin1Char('\n'));
    }
    return s;
}

// Moves a cut position back so it does not fall between the halves of a surrogate pair.
qsizetype safeCut(const QString &s, qsizetype pos)
{
    if (pos > 0 && pos < s.size() && s.at(pos - 1).isHighSurrogate() && s.at(pos).isLowSurrogate())
        return pos - 1;
    return pos;
}

QString shorten(const QString &text, int maxChars)
{
    QString s = FeedbackRenderer::stripAnsi(cleanLines(text)).trimmed();
    if (s.size() <= maxChars)
        return s;
    return s.left(safeCut(s, maxChars)).trimmed() + QStringLiteral(" …");
}

QString fenceFor(const QString &content)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : content) {
        run = (c == QLatin1Char('`')) ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

QString indented(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.isEmpty() ? line : prefix + line;
    return lines.join(QLatin1Char('\n'));
}

QString requirementsSection(const FeedbackInput &in)
{
    const auto &list = in.uncoveredRequirements;
    QStringList lines;
    const qsizetype shown =
        std::min<qsizetype>(list.size(), FeedbackRenderer::MaxRequirementsListed);
    for (qsizetype i = 0; i < shown; ++i) {
        const FeedbackInput::Requirement &r = list.at(i);
        QString line = QStringLiteral("- %1: %2")
                           .arg(r.id, shorten(r.text, FeedbackRenderer::MaxRequirementChars));
        if (r.failing)
            line += QStringLiteral(" (its tagged tests fail or are skipped)");
        lines.append(line);
    }
    if (list.size() > shown)
        lines.append(QStringLiteral("… and %1 more.").arg(list.size() - shown));
    return QStringLiteral("## Requirements without a passing test\n\n"
                          "Every requirement needs at least one passing test whose name "
                          "carries its id. No passing test is tagged with these:\n\n")
        + lines.join(QLatin1Char('\n'))
        + QStringLiteral("\n\nTag a test by putting the id in brackets in its name, e.g. "
                         "`test(\"[%1] …\", …)`; a test that checks several requirements "
                         "carries each id (`[R1][R3]`).")
              .arg(list.constFirst().id);
}

QString mutantsSection(const FeedbackInput &in)
{
    const auto &list = in.survivingMutants;
    QString header = QStringLiteral("## Mutants your tests did not catch\n\n");
    if (in.mutationScore >= 0 && in.mutationThreshold >= 0)
        header += QStringLiteral("The gate changed the project's source in small ways and ran "
                                 "the tests: they caught %1% of the changes, below the %2% "
                                 "required. ")
                      .arg(qRound(in.mutationScore * 100))
                      .arg(qRound(in.mutationThreshold * 100));
    header += QStringLiteral("Every test still passed with each change below in place, so no "
                             "test checks that behaviour. Add or sharpen tests so that each "
                             "of these changes makes a test fail; do not change the source "
                             "to dodge them.");
    QStringList entries;
    const qsizetype shown = std::min<qsizetype>(list.size(), FeedbackRenderer::MaxMutantsListed);
    for (qsizetype i = 0; i < shown; ++i) {
        const FeedbackInput::Mutant &m = list.at(i);
        QString entry = QStringLiteral("%1. %2").arg(i + 1).arg(shorten(m.description, 300));
        QString diff = FeedbackRenderer::stripAnsi(m.diff).trimmed();
        if (diff.size() > FeedbackRenderer::MaxMutantDiffChars)
            diff = diff.left(safeCut(diff, FeedbackRenderer::MaxMutantDiffChars))
                + QStringLiteral("\n[… diff shortened …]");
        if (!diff.isEmpty()) {
            const QString fence = fenceFor(diff);
            entry += QStringLiteral("\n\n") + fence + QStringLiteral("diff\n") + diff
                + QLatin1Char('\n') + fence;
        }
        entries.append(entry);
    }
    if (list.size() > shown)
        entries.append(QStringLiteral("… and %1 more.").arg(list.size() - shown));
    return header + QStringLiteral("\n\n") + entries.join(QStringLiteral("\n\n"));
}

} // namespace

QString FeedbackRenderer::stripAnsi(const QString &text)
{
    // CSI sequences (colours, cursor moves), OSC sequences (titles, links) and lone escapes.
    static const QRegularExpression ansi(QStringLiteral(
        "\\x1B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\)?|[@-Z\\\\-_])"));
    QString s = text;
    s.remove(ansi);
    return s;
}

QString FeedbackRenderer::trimOutput(const QString &text, int maxChars)
{
    QString s = stripAnsi(cleanLines(text));
    if (maxChars <= 0)
        return {};
    if (s.size() <= maxChars)
        return s;

    const int headBudget = maxChars / 3;
    const int tailBudget = maxChars - headBudget;

    // Cut at line boundaries when one is reasonably close, so lines are not torn apart.
    qsizetype headEnd = s.lastIndexOf(QLatin1Char('\n'), headBudget);
    if (headEnd < headBudget / 2)
        headEnd = safeCut(s, headBudget);
    qsizetype tailStart = s.indexOf(QLatin1Char('\n'), s.size() - tailBudget);
    if (tailStart < 0 || tailStart > s.size() - tailBudget / 2)
        tailStart = safeCut(s, s.size() - tailBudget);
    else
        tailStart += 1;

    const qsizetype omitted = tailStart - headEnd;
    QString head = s.left(headEnd);
    if (!head.endsWith(QLatin1Char('\n')))
        head += QLatin1Char('\n');
    return head + QStringLiteral("[… %1 characters omitted …]\n").arg(omitted) + s.mid(tailStart);
}

QString FeedbackRenderer::render(const ProjectSpec &spec, const FeedbackInput &in, int outputBudget)
{
    QStringList parts;

    const bool gateFailed = !in.failedStep.isEmpty() || !in.failingTests.isEmpty()
        || !in.lockedTestViolations.isEmpty() || !in.uncoveredRequirements.isEmpty()
        || !in.survivingMutants.isEmpty();
    if (gateFailed)
        parts.append(
            QStringLiteral("The automatic gate failed after iteration %1. Fix the problems "
                           "below in the project \"%2\". Keep following CLAUDE.md; do not "
                           "modify or skip the locked test files.")
                .arg(in.iteration)
                .arg(spec.name));
    else
        parts.append(
            QStringLiteral("Iteration %1 is finished. The person who asked for the project "
                           "\"%2\" has more instructions below. Keep following CLAUDE.md; "
                           "do not modify or skip the locked test files.")
                .arg(in.iteration)
                .arg(spec.name));

    if (!in.failedStep.isEmpty()) {
        QString line;
        const QString command = in.failedCommand.isEmpty() ? in.failedStep : in.failedCommand;
        if (in.timedOut)
            line = QStringLiteral(
                       "The %1 step (`%2`) did not finish within %3 seconds and was stopped.")
                       .arg(in.failedStep, command)
                       .arg(spec.limits.commandTimeoutSeconds);
        else
            line = QStringLiteral("The %1 step (`%2`) failed with exit code %3.")
                       .arg(in.failedStep, command)
                       .arg(in.exitCode);
        parts.append(QStringLiteral("## Failing step\n\n") + line);
    }

    if (!in.lockedTestViolations.isEmpty()) {
        QStringList lines;
        for (const QString &path : in.lockedTestViolations)
            lines.append(QStringLiteral("- `%1`").arg(path));
        parts.append(
            QStringLiteral("## Locked test files changed\n\nThese locked test files were "
                           "modified, deleted or skipped. They must stay exactly as "
                           "provided: restore them and change the implementation instead.\n\n")
            + lines.join(QLatin1Char('\n')));
    }

    if (!in.failingTests.isEmpty()) {
        const qsizetype total = in.failingTests.size();
        QString header = QStringLiteral("## Failing tests (%1 failed").arg(total);
        if (in.passedTests > 0)
            header += QStringLiteral(", %1 passed").arg(in.passedTests);
        header += QStringLiteral(")\n");
        QStringList lines;
        const qsizetype shown = std::min<qsizetype>(total, MaxTestsListed);
        for (qsizetype i = 0; i < shown; ++i) {
            const FeedbackInput::FailingTest &t = in.failingTests.at(i);
            QString entry = QStringLiteral("%1. %2").arg(i + 1).arg(shorten(t.name, 200));
            if (!t.file.isEmpty())
                entry += QStringLiteral(" (`%1`)").arg(t.file);
            const QString message = shorten(t.message, MaxTestMessageChars);
            if (!message.isEmpty())
                entry += QLatin1Char('\n') + indented(message, QStringLiteral("   "));
            lines.append(entry);
        }
        if (total > shown)
            lines.append(QStringLiteral("… and %1 more failing tests.").arg(total - shown));
        parts.append(header + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }

    if (!in.uncoveredRequirements.isEmpty())
        parts.append(requirementsSection(in));
    if (!in.survivingMutants.isEmpty())
        parts.append(mutantsSection(in));

    const QString output = trimOutput(in.output, outputBudget).trimmed();
    if (!output.isEmpty()) {
        const QString fence = fenceFor(output);
        const QString label = in.failedCommand.isEmpty()
            ? QStringLiteral("the failing command")
            : QStringLiteral("`%1`").arg(in.failedCommand);
        parts.append(QStringLiteral("## Output of %1 (trimmed)\n\n").arg(label) + fence
                     + QStringLiteral("text\n") + output + QLatin1Char('\n') + fence);
    }

    const QString guidance = shorten(in.userGuidance, MaxGuidanceChars);
    if (!guidance.isEmpty())
        parts.append(QStringLiteral("## Guidance from the person who asked for this project\n\n")
                     + guidance);

    QStringList gate;
    for (const QString &c :
         { spec.commands.install, spec.commands.test, spec.commands.build, spec.commands.lint }) {
        if (!c.trimmed().isEmpty())
            gate.append(QStringLiteral("`%1`").arg(c.trimmed()));
    }
    parts.append(
        QStringLiteral("Run %1 yourself before you finish, and end with a short summary of "
                       "what you changed.")
            .arg(gate.join(QStringLiteral(", "))));

    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace Autocoder::Spec
