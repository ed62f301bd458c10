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
    m_files->clear();
    m_timeline->clear();
    m_timeline->setInterrupted(false);
    m_runId.clear();
    m_replayedJournal.clear();
    m_summary = {};
    m_elapsed.clear();
    m_lastSeq = 0;
    m_lastSeqTime = QDateTime();
    m_clock.stop();
    if (m_stopDialog)
        m_stopDialog->close();
    m_current->clear();
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
    m_specName.clear();
    if (!directory.isEmpty())
        m_specName = Spec::ProjectSpec::parse(Run::RunJournal::readSpec(directory))
                         .valueOr(Spec::ProjectSpec())
                         .name;
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
        m_current->setText(resumedLine(*p));
        if (m_live)
            m_clock.start();
        if (!m_catchingUp)
            Q_EMIT runResumed(m_runId);
    } else if (const auto p = event.payload<StepStarted>()) {
        m_logPanel->noteStep(p->step, p->iteration);
        const QString step = TimelineModel::stepDisplayName(p->step);
        m_current->setText(p->iteration > 0 && !TimelineModel::isSetupStep(p->step)
                               ? tr("Now: %1 (iteration %2)").arg(step).arg(p->iteration)
                               : tr("Now: %1").arg(step));
        if (m_live && !m_summary.isFinished() && !m_clock.isActive())
            m_clock.start(); // an older journal goes on without run.resumed
        if (m_timelineView->isVisible())
            m_timelineView->scrollTo(m_timeline->lastStepIndex());
        m_timelineView->expand(m_timeline->lastStepIndex().parent());
    } else if (const auto p = event.payload<StepFinished>()) {
        if (!p->ok) {
            const QString step = TimelineModel::stepDisplayName(p->step);
            m_current->setText(p->message.isEmpty() ? tr("%1 failed").arg(step)
                                                    : tr("%1 failed: %2").arg(step, p->message));
        }
    } else if (event.is<Log>()) {
        m_logPanel->noteStep(QStringLiteral("log"));
    } else if (event.is<RunFinished>()) {
        m_clock.stop();
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

QString RunView::statusText() const
{
    if (m_summary.isFinished()) {
        const QString outcome = RunListModel::outcomeText(m_summary.outcome);
        return outcome.isEmpty() ? tr("Finished") : outcome;
    }
    // Nothing in this window drives a run that is not live: it was interrupted (the app
    // or the command that ran it closed) and waits for Resume.
    return m_live ? tr("Running") : tr("Interrupted");
}

// "Stopped." rather than "Cancelled. Cancelled": the outcome, then the message when it says
// more than the outcome's name (and without repeating the name when the message starts so).
QString RunView::finishedLine() const
{
    const QString outcome = statusText();
    QString message = m_summary.message.trimmed();
    const auto bare = [](QString text) {
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text.trimmed().toCaseFolded();
    };
    QString line;
    if (message.isEmpty() || bare(message) == bare(outcome))
        line = tr("%1.").arg(outcome);
    else if (message.startsWith(outcome, Qt::CaseInsensitive))
        line = message;
    else
        line = tr("%1: %2").arg(outcome, message);
    if (!line.endsWith(QLatin1Char('.')) && !line.endsWith(QLatin1Char('!')))
        line += QLatin1Char('.');
    const bool byPerson = m_summary.outcome == Run::RunOutcome::Stopped
        || m_summary.outcome == Run::RunOutcome::Cancelled;
    if (m_summary.outcome == Run::RunOutcome::Stopped)
        line +=
            QLatin1Char(' ') + tr("Save the work so far, or go on with Continue with Guidance.");
    return byPerson ? line : tr("Finished: %1").arg(line);
}

QString RunView::resumedLine(const Run::RunResumed &resumed) const
{
    if (resumed.how == QLatin1String("continue"))
        return tr("Going on after iteration %1").arg(resumed.iteration);
    if (resumed.how == QLatin1String("reattach"))
        return tr("Re-attached to the sandbox after iteration %1").arg(resumed.iteration);
    return tr("Resumed from the last snapshot after iteration %1").arg(resumed.iteration);
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
    if (m_runId.isEmpty()) {
        m_title->setText(tr("No run selected"));
        m_counters->setText(tr("Start a new run or pick one from the list."));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        return;
    }
    m_title->setText(tr("%1 \u2014 %2").arg(displayName(), statusText()));
    const QString iterations = s.maxIterations > 0
        ? tr("Iteration %1 of %2").arg(s.iteration).arg(s.maxIterations)
        : tr("Iteration %1").arg(s.iteration);
    const QString cost = s.budgetUsd > 0
        ? tr("$%1 of $%2").arg(s.costUsd, 0, 'f', 2).arg(s.budgetUsd, 0, 'f', 2)
        : tr("$%1").arg(s.costUsd, 0, 'f', 2);
    // A run that went on counts its active time; the session's own is shown beside it.
    const QString elapsed = m_elapsed.sessions() > 1
        ? tr("%1 (this session %2)")
              .arg(formatElapsed(elapsedMs()), formatElapsed(sessionElapsedMs()))
        : formatElapsed(elapsedMs());
    m_counters->setText(tr("%1  \u00b7  Elapsed %2  \u00b7  Cost %3  \u00b7  Agent turns %4")
                            .arg(iterations, elapsed, cost)
                            .arg(s.turns));
    m_timeline->setInterrupted(!m_live && !s.isFinished());
    if (!m_live && !s.isFinished())
        m_current->setText(tr("Interrupted: nothing runs it now. Resume goes on from where it "
                              "stopped."));
    m_progress->setRange(0, std::max(1, s.maxIterations));
    m_progress->setValue(std::min(s.iteration, std::max(1, s.maxIterations)));
    m_progress->setFormat(iterations);
}

} // namespace Autocoder::Ui
