#include "runview/activitydelegate.h"

#include "models/activityentry.h"
#include "models/activitymodel.h"
#include "runview/activitycolors.h"
#include "runview/activitydocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

namespace Autocoder::Ui {

namespace {

constexpr int kMargin = 3; // between items
constexpr int kPad = 8; // inside a card or bubble

QFont monoFont(const QFont &base)
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0)
        mono.setPointSizeF(base.pointSizeF() * 0.95);
    return mono;
}

const ActivityEntry *entryOf(const QModelIndex &index)
{
    return index.data(ActivityModel::EntryRole).value<const ActivityEntry *>();
}

bool isCard(const ActivityEntry &e)
{
    return e.kind == ActivityEntry::Kind::ToolCall || e.kind == ActivityEntry::Kind::ToolResult;
}

// Room left of a verdict's or note's text for its mark.
int markWidth(const QFontMetrics &fm)
{
    return fm.height() + 6;
}

} // namespace

ActivityDelegate::ActivityDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    m_documents.setMaxCost(400);
}

void ActivityDelegate::invalidate()
{
    m_documents.clear();
    m_heights.clear();
}

int ActivityDelegate::textWidth(const QModelIndex &index) const
{
    const int depth = index.parent().isValid() ? 2 : 1;
    return qMax(120, m_view->viewport()->width() - depth * m_view->indentation() - 2 * kPad - 8);
}

QTextDocument *ActivityDelegate::document(const ActivityEntry &e,
                                          const QStyleOptionViewItem &option, int width) const
{
    const QString key = QStringLiteral("%1:%2:%3").arg(e.uid).arg(e.revision).arg(width);
    if (QTextDocument *doc = m_documents.object(key))
        return doc;
    auto *doc = new QTextDocument;
    // The item's font is bold for guidance (for plain views); only its heading is here.
    QFont font = option.font;
    font.setBold(false);
    ActivityDocument::buildItem(*doc, e, ActivityColors::of(option.palette), font);
    doc->setTextWidth(width);
    // Each document costs 1 of 400, so a new one always fits (older ones go); should the
    // cache ever refuse it, it has deleted it, and an empty document is drawn instead.
    if (!m_documents.insert(key, doc))
        return &m_emptyDocument;
    return doc;
}

ActivityDelegate::CardLayout ActivityDelegate::cardLayout(const ActivityEntry &e) const
{
    CardLayout layout;
    const int lines = ActivityFormat::bodyLines(e).size();
    const int limit = e.expanded ? maxExpandedLines : ActivityFormat::collapsedLineCount(e);
    layout.shownLines = qMin(lines, limit);
    layout.hiddenLines = lines - layout.shownLines;
    if (ActivityFormat::showsResult(e))
        layout.errorLines = e.result.split(QLatin1Char('\n')).mid(0, 3);
    return layout;
}

int ActivityDelegate::cardHeight(const ActivityEntry &e, const QStyleOptionViewItem &option) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics mono(monoFont(option.font));
    const CardLayout layout = cardLayout(e);
    int height = 2 * kMargin + 2 * 6 + fm.height();
    if (layout.shownLines > 0)
        height += 6 + layout.shownLines * mono.lineSpacing() + 4;
    if (layout.hiddenLines > 0)
        height += fm.height() + 2;
    height += int(layout.errorLines.size()) * fm.lineSpacing();
    return height;
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ActivityEntry *e = entryOf(index);
    if (!e)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textWidth(index);
    const QString key = QStringLiteral("%1:%2:%3:%4")
                            .arg(e->uid)
                            .arg(e->revision)
                            .arg(e->expanded ? 1 : 0)
                            .arg(width);
    if (const auto it = m_heights.constFind(key); it != m_heights.constEnd())
        return { width, *it };
    if (m_heights.size() > 50000)
        m_heights.clear();
    int height = 0;
    const QFontMetrics fm(opt.font);
    switch (e->kind) {
    case ActivityEntry::Kind::ToolCall:
    case ActivityEntry::Kind::ToolResult:
        height = cardHeight(*e, opt);
        break;
    case ActivityEntry::Kind::Turn:
        height = fm.height() + 12;
        break;
    case ActivityEntry::Kind::Guidance:
        height = int(document(*e, opt, width - 2 * kPad)->size().height()) + 2 * kPad + 2 * kMargin;
        break;
    case ActivityEntry::Kind::Verdict:
    case ActivityEntry::Kind::Note:
        height = int(document(*e, opt, width - markWidth(fm))->size().height()) + 2 * kMargin + 8;
        break;
    case ActivityEntry::Kind::Message:
        height = int(document(*e, opt, width)->size().height()) + 2 * kMargin + 6;
        break;
    }
    m_heights.insert(key, height);
    return { width, height };
}

