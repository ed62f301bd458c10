#include "run/verificationreport.h"

#include "run/runreport.h"

#include <cmath>

namespace Autocoder::Run {

using Mutation::MutantResult;
using Mutation::MutationOutcome;
using Mutation::MutationResult;
using Mutation::PlannedFile;

namespace {

QString code(const QString &text)
{
    // A backtick inside would end the span early; the double form allows one.
    return text.contains(QLatin1Char('`')) ? QStringLiteral("`` %1 ``").arg(text)
                                           : QStringLiteral("`%1`").arg(text);
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100.0));
}

// A fence longer than any run of backticks in the text.
QString fence(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

} // namespace

QString VerificationReport::requirements(int iteration, const RequirementCoverage &coverage,
                                         bool unreadable)
{
    QString md = QStringLiteral("## Requirements (iteration %1)\n\n").arg(iteration);
    if (unreadable)
        return md + QStringLiteral("The requirement table could not be read from the journal.\n\n");
    const QList<RequirementCoverage::Requirement> &rows = coverage.requirements();
    if (rows.isEmpty())
        return md + QStringLiteral("The spec lists no requirements, so none needs a test.\n\n");
    const int covered = int(rows.size() - coverage.uncovered().size() - coverage.failing().size());
    md += QStringLiteral("%1 of %2 requirements covered by a passing test.\n\n")
              .arg(covered)
              .arg(rows.size());
    md += QStringLiteral("| Requirement | Tests | Status |\n|---|---|---|\n");
    for (const RequirementCoverage::Requirement &r : rows) {
        QStringList tests;
        for (const RequirementCoverage::TaggedTest &t : r.tests)
            tests.append(QStringLiteral("%1 (%2)").arg(code(t.name), t.status));
        md += QStringLiteral("| %1 %2 | %3 | %4 |\n")
                  .arg(r.id, RunReport::tableCell(r.text),
                       tests.isEmpty() ? QStringLiteral("-")
                                       : RunReport::tableCell(tests.join(QStringLiteral(", "))),
                       RequirementCoverage::statusId(r.status));
    }
    md += QLatin1Char('\n');
    QStringList unknown;
    for (const RequirementCoverage::TagUse &u : coverage.unknownTags())
        unknown.append(QStringLiteral("%1 in %2").arg(u.tag, code(u.test)));
    if (!unknown.isEmpty())
        md += QStringLiteral("Tags of no requirement: %1.\n\n")
                  .arg(RunReport::tableCell(unknown.join(QStringLiteral(", "))));
    return md;
}

QString VerificationReport::scoreText(const MutationResult &result)
{
    const int caught =
        result.count(MutationOutcome::Killed) + result.count(MutationOutcome::TimedOut);
    const int scored = caught + result.count(MutationOutcome::Survived);
    const std::optional<double> score = result.score();
    if (!score)
        return QStringLiteral("no mutant scored");
    return QStringLiteral("%1 of %2 mutants killed (%3)")
        .arg(caught)
        .arg(scored)
        .arg(percent(*score));
}

