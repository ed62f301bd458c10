// The main window's attached runs: File → Attach to Run…, showing a run followed through its
// event feed from its mirror folder, Stop and Continue through the feed, and the feed's
// state in the run view. Split from mainwindow.cpp to keep each file readable; same class.
#include "mainwindow.h"

#include "asyncdialogs.h"
#include "attach/attachdialog.h"
#include "attach/attachedruns.h"
#include "feed/attachedrun.h"
#include "models/runlistmodel.h"
#include "run/runevents.h"
#include "run/runjournal.h"
#include "runnotifier.h"
#include "runview/runview.h"
#include "secrets/secretstore.h"
#include "theme/icons.h"

#include <QAction>
#include <QDir>
#include <QStatusBar>
#include <QTableView>

namespace Autocoder::Ui {

QAction *MainWindow::createAttachAction()
{
    m_attachAction =
        new QAction(themedIcon(QStringLiteral("network-connect")), tr("&Attach to Run…"), this);
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachAction->setStatusTip(
        tr("Follow a run served elsewhere through its event feed, and stop or guide it"));
    connect(m_attachAction, &QAction::triggered, this, [this] { showAttachDialog(); });
    return m_attachAction;
}

AttachDialog *MainWindow::showAttachDialog()
{
    if (m_attachDialog) {
        m_attachDialog->raise();
        m_attachDialog->activateWindow();
        return m_attachDialog;
    }
    // The window's keychain, so that a token being written outlives the dialog.
    if (!m_secrets)
        m_secrets = new Secrets::SecretStore(this);
    auto *dialog = new AttachDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttachDialog::attachRequested, this, &MainWindow::attachToRun);
    m_attachDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::attachToRun(const QUrl &url, const QByteArray &token)
{
    m_attached->attach(url, token);
    statusBar()->showMessage(tr("Connecting to %1…").arg(AttachedRuns::displayUrl(url)), 8000);
}

void MainWindow::onAttachUnreachable(const QUrl &url, const QString &why)
{
    statusBar()->showMessage(tr("Cannot reach %1 (%2); trying again…")
                                 .arg(AttachedRuns::displayUrl(url), why.trimmed()));
}

// Just attached: shown, as the person who asked for it expects. Nothing is read here: the
// run's events, a kept mirror's first, follow through AttachedRuns::runEvent, which lists the
// run and fills the view (applyAttachedEvent).
void MainWindow::onAttachedRunAdded(const QString &runId)
{
    if (!prepareAttachedView(runId))
        return;
    updateStack();
    updateRunListActions();
}

// Shown from its mirror folder, like a local run from its run folder: everything that reads
// a run folder (files, changes, saving, the report) works on it.
bool MainWindow::prepareAttachedView(const QString &runId)
{
    const Feed::AttachedRun *run = m_attached->run(runId);
    if (!run)
        return false;
    m_runView->reset();
    m_runView->setRunDirectory(run->runDir());
    m_runView->setRemote(true);
    // Live while the run goes on where it runs, whether or not the feed is up just now.
    m_runView->setLive(!run->isFinished());
    m_shownRunId = runId;
    updateConnectionNote(runId);
    return true;
}

// Selected again in the list: the view was showing another run, so the mirror is read back.
void MainWindow::showAttachedRun(const QString &runId)
{
    if (!prepareAttachedView(runId))
        return;
    const auto read = Run::RunJournal::forEachEvent(
        QDir(m_attached->run(runId)->runDir()).filePath(Run::RunJournal::eventsFileName()),
        [this](const Run::RunEvent &e) { m_runView->applyEvent(e); });
    if (read && read->lines > 0)
        statusBar()->showMessage(
            tr("%n line(s) of the mirrored journal could not be read: %1", nullptr, read->lines)
                .arg(read->firstError),
            8000);
}

void MainWindow::applyAttachedEvent(const Run::RunEvent &event)
{
    const bool listed = m_runs->rowOf(event.runId) >= 0;
    m_runs->applyEvent(event);
    if (event.runId == m_shownRunId) {
        if (!listed) { // its first event lists it: select what the view shows
            const QSignalBlocker blocker(m_runsView->selectionModel());
            m_runsView->selectRow(m_runs->rowOf(event.runId));
        }
        if (event.is<Run::RunResumed>())
            m_runView->setLive(true); // going on with guidance: live again
        m_runView->applyEvent(event);
    }
    const auto finished = event.payload<Run::RunFinished>();
    if (finished)
        updateConnectionNote(event.runId);
    // Told when it ends while we watch, not for an end that was already past when we came.
    if (finished && event.seq > m_attached->joinedAtSeq(event.runId)) {
        const int row = m_runs->rowOf(event.runId);
        const QString name =
            row >= 0 && !m_runs->rowAt(row).name.isEmpty() ? m_runs->rowAt(row).name : event.runId;
        m_notifier->notify(
            tr("Run “%1” finished: %2").arg(name, RunListModel::outcomeText(finished->outcome)),
            finished->message);
    }
}

void MainWindow::updateConnectionNote(const QString &runId)
{
    if (runId.isEmpty())
        return;
    if (m_attached->contains(runId))
        m_runs->setNote(
            runId, m_attached->hasConnectionProblem(runId) ? tr("connection lost") : tr("attached"),
            m_attached->connectionText(runId));
    else
        m_runs->setNote(runId, QString());
    if (runId != m_shownRunId)
        return;
    m_runView->setConnectionNote(m_attached->connectionText(runId),
                                 m_attached->hasConnectionProblem(runId));
    // A feed that has closed for good takes no guidance: the run goes on where it runs.
    const Feed::AttachedRun *run = m_attached->run(runId);
    m_runView->setCannotGoOn(
        run && run->connectionState() == Feed::FeedClient::State::Ended
            ? tr("The run's feed has closed: go on with the run where it runs (autocoder "
                 "resume), or attach again once it is served.")
            : QString());
}

void MainWindow::onAttachConnectionChanged(const QString &runId)
{
    updateConnectionNote(runId);
    // Said in the status bar too, for whichever run it is; refusals say more elsewhere.
    const Feed::AttachedRun *run = m_attached->run(runId);
    if (!run)
        return;
    const QString where = AttachedRuns::displayUrl(run->url());
    switch (run->connectionState()) {
    case Feed::FeedClient::State::Reconnecting:
        statusBar()->showMessage(tr("Lost the connection to %1; reconnecting…").arg(where));
        break;
    case Feed::FeedClient::State::Connected:
        statusBar()->showMessage(tr("Attached to %1.").arg(where), 8000);
        break;
    default:
        break;
    }
}

void MainWindow::onAttachFailed(const QUrl &url, const QString &runId, const QString &message)
{
    const QString where = AttachedRuns::displayUrl(url);
    statusBar()->showMessage(tr("Cannot attach to %1: %2").arg(where, message), 10000);
    updateConnectionNote(runId);
    // Most often a token that is wrong or no longer valid: ask for it again, saying why.
    QString why = message.trimmed();
    while (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    AttachDialog *dialog = showAttachDialog();
    dialog->setUrl(url);
    dialog->showRefusal(tr("Not attached to %1: %2. Check the token (and the address), then "
                           "attach again.")
                            .arg(where, why));
}

// The row goes: once let go, what the run does is no longer known here, and a row that kept
// saying "Running" would not be true. The mirror stays; attaching again continues it.
void MainWindow::detachSelectedRun()
{
    const QString runId = selectedRunId();
    const Feed::AttachedRun *run = m_attached->run(runId);
    if (!run)
        return;
    const QString where = AttachedRuns::displayUrl(run->url());
    m_attached->detach(runId);
    m_runs->remove(runId);
    if (m_shownRunId == runId) {
        m_runView->reset();
        m_runView->setRunDirectory(QString());
        m_shownRunId.clear();
    }
    updateStack();
    updateRunListActions();
    statusBar()->showMessage(
        tr("Detached from %1; the run goes on there. Attach again to follow it.").arg(where),
        10000);
}

namespace {
QString cannotSteer(const Feed::AttachedRun *run)
{
    if (run->client()->isReadOnly())
        return MainWindow::tr("This run was attached with its read-only token: it may be "
                              "watched, not stopped or guided. Attach again with its full token.");
    if (run->connectionState() != Feed::FeedClient::State::Connected)
        return MainWindow::tr("The run's feed is not connected just now, so nothing was sent. "
                              "It reconnects by itself: try again then.");
    return MainWindow::tr("The run's feed did not take the request.");
}
} // namespace

bool MainWindow::stopAttached(const QString &runId)
{
    Feed::AttachedRun *run = m_attached->run(runId);
    if (!run)
        return false;
    if (run->stop())
        statusBar()->showMessage(tr("Asked the run to stop; it keeps its work in a last snapshot."),
                                 8000);
    else
        AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Stop the Run"),
                              cannotSteer(run));
    return true;
}

bool MainWindow::continueAttached(const QString &runId, const QString &guidance)
{
    Feed::AttachedRun *run = m_attached->run(runId);
    if (!run)
        return false;
    if (run->continueWithGuidance(guidance))
        statusBar()->showMessage(tr("Guidance sent: the run goes on with it."), 8000);
    else
        AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Continue the Run"),
                              cannotSteer(run));
    return true;
}

} // namespace Autocoder::Ui
