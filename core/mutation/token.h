#pragma once

#include <QStringView>

namespace Autocoder::Mutation {

/// One lexical token of JavaScript/TypeScript source. Comments and whitespace are not
/// tokens; `newlineBefore` keeps what automatic semicolon insertion needs of them.
struct Token
{
    enum class Kind {
        Identifier, ///< names, keywords, private names (#x)
        Number,
        String, ///< '…' or "…"
        TemplateFull, ///< `…` without substitutions
        TemplateHead, ///< `…${
        TemplateMiddle, ///< }…${
        TemplateTail, ///< }…`
        Regex,
        Punctuator,
    };

    /// The innermost bracket the token is in, as the syntax marker classifies it.
    enum class Context { TopLevel, Block, ClassBody, Object, Paren, Bracket, TemplateExpr };

    Kind kind = Kind::Punctuator;
    /// A view into the lexed source: valid only while that text lives.
    QStringView text;
    int offset = 0; ///< in UTF-16 code units from the start of the source
    int line = 1; ///< 1-based
    int column = 1; ///< 1-based, in UTF-16 code units
    bool newlineBefore = false; ///< a line break (or a comment holding one) precedes it
    Context context = Context::TopLevel;
    /// Part of a TypeScript type (annotation, generic arguments, `as` cast, interface or
    /// type alias, declare): never mutated.
    bool inType = false;

    int end() const { return offset + int(text.size()); }
    bool is(QStringView s) const { return text == s; }
    bool isPunctuator(QStringView s) const { return kind == Kind::Punctuator && text == s; }
    bool isIdentifier(QStringView s) const { return kind == Kind::Identifier && text == s; }
};

} // namespace Autocoder::Mutation
