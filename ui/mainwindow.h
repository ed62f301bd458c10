#pragma once

#include "attach/attachdialog.h"
#include "e2b/connectionconfig.h"
#include "spec/brief.h"
#include "spec/projectspec.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Autocoder::Run {
class RunManager;
struct RunEvent;
} // namespace Autocoder::Run

namespace Autocoder::Secrets {
class SecretStore;
}

namespace Autocoder::Ui {

class AttachedRuns;
class RunListModel;
class RunNotifier;
class RunView;
class SetupGate;
class SpecWizard;

/// The application's main window: the list of runs, live and past, the run
/// view of the selected one, and the entry points for starting a new run
/// (the wizard), settings and replaying a journal. Live runs are owned by the
/// run manager and reached through it by the selected run's id; runs served
/// elsewhere and attached to (File → Attach to Run…) are followed by
/// attachedRuns() and shown the same way, from their mirror folders.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Owns the live runs; hand it to whatever starts runs (Ui::RunLauncher).
    Run::RunManager *runManager() const { return m_manager; }
    /// The runs followed through their event feeds (File → Attach to Run…).
    AttachedRuns *attachedRuns() const { return m_attached; }

    QAction *newRunAction() const { return m_newRunAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *attachAction() const { return m_attachAction; }
    /// File → Verify Project…: asks for a saved project's folder, then verifyRequested().
    QAction *verifyAction() const { return m_verifyAction; }
    QTableView *runsView() const { return m_runsView; }
    RunListModel *runsModel() const { return m_runs; }
    RunView *runView() const { return m_runView; }
    RunNotifier *notifier() const { return m_notifier; }
    QFrame *banner() const { return m_banner; }
    QLabel *bannerText() const { return m_bannerText; }
    /// Run list actions, for the selected run (context menu, Run menu, keys).
    QAction *openFolderAction() const { return m_openFolderAction; }
    QAction *deleteRunAction() const { return m_deleteAction; }
    /// Stops following the selected attached run (File → Attach to Run…); enabled for one.
    QAction *detachRunAction() const { return m_detachAction; }
    QAction *duplicateRunAction() const { return m_duplicateAction; }
    /// The main splitter (run list above the run view).
    QSplitter *splitter() const { return m_splitter; }
    /// The question asked when quitting with live runs, while it is open (tests).
    QMessageBox *quitQuestion() const { return m_quitQuestion; }
    /// The progress shown while live runs stop before quitting.
    QProgressDialog *quitProgress() const { return m_quitProgress; }

    /// Geometry, splitters and the selected run, as saved when the window last closed;
    /// the window is kept within the screen.
    void restoreWindowState();
    void saveWindowState() const;
    /// Selects (and shows) run @p runId in the list; false when it is not listed.
    bool selectRun(const QString &runId);

    /// Where the embedded local sandbox server listens, for the settings'
    /// connection test (default: the E2B_* environment variables).
    void setLocalConnection(const E2b::ConnectionConfig &config) { m_localConnection = config; }
    /// Folder with the run folders (default: Run::RunStore::defaultRoot()).
    void setRunsRoot(const QString &root);
    /// Reads the run history again from the runs folder.
    void refreshRuns();
    /// Shows a run replayed from a journal (events.jsonl); false + *error when unreadable.
    bool replayJournal(const QString &eventsPath, QString *error = nullptr);
    /// Feeds one event of a live run (what the run manager's events are connected to).
    void applyLiveEvent(const Run::RunEvent &event);
    /// Opens the Attach to Run dialog (non-modal), or raises the open one; returns it.
    AttachDialog *showAttachDialog();
    /// The open Attach to Run dialog, if any.
    AttachDialog *attachDialog() const { return m_attachDialog; }
    /// Follows the run served at @p url (what the Attach dialog asks for): it is listed and
    /// shown once its feed has welcomed us, and a refusal opens the dialog again.
    void attachToRun(const QUrl &url, const QByteArray &token);
    /// Opens the wizard (non-modal); returns it for tests.
    SpecWizard *showNewRunWizard(const Spec::ProjectSpec *initial = nullptr);
    /// The app (not tests) turns this on: the set-up page on the first start, and before a
    /// new run when something the run needs is missing.
    void enableSetupChecks();
    SetupGate *setupGate() const { return m_setupGate; }
    /// A run did not start: the wizard opens again with its answers and says why.
    SpecWizard *reopenWizard(const Autocoder::Spec::ProjectSpec &spec,
                             const Autocoder::Spec::Brief &brief, const QString &message);

Q_SIGNALS:
    /// The user asked for a new run (menu, toolbar, Ctrl+N or the empty-state button).
    void newRunRequested();
    /// The wizard finished: start this spec with this brief.
    void runRequested(const Autocoder::Spec::ProjectSpec &spec,
                      const Autocoder::Spec::Brief &brief);
    /// Resume a run that has no live controller (interrupted, or finished
    /// without green), optionally with guidance for the next agent turn. The
    /// app owns the run options: Run::RunController::resume(runId, options, guidance).
    void resumeRequested(const QString &runId, const QString &guidance);
    /// Verify the saved project in @p projectDir against its VERIFICATION.json (the app
    /// hands it to a VerifyController).
    void verifyRequested(const QString &projectDir);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Quit { Ask, Stopping, Now };
    void createActions();
    void createRunListActions();
    void updateRunListActions();
    void showRunListMenu(const QPoint &pos);
    QString selectedRunId() const;
    QString runDirOf(const QString &runId) const;
    void openRunFolder();
    void deleteSelectedRun();
    void detachSelectedRun();
    void deleteRunFolder(const QString &runId);
    void duplicateSelectedRun();
    void askBeforeQuitting();
    void stopAllAndQuit();
    void onRunEnded(const QString &runId, const QString &outcome, const QString &message);
    void onQueueChanged();
    void fitToScreen();
    void restoreSplitters();
    QWidget *createEmptyState();
    QWidget *createBanner();
    void updateRecentMenu();
    void openSpecFile();
    void openSpecPath(const QString &path);
    void openJournal();
    void chooseProjectToVerify();
    void showSettings();
    void showRunAt(int row);
    void updateStack();
    void showLiveRun(const QString &runId);
    // Attached runs (mainwindowattach.cpp).
    QAction *createAttachAction();
    void showAttachedRun(const QString &runId);
    bool prepareAttachedView(const QString &runId);
    void onAttachedRunAdded(const QString &runId);
    void applyAttachedEvent(const Run::RunEvent &event);
    void updateConnectionNote(const QString &runId);
    void onAttachConnectionChanged(const QString &runId);
    void onAttachFailed(const QUrl &url, const QString &runId, const QString &message);
    void onAttachUnreachable(const QUrl &url, const QString &why);
    /// Stop / Continue of an attached run through its feed; false when @p runId is not one.
    bool stopAttached(const QString &runId);
    bool continueAttached(const QString &runId, const QString &guidance);

    QAction *m_newRunAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_verifyAction = nullptr;
    AttachedRuns *m_attached = nullptr;
    QPointer<AttachDialog> m_attachDialog;
    Secrets::SecretStore *m_secrets = nullptr; ///< the Attach dialog's keychain, made when needed
    QMenu *m_recentMenu = nullptr;
    QTableView *m_runsView = nullptr;
    QStackedWidget *m_stack = nullptr;
    Run::RunManager *m_manager = nullptr;
    RunListModel *m_runs = nullptr;
    RunView *m_runView = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    RunNotifier *m_notifier = nullptr;
    SetupGate *m_setupGate = nullptr;
    QString m_runsRoot;
    E2b::ConnectionConfig m_localConnection;
    QString m_shownRunId;
    QAction *m_openFolderAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_detachAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QMessageBox *m_quitQuestion = nullptr;
    QProgressDialog *m_quitProgress = nullptr;
    Quit m_quit = Quit::Ask;
    QList<QByteArray> m_splitterStates; ///< restored, to apply once shown
    bool m_fitted = false; ///< fitted to the screen once shown (frame included)
    int m_stopping = 0; ///< runs asked to stop before quitting
    QSet<QString> m_waitedTickets; ///< queue tickets that were shown as waiting
};

} // namespace Autocoder::Ui
