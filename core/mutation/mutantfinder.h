#pragma once

#include "common/result.h"
#include "mutation/mutant.h"
#include "mutation/mutationoperator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Autocoder::Mutation {

/// Every mutant one file offers, before any selection.
class MutantFinder final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Mutation::MutantFinder)

public:
    /// All mutants of @p content, ordered by offset, for the given operators. TypeScript's
    /// type syntax is recognised when @p path ends in .ts, .mts or .cts. Fails (with a
    /// translated reason, e.g. "line 12: unterminated string literal") when the text cannot
    /// be lexed: such a file gets no mutant at all.
    static Result<QList<Mutant>>
    find(const QString &path, const QString &content,
         const QList<MutationOperator::Id> &operators = MutationOperator::all());
    static bool isTypeScript(const QString &path);
};

} // namespace Autocoder::Mutation
