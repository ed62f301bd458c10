#pragma once

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>
#include <QTextDocument>

class QTreeView;

namespace Autocoder::Ui {

struct ActivityEntry;

/// Paints the activity thread: turn headers, the agent's text as formatted markdown, the
/// person's guidance in a tinted bubble, one card per tool call (the file change as a
/// diff, the command with its output, failures marked), verdicts and notes. Sizes are
/// cached per entry and width, so a long thread lays out without re-measuring each item.
class ActivityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDelegate)
public:
    explicit ActivityDelegate(QTreeView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// A click on a card's "more lines" line opens or closes it.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    /// Forgets cached sizes and texts (the palette, font or width changed).
    void invalidate();
    /// Lines a card shows when expanded; the details pane has them all.
    static constexpr int maxExpandedLines = 200;

private:
    struct CardLayout
    {
        int shownLines = 0;
        int hiddenLines = 0;
        QStringList errorLines;
    };
    int textWidth(const QModelIndex &index) const;
    QTextDocument *document(const ActivityEntry &e, const QStyleOptionViewItem &option,
                            int width) const;
    CardLayout cardLayout(const ActivityEntry &e) const;
    int cardHeight(const ActivityEntry &e, const QStyleOptionViewItem &option) const;
    void paintCard(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index,
                   const ActivityEntry &e) const;

    QTreeView *m_view;
    mutable QCache<QString, QTextDocument> m_documents;
    mutable QTextDocument m_emptyDocument;
    mutable QHash<QString, int> m_heights;
};

} // namespace Autocoder::Ui
