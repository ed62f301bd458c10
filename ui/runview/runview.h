#pragma once

#include "runview/runelapsed.h"

#include "run/runcontroller.h"
#include "run/runevent.h"
#include "run/runsummary.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace Autocoder::Run {
struct RunResumed;
}

namespace Autocoder::Ui {

class ActivityModel;
class ActivityPanel;
class ChangesPanel;
class FileTreeModel;
class FilesPanel;
class LogModel;
class LogPanel;
class MutationModel;
class RequirementsModel;
class SnapshotArchive;
class StatusIconLabel;
class TestResultsModel;
class TestsPanel;
class TimelineModel;

/// One run, live or replayed, through its whole life: the step timeline with progress, the
/// counters (iteration n of N, elapsed, cost, turns) and the Activity, Logs, Tests, Files and
/// Changes tabs. Every part is a subscriber of the run's events (applyEvent); the run controller is
/// reached only through the request signals.
///
/// A run that goes on (run.resumed) is live again: running title, no outcome, Stop, the clock.
/// When a view that was reset is shown a live run from the middle (a resumed run's first new
/// event), it first replays the earlier events from the run folder's journal, so the earlier
/// activity, logs, tests and files stay; events it has already applied are not applied twice.
class RunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunView)
public:
    enum Tab { ActivityTab, LogsTab, TestsTab, FilesTab, ChangesTab };

    explicit RunView(QWidget *parent = nullptr);

    void applyEvent(const Run::RunEvent &event);
    /// Forgets everything (before showing another run).
    void reset();
    /// Replays a journal (events.jsonl). Returns the number of events applied;
    /// bad lines are skipped and counted in *error's message.
    int replayFile(const QString &eventsPath, QString *error = nullptr);
    /// Live runs tick the elapsed time with the clock; replays use event times. A run that is
    /// neither live nor finished is shown as interrupted.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    /// The run's folder (for "Open report"); may be empty.
    void setRunDirectory(const QString &directory);
    /// The events.jsonl the view's run is recorded in (its folder's, or the replayed file);
    /// empty when neither is known. Reports are rendered from it.
    QString journalPath() const;
    /// A line about where the run is followed from (an attached run's feed: "Attached to
    /// ws://…", "Connection lost — reconnecting…"), emphasised when @p problem; empty hides it.
    /// reset() clears it.
    void setConnectionNote(const QString &text, bool problem = false);
    /// The run runs elsewhere and is steered through its feed, which has no stop modes: Stop
    /// asks without "Keep Sandbox". reset() clears it.
    void setRemote(bool remote) { m_remote = remote; }
    /// Why the run cannot go on from here (Continue disabled with this as its reason), e.g.
    /// an attached run whose feed has closed; empty: it can. reset() clears it.
    void setCannotGoOn(const QString &why);

    /// The run as a whole: reduce() over the events applied so far.
    const Run::RunSummary &summary() const { return m_summary; }
    QString runId() const { return m_runId; }
    QString runName() const { return m_summary.name; }
    /// The run's name, from its run.started or, failing that, its folder's spec; the id only
    /// when neither is known.
    QString displayName() const;
    /// "Running", "Interrupted" or the outcome ("Stopped", "No progress", ...).
    QString statusText() const;
    bool isFinished() const { return m_summary.isFinished(); }
    QString outcome() const { return m_summary.outcomeName(); }
    int iteration() const { return m_summary.iteration; }
    int maxIterations() const { return m_summary.maxIterations; }
    double costUsd() const { return m_summary.costUsd; }
    int turns() const { return m_summary.turns; }
    /// Active time over all the run's sessions (the time it sat stopped is not counted).
    qint64 elapsedMs() const;
    /// The time of the current (or last) session alone.
    qint64 sessionElapsedMs() const;
    QDateTime startedAt() const { return m_summary.startedAt; }

    QTabWidget *tabs() const { return m_tabs; }
    ActivityModel *activityModel() const { return m_activity; }
    LogModel *logModel() const { return m_log; }
    TestResultsModel *testResultsModel() const { return m_tests; }
    RequirementsModel *requirementsModel() const { return m_requirements; }
    MutationModel *mutationModel() const { return m_mutation; }
    FileTreeModel *fileTreeModel() const { return m_files; }
    TimelineModel *timelineModel() const { return m_timeline; }
    ActivityPanel *activityPanel() const { return m_activityPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    TestsPanel *testsPanel() const { return m_testsPanel; }
    FilesPanel *filesPanel() const { return m_filesPanel; }
    ChangesPanel *changesPanel() const { return m_changesPanel; }
    QTreeView *timelineView() const { return m_timelineView; }
    QLabel *countersLabel() const { return m_counters; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *connectionLabel() const { return m_connection; }
    /// The line under the counters: the step running now, or how the run ended.
    QLabel *currentLabel() const { return m_current; }
    /// The icon before that line: turning while the run runs, the outcome's once it ended.
    StatusIconLabel *statusIcon() const { return m_statusIcon; }
    /// The open "Stop the run?" question, if any.
    QMessageBox *stopDialog() const { return m_stopDialog; }

    QAction *stopAction() const { return m_stopAction; }
    QAction *resumeAction() const { return m_resumeAction; }
    QAction *continueAction() const { return m_continueAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *reportAction() const { return m_reportAction; }
    QList<QAction *> runActions() const;

    /// Writes the generated project and its report into @p directory (no
    /// dialogs); see saved(). @p overwrite replaces a non-empty folder.
    void saveToDirectory(const QString &directory, bool overwrite);
    /// The run's RUN_REPORT.md when its folder has one, else empty.
    QString reportPath() const;
    /// The report rendered from the run's journal on disk (for saving / opening).
    QString renderReport() const;
    /// Snapshot archives to save, oldest first.
    QList<QPair<int, QString>> snapshots() const;

public Q_SLOTS:
    /// Asks for a folder, warns before writing into a non-empty one, saves,
    /// then offers to open the folder.
    void saveToDisk();
    void openReport();
    void askForGuidance();
    /// Asks how to stop (keep the sandbox or not) and then emits stopRequested().
    void askToStop();

Q_SIGNALS:
    void stopRequested(const QString &runId, Autocoder::Run::RunController::StopMode mode);
    void resumeRequested(const QString &runId);
    void continueRequested(const QString &runId, const QString &guidance);
    /// The run ended (run.finished applied): for notifications.
    void runFinished(const QString &runId, const QString &name, const QString &outcome,
                     const QString &message);
    void saved(const QString &directory, const QString &error);
    /// The run goes on again (run.resumed applied): a "finished" notice about it is stale.
    void runResumed(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    /// Replays the run folder's journal up to (not including) @p event when the view starts
    /// in the middle of a run; returns false when it did not (nothing to catch up with).
    bool catchUp(const Run::RunEvent &event);
    bool alreadyApplied(const Run::RunEvent &event) const;
    void applyToParts(const Run::RunEvent &event);
    QDateTime clockNow() const;
    QString finishedLine() const;
    QString resumedLine(const Run::RunResumed &resumed) const;
    /// "Iteration 2 · Test — running (0:12)", or "— done" once the step finished.
    QString stepLine() const;
    void updateStatusLook();
    void confirmSave(const QString &directory);
    void saveWithFeedback(const QString &target, bool overwrite);
    void updateCounters();
    void updateActions();

    ActivityModel *m_activity;
    LogModel *m_log;
    TestResultsModel *m_tests;
    RequirementsModel *m_requirements;
    MutationModel *m_mutation;
    FileTreeModel *m_files;
    TimelineModel *m_timeline;
    SnapshotArchive *m_archive;

    QLabel *m_title = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_connection = nullptr;
    StatusIconLabel *m_statusIcon = nullptr;
    QTreeView *m_timelineView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolBar *m_toolBar = nullptr;
    ActivityPanel *m_activityPanel = nullptr;
    LogPanel *m_logPanel = nullptr;
    TestsPanel *m_testsPanel = nullptr;
    FilesPanel *m_filesPanel = nullptr;
    ChangesPanel *m_changesPanel = nullptr;

    QAction *m_stopAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_continueAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_reportAction = nullptr;

    QTimer m_clock;
    QString m_runId;
    QString m_runDirectory;
    QString m_replayedJournal; ///< the file replayFile() read, for a journal outside a run folder
    /// Everything the header shows; the events themselves stay in the journal on disk.
    Run::RunSummary m_summary;
    RunElapsed m_elapsed;
    QString m_specName; ///< the run folder's spec name, for a journal without run.started
    qint64 m_lastSeq = 0;
    /// The step shown in the status line: its name, its iteration (0 for set-up), when it
    /// started and whether it still runs.
    QString m_step;
    int m_stepIteration = 0;
    QDateTime m_stepStartedAt;
    bool m_stepRunning = false;
    QDateTime m_lastSeqTime;
    QPointer<QMessageBox> m_stopDialog;
    bool m_live = false;
    bool m_catchingUp = false;
    bool m_remote = false;
    QString m_cannotGoOn;
};

} // namespace Autocoder::Ui
