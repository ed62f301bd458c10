#include "runview/activitypanel.h"

#include "models/activitymodel.h"

#include <QFontDatabase>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace Autocoder::Ui {

ActivityPanel::ActivityPanel(ActivityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new QListView(this);
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Agent activity"));
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);

    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Selected activity in full"));
    m_details->setPlaceholderText(tr("Select an entry to see it in full."));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Follow the newest entry only while the view is scrolled to the bottom,
    // so reading an older entry is not interrupted. The range grows after
    // the view lays out new rows (or is resized), so follow the range itself.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_follow = value >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_follow)
            bar->setValue(max);
    });
    const int icon = fontMetrics().height();
    m_view->setIconSize(QSize(icon, icon));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid()) {
                    m_details->clear();
                    return;
                }
                const ActivityModel::Entry &e = m_model->entryAt(current.row());
                m_details->setPlainText(
                    e.text.isEmpty() ? e.title : e.title + QLatin1String("\n\n") + e.text);
            });
}

} // namespace Autocoder::Ui
