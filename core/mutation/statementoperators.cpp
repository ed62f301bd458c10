#include "mutation/statementoperators.h"

#include "mutation/lexer.h"

namespace Autocoder::Mutation {

namespace {

using Id = MutationOperator::Id;

// Statements longer than this are left alone: the scan stays linear on hostile input.
constexpr int ScanLimit = 400;

bool oneOf(const Token &t, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (t.text == w)
            return true;
    }
    return false;
}

bool isComparison(const Token &t)
{
    return (t.kind == Token::Kind::Punctuator
            && oneOf(t, { u"<", u">", u"<=", u">=", u"==", u"!=", u"===", u"!==" }))
        || (t.kind == Token::Kind::Identifier && oneOf(t, { u"instanceof", u"in" }));
}

bool isAssignment(const Token &t)
{
    return t.kind == Token::Kind::Punctuator
        && oneOf(t,
                 { u"=", u"+=", u"-=", u"*=", u"/=", u"%=", u"**=", u"<<=", u">>=", u">>>=", u"&=",
                   u"|=", u"^=", u"&&=", u"||=", u"\?\?=" }); // escaped: not a trigraph
}

struct Extent
{
    int first = -1;
    int last = -1; // the last token of the expression (not its `;`)
    int terminator = -1; // the `;` when there is one
    bool ok = false;
    bool boolish = false; // a comparison or a leading `!` at the top level
    bool plain = true; // no top-level `?:`, `,`, `=>` or assignment
    bool call = false; // a top-level call, assignment or ++/--
    bool comma = false;
};

// The expression from @p first to its end: `;`, the enclosing bracket, or a line break
// where automatic semicolon insertion ends the statement.
Extent expressionExtent(const SourceScan &s, int first)
{
    Extent e;
    e.first = first;
    int depth = 0;
    int j = first;
    for (; j < s.tokens.size(); ++j) {
        if (j - first > ScanLimit)
            return e;
        const Token &t = s.tokens[j];
        if (t.inType && depth == 0 && j == first)
            return e;
        if (depth == 0) {
            if (j > first && t.newlineBefore && !StatementOperators::continues(s.tokens[j - 1], t))
                break;
            if (t.isPunctuator(u";")) {
                e.terminator = j;
                break;
            }
            if (t.isPunctuator(u"}") || t.isPunctuator(u")") || t.isPunctuator(u"]"))
                break;
            if (t.isPunctuator(u",")) {
                e.plain = false;
                e.comma = true;
            }
            if (t.isPunctuator(u"?") || t.isPunctuator(u"=>") || isAssignment(t))
                e.plain = false;
            if (isAssignment(t) || t.isPunctuator(u"++") || t.isPunctuator(u"--"))
                e.call = true;
            if (t.isPunctuator(u"(") && j > first && Lexer::endsOperand(s.tokens[j - 1]))
                e.call = true;
            if (isComparison(t) && !t.inType)
                e.boolish = true;
        }
        if (t.kind == Token::Kind::Punctuator) {
            if (oneOf(t, { u"(", u"[", u"{" }))
                ++depth;
            else if (oneOf(t, { u")", u"]", u"}" }))
                --depth;
        } else if (t.kind == Token::Kind::TemplateHead) {
            ++depth;
        } else if (t.kind == Token::Kind::TemplateTail) {
            --depth;
        }
        e.last = j;
    }
    e.ok = depth == 0 && e.last >= first;
    if (e.ok && s.tokens[first].isPunctuator(u"!"))
        e.boolish = true;
    return e;
}

void returnValue(SourceScan &s, int i)
{
    const Token *first = s.at(i + 1);
    if (!first || first->newlineBefore || first->isPunctuator(u";") || first->isPunctuator(u"}"))
        return;
    const Extent e = expressionExtent(s, i + 1);
    if (!e.ok)
        return;
    const Token &a = s.tokens[e.first];
    const Token &b = s.tokens[e.last];
    // Lone constants are the literal operators' business; undefined and void are the
    // replacement already.
    if (e.first == e.last
        && (a.kind == Token::Kind::Number || a.kind == Token::Kind::String
            || oneOf(a, { u"true", u"false", u"undefined", u"null" })))
        return;
    if (a.isIdentifier(u"void"))
        return;
    const QString expr = s.text.mid(a.offset, b.end() - a.offset).toString();
    const QString replacement =
        e.boolish && e.plain ? QStringLiteral("!(%1)").arg(expr) : QStringLiteral("undefined");
    s.add(Id::ReturnValue, a, a.offset, b.end() - a.offset, replacement);
}

bool startsExpressionStatement(const SourceScan &s, int i)
{
    const Token &t = s.tokens[i];
    if (t.inType || !(t.context == Token::Context::Block || t.context == Token::Context::TopLevel))
        return false;
    if (i > 0 && !t.newlineBefore)
        return false; // not on its own line
    const Token *p = s.at(i - 1);
    // After `)`, `else`, `:`… the statement may be the only body of an if/for/case.
    if (p && !(p->isPunctuator(u";") || p->isPunctuator(u"{") || p->isPunctuator(u"}")))
        return false;
    if (t.kind != Token::Kind::Identifier || s.isPunct(i + 1, u":"))
        return false;
    if (t.is(u"this") || t.is(u"await"))
        return true;
    return !Lexer::isKeyword(t.text)
        && !oneOf(t,
                  { u"type", u"interface", u"enum", u"namespace", u"module", u"declare",
                    u"abstract", u"async", u"using", u"let", u"static", u"get", u"set",
                    u"constructor", u"public", u"private", u"protected", u"readonly" });
}

void statementDeletion(SourceScan &s, int i)
{
    if (!startsExpressionStatement(s, i))
        return;
    const Extent e = expressionExtent(s, i);
    if (!e.ok || !e.call || e.comma)
        return;
    const int endToken = e.terminator >= 0 ? e.terminator : e.last;
    const Token *after = s.at(endToken + 1);
    if (after && !after->newlineBefore)
        return; // something else follows on the same line
    const Token &t = s.tokens[i];
    int start = t.offset;
    int end = s.tokens[endToken].end();
    // Take the whole line when nothing else is on it, so the diff shows a removed line.
    int lineStart = start;
    while (lineStart > 0 && (s.text[lineStart - 1] == u' ' || s.text[lineStart - 1] == u'\t'))
        --lineStart;
    int lineEnd = end;
    while (lineEnd < s.text.size() && (s.text[lineEnd] == u' ' || s.text[lineEnd] == u'\t'))
        ++lineEnd;
    const bool ownLineStart = lineStart == 0 || s.text[lineStart - 1] == u'\n';
    if (ownLineStart
        && (lineEnd == s.text.size() || s.text[lineEnd] == u'\n' || s.text[lineEnd] == u'\r')) {
        if (lineEnd < s.text.size() && s.text[lineEnd] == u'\r')
            ++lineEnd;
        if (lineEnd < s.text.size() && s.text[lineEnd] == u'\n')
            ++lineEnd;
        start = lineStart;
        end = lineEnd;
    }
    s.add(Id::StatementDeletion, t, start, end - start, QString());
}

} // namespace

