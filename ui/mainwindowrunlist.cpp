// The main window's run list actions (open folder, duplicate, delete), what happens to live
// runs when the window closes, and the window's saved state. Split from mainwindow.cpp to keep
// each file readable; same class.
#include "mainwindow.h"

#include "asyncdialogs.h"
#include "attach/attachedruns.h"
#include "feed/attachedrun.h"
#include "models/runlistmodel.h"
#include "run/runcontroller.h"
#include "run/runjournal.h"
#include "run/runmanager.h"
#include "run/runqueue.h"
#include "run/runstore.h"
#include "runnotifier.h"
#include "runview/runview.h"
#include "theme/icons.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Autocoder::Ui {

// --- the run list's own actions -----------------------------------------------------------

void MainWindow::createRunListActions()
{
    m_openFolderAction =
        new QAction(themedIcon(QStringLiteral("folder-open")), tr("Open &Folder"), this);
    m_openFolderAction->setStatusTip(tr("Show the run's folder in the file manager"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openRunFolder);

    m_duplicateAction =
        new QAction(themedIcon(QStringLiteral("edit-copy")), tr("D&uplicate as New Run…"), this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setStatusTip(tr("Open the wizard with this run's spec"));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateSelectedRun);

    m_deleteAction =
        new QAction(themedIcon(QStringLiteral("edit-delete")), tr("&Delete Run…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only while the list has the focus: Delete means something else in text fields.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedRun);
    m_runsView->addAction(m_deleteAction);
    m_runsView->addAction(m_duplicateAction);

    m_detachAction =
        new QAction(themedIcon(QStringLiteral("network-disconnect")), tr("Detac&h from Run"), this);
    m_detachAction->setStatusTip(
        tr("Stop following the attached run here; it goes on where it runs"));
    connect(m_detachAction, &QAction::triggered, this, &MainWindow::detachSelectedRun);

    if (QMenu *runMenu = menuBar()->findChild<QMenu *>(QStringLiteral("runMenu"))) {
        runMenu->addSeparator();
        runMenu->addAction(m_openFolderAction);
        runMenu->addAction(m_duplicateAction);
        runMenu->addAction(m_deleteAction);
        runMenu->addAction(m_detachAction);
    }

    m_runsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_runsView, &QWidget::customContextMenuRequested, this, &MainWindow::showRunListMenu);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateRunListActions);
    connect(m_runs, &QAbstractItemModel::dataChanged, this, &MainWindow::updateRunListActions);
    connect(m_runs, &QAbstractItemModel::modelReset, this, &MainWindow::updateRunListActions);
    connect(m_runs, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRunListActions);
    connect(m_manager, &Run::RunManager::runAdded, this, &MainWindow::updateRunListActions);
    updateRunListActions();
}

QString MainWindow::selectedRunId() const
{
    const QModelIndex current = m_runsView->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(RunListModel::RunIdRole).toString()
                             : QString();
}

// A run listed from the runs folder, or an attached run's mirror; empty for a replayed
// journal from elsewhere, a queued run, or an id that could not be a folder name.
QString MainWindow::runDirOf(const QString &runId) const
{
    if (const Feed::AttachedRun *attached = m_attached->run(runId))
        return attached->runDir();
    if (!Run::RunStore::isValidId(runId))
        return {};
    const Run::RunStore store(m_runsRoot.isEmpty() ? Run::RunStore::defaultRoot() : m_runsRoot);
    const QString dir = store.runDir(runId);
    return QFileInfo(dir).isDir() ? dir : QString();
}

void MainWindow::updateRunListActions()
{
    const QString id = selectedRunId();
    const int row = m_runs->rowOf(id);
    const bool queued = m_runs->isQueued(row);
    const bool live = !queued && m_manager->controller(id) != nullptr;
    const bool attached = m_attached->contains(id);
    const QString dir = queued ? QString() : runDirOf(id);

    m_openFolderAction->setEnabled(!dir.isEmpty());
    m_duplicateAction->setEnabled(
        !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(Run::RunJournal::specFileName())));
    if (queued) {
        m_deleteAction->setText(tr("Remove from &Queue"));
        m_deleteAction->setEnabled(true);
        m_deleteAction->setToolTip(tr("The run has not started: nothing is lost"));
    } else {
        m_deleteAction->setText(tr("&Delete Run…"));
        m_deleteAction->setEnabled(!dir.isEmpty() && !live && !attached);
        m_deleteAction->setToolTip(
            attached   ? tr("An attached run runs elsewhere: it cannot be deleted from here")
                : live ? tr("A running run cannot be deleted: stop it first")
                       : tr("Delete the run's folder"));
    }
    m_deleteAction->setStatusTip(m_deleteAction->toolTip());
    m_detachAction->setEnabled(attached);
}

