#include "runview/activitypanel.h"

#include "models/activitymodel.h"
#include "runview/activitydelegate.h"
#include "runview/activitydetails.h"
#include "theme/icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Autocoder::Ui {

ActivityPanel::ActivityPanel(ActivityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new QTreeView(this);
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Agent activity"));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setIndentation(fontMetrics().height());
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_delegate = new ActivityDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    m_details = new ActivityDetails(this);

    m_copy = new QAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected item as text"));
    connect(m_copy, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            QApplication::clipboard()->setText(
                current.data(ActivityModel::FullTextRole).toString());
    });
    m_view->addAction(m_copy);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // Item heights depend on the width; re-measure once the resizing settles.
    m_relayout = new QTimer(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(30);
    connect(m_relayout, &QTimer::timeout, this, [this] { m_view->doItemsLayout(); });

    // Turns open as they arrive (and those already there); the person may close them.
    m_view->expandToDepth(0);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_view->expand(m_model->index(row, 0));
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_details->setEntry(nullptr); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.parent() == topLeft.parent()
                    && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                    showCurrent();
            });

    // Follow the newest item only while the view is scrolled to the bottom, so reading
    // an older one is not interrupted. The range grows after the view lays out new rows
    // (or is resized), so follow the range itself.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_follow = value >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_follow)
            bar->setValue(max);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showCurrent(); });
    connect(m_view, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { toggle(index, -1); });
}

void ActivityPanel::showCurrent()
{
    m_details->setEntry(m_model->entry(m_view->currentIndex()));
}

void ActivityPanel::setCardExpanded(const QModelIndex &index, bool expanded)
{
    m_model->setData(index, expanded, ActivityModel::ExpandedRole);
}

// Opens (wanted 1), closes (0) or toggles (-1) a card's body or a turn; false when
// there was nothing to do, so that the key keeps its usual meaning.
bool ActivityPanel::toggle(const QModelIndex &index, int wanted)
{
    if (!index.isValid())
        return false;
    if (m_model->hasChildren(index)) {
        if (wanted == -1) {
            m_view->setExpanded(index, !m_view->isExpanded(index));
            return true;
        }
        return false; // the tree's own Left/Right
    }
    if (!index.data(ActivityModel::CollapsibleRole).toBool())
        return false;
    const bool expanded = index.data(ActivityModel::ExpandedRole).toBool();
    const bool want = wanted == -1 ? !expanded : wanted == 1;
    if (want == expanded)
        return false;
    setCardExpanded(index, want);
    return true;
}

bool ActivityPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (toggle(current, -1))
                return true;
            break;
        case Qt::Key_Right:
            if (toggle(current, 1))
                return true;
            break;
        case Qt::Key_Left:
            if (toggle(current, 0))
                return true;
            break;
        default:
            break;
        }
    } else if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        if (m_view->viewport()->width() != m_laidOutWidth) {
            m_laidOutWidth = m_view->viewport()->width();
            m_relayout->start();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActivityPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->invalidate();
        m_relayout->start();
    }
}

} // namespace Autocoder::Ui
