#include "runview/syntaxhighlighter.h"

#include "runview/syntaxhighlighter_p.h"

#include <QColor>
#include <QFileInfo>
#include <QSet>
#include <QTextDocument>

namespace Autocoder::Ui {

using namespace Lexing;

namespace {

QColor color(SyntaxHighlighter::Role role, bool dark)
{
    using Role = SyntaxHighlighter::Role;
    // GitHub's light and dark code colours: known to read on both backgrounds.
    switch (role) {
    case Role::Keyword:
        return dark ? QColor(0xff7b72) : QColor(0xcf222e);
    case Role::Type:
        return dark ? QColor(0xd2a8ff) : QColor(0x8250df);
    case Role::String:
        return dark ? QColor(0xa5d6ff) : QColor(0x0a3069);
    case Role::Number:
    case Role::Variable:
    case Role::Heading:
        return dark ? QColor(0x79c0ff) : QColor(0x0550ae);
    case Role::Comment:
    case Role::Muted:
        return dark ? QColor(0x8b949e) : QColor(0x6e7781);
    case Role::Tag:
        return dark ? QColor(0x7ee787) : QColor(0x116329);
    case Role::Attribute:
        return dark ? QColor(0xffa657) : QColor(0x953800);
    }
    return {};
}

} // namespace

SyntaxHighlighter::SyntaxHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

SyntaxHighlighter::Language SyntaxHighlighter::languageForPath(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    static const QSet<QString> script = words("ts tsx js jsx mjs cjs mts cts");
    if (script.contains(suffix))
        return Language::Script;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonc")
        || info.fileName() == QLatin1String("bun.lock"))
        return Language::Json;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Language::Markdown;
    if (suffix == QLatin1String("sh") || suffix == QLatin1String("bash")
        || info.fileName().startsWith(QLatin1String(".env"))
        || info.fileName() == QLatin1String(".gitignore"))
        return Language::Shell;
    if (suffix == QLatin1String("css") || suffix == QLatin1String("scss"))
        return Language::Css;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("svg") || suffix == QLatin1String("xml")
        || suffix == QLatin1String("vue") || suffix == QLatin1String("svelte"))
        return Language::Html;
    return Language::PlainText;
}

void SyntaxHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

void SyntaxHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rehighlight();
}

QTextCharFormat SyntaxHighlighter::format(Role role) const
{
    QTextCharFormat f;
    f.setForeground(color(role, m_dark));
    if (role == Role::Comment)
        f.setFontItalic(true);
    if (role == Role::Heading)
        f.setFontWeight(QFont::Bold);
    return f;
}

void SyntaxHighlighter::mark(int from, int length, Role role)
{
    if (length > 0)
        setFormat(m_offset + from, length, format(role));
}

void SyntaxHighlighter::highlightBlock(const QString &text)
{
    const QVariant start = currentBlock().blockFormat().property(CodeStartProperty);
    m_offset = start.isValid() ? start.toInt() : 0;
    const int previous = std::max(0, previousBlockState());
    if (m_offset < 0) {
        // Not code: keep the state for the next code line.
        setCurrentBlockState(previous);
        return;
    }
    if (m_offset > 0)
        setFormat(0, std::min<int>(m_offset, int(text.size())), format(Role::Muted));
    const QString code = text.mid(m_offset);
    int state = Normal;
    switch (m_language) {
    case Language::PlainText:
        break;
    case Language::Script:
        state = scanScript(code, 0, previous);
        break;
    case Language::Json:
        state = scanJson(code, 0);
        break;
    case Language::Shell:
        state = scanShell(code, 0);
        break;
    case Language::Css:
        state = scanCss(code, 0, previous);
        break;
    case Language::Html:
        state = scanHtml(code, 0, previous);
        break;
    case Language::Markdown:
        state = scanMarkdown(code, 0, previous);
        break;
    }
    setCurrentBlockState(state);
}

