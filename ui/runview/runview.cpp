#include "runview/runview.h"

#include "asyncdialogs.h"

#include "models/activitymodel.h"
#include "models/filetreemodel.h"
#include "models/logmodel.h"
#include "models/mutationmodel.h"
#include "models/requirementsmodel.h"
#include "models/runlistmodel.h"
#include "models/testresultsmodel.h"
#include "models/timelinemodel.h"
#include "runview/activitypanel.h"
#include "runview/changespanel.h"
#include "runview/filespanel.h"
#include "runview/logpanel.h"
#include "runview/snapshotarchive.h"
#include "runview/statusiconlabel.h"
#include "runview/testspanel.h"

#include "run/projectsaver.h"
#include "run/runevents.h"
#include "run/runjournal.h"
#include "run/runreport.h"
#include "spec/projectspec.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
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
    , m_requirements(new RequirementsModel(this))
    , m_mutation(new MutationModel(this))
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

    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setWordWrap(true);
    // No progress bar: how many iterations a run needs is not known until it is green (the
    // limit is a ceiling, not a plan), and the steps of an iteration vary, so any percentage
    // would be made up. The status line says where the run is instead: the iteration, the
    // step running and for how long, with a busy indicator; then the outcome.
    m_statusIcon = new StatusIconLabel(this);
    m_connection = new QLabel(this);
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connection->hide();

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
    m_testsPanel = new TestsPanel(m_tests, m_requirements, m_mutation, this);
    m_filesPanel = new FilesPanel(m_files, m_archive, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Run details"));
    m_tabs->addTab(m_activityPanel, tr("&Activity"));
    m_tabs->addTab(m_logPanel, tr("&Logs"));
    m_tabs->addTab(m_testsPanel, tr("&Tests"));
    m_tabs->addTab(m_filesPanel, tr("F&iles"));
    m_changesPanel = new ChangesPanel(m_files, this);
    m_tabs->addTab(m_changesPanel, tr("C&hanges"));

    auto *header = new QVBoxLayout;
    auto *titleLine = new QHBoxLayout;
    titleLine->addWidget(m_title, 1);
    titleLine->addWidget(m_connection, 0, Qt::AlignRight | Qt::AlignVCenter);
    header->addLayout(titleLine);
    header->addWidget(m_counters);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusLine->addWidget(m_current, 1);
    header->addLayout(statusLine);

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

    // A failed step or test is one activation (double-click, Enter) away from its output.
    connect(m_timelineView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex step = index.siblingAtColumn(TimelineModel::StepColumn);
        if (step.data(TimelineModel::StepNameRole).toString().isEmpty())
            return; // an iteration's group
        m_tabs->setCurrentWidget(m_logPanel);
        m_logPanel->showStep(step.data(TimelineModel::IterationRole).toInt(),
                             step.data(TimelineModel::StepNameRole).toString(),
                             step.data(TimelineModel::StateRole).toInt()
                                 == int(TimelineModel::State::Failed));
    });
    connect(m_testsPanel, &TestsPanel::testActivated, this,
            [this](int iteration, const QString &name) {
                m_tabs->setCurrentWidget(m_logPanel);
                m_logPanel->showTest(iteration, name);
            });

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &RunView::updateCounters);
    connect(m_files, &QAbstractItemModel::modelReset, this, &RunView::updateActions);

    reset();
}

void RunView::reset()
{
    m_activity->clear();
    m_log->clear();
    m_tests->clear();
    m_requirements->clear();
    m_mutation->clear();
    m_files->clear();
    m_timeline->clear();
    m_timeline->setInterrupted(false);
    m_runId.clear();
    m_replayedJournal.clear();
    m_summary = {};
    m_elapsed.clear();
    m_lastSeq = 0;
    m_lastSeqTime = QDateTime();
    m_step.clear();
    m_stepIteration = 0;
    m_stepStartedAt = QDateTime();
    m_stepRunning = false;
    m_clock.stop();
    if (m_stopDialog)
        m_stopDialog->close();
    m_current->clear();
    setConnectionNote(QString());
    m_remote = false;
    m_cannotGoOn.clear();
    updateCounters();
    updateActions();
}

void RunView::setLive(bool live)
{
    m_live = live;
    if (live && !m_runId.isEmpty() && !m_summary.isFinished())
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
    Spec::ProjectSpec spec;
    if (!directory.isEmpty())
        spec = Spec::ProjectSpec::parse(Run::RunJournal::readSpec(directory))
                   .valueOr(Spec::ProjectSpec());
    m_specName = spec.name;
    QStringList locked;
    for (const auto &test : std::as_const(spec.lockedTests))
        locked.append(test.path);
    m_files->setLockedTests(locked); // marked in the Files and Changes tabs
    updateCounters();
    updateActions();
}

