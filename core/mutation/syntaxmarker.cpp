#include "mutation/syntaxmarker.h"

#include "mutation/lexer.h"

#include <QStringList>

namespace Autocoder::Mutation {

namespace {

using Ctx = Token::Context;

// Lookahead caps keep a hostile file linear: past them, the guess is "type".
constexpr int TypeLimit = 400;
constexpr int GenericLimit = 200;

struct Frame
{
    Ctx kind = Ctx::TopLevel;
    int ternaries = 0; // `?` waiting for their `:`
    bool declaration = false; // the statement began with let/const/var
    bool classPending = false; // `class` seen: its next `{` opens a class body
};

bool oneOf(const Token &t, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (t.text == w)
            return true;
    }
    return false;
}

class Marker
{
public:
    Marker(QList<Token> &tokens, bool typescript)
        : m_t(tokens)
        , m_ts(typescript)
    { }

    void run();

private:
    const Token *at(int i) const { return i >= 0 && i < m_t.size() ? &m_t[i] : nullptr; }
    bool isPunct(int i, QStringView s) const { return at(i) && at(i)->isPunctuator(s); }
    bool isIdent(int i) const { return at(i) && at(i)->kind == Token::Kind::Identifier; }
    bool statementStart(int i) const;
    int typeAt(int i, bool start); // index past a type region starting at i, or -1
    int markType(int from, bool alias);
    int matchGeneric(int i) const; // the closing `>`, -1 when not a type list, -2 undecided
    int markInterface(int i);
    int markDeclare(int i);
    void markRange(int from, int to);
    Ctx braceKind(int i) const;
    bool continuesType(const Token &t, bool alias) const;

