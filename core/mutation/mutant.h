#pragma once

#include "common/result.h"
#include "mutation/mutationoperator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Autocoder::Mutation {

/// One small change to one file: `original` at `offset` becomes `replacement`.
///
/// A mutant is applied to the file's content as the plan read it; restoring the file is
/// writing that content back (the caller keeps it: MutationPlan::SourceFile). Offsets
/// count UTF-16 code units of the decoded text; line and column are 1-based.
class Mutant final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Mutation::Mutant)

public:
    QString file; ///< relative path, '/'-separated
    int offset = 0;
    int line = 0;
    int column = 0;
    MutationOperator::Id op = MutationOperator::Id::ComparisonFlip;
    QString original;
    QString replacement;

    /// "src/slug.ts:12:7:comparison-flip": unique in a plan, stable across runs for the
    /// same content.
    QString id() const;
    QString operatorId() const { return MutationOperator::idString(op); }
    /// "src/slug.ts:12: `<` → `>=`" (long or multi-line text shortened).
    QString description() const;

    /// The content with this mutant in it. Fails when @p content does not hold `original`
    /// at `offset` any more (the file changed since the plan).
    Result<QString> apply(const QString &content) const;
    /// The same on UTF-8 bytes, as the files travel to and from a sandbox.
    Result<QByteArray> apply(const QByteArray &content) const;
    /// A unified diff of the change ("--- a/file", "+++ b/file", hunks with 3 lines of
    /// context), or an error as apply() gives.
    Result<QString> diff(const QString &content, int contextLines = 3) const;

    bool operator==(const Mutant &other) const;
    bool operator!=(const Mutant &other) const { return !(*this == other); }
};

} // namespace Autocoder::Mutation
