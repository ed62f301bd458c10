#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Autocoder::Ui {

/// A small highlighter for what the project presets generate: TypeScript/JavaScript
/// (with JSX/TSX), JSON, Markdown, shell, CSS and HTML, chosen by file extension. Debian 12
/// packages KSyntaxHighlighting for Qt 5 only, hence this. It is a lexer per language, not a
/// parser: enough to read code, with block comments, template strings and Markdown fences
/// carried across lines.
///
/// A block whose format has the CodeStartProperty is highlighted from that column on (the
/// columns before it, a diff's line numbers, are drawn muted); a negative value marks a block
/// that is not code (a hunk header, a note).
class SyntaxHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyntaxHighlighter)
public:
    enum class Language { PlainText, Script, Json, Markdown, Shell, Css, Html };
    /// What a span of text is; each has a colour for light and for dark palettes.
    enum class Role {
        Keyword,
        Type,
        String,
        Number,
        Comment,
        Tag,
        Attribute,
        Variable,
        Heading,
        Muted
    };
    static constexpr int CodeStartProperty = QTextFormat::UserProperty + 1;

    explicit SyntaxHighlighter(QTextDocument *document);

    static Language languageForPath(const QString &path);
    Language language() const { return m_language; }
    void setLanguage(Language language);
    /// Colours for a dark background (Ui::isDark of the view's palette) or a light one.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = 0, InBlockComment = 1, InTemplate = 2, InFence = 3 };
    void mark(int from, int length, Role role);
    /// Marks the comment that starts at @p from up to and including @p close (searched from
    /// @p searchFrom, past the opening). Returns the index after it, or -1 when the comment
    /// goes on past this line (the rest of the line is marked).
    int commentUntil(const QString &text, int from, int searchFrom, QLatin1String close);
    int scanScript(const QString &text, int start, int state);
    int scanJson(const QString &text, int start);
    int scanShell(const QString &text, int start);
    int scanCss(const QString &text, int start, int state);
    int scanHtml(const QString &text, int start, int state);
    int scanMarkdown(const QString &text, int start, int state);
    int quoted(const QString &text, int at) const;

    Language m_language = Language::PlainText;
    bool m_dark = false;
    int m_offset = 0; ///< where the code starts in the block being highlighted
};

} // namespace Autocoder::Ui
