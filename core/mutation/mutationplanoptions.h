#pragma once

#include "mutation/mutationoperator.h"

#include <QList>
#include <QStringList>

namespace Autocoder::Mutation {

/// What a plan may mutate and how many mutants it picks.
struct MutationPlanOptions
{
    /// The budget: at most this many mutants, spread over files and operators.
    int maxMutants = 30;
    /// The same seed, files and options give the same plan.
    quint64 seed = 1;
    /// Suffixes of the files to mutate. .jsx/.tsx are never mutated (JSX text is not
    /// understood), whatever this says.
    QStringList extensions = { QStringLiteral(".ts"),  QStringLiteral(".js"),
                               QStringLiteral(".mjs"), QStringLiteral(".cjs"),
                               QStringLiteral(".mts"), QStringLiteral(".cts") };
    /// The spec's locked tests (relative paths): never mutated.
    QStringList lockedPaths;
    /// Files larger than this are skipped.
    qint64 maxFileBytes = qint64(256) * 1024;
    /// A line longer than this marks a generated or minified file.
    int maxLineLength = 1000;
    QList<MutationOperator::Id> operators = MutationOperator::all();
};

} // namespace Autocoder::Mutation