void MainWindow::showRunListMenu(const QPoint &pos)
{
    const QModelIndex at = m_runsView->indexAt(pos);
    if (!at.isValid())
        return;
    m_runsView->selectionModel()->setCurrentIndex(
        at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateRunListActions();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("runListMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_openFolderAction);
    menu->addAction(m_duplicateAction);
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    if (m_detachAction->isEnabled())
        menu->addAction(m_detachAction);
    // A disabled Delete says why in the menu itself.
    if (!m_deleteAction->isEnabled()) {
        QAction *why = menu->addAction(themedIcon(QStringLiteral("dialog-information")),
                                       m_deleteAction->toolTip());
        why->setEnabled(false);
    }
    menu->popup(m_runsView->viewport()->mapToGlobal(pos));
}

void MainWindow::openRunFolder()
{
    const QString dir = runDirOf(selectedRunId());
    if (!dir.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

void MainWindow::duplicateSelectedRun()
{
    const QString dir = runDirOf(selectedRunId());
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(Run::RunJournal::specFileName()));
    if (!file.open(QIODevice::ReadOnly)) {
        AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Duplicate"),
                              tr("Cannot read the run's spec: %1").arg(file.errorString()));
        return;
    }
    const Result<Spec::ProjectSpec> spec =
        Spec::ProjectSpec::parse(file.read(qint64(4) * 1024 * 1024));
    if (!spec) {
        AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Duplicate"), spec.error());
        return;
    }
    showNewRunWizard(&*spec);
}

void MainWindow::deleteSelectedRun()
{
    const QString id = selectedRunId();
    const int row = m_runs->rowOf(id);
    if (row < 0)
        return;
    if (m_runs->isQueued(row)) {
        m_manager->localQueue()->cancel(id); // nothing was made for it
        return;
    }
    if (m_manager->controller(id)) {
        statusBar()->showMessage(tr("A running run cannot be deleted: stop it first."), 8000);
        return;
    }
    if (m_attached->contains(id))
        return;
    const QString dir = runDirOf(id);
    if (dir.isEmpty())
        return;
    const QString name = m_runs->rowAt(row).name.isEmpty() ? id : m_runs->rowAt(row).name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Run"),
                                tr("Delete the run “%1”?").arg(name.toHtmlEscaped()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteRunQuestion"));
    box->setInformativeText(
        tr("Its folder, with the journal, snapshots and report, is removed from disk:\n%1\n"
           "Projects you saved elsewhere are not touched.")
            .arg(QDir::toNativeSeparators(dir)));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove)
            deleteRunFolder(id);
    });
    box->open();
}

void MainWindow::deleteRunFolder(const QString &runId)
{
    // Checked again: the run may have been resumed (or attached) while the question was open.
    if (m_manager->controller(runId) || m_attached->contains(runId))
        return;
    const QString dir = runDirOf(runId);
    if (dir.isEmpty())
        return;
    if (!QDir(dir).removeRecursively()) {
        AsyncDialogs::message(
            this, QMessageBox::Warning, tr("Cannot Delete Run"),
            tr("Some files in %1 could not be removed.").arg(QDir::toNativeSeparators(dir)));
        refreshRuns();
        return;
    }
    if (m_shownRunId == runId) {
        m_runView->reset();
        m_runView->setRunDirectory(QString());
        m_shownRunId.clear();
    }
    m_runs->remove(runId);
    statusBar()->showMessage(tr("Run deleted."), 5000);
}

