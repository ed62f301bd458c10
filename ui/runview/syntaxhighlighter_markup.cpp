// The SyntaxHighlighter's lexers for shell, CSS, HTML and Markdown.
#include "runview/syntaxhighlighter.h"

#include "runview/syntaxhighlighter_p.h"

namespace Autocoder::Ui {

using namespace Lexing;

int SyntaxHighlighter::scanShell(const QString &text, int start)
{
    int i = start;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            mark(i, n - i, Role::Comment);
            return Normal;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int end = quoted(text, i);
            mark(i, end - i, Role::String);
            i = end;
        } else if (c == QLatin1Char('$')) {
            int end = i + 1;
            if (end < n && text.at(end) == QLatin1Char('{')) {
                const int close = int(text.indexOf(QLatin1Char('}'), end));
                end = close < 0 ? n : close + 1;
            } else {
                end = identEnd(text, end);
            }
            mark(i, std::max(1, end - i), Role::Variable);
            i = std::max(i + 1, end);
        } else if (isIdentStart(c) && (i == 0 || !isIdent(text.at(i - 1)))) {
            int end = i;
            while (end < n && (isIdent(text.at(end)) || text.at(end) == QLatin1Char('-')))
                ++end;
            if (shellKeywords().contains(text.mid(i, end - i)))
                mark(i, end - i, Role::Keyword);
            i = end;
        } else {
            ++i;
        }
    }
    return Normal;
}

int SyntaxHighlighter::scanCss(const QString &text, int start, int state)
{
    int i = start;
    const int n = int(text.size());
    if (state == InBlockComment) {
        i = commentUntil(text, i, i, QLatin1String("*/"));
        if (i < 0)
            return InBlockComment;
    }
    // "name: value" inside a rule; anything before "{" is a selector.
    const bool declaration =
        !text.trimmed().endsWith(QLatin1Char('{')) && text.contains(QLatin1Char(':'));
    bool seenColon = false;
    while (i < n) {
        const QChar c = text.at(i);
        if (QStringView(text).mid(i).startsWith(QLatin1String("/*"))) {
            i = commentUntil(text, i, i + 2, QLatin1String("*/"));
            if (i < 0)
                return InBlockComment;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int end = quoted(text, i);
            mark(i, end - i, Role::String);
            i = end;
        } else if (c == QLatin1Char('@')) {
            const int end = identEnd(text, i + 1);
            mark(i, end - i, Role::Keyword);
            i = end;
        } else if (c == QLatin1Char('#') && seenColon) {
            const int end = identEnd(text, i + 1);
            mark(i, end - i, Role::Number);
            i = end;
        } else if (c.isDigit() && (i == 0 || !isIdent(text.at(i - 1)))) {
            int end = numberEnd(text, i);
            if (end < n && text.at(end) == QLatin1Char('%'))
                ++end;
            mark(i, end - i, Role::Number);
            i = end;
        } else if (c == QLatin1Char(':')) {
            seenColon = true;
            ++i;
        } else if (declaration && !seenColon && (c.isLetter() || c == QLatin1Char('-'))) {
            int end = i;
            while (end < n && (isIdent(text.at(end)) || text.at(end) == QLatin1Char('-')))
                ++end;
            mark(i, end - i, Role::Attribute);
            i = end;
        } else if (!declaration && (c == QLatin1Char('.') || c.isLetter())) {
            int end = i + 1;
            while (end < n && (isIdent(text.at(end)) || text.at(end) == QLatin1Char('-')))
                ++end;
            mark(i, end - i, Role::Tag);
            i = end;
        } else {
            ++i;
        }
    }
    return Normal;
}

int SyntaxHighlighter::scanHtml(const QString &text, int start, int state)
{
    int i = start;
    const int n = int(text.size());
    if (state == InBlockComment) {
        i = commentUntil(text, i, i, QLatin1String("-->"));
        if (i < 0)
            return InBlockComment;
    }
    bool inTag = false;
    while (i < n) {
        const QChar c = text.at(i);
        const QStringView rest = QStringView(text).mid(i);
        if (!inTag && rest.startsWith(QLatin1String("<!--"))) {
            i = commentUntil(text, i, i + 4, QLatin1String("-->"));
            if (i < 0)
                return InBlockComment;
        } else if (!inTag && c == QLatin1Char('<')) {
            int end = i + 1;
            if (end < n && (text.at(end) == QLatin1Char('/') || text.at(end) == QLatin1Char('!')))
                ++end;
            while (end < n && (isIdent(text.at(end)) || text.at(end) == QLatin1Char('-')))
                ++end;
            mark(i, end - i, Role::Tag);
            inTag = true;
            i = end;
        } else if (inTag && (c == QLatin1Char('>') || rest.startsWith(QLatin1String("/>")))) {
            const int len = c == QLatin1Char('>') ? 1 : 2;
            mark(i, len, Role::Tag);
            inTag = false;
            i += len;
        } else if (inTag && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            const int end = quoted(text, i);
            mark(i, end - i, Role::String);
            i = end;
        } else if (inTag && isIdentStart(c)) {
            int end = i;
            while (end < n
                   && (isIdent(text.at(end)) || text.at(end) == QLatin1Char('-')
                       || text.at(end) == QLatin1Char(':')))
                ++end;
            mark(i, end - i, Role::Attribute);
            i = end;
        } else {
            ++i;
        }
    }
    return Normal;
}

int SyntaxHighlighter::scanMarkdown(const QString &text, int start, int state)
{
    const QString trimmed = text.trimmed();
    const bool fence =
        trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
    if (state == InFence) {
        mark(start, int(text.size()) - start, fence ? Role::Muted : Role::String);
        return fence ? Normal : InFence;
    }
    if (fence) {
        mark(start, int(text.size()) - start, Role::Muted);
        return InFence;
    }
    const int n = int(text.size());
    if (trimmed.startsWith(QLatin1Char('#'))) {
        mark(start, n - start, Role::Heading);
        return Normal;
    }
    if (trimmed.startsWith(QLatin1Char('>'))) {
        mark(start, n - start, Role::Comment);
        return Normal;
    }
    int i = start;
    while (i < n && text.at(i).isSpace())
        ++i;
    if (i + 1 < n
        && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('*')
            || text.at(i) == QLatin1Char('+'))
        && text.at(i + 1) == QLatin1Char(' '))
        mark(i, 1, Role::Keyword);
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('`')) {
            const int end = int(text.indexOf(QLatin1Char('`'), i + 1));
            const int stop = end < 0 ? n : end + 1;
            mark(i, stop - i, Role::String);
            i = stop;
        } else if (QStringView(text).mid(i).startsWith(QLatin1String("**"))) {
            const int end = int(text.indexOf(QLatin1String("**"), i + 2));
            const int stop = end < 0 ? i + 2 : end + 2;
            if (end >= 0) {
                QTextCharFormat bold;
                bold.setFontWeight(QFont::Bold);
                setFormat(m_offset + i, stop - i, bold);
            }
            i = stop;
        } else if (c == QLatin1Char('[')) {
            const int close = int(text.indexOf(QLatin1String("]("), i));
            const int paren = close < 0 ? -1 : int(text.indexOf(QLatin1Char(')'), close));
            if (paren < 0) {
                ++i;
                continue;
            }
            mark(i, close + 1 - i, Role::Type);
            mark(close + 1, paren + 1 - close - 1, Role::Attribute);
            i = paren + 1;
        } else {
            ++i;
        }
    }
    return Normal;
}

} // namespace Autocoder::Ui