// The end of the string that starts with the quote at @p at (after its closing quote, or
// the end of the line).
int SyntaxHighlighter::quoted(const QString &text, int at) const
{
    const QChar quote = text.at(at);
    int i = at + 1;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (text.at(i) == quote)
            return i + 1;
        ++i;
    }
    return int(text.size());
}

int SyntaxHighlighter::commentUntil(const QString &text, int from, int searchFrom,
                                    QLatin1String close)
{
    const int end = int(text.indexOf(close, searchFrom));
    if (end < 0) {
        mark(from, int(text.size()) - from, Role::Comment);
        return -1;
    }
    mark(from, end + int(close.size()) - from, Role::Comment);
    return end + int(close.size());
}

int SyntaxHighlighter::scanScript(const QString &text, int start, int state)
{
    int i = start;
    const int n = int(text.size());
    if (state == InBlockComment) {
        i = commentUntil(text, i, i, QLatin1String("*/"));
        if (i < 0)
            return InBlockComment;
    }
    bool inTemplate = state == InTemplate;
    while (i < n) {
        if (inTemplate) {
            int j = i;
            while (j < n && text.at(j) != QLatin1Char('`')) {
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            }
            if (j >= n) {
                mark(i, n - i, Role::String);
                return InTemplate;
            }
            mark(i, j + 1 - i, Role::String);
            i = j + 1;
            inTemplate = false;
            continue;
        }
        const QChar c = text.at(i);
        const QStringView rest = QStringView(text).mid(i);
        if (rest.startsWith(QLatin1String("//"))) {
            mark(i, n - i, Role::Comment);
            return Normal;
        }
        if (rest.startsWith(QLatin1String("/*"))) {
            i = commentUntil(text, i, i + 2, QLatin1String("*/"));
            if (i < 0)
                return InBlockComment;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int end = quoted(text, i);
            mark(i, end - i, Role::String);
            i = end;
        } else if (c == QLatin1Char('`')) {
            mark(i, 1, Role::String);
            ++i;
            inTemplate = true;
        } else if (c.isDigit()) {
            const int end = numberEnd(text, i);
            mark(i, end - i, Role::Number);
            i = end;
        } else if (isIdentStart(c)) {
            const int end = identEnd(text, i);
            const QString word = text.mid(i, end - i);
            // A JSX element: "<div", "</div" (not "Array<T>", where "<" follows a name).
            const bool jsxTag =
                (i > 0 && text.at(i - 1) == QLatin1Char('<') && (i < 2 || !isIdent(text.at(i - 2))))
                || (i > 1 && text.at(i - 1) == QLatin1Char('/')
                    && text.at(i - 2) == QLatin1Char('<'));
            if (scriptKeywords().contains(word))
                mark(i, end - i, Role::Keyword);
            else if (jsxTag)
                mark(i, end - i, Role::Tag);
            else if (scriptTypes().contains(word) || word.at(0).isUpper())
                mark(i, end - i, Role::Type);
            i = end;
        } else {
            ++i;
        }
    }
    return inTemplate ? InTemplate : Normal;
}

int SyntaxHighlighter::scanJson(const QString &text, int start)
{
    int i = start;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            const int end = quoted(text, i);
            int after = end;
            while (after < n && text.at(after).isSpace())
                ++after;
            const bool key = after < n && text.at(after) == QLatin1Char(':');
            mark(i, end - i, key ? Role::Attribute : Role::String);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            const int end = numberEnd(text, i + 1);
            mark(i, end - i, Role::Number);
            i = end;
        } else if (c.isLetter()) {
            const int end = identEnd(text, i);
            mark(i, end - i, Role::Keyword); // true, false, null
            i = end;
        } else if (QStringView(text).mid(i).startsWith(QLatin1String("//"))) {
            mark(i, n - i, Role::Comment); // jsonc, tsconfig.json
            return Normal;
        } else {
            ++i;
        }
    }
    return Normal;
}

} // namespace Autocoder::Ui
