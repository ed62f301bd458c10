#pragma once

#include "mutation/mutationplan.h"
#include "mutation/mutationplanoptions.h"
#include "mutation/sourcefile.h"

#include <QCoreApplication>
#include <QMap>

namespace Autocoder::Mutation {

/// Chooses the mutants of one check. Pure: no file system, no sandbox; the caller reads
/// the project's files, runs the tests against each mutant and writes the originals back.
///
/// Selection is stratified and deterministic: the seed shuffles the files and each file's
/// mutants, then rounds take one mutant per file (the operator used least so far first)
/// until the budget is spent, so a small budget still reaches many files and operators.
class MutationPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Mutation::MutationPlanner)

public:
    static MutationPlan plan(const QList<SourceFile> &files, const MutationPlanOptions &options);
    /// The same over a snapshot held as path → content (as Diff::SnapshotDiff::Files).
    static MutationPlan plan(const QMap<QString, QByteArray> &files,
                             const MutationPlanOptions &options);
    /// Whether the path alone rules a file out (tests, locked, vendored, extension…);
    /// Reason::None when it may be mutated.
    static PlannedFile::Reason excludedByPath(const QString &path,
                                              const MutationPlanOptions &options);
    /// The translated sentence for a reason, for reports.
    static QString reasonText(PlannedFile::Reason reason);
};

} // namespace Autocoder::Mutation