QString RunView::journalPath() const
{
    if (!m_runDirectory.isEmpty())
        return QDir(m_runDirectory).filePath(Run::RunJournal::eventsFileName());
    return m_replayedJournal;
}

// Sequence numbers grow by one per event of a run; a journal written by an older version
// may number a resumed run from 1 again, so an event counts as seen only when its time is
// not later either.
bool RunView::alreadyApplied(const Run::RunEvent &event) const
{
    return event.seq > 0 && event.runId == m_runId && event.seq <= m_lastSeq
        && event.time <= m_lastSeqTime;
}

bool RunView::catchUp(const Run::RunEvent &event)
{
    if (m_catchingUp || event.seq <= 1 || m_runDirectory.isEmpty())
        return false;
    const QString journal = journalPath();
    if (!QFileInfo::exists(journal))
        return false;
    m_catchingUp = true;
    const auto read = Run::RunJournal::forEachEvent(journal, [&](const Run::RunEvent &e) {
        if (e.runId == event.runId && e.seq > 0 && e.seq < event.seq)
            applyEvent(e);
    });
    m_catchingUp = false;
    m_log->flush();
    return read.isOk();
}

void RunView::applyToParts(const Run::RunEvent &event)
{
    m_elapsed.apply(event);
    m_timeline->applyEvent(event);
    m_activity->applyEvent(event);
    m_log->applyEvent(event);
    m_tests->applyEvent(event);
    m_requirements->applyEvent(event);
    m_mutation->applyEvent(event);
    m_files->applyEvent(event);
}

void RunView::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    if (alreadyApplied(event))
        return;
    if (m_runId.isEmpty()) {
        m_runId = event.runId;
        // Shown from the middle of its life (a resumed run's first new event): what came
        // before is in the journal, and stays on screen.
        catchUp(event);
    }
    if (event.seq > 0 && event.runId == m_runId) {
        m_lastSeq = std::max(m_lastSeq, event.seq);
        m_lastSeqTime = std::max(m_lastSeqTime, event.time);
    }
    m_summary = reduce(std::move(m_summary), event);
    applyToParts(event);

    if (event.is<RunStarted>()) {
        if (m_live)
            m_clock.start();
    } else if (const auto p = event.payload<RunResumed>()) {
        m_stepRunning = false;
        m_current->setText(resumedLine(*p));
        if (m_live)
            m_clock.start();
        if (!m_catchingUp)
            Q_EMIT runResumed(m_runId);
    } else if (const auto p = event.payload<StepStarted>()) {
        m_logPanel->noteStep(p->step, p->iteration);
        m_step = TimelineModel::stepDisplayName(p->step);
        m_stepIteration = TimelineModel::isSetupStep(p->step) ? 0 : p->iteration;
        m_stepStartedAt = event.time;
        m_stepRunning = true;
        m_current->setText(stepLine());
        if (m_live && !m_summary.isFinished() && !m_clock.isActive())
            m_clock.start(); // an older journal goes on without run.resumed
        if (m_timelineView->isVisible())
            m_timelineView->scrollTo(m_timeline->lastStepIndex());
        m_timelineView->expand(m_timeline->lastStepIndex().parent());
    } else if (const auto p = event.payload<StepFinished>()) {
        m_stepRunning = false;
        const QString step = TimelineModel::stepDisplayName(p->step);
        const QString where = m_stepIteration > 0
            ? tr("Iteration %1 \u00b7 %2").arg(m_stepIteration).arg(step)
            : step;
        if (!p->ok)
            m_current->setText(p->message.isEmpty() ? tr("%1 failed").arg(where)
                                                    : tr("%1 failed: %2").arg(where, p->message));
        else
            m_current->setText(stepLine());
    } else if (event.is<Log>()) {
        m_logPanel->noteStep(QStringLiteral("log"));
    } else if (event.is<RunFinished>()) {
        m_clock.stop();
        m_stepRunning = false;
        m_current->setText(finishedLine());
        if (m_stopDialog)
            m_stopDialog->close(); // nothing left to stop
        if (!m_catchingUp) {
            m_log->flush();
            Q_EMIT runFinished(m_runId, displayName(), m_summary.outcomeName(), m_summary.message);
        }
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

QDateTime RunView::clockNow() const
{
    return m_live && !m_summary.isFinished() ? QDateTime::currentDateTimeUtc()
                                             : m_summary.lastEventAt;
}

qint64 RunView::elapsedMs() const
{
    return m_elapsed.totalMs(clockNow());
}

qint64 RunView::sessionElapsedMs() const
{
    return m_elapsed.sessionMs(clockNow());
}

QString RunView::displayName() const
{
    if (!m_summary.name.isEmpty())
        return m_summary.name;
    return m_specName.isEmpty() ? m_runId : m_specName;
}

} // namespace Autocoder::Ui
