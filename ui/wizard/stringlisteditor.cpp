#include "wizard/stringlisteditor.h"

#include <QAction>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Autocoder::Ui {

StringListEditor::StringListEditor(const QString &placeholder, QWidget *parent)
    : QWidget(parent)
{
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(placeholder);
    m_input->setAccessibleName(placeholder);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setToolTip(tr("Add the typed text (Enter)"));

    m_list = new QListWidget(this);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);

    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected row (Delete)"));
    //: Button: move the selected item up the list
    m_up = new QPushButton(tr("Up"), this);
    m_up->setToolTip(tr("Move the selected row up (Alt+Up)"));
    m_down = new QPushButton(tr("Down"), this);
    m_down->setToolTip(tr("Move the selected row down (Alt+Down)"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_input, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_list, 1, 0, 4, 1);
    grid->addWidget(m_remove, 1, 1);
    grid->addWidget(m_up, 2, 1);
    grid->addWidget(m_down, 3, 1);
    grid->setRowStretch(4, 1);

    setFocusProxy(m_input);
    setTabOrder(m_input, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);

    m_input->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &StringListEditor::addFromInput);
    connect(m_remove, &QPushButton::clicked, this, &StringListEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, [this] { Q_EMIT itemsChanged(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    connect(m_input, &QLineEdit::textChanged, this, [this] { updateButtons(); });

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &StringListEditor::removeCurrent);
    m_list->addAction(removeAction);
    auto *upAction = new QAction(this);
    upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    upAction->setShortcutContext(Qt::WidgetShortcut);
    connect(upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    m_list->addAction(upAction);
    auto *downAction = new QAction(this);
    downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    downAction->setShortcutContext(Qt::WidgetShortcut);
    connect(downAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    m_list->addAction(downAction);
    updateButtons();
}

bool StringListEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the input adds the row; it must not also reach the dialog's
    // default button (the wizard would move on). With an empty input, Enter
    // keeps its usual meaning.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !m_input->text().trimmed().isEmpty()) {
            addFromInput();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList StringListEditor::items() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result << m_list->item(i)->text();
    return result;
}

void StringListEditor::setItems(const QStringList &items)
{
    if (items == this->items())
        return;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
    Q_EMIT itemsChanged();
}

void StringListEditor::selectRow(int row)
{
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void StringListEditor::addFromInput()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_list);
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->scrollToItem(item);
    }
    m_input->clear();
    updateButtons();
    Q_EMIT itemsChanged();
}

void StringListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    Q_EMIT itemsChanged();
}

void StringListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
        m_list->setCurrentRow(target);
    }
    updateButtons();
    Q_EMIT itemsChanged();
}

void StringListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace Autocoder::Ui