QString VerificationReport::mutation(int iteration, const MutationResult *result)
{
    QString md = QStringLiteral("## Mutation check (iteration %1)\n\n").arg(iteration);
    if (!result)
        return md
            + QStringLiteral("The mutation check's result could not be read from the "
                             "journal.\n\n");
    if (result->status == MutationResult::Status::Skipped)
        return md
            + QStringLiteral("Skipped: %1 (threshold %2).\n\n")
                  .arg(RunReport::tableCell(result->skipReason), percent(result->threshold));

    md += QStringLiteral("| | |\n|---|---|\n");
    md += QStringLiteral("| Result | **%1** |\n")
              .arg(result->meetsThreshold() ? QStringLiteral("passed")
                                            : QStringLiteral("below threshold"));
    md += QStringLiteral("| Score | %1 |\n").arg(scoreText(*result));
    md += QStringLiteral("| Threshold | %1 |\n").arg(percent(result->threshold));
    md += QStringLiteral("| Mutants | %1 tried: %2 killed, %3 timed out, %4 survived, %5 errors, "
                         "%6 not run |\n")
              .arg(result->mutants.size())
              .arg(result->count(MutationOutcome::Killed))
              .arg(result->count(MutationOutcome::TimedOut))
              .arg(result->count(MutationOutcome::Survived))
              .arg(result->count(MutationOutcome::Error))
              .arg(result->count(MutationOutcome::NotRun));
    md += QLatin1Char('\n');

    QStringList mutated;
    QStringList skipped;
    for (const PlannedFile &f : result->files) {
        if (f.status == PlannedFile::Status::Mutated)
            mutated.append(QStringLiteral("%1 (%2 of %3 candidates)")
                               .arg(code(f.path))
                               .arg(f.selected)
                               .arg(f.candidates));
        else if (f.status == PlannedFile::Status::Skipped)
            skipped.append(QStringLiteral("- %1: %2\n").arg(code(f.path), reasonText(f.reason)));
    }
    md += QStringLiteral("Mutated files: %1.\n\n")
              .arg(mutated.isEmpty() ? QStringLiteral("none") : mutated.join(QStringLiteral(", ")));
    if (!skipped.isEmpty())
        md +=
            QStringLiteral("Files not mutated:\n\n") + skipped.join(QString()) + QLatin1Char('\n');

    const QList<MutantResult> survivors = result->survivors();
    if (survivors.isEmpty()) {
        md += QStringLiteral("No mutant survived.\n\n");
        return md;
    }
    md += QStringLiteral("### Surviving mutants\n\n");
    for (const MutantResult &m : survivors) {
        md += QStringLiteral("%1:%2 (%3): %4 → %5\n\n")
                  .arg(code(m.mutant.file))
                  .arg(m.mutant.line)
                  .arg(m.mutant.operatorId(), code(m.mutant.original),
                       m.mutant.replacement.isEmpty() ? QStringLiteral("(removed)")
                                                      : code(m.mutant.replacement));
        if (!m.diff.isEmpty()) {
            QString diff = m.diff;
            if (!diff.endsWith(QLatin1Char('\n')))
                diff += QLatin1Char('\n');
            const QString f = fence(diff);
            md += f + QStringLiteral("diff\n") + diff + f + QStringLiteral("\n\n");
        }
    }
    return md;
}

QString VerificationReport::mutationNotRun(int iteration, bool testsFailed)
{
    return QStringLiteral("## Mutation check (iteration %1)\n\n%2\n\n")
        .arg(iteration)
        .arg(testsFailed ? QStringLiteral("Not run: the tests did not pass.")
                         : QStringLiteral("Not run in this iteration."));
}

QString VerificationReport::reasonText(PlannedFile::Reason reason)
{
    using Reason = PlannedFile::Reason;
    switch (reason) {
    case Reason::None:
        return QStringLiteral("not selected");
    case Reason::Extension:
        return QStringLiteral("not JavaScript or TypeScript");
    case Reason::Jsx:
        return QStringLiteral("JSX is not mutated");
    case Reason::Declaration:
        return QStringLiteral("a type declaration file");
    case Reason::Test:
        return QStringLiteral("a test file");
    case Reason::Locked:
        return QStringLiteral("a locked test");
    case Reason::Config:
        return QStringLiteral("tool configuration");
    case Reason::Vendored:
        return QStringLiteral("dependencies, build output or a hidden folder");
    case Reason::TooLarge:
        return QStringLiteral("too large");
    case Reason::Minified:
        return QStringLiteral("minified (very long lines)");
    case Reason::Generated:
        return QStringLiteral("generated code");
    case Reason::Binary:
        return QStringLiteral("binary content");
    case Reason::Encoding:
        return QStringLiteral("not valid UTF-8");
    case Reason::Syntax:
        return QStringLiteral("could not be read as JavaScript or TypeScript");
    }
    return {};
}

} // namespace Autocoder::Run
