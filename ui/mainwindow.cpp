#include "mainwindow.h"

#include "asyncdialogs.h"
#include "attach/attachedruns.h"
#include "common/appinfo.h"
#include "models/runlistmodel.h"
#include "run/runcontroller.h"
#include "run/runjournal.h"
#include "run/runmanager.h"
#include "run/runqueue.h"
#include "run/runstore.h"
#include "runnotifier.h"
#include "runview/runview.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "setup/setupgate.h"
#include "theme/icons.h"
#include "wizard/recentspecs.h"
#include "wizard/specwizard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Autocoder::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_manager(new Run::RunManager(this)) // first child: its runs go before anything else
    , m_runs(new RunListModel(this))
{
    setWindowTitle(Common::AppInfo::displayName());
    m_attached = new AttachedRuns(this);
    m_runView = new RunView(this);
    createActions();

    m_runsView = new QTableView(this);
    m_runsView->setModel(m_runs);
    m_runsView->setAccessibleName(tr("Runs"));
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runsView->verticalHeader()->hide();
    m_runsView->setWordWrap(false);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showRunAt(current.row());
            });

    auto *runsLabel = new QLabel(tr("R&uns"), this);
    runsLabel->setBuddy(m_runsView);
    auto *runsPane = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsPane);
    const int em = fontMetrics().height();
    runsLayout->setContentsMargins(em / 2, em / 4, em / 2, 0);
    runsLayout->addWidget(runsLabel);
    runsLayout->addWidget(m_runsView);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(runsPane);
    m_splitter->addWidget(m_runView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    // Room for about five runs; the run view gets the rest.
    runsPane->setMinimumHeight(em * 6);
    m_splitter->setSizes({ em * 10, em * 40 });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(m_splitter);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(createBanner());
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Told once, when a live run ends (the manager says so), never when a finished run is
    // shown again: the run view's runFinished fires for every run.finished it is fed.
    m_notifier = new RunNotifier(m_banner, m_bannerText, this);
    connect(m_manager, &Run::RunManager::runEnded, this, &MainWindow::onRunEnded);
    connect(m_manager->localQueue(), &Run::RunQueue::pendingChanged, this,
            &MainWindow::onQueueChanged);
    m_manager->localQueue()->setLimit(AppSettings::load().maxLocalRuns);
    connect(m_runView, &RunView::stopRequested, this,
            [this](const QString &runId, Run::RunController::StopMode mode) {
                if (stopAttached(runId))
                    return; // through its feed; the mode is the serving side's business
                if (Run::RunController *run = m_manager->controller(runId))
                    run->stop(mode);
            });
    connect(m_runView, &RunView::continueRequested, this,
            [this](const QString &runId, const QString &guidance) {
                if (continueAttached(runId, guidance))
                    return;
                if (Run::RunController *run = m_manager->controller(runId))
                    run->continueWithGuidance(guidance);
                else
                    Q_EMIT resumeRequested(
                        runId, guidance); // not active any more: resume it with the guidance
            });
    connect(m_runView, &RunView::resumeRequested, this, [this](const QString &runId) {
        // An attached run goes on where it runs: nothing here could resume it.
        if (!m_attached->contains(runId))
            Q_EMIT resumeRequested(runId, QString());
    });
    connect(m_manager, &Run::RunManager::runAdded, this, &MainWindow::showLiveRun);
    // Where File → Verify Project… starts: the project saved last.
    connect(m_runView, &RunView::saved, this, [](const QString &dir, const QString &error) {
        if (error.isEmpty())
            QSettings().setValue(QStringLiteral("mainWindow/lastSavedProject"), dir);
    });
    connect(m_manager, &Run::RunManager::runEvent, this, &MainWindow::applyLiveEvent);
    connect(m_attached, &AttachedRuns::runAdded, this, &MainWindow::onAttachedRunAdded);
    connect(m_attached, &AttachedRuns::runEvent, this, &MainWindow::applyAttachedEvent);
    connect(m_attached, &AttachedRuns::connectionChanged, this,
            &MainWindow::onAttachConnectionChanged);
    connect(m_attached, &AttachedRuns::attachFailed, this, &MainWindow::onAttachFailed);
    connect(m_attached, &AttachedRuns::unreachable, this, &MainWindow::onAttachUnreachable);
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStack);
    connect(m_runs, &QAbstractItemModel::modelReset, this, &MainWindow::updateStack);
    connect(m_runs, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStack);
    createRunListActions();
    connect(this, &MainWindow::newRunRequested, this, [this] {
        if (m_setupGate)
            m_setupGate->whenReady(AppSettings::load().specBackend(),
                                   [this] { showNewRunWizard(); });
        else
            showNewRunWizard();
    });

    statusBar()->showMessage(tr("Ready"));
    resize(em * 64, em * 42);
    fitToScreen();
    refreshRuns();
}

