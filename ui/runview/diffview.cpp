#include "runview/diffview.h"

#include "models/filetreemodel.h"
#include "runview/syntaxhighlighter.h"
#include "theme/palette.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Autocoder::Ui {

/// One line of a pane: its text, where the code starts (-1: not code) and its tint.
struct DiffView::Row
{
    enum class Tint { None, Added, Removed, Header, Filler };
    QString text;
    int codeStart = -1;
    Tint tint = Tint::None;
};

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString number(int n, int width)
{
    return n > 0 ? QString::number(n).rightJustified(width) : QString(width, QLatin1Char(' '));
}

int digits(const Diff::FileChange &change)
{
    int most = 1;
    for (const Diff::Hunk &hunk : change.diff.hunks)
        most = std::max({ most, hunk.oldStart + hunk.oldCount, hunk.newStart + hunk.newCount });
    return int(QString::number(most).size());
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();

    m_unified = makeEdit(tr("Unified diff"));
    m_old = makeEdit(tr("Old version"));
    m_new = makeEdit(tr("New version"));
    m_unifiedHighlighter = new SyntaxHighlighter(m_unified->document());
    m_oldHighlighter = new SyntaxHighlighter(m_old->document());
    m_newHighlighter = new SyntaxHighlighter(m_new->document());

    // Side by side, both panes scroll together.
    for (auto [from, to] : { std::pair { m_old, m_new }, std::pair { m_new, m_old } }) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(),
                &QScrollBar::setValue);
    }

    auto *sides = new QWidget(this);
    auto *sidesLayout = new QHBoxLayout(sides);
    sidesLayout->setContentsMargins(0, 0, 0, 0);
    sidesLayout->setSpacing(2);
    sidesLayout->addWidget(m_old);
    sidesLayout->addWidget(m_new);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_unified);
    m_stack->addWidget(sides);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    showMessage(tr("Select a file to see its changes."));
}

QPlainTextEdit *DiffView::makeEdit(const QString &name)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setAccessibleName(name);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    edit->setFont(mono);
    edit->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    return edit;
}

void DiffView::setChange(const Diff::FileChange &change, qint64 cutBytes)
{
    m_change = change;
    m_cutBytes = cutBytes;
    const SyntaxHighlighter::Language language = SyntaxHighlighter::languageForPath(change.path);
    for (SyntaxHighlighter *h : { m_unifiedHighlighter, m_oldHighlighter, m_newHighlighter })
        h->setLanguage(language);
    render();
}

void DiffView::showMessage(const QString &text)
{
    m_change.reset();
    m_title->setText(text);
    m_note->hide();
    for (QPlainTextEdit *edit : { m_unified, m_old, m_new })
        edit->clear();
}

