#pragma once

#include "mutation/token.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Autocoder::Mutation {

/// Tokens of one source file, or why it could not be read.
struct LexResult
{
    QList<Token> tokens;
    /// Empty on success; otherwise a translated reason (an unterminated string, comment,
    /// template or regular expression, a character no JavaScript contains). A file whose
    /// lexing failed is not mutated at all: a mutant placed by a wrong guess could land
    /// inside a string or comment.
    QString error;
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
};

/// A JavaScript/TypeScript lexer, just precise enough to know what is code: comments,
/// string and template literals (but not their `${}` expressions) and regular expressions
/// are single tokens, so nothing inside them is ever mutated. `/` is a regular expression
/// where the previous significant token cannot end an operand, as in the usual
/// "previous token" heuristic; where that guess is ambiguous (after `}`), a regular
/// expression is assumed, which at worst hides code from mutation. JSX is not understood:
/// callers must not give it .jsx/.tsx files.
///
/// Linear in the size of the source.
class Lexer final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Mutation::Lexer)

public:
    /// The tokens' text views point into @p source, which must outlive them.
    static LexResult tokenize(QStringView source);

    /// True when a token of this kind and text can end an operand, so that a following
    /// `/`, `<`, `+`… is a binary operator.
    static bool endsOperand(const Token &token);
    /// Reserved words (and the contextual ones that never name a value here).
    static bool isKeyword(QStringView word);
};

} // namespace Autocoder::Mutation
