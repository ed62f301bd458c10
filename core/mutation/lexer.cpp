#include "mutation/lexer.h"

#include <algorithm>
#include <array>

namespace Autocoder::Mutation {

namespace {

bool isLineTerminator(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\v' || c == u'\f' || c == QChar(0xA0)
        || c == QChar(0xFEFF) || (c.unicode() > 0x7f && c.category() == QChar::Separator_Space);
}

bool isIdentifierStart(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '$' || u == '_'
            || u == '\\';
    return c.isLetter() || c.isSurrogate();
}

bool isIdentifierPart(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return isIdentifierStart(c) || (u >= '0' && u <= '9');
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || u == 0x200C || u == 0x200D;
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Longest first, so that a prefix never wins over a longer punctuator.
constexpr std::array<const char16_t *, 50> punctuators = {
    u">>>=",
    u"...",
    u"===",
    u"!==",
    u"**=",
    u"<<=",
    u">>=",
    u">>>",
    u"&&=",
    u"||=",
    u"?"
    "?=",
    u"=>",
    u"==",
    u"!=",
    u"<=",
    u">=",
    u"&&",
    u"||",
    u"?"
    "?",
    u"?.",
    u"++",
    u"--",
    u"+=",
    u"-=",
    u"*=",
    u"/=",
    u"%=",
    u"&=",
    u"|=",
    u"^=",
    u"**",
    u"<<",
    u">>",
    u"{",
    u"}",
    u"(",
    u")",
    u"[",
    u"]",
    u";",
    u",",
    u"<",
    u">",
    u"+",
    u"-",
    u"*",
    u"/",
    u"%",
    u"&",
    u"|",
};
constexpr QStringView singleRest = u"^!~?:=.@";

class Scanner
{
public:
    explicit Scanner(QStringView source)
        : m_src(source)
    { }

    LexResult run();

private:
    QChar at(qsizetype i) const { return i < m_src.size() ? m_src[i] : QChar(); }
    void advance(); // one character, keeping line and column
    bool skipTrivia(); // false on an unterminated comment
    bool scanString(QChar quote);
    bool scanTemplatePart(); // from just after ` or }, up to ` or ${
    bool scanRegex();
    void scanNumber();
    bool regexAllowed() const;
    void fail(const QString &why);
    void push(Token::Kind kind, qsizetype start, int line, int column);

    QStringView m_src;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_newline = false;
    QList<int> m_templateBraces; // brace depth at each open `${`
    int m_braces = 0;
    LexResult m_result;
};

void Scanner::advance()
{
    const QChar c = m_src[m_pos++];
    if (c == u'\r' && at(m_pos) == u'\n') {
        ++m_pos;
        ++m_line;
        m_column = 1;
    } else if (isLineTerminator(c)) {
        ++m_line;
        m_column = 1;
    } else {
        ++m_column;
    }
}

void Scanner::fail(const QString &why)
{
    if (m_result.error.isEmpty()) {
        m_result.error = why;
        m_result.errorLine = m_line;
    }
}

void Scanner::push(Token::Kind kind, qsizetype start, int line, int column)
{
    Token t;
    t.kind = kind;
    t.text = m_src.mid(start, m_pos - start);
    t.offset = int(start);
    t.line = line;
    t.column = column;
    t.newlineBefore = m_newline;
    m_newline = false;
    m_result.tokens.append(t);
}

bool Scanner::skipTrivia()
{
    while (m_pos < m_src.size()) {
        const QChar c = m_src[m_pos];
        if (isLineTerminator(c)) {
            m_newline = true;
            advance();
        } else if (isSpace(c)) {
            advance();
        } else if (c == u'/' && at(m_pos + 1) == u'/') {
            while (m_pos < m_src.size() && !isLineTerminator(m_src[m_pos]))
                advance();
        } else if (c == u'/' && at(m_pos + 1) == u'*') {
            advance();
            advance();
            for (;;) {
                if (m_pos >= m_src.size())
                    return false;
                if (m_src[m_pos] == u'*' && at(m_pos + 1) == u'/') {
                    advance();
                    advance();
                    break;
                }
                if (isLineTerminator(m_src[m_pos]))
                    m_newline = true;
                advance();
            }
        } else {
            break;
        }
    }
    return true;
}

bool Scanner::scanString(QChar quote)
{
    advance();
    while (m_pos < m_src.size()) {
        const QChar c = m_src[m_pos];
        if (c == quote) {
            advance();
            return true;
        }
        if (c == u'\n' || c == u'\r')
            return false;
        if (c == u'\\' && m_pos + 1 < m_src.size())
            advance(); // the escaped character, a line continuation included
        advance();
    }
    return false;
}

bool Scanner::scanTemplatePart()
{
    while (m_pos < m_src.size()) {
        const QChar c = m_src[m_pos];
        if (c == u'`') {
            advance();
            return true;
        }
        if (c == u'$' && at(m_pos + 1) == u'{') {
            advance();
            advance();
            m_templateBraces.append(m_braces);
            return true;
        }
        if (c == u'\\' && m_pos + 1 < m_src.size())
            advance();
        advance();
    }
    return false;
}

bool Scanner::scanRegex()
{
    advance(); // the opening slash
    bool inClass = false;
    while (m_pos < m_src.size()) {
        const QChar c = m_src[m_pos];
        if (isLineTerminator(c))
            return false;
        if (c == u'\\') {
            advance();
            if (m_pos >= m_src.size() || isLineTerminator(m_src[m_pos]))
                return false;
        } else if (c == u'[') {
            inClass = true;
        } else if (c == u']') {
            inClass = false;
        } else if (c == u'/' && !inClass) {
            advance();
            while (m_pos < m_src.size() && isIdentifierPart(m_src[m_pos]))
                advance();
            return true;
        }
        advance();
    }
    return false;
}

void Scanner::scanNumber()
{
    const auto radix = [this](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    };
    if (m_src[m_pos] == u'0' && QStringView(u"xXoObB").contains(at(m_pos + 1))) {
        advance();
        advance();
        while (m_pos < m_src.size() && radix(m_src[m_pos]))
            advance();
        return;
    }
    while (m_pos < m_src.size() && (isDigit(m_src[m_pos]) || m_src[m_pos] == u'_'))
        advance();
    if (at(m_pos) == u'.') {
        advance();
        while (m_pos < m_src.size() && (isDigit(m_src[m_pos]) || m_src[m_pos] == u'_'))
            advance();
    }
    if ((at(m_pos) == u'e' || at(m_pos) == u'E')
        && (isDigit(at(m_pos + 1))
            || ((at(m_pos + 1) == u'+' || at(m_pos + 1) == u'-') && isDigit(at(m_pos + 2))))) {
        advance();
        advance();
        while (m_pos < m_src.size() && (isDigit(m_src[m_pos]) || m_src[m_pos] == u'_'))
            advance();
    }
    // A bigint's n, or the start of an identifier that makes the literal invalid anyway.
    while (m_pos < m_src.size() && isIdentifierPart(m_src[m_pos]))
        advance();
}

bool Scanner::regexAllowed() const
{
    if (m_result.tokens.isEmpty())
        return true;
    const Token &prev = m_result.tokens.constLast();
    if (prev.kind == Token::Kind::Punctuator)
        return !(prev.is(u")") || prev.is(u"]") || prev.is(u"++") || prev.is(u"--"));
    if (prev.kind == Token::Kind::Identifier)
        return Lexer::isKeyword(prev.text) && !prev.is(u"this") && !prev.is(u"super")
            && !prev.is(u"true") && !prev.is(u"false") && !prev.is(u"null");
    return prev.kind == Token::Kind::TemplateHead || prev.kind == Token::Kind::TemplateMiddle;
}

LexResult Scanner::run()
{
    // A hashbang line is a comment for our purposes.
    if (m_src.startsWith(u"#!")) {
        while (m_pos < m_src.size() && !isLineTerminator(m_src[m_pos]))
            advance();
    }
    for (;;) {
        if (!skipTrivia()) {
            fail(Lexer::tr("unterminated comment"));
            break;
        }
        if (m_pos >= m_src.size())
            break;
        const qsizetype start = m_pos;
        const int line = m_line;
        const int column = m_column;
        const QChar c = m_src[m_pos];

        if (isIdentifierStart(c) || (c == u'#' && isIdentifierStart(at(m_pos + 1)))) {
            advance();
            while (m_pos < m_src.size() && isIdentifierPart(m_src[m_pos]))
                advance();
            push(Token::Kind::Identifier, start, line, column);
        } else if (isDigit(c) || (c == u'.' && isDigit(at(m_pos + 1)))) {
            scanNumber();
            push(Token::Kind::Number, start, line, column);
        } else if (c == u'\'' || c == u'"') {
            if (!scanString(c)) {
                fail(Lexer::tr("unterminated string literal"));
                break;
            }
            push(Token::Kind::String, start, line, column);
        } else if (c == u'`') {
            advance();
            if (!scanTemplatePart()) {
                fail(Lexer::tr("unterminated template literal"));
                break;
            }
            push(m_src[m_pos - 1] == u'`' ? Token::Kind::TemplateFull : Token::Kind::TemplateHead,
                 start, line, column);
        } else if (c == u'}' && !m_templateBraces.isEmpty()
                   && m_templateBraces.constLast() == m_braces) {
            m_templateBraces.removeLast();
            advance();
            if (!scanTemplatePart()) {
                fail(Lexer::tr("unterminated template literal"));
                break;
            }
            push(m_src[m_pos - 1] == u'`' ? Token::Kind::TemplateTail : Token::Kind::TemplateMiddle,
                 start, line, column);
        } else if (c == u'/' && regexAllowed()) {
            if (!scanRegex()) {
                fail(Lexer::tr("unterminated regular expression"));
                break;
            }
            push(Token::Kind::Regex, start, line, column);
        } else {
            qsizetype length = 0;
            for (const char16_t *p : punctuators) {
                const QStringView candidate(p);
                if (candidate.front() != c)
                    continue;
                // `?.` followed by a digit is `?` then a number (`a ?.5 : b`).
                if (m_src.mid(m_pos).startsWith(candidate)
                    && !(candidate == u"?." && isDigit(at(m_pos + 2)))) {
                    length = candidate.size();
                    break;
                }
            }
            if (length == 0 && singleRest.contains(c))
                length = 1;
            if (length == 0) {
                fail(Lexer::tr("unexpected character U+%1")
                         .arg(QString::number(c.unicode(), 16)
                                  .toUpper()
                                  .rightJustified(4, QLatin1Char('0'))));
                break;
            }
            for (qsizetype i = 0; i < length; ++i)
                advance();
            if (c == u'{')
                ++m_braces;
            else if (c == u'}')
                --m_braces;
            push(Token::Kind::Punctuator, start, line, column);
        }
    }
    if (m_result.ok() && !m_templateBraces.isEmpty())
        fail(Lexer::tr("unterminated template literal"));
    return std::move(m_result);
}

} // namespace

LexResult Lexer::tokenize(QStringView source)
{
    return Scanner(source).run();
}

bool Lexer::endsOperand(const Token &token)
{
    switch (token.kind) {
    case Token::Kind::Number:
    case Token::Kind::String:
    case Token::Kind::TemplateFull:
    case Token::Kind::TemplateTail:
    case Token::Kind::Regex:
        return true;
    case Token::Kind::Identifier:
        return !isKeyword(token.text) || token.is(u"this") || token.is(u"super")
            || token.is(u"true") || token.is(u"false") || token.is(u"null");
    case Token::Kind::Punctuator:
        return token.is(u")") || token.is(u"]");
    default:
        return false;
    }
}

bool Lexer::isKeyword(QStringView word)
{
    // Sorted, for a binary search: this runs for nearly every token.
    static constexpr QStringView keywords[] = {
        u"as",       u"await",     u"break",      u"case",    u"catch", u"class",    u"const",
        u"continue", u"debugger",  u"default",    u"delete",  u"do",    u"else",     u"enum",
        u"export",   u"extends",   u"false",      u"finally", u"for",   u"function", u"if",
        u"import",   u"in",        u"instanceof", u"let",     u"new",   u"null",     u"of",
        u"return",   u"satisfies", u"super",      u"switch",  u"this",  u"throw",    u"true",
        u"try",      u"typeof",    u"var",        u"void",    u"while", u"with",     u"yield",
    };
    return std::binary_search(std::begin(keywords), std::end(keywords), word);
}

} // namespace Autocoder::Mutation
