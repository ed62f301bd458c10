#pragma once

#include "mutation/token.h"

#include <QList>

namespace Autocoder::Mutation {

/// Fills in Token::context and Token::inType after lexing: a bracket-level reading of the
/// source, not a parser. Its guesses err on the side of "type" and of "not a statement",
/// so that an unclear spot yields fewer mutants rather than one that does not compile.
///
/// TypeScript only (for JavaScript, pass typescript = false and only contexts are set):
/// - `:` annotations (parameters, return types, class fields, let/const/var),
/// - generic arguments and parameters (`<` that closes into a plausible type list;
///   `<` where no operand precedes, as in `<T>(x) =>`),
/// - `as` / `satisfies` casts, `implements` lists,
/// - `interface` and `type` declarations, `declare` statements.
class SyntaxMarker final
{
public:
    static void mark(QList<Token> &tokens, bool typescript);
};

} // namespace Autocoder::Mutation
