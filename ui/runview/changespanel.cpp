#include "runview/changespanel.h"

#include "models/filetreemodel.h"
#include "runview/diffview.h"
#include "theme/icons.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Autocoder::Ui {

ChangesPanel::ChangesPanel(FileTreeModel *files, QWidget *parent)
    : QWidget(parent)
    , m_files(files)
    , m_model(new ChangesModel(this))
{
    m_iterations = new QComboBox(this);
    m_iterations->setAccessibleName(tr("Iteration"));
    m_iterations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *iterationLabel = new QLabel(tr("Iterati&on:"), this);
    iterationLabel->setBuddy(m_iterations);

    m_base = new QComboBox(this);
    m_base->setAccessibleName(tr("Compared with"));
    m_base->addItem(tr("The previous iteration"),
                    QVariant::fromValue(int(ChangesModel::Base::PreviousIteration)));
    m_base->addItem(tr("The start (no files)"),
                    QVariant::fromValue(int(ChangesModel::Base::Start)));
    auto *baseLabel = new QLabel(tr("Compared &with:"), this);
    baseLabel->setBuddy(m_base);

    m_sideBySide =
        new QAction(themedIcon(QStringLiteral("view-split-left-right")), tr("Side by Side"), this);
    m_sideBySide->setCheckable(true);
    m_sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_sideBySide->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sideBySide->setToolTip(
        tr("Show the old and the new version side by side instead of one unified diff "
           "(Ctrl+Shift+D)"));
    addAction(m_sideBySide);
    auto *sideBySideButton = new QToolButton(this);
    sideBySideButton->setDefaultAction(m_sideBySide);
    sideBySideButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *bar = new QHBoxLayout;
    bar->addWidget(iterationLabel);
    bar->addWidget(m_iterations);
    bar->addSpacing(fontMetrics().height());
    bar->addWidget(baseLabel);
    bar->addWidget(m_base);
    bar->addStretch(1);
    bar->addWidget(sideBySideButton);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Changed files"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideMiddle); // the file name at the end stays readable
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChangesModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChangesModel::FileColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChangesModel::AddedColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChangesModel::RemovedColumn,
                                           QHeaderView::ResizeToContents);
    auto *listLabel = new QLabel(tr("Changed fil&es"), this);
    listLabel->setBuddy(m_view);

    m_diff = new DiffView(this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    const int em = fontMetrics().height();
    splitter->setSizes({ em * 22, em * 48 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_files, &FileTreeModel::snapshotsChanged, this, &ChangesPanel::updateSnapshots);
    connect(m_files, &FileTreeModel::lockedTestsChanged, this, [this] {
        m_model->setLockedTests(m_files->lockedTests());
        updateSnapshots(); // compares again when shown
    });
    connect(m_iterations, &QComboBox::activated, this, [this] { compareSelected(); });
    connect(m_base, &QComboBox::activated, this, [this] { compareSelected(); });
    connect(m_model, &ChangesModel::comparisonFinished, this, &ChangesPanel::comparisonFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_sideBySide, &QAction::toggled, m_diff, &DiffView::setSideBySide);

    m_model->setLockedTests(m_files->lockedTests());
    updateSnapshots();
}

bool ChangesPanel::showIteration(int iteration, ChangesModel::Base base)
{
    const int row = m_iterations->findData(iteration);
    if (row < 0)
        return false;
    m_iterations->setCurrentIndex(row);
    m_base->setCurrentIndex(m_base->findData(int(base)));
    compareSelected();
    return true;
}

void ChangesPanel::selectPath(const QString &path)
{
    m_pendingPath = path;
    const int row = m_model->isLoading() ? -1 : m_model->rowForPath(path);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, ChangesModel::FileColumn));
}

void ChangesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        compareSelected();
}

void ChangesPanel::updateSnapshots()
{
    QMap<int, QString> snapshots;
    const QList<int> iterations = m_files->iterations();
    for (int iteration : iterations)
        snapshots.insert(iteration, m_files->archivePathFor(iteration));
    m_model->setSnapshots(snapshots);

    // The picker follows the newest iteration unless an older one was picked.
    const int current = m_iterations->currentData().toInt();
    const bool follow = m_iterations->currentIndex() < 0
        || m_iterations->currentIndex() == m_iterations->count() - 1;
    m_iterations->clear();
    for (int iteration : iterations)
        m_iterations->addItem(tr("Iteration %1").arg(iteration), iteration);
    const int keep = m_iterations->findData(current);
    m_iterations->setCurrentIndex(follow || keep < 0 ? m_iterations->count() - 1 : keep);
    if (iterations.isEmpty()) {
        m_model->clear();
        m_pendingPath.clear();
        m_dirty = false;
        m_diff->showMessage(tr("Select a file to see its changes."));
        updateSummary();
        return;
    }
    m_dirty = true;
    if (isVisible())
        compareSelected();
    else
        updateSummary();
}

void ChangesPanel::compareSelected()
{
    m_dirty = false;
    const int iteration = m_iterations->currentData().toInt();
    if (iteration <= 0) {
        updateSummary();
        return;
    }
    const auto base = ChangesModel::Base(m_base->currentData().toInt());
    // Keep the file in view across iterations when it changed there too.
    if (m_pendingPath.isEmpty() && m_view->currentIndex().isValid())
        m_pendingPath =
            m_view->currentIndex().siblingAtColumn(0).data(ChangesModel::PathRole).toString();
    m_model->compare(iteration, base);
    updateSummary();
}

void ChangesPanel::comparisonFinished()
{
    updateSummary();
    int row = m_model->rowForPath(m_pendingPath);
    m_pendingPath.clear();
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0) {
        m_diff->showMessage(m_model->errorString().isEmpty() ? tr("No file changed.")
                                                             : m_model->errorString());
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, ChangesModel::FileColumn));
    showRow(row);
}

void ChangesPanel::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_diff->setChange(m_model->change(row), m_model->maxDiffBytes());
}

void ChangesPanel::updateSummary()
{
    if (m_files->iterations().isEmpty()) {
        m_summary->setText(tr("No changes yet: they appear after the first snapshot."));
        return;
    }
    if (m_model->isLoading()) {
        m_summary->setText(tr("Comparing the snapshots…"));
        return;
    }
    if (!m_model->errorString().isEmpty()) {
        m_summary->setText(m_model->errorString());
        return;
    }
    if (m_model->iteration() <= 0) {
        m_summary->clear();
        return;
    }
    const int base = m_model->baseIteration();
    if (m_model->rowCount() == 0) {
        m_summary->setText(
            base > 0
                ? tr("Iteration %1 changed no file since iteration %2.")
                      .arg(m_model->iteration())
                      .arg(base)
                : tr("Iteration %1 changed no file since the start.").arg(m_model->iteration()));
        return;
    }
    QString counts;
    if (base > 0)
        //: %1 this iteration, %2 the iteration compared with, then counts of files and lines
        counts = tr("Iteration %1, since iteration %2: files changed: %3, lines added: %4, "
                    "removed: %5.")
                     .arg(m_model->iteration())
                     .arg(base);
    else
        //: %1 this iteration, then counts of files and lines
        counts = tr("Iteration %1, since the start: files changed: %2, lines added: %3, "
                    "removed: %4.")
                     .arg(m_model->iteration());
    m_summary->setText(
        counts.arg(m_model->rowCount()).arg(m_model->totalAdded()).arg(m_model->totalRemoved()));
}

} // namespace Autocoder::Ui
