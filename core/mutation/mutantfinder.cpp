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

bool MutantFinder::looksLikeJsx(const QList<Token> &tokens)
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        // `i++ < n`: a postfix update ends an operand too.
        const bool afterOperand = i > 0
            && (Lexer::endsOperand(tokens[i - 1]) || tokens[i - 1].isPunctuator(u"++")
                || tokens[i - 1].isPunctuator(u"--"));
        if (tokens[i].isPunctuator(u"<") && !afterOperand
            && (tokens[i + 1].kind == Token::Kind::Identifier || tokens[i + 1].isPunctuator(u">")))
            return true;
    }
    return false;
}

Result<QList<Mutant>, MutantFinder::Error>
MutantFinder::find(const QString &path, const QString &content,
                   const QList<MutationOperator::Id> &operators)
{
    LexResult lexed = Lexer::tokenize(content);
    // JSX often fails to lex as JavaScript (`</p>` looks like a regular expression): look
    // for it first, in the tokens read before the error, to give the real reason.
    if (!isTypeScript(path) && looksLikeJsx(lexed.tokens))
        return failure(Error { PlannedFile::Reason::Jsx, tr("JSX is not mutated") });
    if (!lexed.ok())
        return failure(Error { PlannedFile::Reason::Syntax,
                               tr("line %1: %2").arg(lexed.errorLine).arg(lexed.error) });
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
