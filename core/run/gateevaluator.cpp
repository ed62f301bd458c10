#include "run/gateevaluator.h"

#include "run/runevent.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Autocoder::Run {

namespace {
// The translation context of this file's strings (no QObject here to give one).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Run::GateEvaluator)
};
} // namespace

static bool sameFile(const QString &recordFile, const QString &lockedPath)
{
    if (recordFile.isEmpty())
        return false;
    QString f = recordFile;
    if (f.startsWith(QLatin1String("./")))
        f = f.mid(2);
    return f == lockedPath || f.endsWith(QLatin1Char('/') + lockedPath);
}

GateVerdict GateEvaluator::evaluate(const GateInput &input)
{
    GateVerdict v;
    const TestReport &report = input.tests;

    // Locked tests: present, byte-identical (SHA-256), and run.
    bool anyFileInfo = false;
    for (const TestRecord &t : report.tests)
        anyFileInfo = anyFileInfo || !t.file.isEmpty();
    for (const auto &locked : input.lockedTests) {
        if (!input.snapshotOk) {
            v.lockedViolations.append(Tr::tr("%1 (could not be checked)").arg(locked.path));
            continue;
        }
        if (!input.lockedFilesInSnapshot.contains(locked.path)) {
            v.lockedViolations.append(Tr::tr("%1 (deleted)").arg(locked.path));
            continue;
        }
        const QByteArray want =
            QCryptographicHash::hash(locked.content.toUtf8(), QCryptographicHash::Sha256);
        const QByteArray have = QCryptographicHash::hash(
            input.lockedFilesInSnapshot.value(locked.path), QCryptographicHash::Sha256);
        if (want != have) {
            v.lockedViolations.append(Tr::tr("%1 (changed)").arg(locked.path));
            continue;
        }
        if (anyFileInfo) {
            int ran = 0, skipped = 0;
            for (const TestRecord &t : report.tests) {
                if (!sameFile(t.file, locked.path))
                    continue;
                if (t.status == TestStatus::Skipped)
                    ++skipped;
                else
                    ++ran;
            }
            if (skipped > 0)
                v.lockedViolations.append(
                    Tr::tr("%1 (%n test(s) skipped)", nullptr, skipped).arg(locked.path));
            else if (ran == 0)
                v.lockedViolations.append(Tr::tr("%1 (did not run)").arg(locked.path));
        }
    }

    v.failing = report.failingNames();
    const GateStepResult *failedStep = nullptr;
    for (const GateStepResult &s : input.steps) {
        if (!s.ok) {
            failedStep = &s;
            break;
        }
    }
    if (failedStep && v.failing.isEmpty())
        v.failing.append(
            Tr::tr("%1 failed (exit code %2)").arg(failedStep->step).arg(failedStep->exitCode));
    for (const QString &violation : std::as_const(v.lockedViolations))
        v.failing.append(Tr::tr("locked test %1").arg(violation));

    // Every requirement needs a passing test tagged with its id.
    if (input.requireRequirementTests && !input.coverage.allCovered()) {
        for (const RequirementCoverage::Requirement &r : input.coverage.requirements()) {
            if (r.status == RequirementCoverage::Status::Covered)
                continue;
            v.uncoveredRequirements.append(r.id);
            v.failing.append(Tr::tr("requirement %1 has no passing test").arg(r.id));
        }
    }
    // A completed mutation check below its threshold; a skipped one never blocks.
    const Mutation::MutationResult *mutation = input.mutation ? &*input.mutation : nullptr;
    const bool mutationBlocks = mutation
        && mutation->status == Mutation::MutationResult::Status::Completed
        && mutation->score().has_value() && !mutation->meetsThreshold();
    if (mutationBlocks) {
        for (const Mutation::MutantResult &m : mutation->survivors()) {
            const QString id = m.mutant.id();
            v.survivingMutants.append(id);
            v.failing.append(Tr::tr("surviving mutant %1").arg(id));
        }
    }

    if (failedStep) {
        v.reason = failedStep->timedOut
            ? Tr::tr("`%1` timed out").arg(failedStep->command)
            : Tr::tr("`%1` exited with code %2").arg(failedStep->command).arg(failedStep->exitCode);
    } else if (!input.testCommandConfigured) {
        v.reason = Tr::tr("no test command is configured");
    } else if (report.failed() > 0) {
        v.reason = Tr::tr("%n test(s) failed", nullptr, report.failed());
    } else if (report.ran() == 0) {
        v.reason = Tr::tr("no test ran");
        v.failing.append(Tr::tr("no test ran"));
    } else if (!v.lockedViolations.isEmpty()) {
        v.reason = Tr::tr("locked tests were not respected: %1")
                       .arg(v.lockedViolations.join(QStringLiteral(", ")));
    } else if (!v.uncoveredRequirements.isEmpty()) {
        v.reason = Tr::tr("requirements without a passing test: %1")
                       .arg(v.uncoveredRequirements.join(QStringLiteral(", ")));
    } else if (mutationBlocks) {
        const int caught = mutation->count(Mutation::MutationOutcome::Killed)
            + mutation->count(Mutation::MutationOutcome::TimedOut);
        const int scored = caught + mutation->count(Mutation::MutationOutcome::Survived);
        //: e.g. "the tests caught 4 of 10 mutants (40%), below 60%"
        v.reason = Tr::tr("the tests caught %1 of %n mutant(s) (%2%), below %3%", nullptr, scored)
                       .arg(caught)
                       .arg(qRound(*mutation->score() * 100))
                       .arg(qRound(mutation->threshold * 100));
    }
    v.green = v.reason.isEmpty();
    return v;
}

} // namespace Autocoder::Run