// --- live runs: notifications, queue, quitting --------------------------------------------

void MainWindow::onRunEnded(const QString &runId, const QString &outcome, const QString &message)
{
    const int row = m_runs->rowOf(runId);
    const QString name =
        row >= 0 && !m_runs->rowAt(row).name.isEmpty() ? m_runs->rowAt(row).name : runId;
    if (m_quit != Quit::Stopping)
        m_notifier->notify(
            tr("Run “%1” finished: %2").arg(name, RunListModel::outcomeText(outcome)), message);
    updateRunListActions();
    if (m_quit == Quit::Stopping) {
        if (m_quitProgress)
            m_quitProgress->setValue(m_stopping - int(m_manager->liveIds().size()));
        if (m_manager->liveIds().isEmpty()) {
            m_quit = Quit::Now;
            // After the manager has let go of the controller that just ended.
            QTimer::singleShot(0, this, &QWidget::close);
        }
    }
}

void MainWindow::onQueueChanged()
{
    const Run::RunQueue *queue = m_manager->localQueue();
    const QList<Run::RunQueue::Pending> pending = queue->pending();
    for (const Run::RunQueue::Pending &p : pending)
        m_waitedTickets.insert(p.ticket);
    // Cancelled ones will never start.
    m_waitedTickets.removeIf([queue](const QString &ticket) {
        return !queue->isActive(ticket) && queue->position(ticket) == 0;
    });
    const QString shown = m_shownRunId;
    m_runs->setQueued(pending);
    // Keep a waiting run selected while it waits.
    if (Run::RunQueue::isTicket(shown) && m_runs->rowOf(shown) >= 0) {
        const QSignalBlocker blocker(m_runsView->selectionModel());
        m_runsView->selectRow(m_runs->rowOf(shown));
    }
    updateStack();
    updateRunListActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quit == Quit::Now
        || (m_manager->liveIds().isEmpty() && m_manager->localQueue()->pending().isEmpty())) {
        saveWindowState();
        event->accept();
        return;
    }
    event->ignore();
    if (m_quit == Quit::Ask && !m_quitQuestion)
        askBeforeQuitting();
}

void MainWindow::askBeforeQuitting()
{
    const int live = int(m_manager->liveIds().size());
    const int waiting = int(m_manager->localQueue()->pending().size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Autocoder"),
                                live > 0 ? tr("%n run(s) still running.", nullptr, live)
                                         : tr("%n run(s) waiting to start.", nullptr, waiting),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitQuestion"));
    QString details = tr("<p><b>Stop them</b>: each run takes a last snapshot of its work and "
                         "stops; Resume goes on from it later.</p>"
                         "<p><b>Leave running</b>: local sandboxes keep working, and the runs "
                         "are picked up again the next time Autocoder starts.</p>");
    if (waiting > 0)
        details += tr("<p>%n run(s) waiting in the queue will not start.</p>", nullptr, waiting);
    box->setInformativeText(details);
    QPushButton *stop =
        box->addButton(tr("&Stop Them, Keeping Their Work"), QMessageBox::AcceptRole);
    QPushButton *leave = box->addButton(tr("&Leave Running"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_quitQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, stop, leave] {
        m_quitQuestion = nullptr;
        if (box->clickedButton() == stop) {
            stopAllAndQuit();
        } else if (box->clickedButton() == leave) {
            // The controllers go with the window, without being stopped: state.json keeps
            // "running", and the next start re-attaches to the sandboxes that still live.
            for (const Run::RunQueue::Pending &p : m_manager->localQueue()->pending())
                m_manager->localQueue()->cancel(p.ticket);
            m_quit = Quit::Now;
            close();
        }
    });
    box->open();
}

void MainWindow::stopAllAndQuit()
{
    for (const Run::RunQueue::Pending &p : m_manager->localQueue()->pending())
        m_manager->localQueue()->cancel(p.ticket);
    const QStringList ids = m_manager->liveIds();
    m_stopping = int(ids.size());
    if (m_stopping == 0) {
        m_quit = Quit::Now;
        close();
        return;
    }
    m_quit = Quit::Stopping;
    m_quitProgress =
        new QProgressDialog(tr("Stopping %n run(s), keeping their work…", nullptr, m_stopping),
                            tr("&Keep the Window Open"), 0, m_stopping, this);
    m_quitProgress->setObjectName(QStringLiteral("quitProgress"));
    m_quitProgress->setWindowTitle(tr("Quit Autocoder"));
    m_quitProgress->setMinimumDuration(0);
    m_quitProgress->setAutoClose(false);
    m_quitProgress->setAttribute(Qt::WA_DeleteOnClose);
    // Keeping the window: the runs still stop (they were asked), the window just stays.
    connect(m_quitProgress, &QProgressDialog::canceled, this, [this] {
        m_quit = Quit::Ask;
        m_quitProgress->close();
        m_quitProgress = nullptr;
    });
    m_quitProgress->setValue(0);
    m_quitProgress->open();
    for (const QString &id : ids) {
        if (Run::RunController *run = m_manager->controller(id))
            run->stop(Run::RunController::StopMode::KillSandbox);
    }
}

// --- window state -------------------------------------------------------------------------

namespace {
QSplitter *runViewSplitter(RunView *view)
{
    // The run view's own splitter (files and activity side by side), its first direct one.
    return view->findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly);
}
} // namespace

