#pragma once

// Helpers shared by the SyntaxHighlighter's lexers (syntaxhighlighter*.cpp).

#include <QSet>
#include <QString>
#include <QStringList>

namespace Autocoder::Ui::Lexing {

inline QSet<QString> words(const char *list)
{
    QSet<QString> out;
    const QStringList parts = QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : parts)
        out.insert(w);
    return out;
}

inline const QSet<QString> &scriptKeywords()
{
    static const QSet<QString> set = words(
        "abstract as async await break case catch class const continue debugger declare default "
        "delete do else enum export extends false finally for from function get if implements "
        "import in instanceof interface keyof let namespace new null of private protected public "
        "readonly return satisfies set static super switch this throw true try type typeof "
        "undefined var void while with yield");
    return set;
}

inline const QSet<QString> &scriptTypes()
{
    static const QSet<QString> set =
        words("any bigint boolean never number object string symbol unknown void");
    return set;
}

inline const QSet<QString> &shellKeywords()
{
    static const QSet<QString> set =
        words("case do done elif else esac exit export fi for function if in local readonly "
              "return set shift then trap until while");
    return set;
}

inline bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

inline bool isIdent(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

inline int identEnd(const QString &text, int i)
{
    while (i < text.size() && isIdent(text.at(i)))
        ++i;
    return i;
}

inline int numberEnd(const QString &text, int i)
{
    while (i < text.size()
           && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('.')
               || text.at(i) == QLatin1Char('_')))
        ++i;
    return i;
}

} // namespace Autocoder::Ui::Lexing
