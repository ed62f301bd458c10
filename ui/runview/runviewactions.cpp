// RunView, the actions: Stop (asks how), Resume, Continue with Guidance, Save, Report, and
// what enables each (a disabled action says why in its tooltip).
#include "runview/runview.h"

#include "asyncdialogs.h"
#include "models/filetreemodel.h"
#include "theme/icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace Autocoder::Ui {

void RunView::createActions()
{
    m_stopAction =
        new QAction(themedIcon(QStringLiteral("media-playback-stop")), tr("&Stop…"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_stopAction, &QAction::triggered, this, &RunView::askToStop);

    m_resumeAction =
        new QAction(themedIcon(QStringLiteral("media-playback-start")), tr("&Resume"), this);
    m_resumeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_resumeAction, &QAction::triggered, this, [this] { Q_EMIT resumeRequested(m_runId); });

    m_continueAction = new QAction(themedIcon(QStringLiteral("media-seek-forward")),
                                   tr("&Continue with Guidance…"), this);
    m_continueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_continueAction, &QAction::triggered, this, &RunView::askForGuidance);

    m_saveAction =
        new QAction(themedIcon(QStringLiteral("document-save")), tr("Save to &Disk…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &RunView::saveToDisk);

    m_reportAction =
        new QAction(themedIcon(QStringLiteral("document-preview")), tr("Open Re&port"), this);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reportAction->setToolTip(tr("Open the run's report (Ctrl+Shift+R)"));
    connect(m_reportAction, &QAction::triggered, this, &RunView::openReport);

    for (QAction *a : runActions())
        a->setShortcutContext(Qt::WindowShortcut);
}

QList<QAction *> RunView::runActions() const
{
    return { m_stopAction, m_resumeAction, m_continueAction, m_saveAction, m_reportAction };
}

static void setEnabledWithReason(QAction *action, const QString &why, const QString &what)
{
    action->setEnabled(why.isEmpty());
    action->setToolTip(why.isEmpty() ? what : why);
    action->setStatusTip(action->toolTip());
}

void RunView::setCannotGoOn(const QString &why)
{
    m_cannotGoOn = why;
    updateActions();
    if (m_summary.isFinished())
        m_current->setText(finishedLine()); // it no longer offers Continue
}

void RunView::updateActions()
{
    const bool has = !m_runId.isEmpty();
    const bool finished = m_summary.isFinished();
    const bool running = has && m_live && !finished;
    const bool green = finished && m_summary.outcome == Run::RunOutcome::Green;
    // Going on needs the run's folder (its spec and snapshots): a journal opened from
    // elsewhere is only a record.
    const bool hasFolder = !m_runDirectory.isEmpty();

    QString why;
    if (!has)
        why = tr("No run is shown.");
    else if (!running)
        why = finished ? tr("The run has ended.") : tr("Nothing runs this run now.");
    setEnabledWithReason(m_stopAction, why, tr("Stop the run; its work so far is kept (Ctrl+.)"));

    why.clear();
    if (!has)
        why = tr("No run is shown.");
    else if (running)
        why = tr("The run is running.");
    else if (finished)
        why = green ? tr("This run is green: there is nothing to resume.")
                    : tr("The run has ended: go on with Continue with Guidance.");
    else if (!hasFolder)
        why = tr("This journal is not in a run folder, so the run cannot go on from it.");
    setEnabledWithReason(m_resumeAction, why,
                         tr("Resume the interrupted run where it stopped (Ctrl+R)"));

    why.clear();
    if (!has)
        why = tr("No run is shown.");
    else if (running)
        why = tr("The run is still going: stop it first, or wait for its outcome.");
    else if (green)
        why = tr("This run is green: there is nothing to continue.");
    else if (!m_cannotGoOn.isEmpty())
        why = m_cannotGoOn;
    else if (!hasFolder)
        why = tr("This journal is not in a run folder, so the run cannot go on from it.");
    setEnabledWithReason(m_continueAction, why,
                         tr("Give the agent a hint and run more iterations (Ctrl+G)"));

    why.clear();
    if (!has)
        why = tr("No run is shown.");
    else if (m_files->archivePath().isEmpty())
        why = tr("There is no snapshot of the project yet.");
    setEnabledWithReason(m_saveAction, why, tr("Write the generated project to a folder (Ctrl+S)"));

    why.clear();
    if (!has)
        why = tr("No run is shown.");
    else if (!m_summary.started && reportPath().isEmpty())
        why = tr("There is no report for this run.");
    setEnabledWithReason(m_reportAction, why, tr("Open the run's report (Ctrl+Shift+R)"));
}

void RunView::askToStop()
{
    if (m_runId.isEmpty() || m_stopDialog)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop the Run?"),
                                tr("Stop “%1”?").arg(displayName()), QMessageBox::NoButton, this);
    box->setInformativeText(
        tr("The files the agent has written so far are kept in a last snapshot: you can "
           "save them, or go on later with Continue with Guidance.\n\n"
           "Keeping the sandbox lets the run go on in it, with everything it installed; it "
           "is removed when its time runs out."));
    //: Button: stop the run (and its sandbox)
    QPushButton *stop = box->addButton(tr("&Stop"), QMessageBox::AcceptRole);
    stop->setToolTip(tr("Snapshot the work, then end the run and remove its sandbox"));
    QPushButton *keep = nullptr;
    if (m_remote) {
        box->setInformativeText(tr("The run stops where it runs; the files the agent has "
                                   "written so far are kept in a last snapshot, and you can go "
                                   "on later with Continue with Guidance."));
    } else {
        keep = box->addButton(tr("Stop and &Keep Sandbox"), QMessageBox::AcceptRole);
        keep->setToolTip(tr("Snapshot the work, then end the run but leave its sandbox running"));
    }
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(stop);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString runId = m_runId;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, runId, stop, keep](QAbstractButton *button) {
                using Mode = Run::RunController::StopMode;
                if (button == stop)
                    Q_EMIT stopRequested(runId, Mode::KillSandbox);
                else if (keep && button == keep)
                    Q_EMIT stopRequested(runId, Mode::KeepSandbox);
            });
    m_stopDialog = box;
    box->open();
}

void RunView::askForGuidance()
{
    const QString runId = m_runId;
    AsyncDialogs::multiLineText(
        this, tr("Continue with Guidance"),
        tr("What should the agent do differently? Your words are added to the "
           "next iteration's feedback, and the run goes on."),
        [this, runId](const QString &guidance) {
            if (!guidance.trimmed().isEmpty()) {
                Q_EMIT continueRequested(runId, guidance.trimmed());
                return;
            }
            AsyncDialogs::message(this, QMessageBox::Information, tr("No Guidance Given"),
                                  tr("The run did not go on: type what the agent should do "
                                     "differently, then press OK."));
        });
}

} // namespace Autocoder::Ui
