// RunView, the header: the title, the counters and the status line (the step running now
// with a busy indicator, or the outcome in its colour with its icon).
#include "runview/runview.h"

#include "models/runlistmodel.h"
#include "models/timelinemodel.h"
#include "runview/statusiconlabel.h"

#include "run/runevents.h"

#include <QEvent>
#include <QLabel>

namespace Autocoder::Ui {

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
        //: %1 how the run ended (e.g. "Time limit")
        line = tr("%1.").arg(outcome);
    else if (message.startsWith(outcome, Qt::CaseInsensitive))
        line = message;
    else
        //: %1 how the run ended (e.g. "Time limit"), %2 the run's closing message
        line = tr("%1: %2").arg(outcome, message);
    if (!line.endsWith(QLatin1Char('.')) && !line.endsWith(QLatin1Char('!')))
        line += QLatin1Char('.');
    const bool byPerson = m_summary.outcome == Run::RunOutcome::Stopped
        || m_summary.outcome == Run::RunOutcome::Cancelled;
    if (m_summary.outcome == Run::RunOutcome::Stopped)
        line += QLatin1Char(' ')
            + (m_cannotGoOn.isEmpty()
                   ? tr("Save the work so far, or go on with Continue with Guidance.")
                   : tr("Save the work so far."));
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
        updateStatusLook();
        return;
    }
    //: %1 the project's name, %2 the run's state
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
    else if (m_stepRunning && m_live && !s.isFinished())
        m_current->setText(stepLine()); // the step's clock ticks with the run's
    else if (m_live && !s.isFinished() && m_current->text().isEmpty())
        m_current->setText(tr("Starting\u2026")); // before its first step
    updateStatusLook();
}

static QString formatStepTime(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return s >= 3600 ? formatElapsed(ms)
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void RunView::setConnectionNote(const QString &text, bool problem)
{
    m_connection->setText(text);
    m_connection->setVisible(!text.isEmpty());
    QPalette notePalette;
    if (problem)
        notePalette.setColor(
            QPalette::WindowText,
            RunListModel::statusColor(RunListModel::StatusKind::Interrupted, palette()));
    m_connection->setPalette(notePalette);
    QFont font = m_connection->font();
    font.setBold(problem);
    m_connection->setFont(font);
}

void RunView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStatusLook(); // light to dark: the status colour changes with it
}

QString RunView::stepLine() const
{
    if (m_step.isEmpty())
        return {};
    const QString where = m_stepIteration > 0
        ? tr("Iteration %1 \u00b7 %2").arg(m_stepIteration).arg(m_step)
        : m_step;
    if (!m_stepRunning)
        return tr("%1 \u2014 done").arg(where);
    // Only a live run has a clock; a replay shows where it was.
    if (!m_live || !m_stepStartedAt.isValid())
        return tr("%1 \u2014 running").arg(where);
    return tr("%1 \u2014 running (%2)")
        .arg(where, formatStepTime(m_stepStartedAt.msecsTo(QDateTime::currentDateTimeUtc())));
}

// The status icon and the colour of the status line: the same kinds, icons and colours as
// the run list's Status and Outcome columns.
void RunView::updateStatusLook()
{
    using Kind = RunListModel::StatusKind;
    std::optional<Kind> kind;
    if (!m_runId.isEmpty()) {
        if (m_summary.isFinished()) {
            kind = RunListModel::statusKind(m_summary);
        } else {
            kind = m_live ? Kind::Running : Kind::Interrupted;
        }
    }
    m_statusIcon->setKind(kind);
    m_statusIcon->setAccessibleDescription(kind ? statusText() : QString());
    // Only the text colour is set, so the rest follows the window's palette.
    QPalette linePalette;
    if (kind && *kind != Kind::Running)
        linePalette.setColor(QPalette::WindowText, RunListModel::statusColor(*kind, palette()));
    m_current->setPalette(linePalette);
    QFont font = m_current->font();
    font.setBold(kind && *kind != Kind::Running);
    m_current->setFont(font);
}

} // namespace Autocoder::Ui