bool StatementOperators::continues(const Token &before, const Token &after)
{
    if (before.kind == Token::Kind::Punctuator
        && !oneOf(before, { u")", u"]", u"}", u"++", u"--" }))
        return true;
    if (before.kind == Token::Kind::TemplateHead || before.kind == Token::Kind::TemplateMiddle)
        return true;
    if (before.kind == Token::Kind::Identifier && Lexer::isKeyword(before.text)
        && !oneOf(before, { u"this", u"super", u"true", u"false", u"null" }))
        return true;
    if (after.kind == Token::Kind::Punctuator)
        return !oneOf(after, { u"{", u"}", u";", u"!", u"~", u"++", u"--", u"...", u"@" });
    if (after.kind == Token::Kind::TemplateFull || after.kind == Token::Kind::TemplateHead)
        return true; // a tagged template
    return after.kind == Token::Kind::Identifier
        && oneOf(after, { u"instanceof", u"in", u"as", u"satisfies" });
}

void StatementOperators::collect(SourceScan &s)
{
    for (int i = 0; i < s.tokens.size(); ++i) {
        const Token &t = s.tokens[i];
        if (t.inType || t.kind != Token::Kind::Identifier)
            continue;
        if (t.is(u"return") && s.enabled(Id::ReturnValue)
            && !(i > 0 && (s.isPunct(i - 1, u".") || s.isPunct(i - 1, u"?."))))
            returnValue(s, i);
        else if (s.enabled(Id::StatementDeletion))
            statementDeletion(s, i);
    }
}

} // namespace Autocoder::Mutation