void MainWindow::createActions()
{
    m_newRunAction = new QAction(themedIcon(QStringLiteral("document-new")), tr("&New Run…"), this);
    m_newRunAction->setShortcut(QKeySequence::New);
    m_newRunAction->setStatusTip(tr("Describe a project and start generating it"));
    connect(m_newRunAction, &QAction::triggered, this, &MainWindow::newRunRequested);

    auto *openSpecAction =
        new QAction(themedIcon(QStringLiteral("document-open")), tr("&Open Spec…"), this);
    openSpecAction->setShortcut(QKeySequence::Open);
    openSpecAction->setStatusTip(tr("Start a new run from a saved spec file"));
    connect(openSpecAction, &QAction::triggered, this, &MainWindow::openSpecFile);

    m_recentMenu = new QMenu(tr("Open &Recent Spec"), this);
    m_recentMenu->setIcon(themedIcon(QStringLiteral("document-open-recent")));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);

    auto *journalAction = new QAction(themedIcon(QStringLiteral("view-list-details")),
                                      tr("Replay Run &Journal…"), this);
    journalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    journalAction->setStatusTip(tr("Show a run again from its events.jsonl"));
    connect(journalAction, &QAction::triggered, this, &MainWindow::openJournal);

    m_verifyAction =
        new QAction(themedIcon(QStringLiteral("emblem-ok")), tr("&Verify Project…"), this);
    m_verifyAction->setStatusTip(
        tr("Replay a saved project in a fresh sandbox and compare it with its VERIFICATION.json"));
    connect(m_verifyAction, &QAction::triggered, this, &MainWindow::chooseProjectToVerify);

    m_settingsAction =
        new QAction(themedIcon(QStringLiteral("preferences-system")), tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    auto *refreshAction =
        new QAction(themedIcon(QStringLiteral("view-refresh")), tr("Re&fresh Runs"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refreshRuns);

    auto *quitAction =
        new QAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *aboutAction =
        new QAction(themedIcon(QStringLiteral("help-about")), tr("&About Autocoder"), this);
    connect(aboutAction, &QAction::triggered, this, [this] {
        AsyncDialogs::message(this, QMessageBox::Information, tr("About Autocoder"),
                              tr("<b>Autocoder %1</b><p>Describe the software you want; an agent "
                                 "writes it in an isolated sandbox while Autocoder installs, tests "
                                 "and builds it.</p>")
                                  .arg(Common::AppInfo::version()));
    });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newRunAction);
    fileMenu->addAction(openSpecAction);
    fileMenu->addMenu(m_recentMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(journalAction);
    fileMenu->addAction(m_verifyAction);
    fileMenu->addAction(createAttachAction());
    fileMenu->addAction(refreshAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    QAction *setupAction =
        fileMenu->addAction(themedIcon(QStringLiteral("system-run")), tr("Set &Up…"));
    setupAction->setStatusTip(tr("Check what runs need (keys, sandbox tools) and fix it"));
    connect(setupAction, &QAction::triggered, this, [this] {
        if (!m_setupGate)
            m_setupGate = new SetupGate(this);
        m_setupGate->showSetup();
    });
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    runMenu->setObjectName(QStringLiteral("runMenu"));
    runMenu->addActions(m_runView->runActions());
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newRunAction);
    toolBar->addAction(openSpecAction);
    toolBar->addAction(m_settingsAction);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();

    auto *title = new QLabel(tr("No runs yet"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *hint = new QLabel(tr("Describe the software you want, and Autocoder builds and tests it "
                               "in an isolated sandbox."),
                            page);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);

    auto *button = new QPushButton(tr("&New Run…"), page);
    button->setAccessibleName(tr("New run"));
    connect(button, &QPushButton::clicked, m_newRunAction, &QAction::trigger);

    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget *MainWindow::createBanner()
{
    m_banner = new QFrame(this);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setAccessibleName(tr("Notification"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setForegroundRole(QPalette::ToolTipText);
    auto *dismiss = new QToolButton(m_banner);
    dismiss->setText(tr("&Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss notification"));
    connect(dismiss, &QToolButton::clicked, m_banner, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_banner);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(dismiss);
    m_banner->hide();
    return m_banner;
}

void MainWindow::updateStack()
{
    m_stack->setCurrentIndex(m_runs->rowCount() > 0 || !m_runView->runId().isEmpty() ? 1 : 0);
}

void MainWindow::setRunsRoot(const QString &root)
{
    m_runsRoot = root;
    refreshRuns();
}

void MainWindow::refreshRuns()
{
    const Run::RunStore store(m_runsRoot.isEmpty() ? Run::RunStore::defaultRoot() : m_runsRoot);
    QVector<RunListModel::Row> rows = store.list(m_manager->liveIds());
    // An attached run is the one its feed says, even when a folder here has its id.
    const QStringList attached = m_attached->ids();
    rows.removeIf([&attached](const RunListModel::Row &r) { return attached.contains(r.id); });
    // Runs shown from elsewhere (a replayed journal outside the runs folder, an attached
    // run) stay in the list.
    for (int i = 0; i < m_runs->rowCount(); ++i) {
        const RunListModel::Row &shown = m_runs->rowAt(i);
        const bool stored =
            std::any_of(rows.cbegin(), rows.cend(),
                        [&shown](const RunListModel::Row &r) { return r.id == shown.id; });
        if (!stored)
            rows.append(shown);
    }
    m_runs->setRuns(rows);
}

void MainWindow::showRunAt(int row)
{
    const QString id = m_runs->rowAt(row).id;
    if (id == m_shownRunId)
        return;
    if (m_attached->contains(id)) {
        showAttachedRun(id);
        return;
    }
    if (m_runs->isQueued(row)) {
        // Nothing has run yet: no folder, no events.
        m_runView->reset();
        m_runView->setLive(false);
        m_runView->setRunDirectory(QString());
        m_shownRunId = id;
        statusBar()->showMessage(
            tr("“%1” waits for a free slot for local runs.").arg(m_runs->rowAt(row).name), 5000);
        return;
    }
    const Run::RunStore store(m_runsRoot.isEmpty() ? Run::RunStore::defaultRoot() : m_runsRoot);
    const QString dir = store.runDir(id);
    m_runView->reset();
    m_runView->setRunDirectory(dir);
    m_runView->setLive(m_manager->controller(id) != nullptr);
    // Streamed into the view: a journal can hold far more events than anyone wants in memory.
    const auto read =
        Run::RunJournal::forEachEvent(QDir(dir).filePath(Run::RunJournal::eventsFileName()),
                                      [this](const Run::RunEvent &e) { m_runView->applyEvent(e); });
    m_shownRunId = id;
    if (read && read->lines > 0)
        statusBar()->showMessage(
            tr("%n line(s) of the journal could not be read: %1", nullptr, read->lines)
                .arg(read->firstError),
            8000);
}

// A run just started (or resumed): show it, as the person who started it expects. Runs
// already live keep going and stay reachable from the list.
void MainWindow::showLiveRun(const QString &runId)
{
    // A run that waited in the queue starts when a slot frees, not when the person asked:
    // it is shown only if its waiting row was what the window showed.
    const QString ticket = m_manager->ticketOf(runId);
    if (m_waitedTickets.remove(ticket) && !m_shownRunId.isEmpty() && m_shownRunId != ticket)
        return;
    const Run::RunController *run = m_manager->controller(runId);
    m_runView->reset();
    m_runView->setLive(run != nullptr);
    m_runView->setRunDirectory(run ? run->runDir() : QString());
    m_shownRunId = runId;
    updateStack();
}

void MainWindow::applyLiveEvent(const Run::RunEvent &event)
{
    m_runs->applyEvent(event);
    if (m_shownRunId.isEmpty() || event.runId == m_shownRunId) {
        if (m_shownRunId.isEmpty()) {
            m_shownRunId = event.runId;
            const Run::RunController *run = m_manager->controller(event.runId);
            m_runView->setRunDirectory(run ? run->runDir() : QString());
        }
        m_runView->applyEvent(event);
    }
    if (event.kind == Run::EventKind::RunStarted && event.runId == m_shownRunId) {
        const int row = m_runs->rowOf(event.runId);
        if (row >= 0) {
            const QSignalBlocker blocker(m_runsView->selectionModel());
            m_runsView->selectRow(row);
        }
    }
}

bool MainWindow::replayJournal(const QString &eventsPath, QString *error)
{
    m_runView->reset();
    m_runView->setLive(false);
    const QFileInfo info(eventsPath);
    // A journal inside a run folder: the folder has the spec, snapshots and report.
    m_runView->setRunDirectory(
        QFileInfo::exists(info.dir().filePath(Run::RunJournal::specFileName()))
            ? info.absolutePath()
            : QString());
    QString problem;
    const int applied = m_runView->replayFile(eventsPath, &problem);
    if (applied < 0) {
        if (error)
            *error = problem;
        updateStack();
        return false;
    }
    m_shownRunId = m_runView->runId();
    // Put it in the list too, so the window shows what is on screen. Nothing runs it.
    RunListModel::Row row = m_runView->summary();
    if (row.status == Run::RunStatus::Running)
        row.status = Run::RunStatus::Interrupted;
    if (!row.id.isEmpty()) {
        m_runs->upsert(row);
        const QSignalBlocker blocker(m_runsView->selectionModel());
        m_runsView->selectRow(m_runs->rowOf(row.id));
    }
    // Replaying is asked for to watch a run to its end: say how it ended, once.
    if (row.isFinished())
        m_notifier->notify(
            tr("Run “%1” finished: %2").arg(row.name, RunListModel::outcomeText(row.outcome)),
            row.message);
    if (error)
        *error = problem;
    updateStack();
    return true;
}

SpecWizard *MainWindow::showNewRunWizard(const Spec::ProjectSpec *initial)
{
    Spec::ProjectSpec spec;
    if (initial) {
        spec = *initial;
    } else {
        AppSettings::load().applyTo(spec);
    }
    auto *wizard = new SpecWizard(spec, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const Spec::ProjectSpec spec = wizard->spec();
        const Spec::Brief brief = wizard->brief();
        if (!m_setupGate) {
            Q_EMIT runRequested(spec, brief);
            return;
        }
        // Something may have gone since the wizard opened: ask before the run, not after.
        m_setupGate->whenReady(
            spec.sandbox.backend, [this, spec, brief] { Q_EMIT runRequested(spec, brief); },
            [this, spec, brief] {
                reopenWizard(spec, brief, tr("the set-up page lists what is still missing."));
            });
    });
    wizard->open();
    return wizard;
}

void MainWindow::enableSetupChecks()
{
    if (!m_setupGate)
        m_setupGate = new SetupGate(this);
    m_setupGate->checkFirstStart();
}

SpecWizard *MainWindow::reopenWizard(const Spec::ProjectSpec &spec, const Spec::Brief &brief,
                                     const QString &message)
{
    SpecWizard *wizard = showNewRunWizard(&spec);
    wizard->setBrief(brief);
    wizard->showStartFailure(message);
    return wizard;
}

void MainWindow::openSpecFile()
{
    const QStringList recent = RecentSpecs::paths();
    AsyncDialogs::openFile(this, tr("Open Spec"),
                           recent.isEmpty() ? QDir::homePath()
                                            : QFileInfo(recent.first()).absolutePath(),
                           //: File dialog filter: keep the patterns in parentheses and the
                           //: ";;" between filters
                           tr("Autocoder specs (*.autocoder.json *.json);;All files (*)"),
                           [this](const QString &path) { openSpecPath(path); });
}

void MainWindow::openSpecPath(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AsyncDialogs::message(
            this, QMessageBox::Warning, tr("Cannot Open Spec"),
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        RecentSpecs::remove(path);
        return;
    }
    const Result<Spec::ProjectSpec> spec =
        Spec::ProjectSpec::parse(file.read(qint64(4) * 1024 * 1024));
    if (!spec) {
        AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Open Spec"), spec.error());
        return;
    }
    RecentSpecs::add(path);
    showNewRunWizard(&*spec);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentSpecs::paths();
    int n = 1;
    for (const QString &path : paths) {
        QString text = QFileInfo(path).fileName();
        if (n <= 9)
            //: A recent spec in the File menu: %1 its number (the shortcut key), %2 its file
            text = tr("&%1 %2").arg(n).arg(text);
        QAction *a = m_recentMenu->addAction(themedIcon(QStringLiteral("text-x-generic")), text);
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openSpecPath(path); });
        ++n;
    }
    if (paths.isEmpty()) {
        m_recentMenu
            ->addAction(themedIcon(QStringLiteral("dialog-information")), tr("No recent specs"))
            ->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(themedIcon(QStringLiteral("edit-clear")), tr("&Clear List")),
            &QAction::triggered, this, [] { RecentSpecs::clear(); });
}

void MainWindow::openJournal()
{
    AsyncDialogs::openFile(
        this, tr("Replay Run Journal"),
        m_runsRoot.isEmpty() ? Run::RunStore::defaultRoot() : m_runsRoot,
        tr("Run journals (events.jsonl *.jsonl);;All files (*)"), [this](const QString &path) {
            QString error;
            if (!replayJournal(path, &error))
                AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Replay"), error);
            else if (!error.isEmpty())
                statusBar()->showMessage(error, 8000);
        });
}

void MainWindow::chooseProjectToVerify()
{
    const QString last =
        QSettings().value(QStringLiteral("mainWindow/lastSavedProject")).toString();
    const QString start = !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
    AsyncDialogs::existingDirectory(this, tr("Verify a Saved Project"), start,
                                    [this](const QString &dir) {
                                        if (!dir.isEmpty())
                                            Q_EMIT verifyRequested(dir);
                                    });
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(nullptr, this);
    if (!m_localConnection.apiUrl.isEmpty())
        dialog->setLocalConnection(m_localConnection);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_manager->localQueue()->setLimit(AppSettings::load().maxLocalRuns); });
    dialog->open();
}

} // namespace Autocoder::Ui
