#include "mutation/tokenoperators.h"

#include "mutation/lexer.h"

#include <cstdlib>

namespace Autocoder::Mutation {

namespace {

using Id = MutationOperator::Id;

struct Swap
{
    QStringView from;
    QStringView to;
};

constexpr Swap comparisons[] = {
    { u"<", u">=" },    { u">=", u"<" },    { u">", u"<=" },  { u"<=", u">" },
    { u"===", u"!==" }, { u"!==", u"===" }, { u"==", u"!=" }, { u"!=", u"==" },
};
constexpr Swap arithmetic[] = {
    { u"+", u"-" }, { u"-", u"+" },   { u"*", u"/" },   { u"/", u"*" },
    { u"%", u"*" }, { u"+=", u"-=" }, { u"-=", u"+=" },
};
constexpr Swap logical[] = {
    // `??` becomes `&&` rather than `||`: `a || b` equals `a ?? b` whenever a is never
    // falsy-but-defined, a mutant no test could kill.
    { u"&&", u"||" },
    { u"||", u"&&" },
    { u"?"
      "?",
      u"&&" },
};

template<size_t N>
const Swap *find(const Swap (&table)[N], QStringView text)
{
    for (const Swap &s : table) {
        if (s.from == text)
            return &s;
    }
    return nullptr;
}

// `a ?? b ?? c` cannot become `a ?? b && c`: JavaScript refuses `??` next to `&&` or `||`
// without parentheses. True when another `??` shares the operand chain of the one at @p i.
bool inNullishChain(const SourceScan &s, int i)
{
    constexpr int limit = 200;
    for (int step : { -1, 1 }) {
        int depth = 0;
        for (int j = i + step; j >= 0 && j < s.tokens.size() && std::abs(j - i) < limit;
             j += step) {
            const Token &t = s.tokens[j];
            if (t.kind != Token::Kind::Punctuator)
                continue;
            const QStringView x = t.text;
            const bool opens = step > 0 ? (x == u"(" || x == u"[" || x == u"{")
                                        : (x == u")" || x == u"]" || x == u"}");
            const bool closes = step > 0 ? (x == u")" || x == u"]" || x == u"}")
                                         : (x == u"(" || x == u"[" || x == u"{");
            if (opens) {
                ++depth;
            } else if (closes) {
                if (--depth < 0)
                    break;
            } else if (depth == 0) {
                if (x
                    == u"?"
                       "?")
                    return true;
                if (x == u"," || x == u";" || x == u"?" || x == u":" || x == u"=>"
                    || (x.endsWith(u'=') && x != u"==" && x != u"===" && x != u"!=" && x != u"!=="
                        && x != u"<=" && x != u">="))
                    break;
            }
        }
    }
    return false;
}

bool isTextual(const Token *t)
{
    return t
        && (t->kind == Token::Kind::String || t->kind == Token::Kind::TemplateFull
            || t->kind == Token::Kind::TemplateHead || t->kind == Token::Kind::TemplateTail);
}

bool isObjectKey(const SourceScan &s, int i)
{
    const Token &t = s.tokens[i];
    return s.isPunct(i + 1, u":")
        && (t.context == Token::Context::Object || t.context == Token::Context::ClassBody);
}

// import/export … from 'x', import 'x', import('x'), require('x'), declare module 'x',
// import x = require('x').
bool isModuleSpecifier(const SourceScan &s, int i)
{
    const Token *p = s.at(i - 1);
    if (!p)
        return false;
    if (p->kind == Token::Kind::Identifier
        && (p->is(u"from") || p->is(u"import") || p->is(u"module")))
        return true;
    const Token *pp = s.at(i - 2);
    return p->isPunctuator(u"(") && pp && pp->kind == Token::Kind::Identifier
        && (pp->is(u"require") || pp->is(u"import"));
}

// 'use strict' and any other string standing alone as a statement: a directive, or as
// good as one.
bool isDirective(const SourceScan &s, int i)
{
    const Token *p = s.at(i - 1);
    const Token *n = s.at(i + 1);
    const bool startsStatement =
        !p || p->isPunctuator(u";") || p->isPunctuator(u"{") || p->isPunctuator(u"}");
    const bool endsStatement =
        !n || n->isPunctuator(u";") || n->isPunctuator(u"}") || n->newlineBefore;
    return startsStatement && endsStatement;
}

void stringLiteral(SourceScan &s, int i)
{
    const Token &t = s.tokens[i];
    if (t.text.size() < 2 || isModuleSpecifier(s, i) || isObjectKey(s, i) || isDirective(s, i))
        return;
    // A computed key: { ['x']: v }.
    if (s.isPunct(i - 1, u"[") && s.isPunct(i + 1, u"]") && s.isPunct(i + 2, u":"))
        return;
    const QChar quote = t.text.front();
    const QString replacement =
        t.text.size() == 2 ? quote + QStringLiteral("mutated") + quote : QString(quote) + quote;
    s.replaceToken(Id::StringLiteral, t, replacement);
}

void numberLiteral(SourceScan &s, int i)
{
    const Token &t = s.tokens[i];
    if (isObjectKey(s, i))
        return;
    QString digits;
    bool bigint = false;
    for (qsizetype k = 0; k < t.text.size(); ++k) {
        const QChar c = t.text[k];
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digits += c;
        else if (c == u'n' && k == t.text.size() - 1)
            bigint = true;
        else if (c != u'_')
            return; // floats, exponents, hex: left alone for simplicity
    }
    // Legacy octal (017) and values past exact doubles are not worth the risk.
    if (digits.isEmpty() || digits.size() > 15 || (digits.size() > 1 && digits.front() == u'0'))
        return;
    const qint64 value = digits.toLongLong();
    s.replaceToken(Id::NumberLiteral, t,
                   QString::number(value + 1) + (bigint ? QStringLiteral("n") : QString()));
}

} // namespace

void TokenOperators::collect(SourceScan &s)
{
    for (int i = 0; i < s.tokens.size(); ++i) {
        const Token &t = s.tokens[i];
        if (t.inType)
            continue;
        const Token *prev = s.at(i - 1);
        const Token *next = s.at(i + 1);
        const bool binary = prev && Lexer::endsOperand(*prev) && next && !next->inType;
        switch (t.kind) {
        case Token::Kind::Punctuator:
            if (const Swap *c = find(comparisons, t.text); c && binary) {
                if (s.enabled(Id::ComparisonFlip))
                    s.replaceToken(Id::ComparisonFlip, t, c->to.toString());
            } else if (const Swap *a = find(arithmetic, t.text); a && binary) {
                // `'a' + b` is concatenation: its `-` twin fails to type-check, not a test.
                if (s.enabled(Id::Arithmetic)
                    && !((t.is(u"+") || t.is(u"+=")) && (isTextual(prev) || isTextual(next))))
                    s.replaceToken(Id::Arithmetic, t, a->to.toString());
            } else if (const Swap *l = find(logical, t.text); l && binary) {
                if (s.enabled(Id::Logical)
                    && !(t.is(u"?"
                              "?")
                         && inNullishChain(s, i)))
                    s.replaceToken(Id::Logical, t, l->to.toString());
            } else if (t.is(u"!") && next && !next->inType && !(prev && Lexer::endsOperand(*prev))
                       && s.enabled(Id::NegationRemoval)) {
                // At a line start, `!(x)` without its `!` could become a call of the line
                // before under automatic semicolon insertion.
                const bool risky = t.newlineBefore
                    && (next->isPunctuator(u"(") || next->isPunctuator(u"[")
                        || next->kind == Token::Kind::TemplateFull
                        || next->kind == Token::Kind::TemplateHead);
                if (!risky)
                    s.replaceToken(Id::NegationRemoval, t, QString());
            }
            break;
        case Token::Kind::Identifier:
            if ((t.is(u"true") || t.is(u"false")) && s.enabled(Id::BooleanLiteral)
                && !(prev && (prev->isPunctuator(u".") || prev->isPunctuator(u"?.")))
                && !isObjectKey(s, i))
                s.replaceToken(Id::BooleanLiteral, t,
                               t.is(u"true") ? QStringLiteral("false") : QStringLiteral("true"));
            break;
        case Token::Kind::String:
            if (s.enabled(Id::StringLiteral))
                stringLiteral(s, i);
            break;
        case Token::Kind::Number:
            if (s.enabled(Id::NumberLiteral))
                numberLiteral(s, i);
            break;
        default:
            break;
        }
    }
}

} // namespace Autocoder::Mutation
