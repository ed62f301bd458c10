#pragma once

#include "mutation/sourcescan.h"

namespace Autocoder::Mutation {

/// The operators that replace one token: comparison, arithmetic, logical, boolean,
/// negation, string and number constants. None touches a token in a type.
class TokenOperators final
{
public:
    static void collect(SourceScan &scan);
};

} // namespace Autocoder::Mutation