bool ActivityDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const ActivityEntry *e = entryOf(index);
    if (event->type() == QEvent::MouseButtonRelease && e && isCard(*e)
        && index.data(ActivityModel::CollapsibleRole).toBool()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QFontMetrics fm(option.font);
        const CardLayout layout = cardLayout(*e);
        // The hint line sits above the error lines, at the bottom of the card.
        const int hintBottom =
            option.rect.bottom() - kMargin - 6 - int(layout.errorLines.size()) * fm.lineSpacing();
        const int y = qRound(mouse->position().y());
        if (mouse->button() == Qt::LeftButton && y <= hintBottom
            && y >= hintBottom - fm.height() - 4) {
            model->setData(index, !e->expanded, ActivityModel::ExpandedRole);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void ActivityDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const ActivityEntry *e = entryOf(index);
    if (!e) {
        QStyledItemDelegate::paint(p, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const ActivityColors colors = ActivityColors::of(opt.palette);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool focused = opt.state.testFlag(QStyle::State_HasFocus);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (isCard(*e)) {
        paintCard(p, opt, index, *e);
        p->restore();
        return;
    }
    const QRect r = opt.rect.adjusted(0, kMargin, -6, -kMargin);
    if (selected || focused) {
        QColor tint = colors.selection;
        tint.setAlpha(selected ? 50 : 25);
        p->setPen(focused ? colors.selection : Qt::transparent);
        p->setBrush(tint);
        p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
    const QFontMetrics fm(opt.font);
    const int width = textWidth(index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, colors.text);
    auto drawDocument = [&](QTextDocument *doc, QPoint at) {
        p->save();
        p->translate(at);
        context.clip = QRectF(0, 0, doc->textWidth(), doc->size().height());
        doc->documentLayout()->draw(p, context);
        p->restore();
    };
    switch (e->kind) {
    case ActivityEntry::Kind::Turn: {
        QFont bold = opt.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(e->isError ? colors.error : colors.text);
        const QRect text = r.adjusted(4, 0, -4, 0);
        p->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetrics(bold).elidedText(e->title, Qt::ElideRight, text.width()));
        p->setPen(colors.cardBorder);
        p->drawLine(text.left(), r.bottom(), text.right(), r.bottom());
        break;
    }
    case ActivityEntry::Kind::Guidance: {
        const QRect bubble = r.adjusted(0, 0, 0, 0);
        p->setPen(Qt::NoPen);
        p->setBrush(colors.guidance);
        p->drawRoundedRect(bubble, 6, 6);
        drawDocument(document(*e, opt, width - 2 * kPad),
                     bubble.topLeft() + QPoint(kPad, kPad - kMargin));
        break;
    }
    case ActivityEntry::Kind::Verdict:
    case ActivityEntry::Kind::Note: {
        const int mark = markWidth(fm);
        const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
        const QRect markRect(r.left() + 2, r.top() + 4, fm.height(), fm.height());
        if (!icon.isNull()) {
            icon.paint(p, markRect);
        } else {
            // Without an icon theme: a dot in the outcome's colour.
            p->setPen(Qt::NoPen);
            p->setBrush(e->kind == ActivityEntry::Kind::Verdict
                            ? (e->isError ? colors.error : colors.success)
                            : (e->isError ? colors.error : colors.muted));
            p->drawEllipse(markRect.adjusted(3, 3, -3, -3));
        }
        drawDocument(document(*e, opt, width - mark), r.topLeft() + QPoint(mark, 4));
        break;
    }
    case ActivityEntry::Kind::Message:
        drawDocument(document(*e, opt, width), r.topLeft() + QPoint(4, 3));
        break;
    default:
        break;
    }
    p->restore();
}

void ActivityDelegate::paintCard(QPainter *p, const QStyleOptionViewItem &opt,
                                 const QModelIndex &index, const ActivityEntry &e) const
{
    const ActivityColors colors = ActivityColors::of(opt.palette);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool focused = opt.state.testFlag(QStyle::State_HasFocus);
    const bool failed = e.isError || e.malformed;
    const QRect frame = opt.rect.adjusted(0, kMargin, -6, -kMargin);
    const QFontMetrics fm(opt.font);
    const QFont mono = monoFont(opt.font);
    const QFontMetrics mfm(mono);

    QColor border = failed ? colors.error : colors.cardBorder;
    if (selected || focused)
        border = colors.selection;
    p->setPen(QPen(border, focused ? 2 : 1));
    p->setBrush(colors.cardBackground);
    p->drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    if (selected) {
        QColor tint = colors.selection;
        tint.setAlpha(40);
        p->setPen(Qt::NoPen);
        p->setBrush(tint);
        p->drawRoundedRect(QRectF(frame).adjusted(1, 1, -1, -1), 5, 5);
    }

    // Header: status, icon, tool name in bold, its target, and "failed" on the right.
    int x = frame.left() + kPad;
    const int y = frame.top() + 6;
    const int h = fm.height();
    QString mark = QStringLiteral("\u2713");
    QColor markColor = colors.success;
    if (failed) {
        mark = QStringLiteral("\u2717");
        markColor = colors.error;
    } else if (e.cutOff) {
        mark = QStringLiteral("\u25A0"); // stopped, as the steps' stop mark
        markColor = colors.muted;
    } else if (!e.hasResult) {
        mark = QStringLiteral("\u2026");
        markColor = colors.muted;
    }
    p->setFont(opt.font);
    p->setPen(markColor);
    p->drawText(QRect(x, y, h, h), Qt::AlignCenter, mark);
    x += h + 4;
    const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    if (!icon.isNull() && !failed) {
        icon.paint(p, QRect(x, y, h, h));
        x += h + 4;
    }
    QString status;
    if (e.malformed)
        //: A tool call whose input could not be read
        status = tr("malformed");
    else if (e.isError)
        status = tr("failed");
    else if (e.cutOff)
        status = tr("no result: the turn ended");
    else if (!e.hasResult)
        status = tr("no result yet");
    const int statusWidth = status.isEmpty() ? 0 : fm.horizontalAdvance(status) + kPad;
    const int right = frame.right() - kPad - statusWidth;
    QString name = e.hasCall ? e.toolName : QString();
    QString rest = e.title;
    if (!name.isEmpty() && rest.startsWith(name))
        rest = rest.mid(name.size()).trimmed();
    if (!name.isEmpty()) {
        QFont bold = opt.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(colors.text);
        const int w = qMin(QFontMetrics(bold).horizontalAdvance(name), qMax(0, right - x));
        p->drawText(QRect(x, y, w, h), Qt::AlignVCenter | Qt::AlignLeft, name);
        x += w + QFontMetrics(bold).horizontalAdvance(QLatin1Char(' '));
    }
    p->setFont(opt.font);
    p->setPen(colors.text);
    p->drawText(QRect(x, y, qMax(0, right - x), h), Qt::AlignVCenter | Qt::AlignLeft,
                fm.elidedText(rest, Qt::ElideMiddle, qMax(0, right - x)));
    if (!status.isEmpty()) {
        p->setPen(failed ? colors.error : colors.muted);
        p->drawText(QRect(right + kPad, y, statusWidth - kPad, h),
                    Qt::AlignVCenter | Qt::AlignRight, status);
    }

    // Body: the diff or output, one line each, tinted by what it is.
    const CardLayout layout = cardLayout(e);
    int top = y + h + 6;
    if (layout.shownLines > 0) {
        const QStringList lines = ActivityFormat::bodyLines(e).mid(0, layout.shownLines);
        const bool diff = ActivityFormat::bodyKind(e) == ActivityEntry::Body::Diff;
        const QRect code(frame.left() + 1, top, frame.width() - 2,
                         layout.shownLines * mfm.lineSpacing() + 4);
        p->setPen(Qt::NoPen);
        p->fillRect(code, colors.codeBackground);
        p->setFont(mono);
        int ly = top + 2;
        for (const QString &line : lines) {
            const QRect lineRect(code.left(), ly, code.width(), mfm.lineSpacing());
            if (diff && line.startsWith(QLatin1Char('+')))
                p->fillRect(lineRect, colors.added);
            else if (diff && line.startsWith(QLatin1Char('-')))
                p->fillRect(lineRect, colors.removed);
            p->setPen(e.isError && !diff ? colors.error : colors.text);
            QString shown = line;
            shown.replace(QLatin1Char('\t'), QStringLiteral("    "));
            const QRect textRect = lineRect.adjusted(kPad - 1, 0, -kPad, 0);
            p->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                        mfm.elidedText(shown, Qt::ElideRight, textRect.width()));
            ly += mfm.lineSpacing();
        }
        top = code.bottom() + 1;
    }
    p->setFont(opt.font);
    if (layout.hiddenLines > 0) {
        p->setPen(colors.muted);
        const int n = layout.hiddenLines;
        const QString hint = e.expanded ? tr("\u2026 %n more line(s) in the details", nullptr, n)
                                        : tr("\u25B8 %n more line(s)", nullptr, n);
        p->drawText(QRect(frame.left() + kPad, top + 1, frame.width() - 2 * kPad, h),
                    Qt::AlignVCenter | Qt::AlignLeft, hint);
        top += h + 2;
    }
    p->setPen(colors.error);
    for (const QString &line : layout.errorLines) {
        p->drawText(QRect(frame.left() + kPad, top, frame.width() - 2 * kPad, fm.lineSpacing()),
                    Qt::AlignVCenter | Qt::AlignLeft,
                    fm.elidedText(line, Qt::ElideRight, frame.width() - 2 * kPad));
        top += fm.lineSpacing();
    }
}

} // namespace Autocoder::Ui
