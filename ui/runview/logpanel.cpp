#include "runview/logpanel.h"

#include "models/logfiltermodel.h"
#include "models/logmodel.h"
#include "models/timelinemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Autocoder::Ui {

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_filter = new LogFilterModel(this);
    m_filter->setSourceModel(model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the logs (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search logs"));
    m_search->setClearButtonEnabled(true);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    m_step = new QComboBox(this);
    m_step->setAccessibleName(tr("Show output of step"));
    m_step->addItem(tr("All steps"), QString());
    auto *stepLabel = new QLabel(tr("St&ep:"), this);
    stepLabel->setBuddy(m_step);

    m_follow = new QCheckBox(tr("F&ollow"), this);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view"));

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of log lines"));

    m_view = new QListView(this);
    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Log lines"));
    // Uniform sizes: the view never measures a million rows.
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(500);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(stepLabel);
    bar->addWidget(m_step);
    bar->addWidget(m_follow);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_step, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setStep(m_step->itemData(index).toString());
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] { updateCount(); });
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int max) {
        if (m_follow->isChecked())
            scroll->setValue(max);
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] { updateCount(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { updateCount(); });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    setTabOrder(m_search, m_step);
    setTabOrder(m_step, m_follow);
    setTabOrder(m_follow, m_view);
    updateCount();
}

void LogPanel::noteStep(const QString &step)
{
    if (step.isEmpty() || m_step->findData(step) >= 0)
        return;
    m_step->addItem(step == QLatin1String("log") ? tr("Autocoder")
                                                 : TimelineModel::stepDisplayName(step),
                    step);
}

void LogPanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("Lines: %1").arg(total)
                                    : tr("Lines: %1 of %2").arg(shown).arg(total));
}

} // namespace Autocoder::Ui
