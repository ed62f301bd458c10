#include "runview/runview.h"

#include "asyncdialogs.h"

#include "models/activitymodel.h"
#include "models/filetreemodel.h"
#include "models/logmodel.h"
#include "models/runlistmodel.h"
#include "models/testresultsmodel.h"
#include "models/timelinemodel.h"
#include "runview/activitypanel.h"
#include "runview/filespanel.h"
#include "runview/logpanel.h"
#include "runview/snapshotarchive.h"
#include "runview/testspanel.h"

#include "run/projectsaver.h"
#include "run/runevents.h"
#include "run/runjournal.h"
#include "run/runreport.h"
#include "spec/projectspec.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Autocoder::Ui {

RunView::RunView(QWidget *parent)
    : QWidget(parent)
    , m_activity(new ActivityModel(this))
    , m_log(new LogModel(this))
    , m_tests(new TestResultsModel(this))
    , m_files(new FileTreeModel(this))
    , m_timeline(new TimelineModel(this))
    , m_archive(new SnapshotArchive(this))
{
    createActions();

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counters = new QLabel(this);
    m_counters->setAccessibleName(tr("Run counters"));
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current = new QLabel(this);
    m_current->setAccessibleName(tr("Current step"));

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Iterations used"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);

    m_toolBar = new QToolBar(tr("Run"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions(runActions());

    m_timelineView = new QTreeView(this);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setAccessibleName(tr("Steps of the run"));
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setAllColumnsShowFocus(true);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::StepColumn,
                                                   QHeaderView::ResizeToContents);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::StateColumn,
                                                   QHeaderView::ResizeToContents);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::DurationColumn,
                                                   QHeaderView::ResizeToContents);
    m_timelineView->setColumnHidden(TimelineModel::MessageColumn, true);
    m_timelineView->header()->setStretchLastSection(false);

    m_activityPanel = new ActivityPanel(m_activity, this);
    m_logPanel = new LogPanel(m_log, this);
    m_testsPanel = new TestsPanel(m_tests, this);
    m_filesPanel = new FilesPanel(m_files, m_archive, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Run details"));
    m_tabs->addTab(m_activityPanel, tr("&Activity"));
    m_tabs->addTab(m_logPanel, tr("&Logs"));
    m_tabs->addTab(m_testsPanel, tr("&Tests"));
    m_tabs->addTab(m_filesPanel, tr("F&iles"));

    auto *header = new QVBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_counters);
    header->addWidget(m_progress);
    header->addWidget(m_current);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *stepsLabel = new QLabel(tr("Ste&ps"), left);
    stepsLabel->setBuddy(m_timelineView);
    leftLayout->addWidget(stepsLabel);
    leftLayout->addWidget(m_timelineView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    const int em = fontMetrics().height();
    left->setMinimumWidth(em * 12);
    splitter->setSizes({ em * 20, em * 60 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &RunView::updateCounters);
    connect(m_files, &QAbstractItemModel::modelReset, this, &RunView::updateActions);

    reset();
}

void RunView::createActions()
{
    m_stopAction = new QAction(style()->standardIcon(QStyle::SP_MediaStop), tr("&Stop"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopAction->setToolTip(tr("Stop the run after cancelling the current step (Ctrl+.)"));
    connect(m_stopAction, &QAction::triggered, this, [this] { Q_EMIT stopRequested(m_runId); });

    m_resumeAction = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Resume"), this);
    m_resumeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_resumeAction->setToolTip(tr("Resume an interrupted run where it stopped (Ctrl+R)"));
    connect(m_resumeAction, &QAction::triggered, this, [this] { Q_EMIT resumeRequested(m_runId); });

    m_continueAction = new QAction(style()->standardIcon(QStyle::SP_MediaSeekForward),
                                   tr("&Continue with Guidance…"), this);
    m_continueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_continueAction->setToolTip(tr("Give the agent a hint and run more iterations (Ctrl+G)"));
    connect(m_continueAction, &QAction::triggered, this, &RunView::askForGuidance);

    m_saveAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save to &Disk…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Write the generated project to a folder (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &RunView::saveToDisk);

    m_reportAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                 tr("Open Re&port"), this);
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

void RunView::reset()
{
    m_activity->clear();
    m_log->clear();
    m_tests->clear();
    m_files->clear();
    m_timeline->clear();
    m_runId.clear();
    m_replayedJournal.clear();
    m_summary = {};
    m_clock.stop();
    m_current->clear();
    updateCounters();
    updateActions();
}

void RunView::setLive(bool live)
{
    m_live = live;
    if (live && m_summary.started && !m_summary.isFinished())
        m_clock.start();
    else
        m_clock.stop();
    updateActions();
    updateCounters();
}

void RunView::setRunDirectory(const QString &directory)
{
    m_runDirectory = directory;
    m_files->setBaseDirectory(directory);
    updateActions();
}

QString RunView::journalPath() const
{
    if (!m_runDirectory.isEmpty())
        return QDir(m_runDirectory).filePath(Run::RunJournal::eventsFileName());
    return m_replayedJournal;
}

void RunView::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    if (m_runId.isEmpty())
        m_runId = event.runId;
    m_summary = reduce(std::move(m_summary), event);

    m_timeline->applyEvent(event);
    m_activity->applyEvent(event);
    m_log->applyEvent(event);
    m_tests->applyEvent(event);
    m_files->applyEvent(event);

    if (event.is<RunStarted>()) {
        if (m_live)
            m_clock.start();
    } else if (const auto p = event.payload<StepStarted>()) {
        m_logPanel->noteStep(p->step);
        const QString step = TimelineModel::stepDisplayName(p->step);
        m_current->setText(p->iteration > 0
                               ? tr("Now: %1 (iteration %2)").arg(step).arg(p->iteration)
                               : tr("Now: %1").arg(step));
        if (m_timelineView->isVisible())
            m_timelineView->scrollTo(m_timeline->lastStepIndex());
        m_timelineView->expand(m_timeline->lastStepIndex().parent());
    } else if (const auto p = event.payload<StepFinished>()) {
        if (!p->ok) {
            const QString step = TimelineModel::stepDisplayName(p->step);
            m_current->setText(tr("%1 failed: %2").arg(step, p->message));
        }
    } else if (event.is<Log>()) {
        m_logPanel->noteStep(QStringLiteral("log"));
    } else if (event.is<RunFinished>()) {
        m_clock.stop();
        m_current->setText(
            tr("Finished: %1. %2")
                .arg(RunListModel::outcomeText(m_summary.outcome), m_summary.message));
        m_log->flush();
        updateActions();
        Q_EMIT runFinished(m_runId, m_summary.name, m_summary.outcomeName(), m_summary.message);
    } else if (!changesSummary(event)) {
        updateCounters();
        return;
    }
    updateCounters();
    updateActions();
}

int RunView::replayFile(const QString &eventsPath, QString *error)
{
    const QFileInfo info(eventsPath);
    if (m_runDirectory.isEmpty())
        m_files->setBaseDirectory(info.absolutePath());
    int applied = 0;
    const auto read = Run::RunJournal::forEachEvent(eventsPath, [&](const Run::RunEvent &e) {
        applyEvent(e);
        ++applied;
    });
    if (!read) {
        if (error)
            *error = read.error();
        return -1;
    }
    m_replayedJournal = info.absoluteFilePath();
    m_log->flush();
    if (error) {
        *error = read->lines == 0 ? QString()
                                  : tr("Unreadable lines skipped: %1 (the first: %2)")
                                        .arg(read->lines)
                                        .arg(read->firstError);
    }
    return applied;
}

qint64 RunView::elapsedMs() const
{
    const Run::RunSummary &s = m_summary;
    if (!s.startedAt.isValid())
        return 0;
    const QDateTime end =
        s.isFinished() ? s.finishedAt : (m_live ? QDateTime::currentDateTimeUtc() : s.lastEventAt);
    return std::max<qint64>(0, s.startedAt.msecsTo(end));
}

static QString formatElapsed(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void RunView::updateCounters()
{
    const Run::RunSummary &s = m_summary;
    if (!s.started && m_runId.isEmpty()) {
        m_title->setText(tr("No run selected"));
        m_counters->setText(tr("Start a new run or pick one from the list."));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        return;
    }
    const QString status = s.isFinished() ? RunListModel::outcomeText(s.outcome) : tr("running");
    m_title->setText(tr("%1 \u2014 %2").arg(s.name.isEmpty() ? m_runId : s.name, status));
    const QString iterations = s.maxIterations > 0
        ? tr("Iteration %1 of %2").arg(s.iteration).arg(s.maxIterations)
        : tr("Iteration %1").arg(s.iteration);
    const QString cost = s.budgetUsd > 0
        ? tr("$%1 of $%2").arg(s.costUsd, 0, 'f', 2).arg(s.budgetUsd, 0, 'f', 2)
        : tr("$%1").arg(s.costUsd, 0, 'f', 2);
    m_counters->setText(tr("%1  \u00b7  Elapsed %2  \u00b7  Cost %3  \u00b7  Agent turns %4")
                            .arg(iterations, formatElapsed(elapsedMs()), cost)
                            .arg(s.turns));
    m_progress->setRange(0, std::max(1, s.maxIterations));
    m_progress->setValue(std::min(s.iteration, std::max(1, s.maxIterations)));
    m_progress->setFormat(iterations);
}

void RunView::updateActions()
{
    const bool has = !m_runId.isEmpty();
    const bool finished = m_summary.isFinished();
    m_stopAction->setEnabled(has && m_live && !finished);
    // A run can be resumed when it stopped without finishing (app closed, crash).
    m_resumeAction->setEnabled(has && !m_live && !finished);
    m_continueAction->setEnabled(has && finished && m_summary.outcome != Run::RunOutcome::Green);
    m_saveAction->setEnabled(has && !m_files->archivePath().isEmpty());
    m_reportAction->setEnabled(has && m_summary.started);
}

void RunView::askForGuidance()
{
    const QString runId = m_runId;
    AsyncDialogs::multiLineText(
        this, tr("Continue with Guidance"),
        tr("What should the agent do differently? Your words are added to the "
           "next iteration's feedback."),
        [this, runId](const QString &guidance) {
            if (!guidance.trimmed().isEmpty())
                Q_EMIT continueRequested(runId, guidance.trimmed());
        });
}

} // namespace Autocoder::Ui
