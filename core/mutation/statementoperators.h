#pragma once

#include "mutation/sourcescan.h"

namespace Autocoder::Mutation {

/// The operators that need a statement's extent: return value replacement and statement
/// deletion. Both find the end of an expression by bracket depth, `;` and the rules of
/// automatic semicolon insertion, and give up (no mutant) when that end is unclear.
class StatementOperators final
{
public:
    static void collect(SourceScan &scan);
    /// True when a line break between @p before and @p after does not end a statement:
    /// @p before expects more, or @p after can only continue an expression.
    static bool continues(const Token &before, const Token &after);
};

} // namespace Autocoder::Mutation
