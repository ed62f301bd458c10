#include "mutation/mutantfinder.h"

#include "mutation/lexer.h"
#include "mutation/sourcescan.h"
#include "mutation/statementoperators.h"
#include "mutation/syntaxmarker.h"
#include "mutation/tokenoperators.h"

#include <algorithm>

namespace Autocoder::Mutation {

bool MutantFinder::isTypeScript(const QString &path)
{
    return path.endsWith(QLatin1String(".ts")) || path.endsWith(QLatin1String(".mts"))
        || path.endsWith(QLatin1String(".cts"));
}

Result<QList<Mutant>> MutantFinder::find(const QString &path, const QString &content,
                                         const QList<MutationOperator::Id> &operators)
{
    LexResult lexed = Lexer::tokenize(content);
    if (!lexed.ok())
        return failure(tr("line %1: %2").arg(lexed.errorLine).arg(lexed.error));
    SyntaxMarker::mark(lexed.tokens, isTypeScript(path));

    SourceScan scan;
    scan.path = path;
    scan.text = content;
    scan.tokens = std::move(lexed.tokens);
    scan.operators = operators;
    TokenOperators::collect(scan);
    StatementOperators::collect(scan);

    std::stable_sort(scan.mutants.begin(), scan.mutants.end(),
                     [](const Mutant &a, const Mutant &b) { return a.offset < b.offset; });
    return scan.mutants;
}

} // namespace Autocoder::Mutation
