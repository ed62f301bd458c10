#pragma once

#include "common/result.h"
#include "mutation/mutant.h"
#include "mutation/mutationoperator.h"
#include "mutation/plannedfile.h"
#include "mutation/token.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Autocoder::Mutation {

/// Every mutant one file offers, before any selection.
class MutantFinder final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Mutation::MutantFinder)

public:
    /// Why a file offers no mutant at all.
    struct Error
    {
        PlannedFile::Reason reason = PlannedFile::Reason::Syntax; ///< Syntax or Jsx
        QString message; ///< translated, e.g. "line 12: unterminated string literal"
    };

    /// All mutants of @p content, ordered by offset, for the given operators. TypeScript's
    /// type syntax is recognised when @p path ends in .ts, .mts or .cts. Fails when the
    /// text cannot be lexed, or when JavaScript holds JSX: such a file gets no mutant.
    static Result<QList<Mutant>, Error>
    find(const QString &path, const QString &content,
         const QList<MutationOperator::Id> &operators = MutationOperator::all());
    static bool isTypeScript(const QString &path);
    /// JavaScript never has a `<` where no operand precedes it; JSX (`return <div>`) does.
    /// Only meaningful for JavaScript: TypeScript has type assertions there.
    static bool looksLikeJsx(const QList<Token> &tokens);
};

} // namespace Autocoder::Mutation