void MainWindow::saveWindowState() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    s.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    if (QSplitter *inner = runViewSplitter(m_runView))
        s.setValue(QStringLiteral("runViewSplitter"), inner->saveState());
    if (!Run::RunQueue::isTicket(m_shownRunId))
        s.setValue(QStringLiteral("selectedRun"), m_shownRunId);
    s.endGroup();
}

void MainWindow::restoreWindowState()
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    // Splitters keep their proportions only once laid out at the window's size: restored
    // when shown.
    m_splitterStates = { s.value(QStringLiteral("splitter")).toByteArray(),
                         s.value(QStringLiteral("runViewSplitter")).toByteArray() };
    if (isVisible())
        restoreSplitters();
    const QString selected = s.value(QStringLiteral("selectedRun")).toString();
    s.endGroup();
    fitToScreen();
    if (!selected.isEmpty())
        selectRun(selected);
}

// A saved size from a larger screen, or the default size at 2x scale, can exceed the screen
// this window is on: shrink it to the available area and move it inside.
void MainWindow::fitToScreen()
{
    const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!on)
        return;
    const QRect available = on->availableGeometry();
    if (isMaximized() || isFullScreen())
        return;
    // The frame (title bar, borders) counts too once the window is shown.
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frameExtra.expandedTo(QSize(0, 0));
    const QSize fitted = size().boundedTo(room);
    if (fitted != size())
        resize(fitted);
    QRect frame = frameGeometry();
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), available.left(),
                                  std::max(available.left(), available.right() - frame.width())));
        frame.moveTop(std::clamp(frame.top(), available.top(),
                                 std::max(available.top(), available.bottom() - frame.height())));
        move(frame.topLeft());
    }
}

void MainWindow::restoreSplitters()
{
    const QList<QByteArray> states = std::exchange(m_splitterStates, {});
    if (states.size() != 2)
        return;
    m_splitter->restoreState(states.at(0));
    if (QSplitter *inner = runViewSplitter(m_runView))
        inner->restoreState(states.at(1));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Now the frame (title bar, borders) is known: fit that too, once.
    if (!event->spontaneous() && !m_fitted) {
        m_fitted = true;
        fitToScreen();
    }
    restoreSplitters();
}

bool MainWindow::selectRun(const QString &runId)
{
    const int row = m_runs->rowOf(runId);
    if (row < 0)
        return false;
    m_runsView->selectRow(row); // shows it, through currentRowChanged
    return true;
}

} // namespace Autocoder::Ui
