#pragma once

#include "run/runevent.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace Autocoder::Ui {

class ActivityModel;
class ActivityPanel;
class FileTreeModel;
class FilesPanel;
class LogModel;
class LogPanel;
class SnapshotArchive;
class TestResultsModel;
class TestsPanel;
class TimelineModel;

/// One run, live or replayed: the step timeline with progress, the counters
/// (iteration n of N, elapsed, cost, turns) and the Activity, Logs, Tests and
/// Files tabs. Every part is a subscriber of the run's events (applyEvent);
/// the run controller is reached only through the request signals.
class RunView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { ActivityTab, LogsTab, TestsTab, FilesTab };

    explicit RunView(QWidget *parent = nullptr);

    void applyEvent(const Run::RunEvent &event);
    /// Forgets everything (before showing another run).
    void reset();
    /// Replays a journal (events.jsonl). Returns the number of events applied;
    /// bad lines are skipped and counted in *error's message.
    int replayFile(const QString &eventsPath, QString *error = nullptr);
    /// Live runs tick the elapsed time with the clock; replays use event times.
    void setLive(bool live);
    /// The run's folder (for "Open report"); may be empty.
    void setRunDirectory(const QString &directory);

    QString runId() const { return m_runId; }
    QString runName() const { return m_name; }
    bool isFinished() const { return m_finished; }
    QString outcome() const { return m_outcome; }
    int iteration() const { return m_iteration; }
    int maxIterations() const { return m_maxIterations; }
    double costUsd() const;
    int turns() const { return m_turns; }
    qint64 elapsedMs() const;
    QDateTime startedAt() const { return m_startedAt; }

    QTabWidget *tabs() const { return m_tabs; }
    ActivityModel *activityModel() const { return m_activity; }
    LogModel *logModel() const { return m_log; }
    TestResultsModel *testResultsModel() const { return m_tests; }
    FileTreeModel *fileTreeModel() const { return m_files; }
    TimelineModel *timelineModel() const { return m_timeline; }
    ActivityPanel *activityPanel() const { return m_activityPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    TestsPanel *testsPanel() const { return m_testsPanel; }
    FilesPanel *filesPanel() const { return m_filesPanel; }
    QTreeView *timelineView() const { return m_timelineView; }
    QLabel *countersLabel() const { return m_counters; }

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
    /// The report rendered from the events seen so far (for saving / opening).
    QString renderReport() const;
    /// Snapshot archives to save, oldest first.
    QList<QPair<int, QString>> snapshots() const;

public Q_SLOTS:
    /// Asks for a folder, warns before writing into a non-empty one, saves,
    /// then offers to open the folder.
    void saveToDisk();
    void openReport();
    void askForGuidance();

Q_SIGNALS:
    void stopRequested(const QString &runId);
    void resumeRequested(const QString &runId);
    void continueRequested(const QString &runId, const QString &guidance);
    /// The run ended (run.finished applied): for notifications.
    void runFinished(const QString &runId, const QString &name, const QString &outcome,
                     const QString &message);
    void saved(const QString &directory, const QString &error);

private:
    void createActions();
    void confirmSave(const QString &directory);
    void saveWithFeedback(const QString &target, bool overwrite);
    void updateCounters();
    void updateActions();

    ActivityModel *m_activity;
    LogModel *m_log;
    TestResultsModel *m_tests;
    FileTreeModel *m_files;
    TimelineModel *m_timeline;
    SnapshotArchive *m_archive;

    QLabel *m_title = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_current = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeView *m_timelineView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolBar *m_toolBar = nullptr;
    ActivityPanel *m_activityPanel = nullptr;
    LogPanel *m_logPanel = nullptr;
    TestsPanel *m_testsPanel = nullptr;
    FilesPanel *m_filesPanel = nullptr;

    QAction *m_stopAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_continueAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_reportAction = nullptr;

    QTimer m_clock;
    QString m_runId;
    QString m_name;
    QString m_backend;
    QString m_outcome;
    QString m_runDirectory;
    QList<Run::RunEvent> m_reportEvents; // everything but process output, for the report
    QDateTime m_startedAt;
    QDateTime m_lastEventAt;
    QDateTime m_finishedAt;
    int m_iteration = 0;
    int m_maxIterations = 0;
    double m_budgetUsd = 0.0;
    double m_cumulativeCost = 0.0;
    double m_agentCost = 0.0;
    int m_turns = 0;
    bool m_live = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Autocoder::Ui
