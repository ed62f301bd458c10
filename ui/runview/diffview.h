#pragma once

#include "diff/snapshotdiff.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace Autocoder::Ui {

class SyntaxHighlighter;

/// One file's changes as a unified diff or side by side (old left, new right), highlighted
/// for its language, with line numbers, in a monospace font. Added and removed lines are
/// tinted from the palette, so they read in light and dark alike.
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)
public:
    explicit DiffView(QWidget *parent = nullptr);

    /// @p cutBytes: the limit a cut file was compared up to (for the note).
    void setChange(const Diff::FileChange &change, qint64 cutBytes);
    /// No file: @p text says why (nothing selected, an error).
    void showMessage(const QString &text);

    bool isSideBySide() const { return m_sideBySide; }
    void setSideBySide(bool sideBySide);

    QLabel *titleLabel() const { return m_title; }
    /// What the diff cannot show: binary, cut, renamed, approximate.
    QLabel *noteLabel() const { return m_note; }
    QPlainTextEdit *unifiedView() const { return m_unified; }
    QPlainTextEdit *oldView() const { return m_old; }
    QPlainTextEdit *newView() const { return m_new; }
    SyntaxHighlighter *unifiedHighlighter() const { return m_unifiedHighlighter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row;
    void render();
    void fill(QPlainTextEdit *edit, const QList<Row> &rows);
    QPlainTextEdit *makeEdit(const QString &name);

    QLabel *m_title;
    QLabel *m_note;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_unified;
    QPlainTextEdit *m_old;
    QPlainTextEdit *m_new;
    SyntaxHighlighter *m_unifiedHighlighter;
    SyntaxHighlighter *m_oldHighlighter;
    SyntaxHighlighter *m_newHighlighter;
    std::optional<Diff::FileChange> m_change;
    qint64 m_cutBytes = 0;
    bool m_sideBySide = false;
};

} // namespace Autocoder::Ui