    QList<Token> &m_t;
    bool m_ts;
    QList<Frame> m_stack;
    bool m_prevClosedBlock = false;
    bool m_lastColonTernary = false;
};

void Marker::markRange(int from, int to)
{
    const Ctx ctx = m_stack.constLast().kind;
    for (int k = from; k < to && k < m_t.size(); ++k) {
        m_t[k].inType = true;
        m_t[k].context = ctx;
    }
}

bool Marker::statementStart(int i) const
{
    const Token *p = at(i - 1);
    if (!p)
        return true;
    if (p->isPunctuator(u";") || p->isPunctuator(u"{"))
        return true;
    if (p->isPunctuator(u"}"))
        return m_prevClosedBlock;
    if (p->kind == Token::Kind::Identifier && oneOf(*p, { u"export", u"declare" }))
        return true;
    const Token &t = m_t[i];
    return t.newlineBefore && Lexer::endsOperand(*p) && t.kind == Token::Kind::Identifier;
}

bool Marker::continuesType(const Token &t, bool alias) const
{
    if (t.kind == Token::Kind::Punctuator)
        return oneOf(t, { u"|", u"&", u".", u"=>" }) || (alias && oneOf(t, { u"?", u":" }));
    return t.kind == Token::Kind::Identifier && oneOf(t, { u"extends", u"is" });
}

int Marker::markType(int from, bool alias)
{
    int depth = 0;
    bool expect = true; // a type operand is wanted next
    const bool parenStart = isPunct(from, u"(");
    int j = from;
    for (; j < m_t.size() && j - from < TypeLimit; ++j) {
        const Token &t = m_t[j];
        if (depth == 0 && j > from && t.newlineBefore && !expect && !continuesType(t, alias))
            break;
        // Template literal types: `a${B}c` nests like a bracket.
        if (t.kind == Token::Kind::TemplateHead) {
            ++depth;
            expect = true;
            continue;
        }
        if (t.kind == Token::Kind::TemplateTail) {
            if (depth == 0)
                break;
            --depth;
            expect = false;
            continue;
        }
        if (t.kind == Token::Kind::Punctuator) {
            const QStringView s = t.text;
            if (s == u"(" || s == u"[" || s == u"{" || s == u"<") {
                if (depth == 0 && s == u"{" && !expect)
                    break; // the body after a return type
                ++depth;
                expect = true;
                continue;
            }
            if (s == u")" || s == u"]" || s == u"}") {
                if (depth == 0)
                    break;
                --depth;
                expect = false;
                continue;
            }
            if (s == u">" || s == u">>" || s == u">>>") {
                if (depth < int(s.size()))
                    break;
                depth -= int(s.size());
                expect = false;
                continue;
            }
            if (depth > 0)
                continue;
            if (s == u"|" || s == u"&" || s == u".") {
                expect = true;
                continue;
            }
            // A function type: `(a: T) => R`.
            if (s == u"=>" && parenStart && isPunct(j - 1, u")")) {
                expect = true;
                continue;
            }
            if (alias && (s == u"?" || s == u":")) {
                expect = true;
                continue;
            }
            break;
        }
        const bool prefix = t.kind == Token::Kind::Identifier
            && oneOf(t,
                     { u"keyof", u"typeof", u"readonly", u"unique", u"infer", u"new", u"asserts",
                       u"is", u"extends" });
        if (depth == 0 && !expect && !prefix)
            break;
        expect = prefix;
    }
    markRange(from, j);
    return j;
}

int Marker::matchGeneric(int i) const
{
    int angles = 0;
    int inner = 0;
    for (int j = i; j < m_t.size(); ++j) {
        if (j - i > GenericLimit)
            return -2;
        const Token &t = m_t[j];
        if (t.kind == Token::Kind::Regex)
            return -1;
        if (t.kind == Token::Kind::TemplateHead) {
            ++inner;
            continue;
        }
        if (t.kind == Token::Kind::TemplateTail && --inner < 0)
            return -1;
        if (t.kind != Token::Kind::Punctuator)
            continue;
        const QStringView s = t.text;
        if (s == u"<") {
            ++angles;
        } else if (s == u">" || s == u">>" || s == u">>>") {
            angles -= int(s.size());
            if (angles == 0)
                return j;
            if (angles < 0)
                return -1;
        } else if (s == u"(" || s == u"[" || s == u"{") {
            ++inner;
        } else if (s == u")" || s == u"]" || s == u"}") {
            if (--inner < 0)
                return -1;
        } else if (s == u";") {
            if (inner == 0)
                return -1;
        } else if (!oneOf(t, { u",", u".", u"|", u"&", u"=>", u"?", u":", u"=", u"...", u"?." })) {
            return -1; // an operator no type list holds: `a < b && c > d`
        }
    }
    return -1;
}

int Marker::markInterface(int i)
{
    int j = i;
    while (j < m_t.size() && !isPunct(j, u"{") && !isPunct(j, u";"))
        ++j;
    int depth = 0;
    for (; j < m_t.size(); ++j) {
        if (isPunct(j, u"{")) {
            ++depth;
        } else if (isPunct(j, u"}")) {
            if (--depth <= 0)
                break;
        } else if (depth == 0 && isPunct(j, u";")) {
            break;
        }
    }
    markRange(i, j + 1);
    return j + 1;
}

int Marker::markDeclare(int i)
{
    int depth = 0;
    int j = i + 1;
    for (; j < m_t.size(); ++j) {
        const Token &t = m_t[j];
        if (depth == 0 && t.newlineBefore && Lexer::endsOperand(m_t[j - 1]))
            break;
        if (t.kind != Token::Kind::Punctuator)
            continue;
        if (oneOf(t, { u"(", u"[", u"{" })) {
            ++depth;
        } else if (oneOf(t, { u")", u"]", u"}" })) {
            if (--depth <= 0 && t.is(u"}")) {
                ++j;
                break;
            }
        } else if (depth == 0 && t.is(u";")) {
            ++j;
            break;
        }
    }
    markRange(i, j);
    return j;
}

int Marker::typeAt(int i, bool start)
{
    const Token &t = m_t[i];
    const Token *prev = at(i - 1);
    const bool afterDot = prev && (prev->isPunctuator(u".") || prev->isPunctuator(u"?."));
    if (t.kind == Token::Kind::Identifier && !afterDot) {
        if (t.is(u"interface") && start && isIdent(i + 1))
            return markInterface(i);
        if (t.is(u"type") && start && isIdent(i + 1)
            && (isPunct(i + 2, u"=") || isPunct(i + 2, u"<"))) {
            int j = i + 2;
            if (isPunct(j, u"<")) {
                const int close = matchGeneric(j);
                if (close < 0)
                    return markDeclare(i);
                j = close + 1;
            }
            if (!isPunct(j, u"="))
                return markDeclare(i);
            markRange(i, j + 1);
            return markType(j + 1, true);
        }
        if (t.is(u"declare") && start && isIdent(i + 1))
            return markDeclare(i);
        if (t.is(u"implements")) {
            int j = i;
            while (j < m_t.size() && j - i < TypeLimit && !isPunct(j, u"{"))
                ++j;
            markRange(i, j);
            return j;
        }
        if ((t.is(u"as") || t.is(u"satisfies")) && prev && Lexer::endsOperand(*prev)) {
            markRange(i, i + 1);
            return markType(i + 1, false);
        }
        return -1;
    }
    if (t.kind != Token::Kind::Punctuator)
        return -1;
    const Frame &f = m_stack.constLast();
    if (t.is(u":")) {
        if (f.ternaries > 0)
            return -1;
        // After ")" a return type; in parentheses, brackets and class bodies a parameter's or
        // member's type; elsewhere only in a declaration.
        bool type = false;
        if ((prev && prev->isPunctuator(u")")) || f.kind == Ctx::Paren || f.kind == Ctx::Bracket
            || f.kind == Ctx::ClassBody)
            type = true;
        else if (f.kind == Ctx::TopLevel || f.kind == Ctx::Block)
            type = f.declaration;
        if (!type)
            return -1;
        markRange(i, i + 1);
        return markType(i + 1, false);
    }
    if (t.is(u"<")) {
        const int close = matchGeneric(i);
        if (close >= 0) {
            markRange(i, close + 1);
            return close + 1;
        }
        // No operand before it: a type assertion or a generic arrow, never a comparison.
        if (close == -2 || !prev || !Lexer::endsOperand(*prev)) {
            markRange(i, i + 1);
            return i + 1;
        }
    }
    return -1;
}

Ctx Marker::braceKind(int i) const
{
    const Frame &f = m_stack.constLast();
    if (f.classPending)
        return Ctx::ClassBody;
    const Token *p = at(i - 1);
    if (!p)
        return Ctx::Block;
    switch (p->kind) {
    case Token::Kind::Punctuator:
        if (oneOf(*p, { u")", u"=>", u"{", u"}", u";" }))
            return Ctx::Block;
        if (p->is(u":") && (f.kind == Ctx::Block || f.kind == Ctx::TopLevel))
            return m_lastColonTernary ? Ctx::Object : Ctx::Block;
        return Ctx::Object;
    case Token::Kind::Identifier:
        if (isIdent(i - 2) && m_t[i - 2].is(u"enum"))
            return Ctx::Object; // members are not statements
        return oneOf(*p,
                     { u"return", u"yield", u"await", u"typeof", u"void", u"delete", u"in", u"of",
                       u"throw", u"new", u"const", u"let", u"var", u"default", u"case" })
            ? Ctx::Object
            : Ctx::Block;
    case Token::Kind::TemplateHead:
    case Token::Kind::TemplateMiddle:
        return Ctx::Object;
    default:
        return Ctx::Block;
    }
}

void Marker::run()
{
    m_stack = { Frame {} };
    int i = 0;
    while (i < m_t.size()) {
        Token &t = m_t[i];
        t.context = m_stack.constLast().kind;
        const bool start = statementStart(i);
        m_prevClosedBlock = false;
        {
            Frame &f = m_stack.last();
            if (start && (f.kind == Ctx::TopLevel || f.kind == Ctx::Block)) {
                f.declaration = t.kind == Token::Kind::Identifier
                    && oneOf(t, { u"let", u"const", u"var", u"using" });
                f.ternaries = 0;
            }
        }
        if (m_ts) {
            const int next = typeAt(i, start);
            if (next > i) {
                i = next;
                continue;
            }
        }
        Frame &f = m_stack.last();
        if (t.kind == Token::Kind::Punctuator) {
            if (t.is(u"(")) {
                m_stack.append({ Ctx::Paren });
            } else if (t.is(u"[")) {
                m_stack.append({ Ctx::Bracket });
            } else if (t.is(u"{")) {
                const Ctx kind = braceKind(i);
                f.classPending = false;
                m_stack.append({ kind });
            } else if (t.is(u")") || t.is(u"]") || t.is(u"}")) {
                if (m_stack.size() > 1) {
                    const Ctx closed = m_stack.takeLast().kind;
                    m_prevClosedBlock =
                        t.is(u"}") && (closed == Ctx::Block || closed == Ctx::ClassBody);
                }
            } else if (t.is(u"?")) {
                // `a?: T`, `f(a?)`, `a? = …` are optional markers, not conditionals.
                if (!(isPunct(i + 1, u":") || isPunct(i + 1, u")") || isPunct(i + 1, u",")
                      || isPunct(i + 1, u"=") || isPunct(i + 1, u";")))
                    ++f.ternaries;
            } else if (t.is(u":")) {
                m_lastColonTernary = f.ternaries > 0;
                if (f.ternaries > 0)
                    --f.ternaries;
            } else if (t.is(u";")) {
                f.declaration = false;
                f.ternaries = 0;
            }
        } else if (t.kind == Token::Kind::TemplateHead) {
            m_stack.append({ Ctx::TemplateExpr });
        } else if (t.kind == Token::Kind::TemplateTail) {
            if (m_stack.size() > 1)
                m_stack.removeLast();
        } else if (t.isIdentifier(u"class") && !isPunct(i + 1, u":")
                   && !(at(i - 1) && at(i - 1)->isPunctuator(u"."))) {
            f.classPending = true;
        }
        ++i;
    }
}

} // namespace

void SyntaxMarker::mark(QList<Token> &tokens, bool typescript)
{
    Marker(tokens, typescript).run();
}

} // namespace Autocoder::Mutation