void DiffView::setSideBySide(bool sideBySide)
{
    if (sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    m_stack->setCurrentIndex(sideBySide ? 1 : 0);
    render();
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void DiffView::render()
{
    const bool dark = isDark(palette());
    for (SyntaxHighlighter *h : { m_unifiedHighlighter, m_oldHighlighter, m_newHighlighter })
        h->setDark(dark);
    if (!m_change)
        return;
    const Diff::FileChange &change = *m_change;
    using Status = Diff::FileChange::Status;

    QString title = change.status == Status::Renamed
        ? tr("%1 (renamed from %2)").arg(change.path, change.oldPath)
        : change.path;
    if (!change.binary && change.status != Status::Renamed)
        title += QStringLiteral("   +%1 −%2").arg(change.diff.added).arg(change.diff.removed);
    m_title->setText(title);

    QStringList notes;
    if (change.locked)
        notes.append(tr("A locked test: the spec wrote it and the agent must not change it."));
    if (change.binary)
        notes.append(tr("A binary file (%1 → %2): no line diff.")
                         .arg(FileTreeModel::formatSize(change.oldSize),
                              FileTreeModel::formatSize(change.newSize)));
    else if (change.status == Status::Renamed)
        notes.append(tr("Moved from %1; the content is the same.").arg(change.oldPath));
    if (change.cut)
        notes.append(tr("A large file (%1): only its first %2 are compared.")
                         .arg(FileTreeModel::formatSize(std::max(change.oldSize, change.newSize)),
                              FileTreeModel::formatSize(m_cutBytes)));
    if (change.diff.approximate)
        notes.append(tr("Too many differences for a minimal diff: the changed part is shown "
                        "as removed, then added."));
    if (!change.binary && change.status != Status::Renamed && change.diff.identical())
        notes.append(tr("No line differs."));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());

    const int width = digits(change);
    const QString noNewline = tr("\\ No newline at end of file");
    if (!m_sideBySide) {
        QList<Row> rows;
        for (const Diff::Hunk &hunk : change.diff.hunks) {
            rows.append({ hunk.header(), -1, Row::Tint::Header });
            for (const Diff::DiffLine &line : hunk.lines) {
                const QChar mark = line.kind == Diff::DiffLine::Kind::Added ? QLatin1Char('+')
                    : line.kind == Diff::DiffLine::Kind::Removed            ? QLatin1Char('-')
                                                                            : QLatin1Char(' ');
                const QString prefix = number(line.oldLine, width) + QLatin1Char(' ')
                    + number(line.newLine, width) + QLatin1Char(' ') + mark + QLatin1Char(' ');
                const Row::Tint tint = line.kind == Diff::DiffLine::Kind::Added ? Row::Tint::Added
                    : line.kind == Diff::DiffLine::Kind::Removed                ? Row::Tint::Removed
                                                                                : Row::Tint::None;
                rows.append({ prefix + line.text, int(prefix.size()), tint });
                if (line.noNewline)
                    rows.append({ noNewline, -1, Row::Tint::Header });
            }
        }
        fill(m_unified, rows);
        return;
    }

    // Side by side: a run of removed lines faces the run of added lines that follows it;
    // the shorter side is padded.
    QList<Row> left;
    QList<Row> right;
    const auto side = [width](int n, const QString &text, Row::Tint tint) {
        const QString prefix = number(n, width) + QLatin1Char(' ');
        return Row { prefix + text, int(prefix.size()), tint };
    };
    for (const Diff::Hunk &hunk : change.diff.hunks) {
        left.append({ hunk.header(), -1, Row::Tint::Header });
        right.append({ hunk.header(), -1, Row::Tint::Header });
        const QList<Diff::DiffLine> &lines = hunk.lines;
        int i = 0;
        while (i < lines.size()) {
            if (lines.at(i).kind == Diff::DiffLine::Kind::Context) {
                left.append(side(lines.at(i).oldLine, lines.at(i).text, Row::Tint::None));
                right.append(side(lines.at(i).newLine, lines.at(i).text, Row::Tint::None));
                ++i;
                continue;
            }
            int r = i;
            while (r < lines.size() && lines.at(r).kind == Diff::DiffLine::Kind::Removed)
                ++r;
            int a = r;
            while (a < lines.size() && lines.at(a).kind == Diff::DiffLine::Kind::Added)
                ++a;
            const int removed = r - i;
            const int added = a - r;
            for (int k = 0; k < std::max(removed, added); ++k) {
                if (k < removed)
                    left.append(
                        side(lines.at(i + k).oldLine, lines.at(i + k).text, Row::Tint::Removed));
                else
                    left.append({ QString(), -1, Row::Tint::Filler });
                if (k < added)
                    right.append(
                        side(lines.at(r + k).newLine, lines.at(r + k).text, Row::Tint::Added));
                else
                    right.append({ QString(), -1, Row::Tint::Filler });
            }
            i = a;
        }
    }
    fill(m_old, left);
    fill(m_new, right);
}

void DiffView::fill(QPlainTextEdit *edit, const QList<Row> &rows)
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const bool dark = isDark(pal);
    const QColor added =
        blend(base, FileTreeModel::markColor(FileTreeModel::Mark::Added, dark), dark ? 0.22 : 0.16);
    const QColor removed = blend(base, FileTreeModel::markColor(FileTreeModel::Mark::Deleted, dark),
                                 dark ? 0.22 : 0.14);
    const QColor header = blend(base, pal.color(QPalette::Highlight), 0.12);
    const QColor filler = blend(base, pal.color(QPalette::Text), 0.08);

    edit->clear();
    QTextCursor cursor(edit->document());
    cursor.beginEditBlock();
    bool first = true;
    for (const Row &row : rows) {
        QTextBlockFormat format;
        format.setProperty(SyntaxHighlighter::CodeStartProperty, row.codeStart);
        switch (row.tint) {
        case Row::Tint::None:
            break;
        case Row::Tint::Added:
            format.setBackground(added);
            break;
        case Row::Tint::Removed:
            format.setBackground(removed);
            break;
        case Row::Tint::Header:
            format.setBackground(header);
            break;
        case Row::Tint::Filler:
            format.setBackground(filler);
            break;
        }
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        first = false;
        cursor.insertText(row.text);
    }
    cursor.endEditBlock();
    edit->moveCursor(QTextCursor::Start);
}

} // namespace Autocoder::Ui
