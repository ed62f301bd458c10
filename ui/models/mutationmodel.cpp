#include "models/mutationmodel.h"

#include "models/runlistmodel.h"
#include "mutation/mutationplanner.h"
#include "run/runevents.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

#include <cmath>

namespace Autocoder::Ui {

using Mutation::MutantResult;
using Mutation::MutationOutcome;
using Mutation::MutationResult;

namespace {

RunListModel::StatusKind kindOf(MutationOutcome outcome)
{
    switch (outcome) {
    case MutationOutcome::Killed:
    case MutationOutcome::TimedOut:
        return RunListModel::StatusKind::Green;
    case MutationOutcome::Survived:
        return RunListModel::StatusKind::NotGreen;
    case MutationOutcome::Error:
        return RunListModel::StatusKind::Interrupted;
    case MutationOutcome::NotRun:
        break;
    }
    return RunListModel::StatusKind::Stopped;
}

// A whole percentage that never rounds a miss up to the threshold.
int percent(double share, bool passed)
{
    const double p = share * 100.0;
    return passed ? int(std::lround(p)) : int(std::floor(p + 1e-9));
}

} // namespace

MutationModel::MutationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool MutationModel::applyEvent(const Run::RunEvent &event)
{
    using namespace Run;
    // Follows the newest iteration unless an older one is being looked at.
    const bool follow = m_iteration == 0 || m_iteration >= latestIteration();
    int iteration = 0;
    if (const auto p = event.payload<GateMutation>()) {
        iteration = p->iteration;
        Iteration &it = m_iterations[iteration];
        it.hasEvent = true;
        it.result = p->result;
    } else if (const auto p = event.payload<GateTests>()) {
        iteration = p->iteration;
        Iteration &it = m_iterations[iteration];
        it.testsRan = true;
        it.testsPassed = p->failed == 0 && p->passed > 0;
    } else if (const auto p = event.payload<IterationFinished>()) {
        iteration = p->iteration;
        m_iterations[iteration].finished = true;
    } else {
        return false;
    }
    if (follow ? iteration >= m_iteration : iteration == m_iteration)
        setIteration(iteration);
    Q_EMIT iterationUpdated(iteration);
    return true;
}

void MutationModel::clear()
{
    beginResetModel();
    m_iterations.clear();
    m_rows.clear();
    m_iteration = 0;
    endResetModel();
}

void MutationModel::setIteration(int iteration)
{
    beginResetModel();
    m_iteration = iteration;
    m_rows.clear();
    if (const MutationResult *r = result()) {
        // Survivors first: they are what the tests miss.
        for (const MutantResult &m : r->mutants) {
            if (m.outcome == MutationOutcome::Survived)
                m_rows.append(m);
        }
        for (const MutantResult &m : r->mutants) {
            if (m.outcome != MutationOutcome::Survived)
                m_rows.append(m);
        }
    }
    endResetModel();
}

const MutationResult *MutationModel::result() const
{
    const auto it = m_iterations.constFind(m_iteration);
    return it != m_iterations.constEnd() && it->result ? &*it->result : nullptr;
}

MutationModel::State MutationModel::state() const
{
    const auto it = m_iterations.constFind(m_iteration);
    if (it == m_iterations.constEnd())
        return State::None;
    if (it->hasEvent) {
        if (!it->result)
            return State::Unreadable;
        if (it->result->status == MutationResult::Status::Skipped)
            return State::Skipped;
        return it->result->meetsThreshold() ? State::Passed : State::BelowThreshold;
    }
    if (it->testsRan && !it->testsPassed)
        return State::NotRunTestsFailed;
    return it->testsRan || it->finished ? State::NotRun : State::None;
}

QString MutationModel::stateText() const
{
    switch (state()) {
    case State::None:
        return {};
    case State::Passed:
        //: The mutation check's result: enough mutants were caught
        return tr("Passed");
    case State::BelowThreshold:
        //: The mutation check's result: too few mutants were caught
        return tr("Below threshold");
    case State::Skipped:
        //: The mutation check's result: it did not run (budget, project size...)
        return tr("Skipped");
    case State::NotRunTestsFailed:
    case State::NotRun:
        //: The mutation check's result: it was not reached in this iteration
        return tr("Not run");
    case State::Unreadable:
        return tr("Unreadable");
    }
    return {};
}

QString MutationModel::summary() const
{
    const auto it = m_iterations.constFind(m_iteration);
    switch (state()) {
    case State::None:
        return {};
    case State::Passed:
    case State::BelowThreshold: {
        const MutationResult &r = *it->result;
        const int caught = r.count(MutationOutcome::Killed) + r.count(MutationOutcome::TimedOut);
        const int scored = caught + r.count(MutationOutcome::Survived);
        const int threshold = int(std::lround(r.threshold * 100.0));
        const std::optional<double> score = r.score();
        if (!score)
            return tr("No mutant could be scored (%n tried) — threshold %1%", nullptr,
                      int(r.mutants.size()))
                .arg(threshold);
        //: %1 mutants caught, %n mutants scored, %2 the score, %3 the threshold (percent)
        return tr("Tests caught %1 of %n mutant(s) (%2%) — threshold %3%", nullptr, scored)
            .arg(caught)
            .arg(percent(*score, r.meetsThreshold()))
            .arg(threshold);
    }
    case State::Skipped:
        return tr("Skipped: %1").arg(it->result->skipReason);
    case State::NotRunTestsFailed:
        return tr("Not run: the tests did not pass.");
    case State::NotRun:
        return it->finished ? tr("Not run in this iteration.") : tr("Not run yet.");
    case State::Unreadable:
        return tr("The mutation check's result of iteration %1 could not be read.")
            .arg(m_iteration);
    }
    return {};
}

QStringList MutationModel::mutatedFiles() const
{
    QStringList files;
    if (const MutationResult *r = result()) {
        for (const Mutation::PlannedFile &f : r->files) {
            if (f.status == Mutation::PlannedFile::Status::Mutated)
                files.append(f.path);
        }
    }
    return files;
}

QList<std::pair<QString, QString>> MutationModel::skippedFiles() const
{
    QList<std::pair<QString, QString>> files;
    if (const MutationResult *r = result()) {
        for (const Mutation::PlannedFile &f : r->files) {
            if (f.status != Mutation::PlannedFile::Status::Skipped)
                continue;
            const QString why = Mutation::MutationPlanner::reasonText(f.reason);
            files.append({ f.path, why.isEmpty() ? f.detail : why });
        }
    }
    return files;
}

const MutantResult *MutationModel::mutantAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

std::optional<Diff::FileChange> MutationModel::fileChange(const MutantResult &mutant)
{
    static const QRegularExpression header(
        QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@"));
    Diff::FileChange change;
    change.path = mutant.mutant.file;
    Diff::Hunk *hunk = nullptr;
    int oldLine = 0;
    int newLine = 0;
    const QStringList lines = mutant.diff.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("--- ")) || line.startsWith(QLatin1String("+++ ")))
            continue;
        if (line.startsWith(QLatin1String("@@"))) {
            const QRegularExpressionMatch m = header.match(line);
            if (!m.hasMatch())
                return std::nullopt;
            Diff::Hunk h;
            h.oldStart = m.captured(1).toInt();
            h.oldCount = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
            h.newStart = m.captured(3).toInt();
            h.newCount = m.captured(4).isEmpty() ? 1 : m.captured(4).toInt();
            change.diff.hunks.append(h);
            hunk = &change.diff.hunks.last();
            oldLine = h.oldStart;
            newLine = h.newStart;
            continue;
        }
        if (!hunk || line.isEmpty())
            continue;
        Diff::DiffLine d;
        d.text = line.mid(1);
        switch (line.front().unicode()) {
        case ' ':
            d.kind = Diff::DiffLine::Kind::Context;
            d.oldLine = oldLine++;
            d.newLine = newLine++;
            break;
        case '-':
            d.kind = Diff::DiffLine::Kind::Removed;
            d.oldLine = oldLine++;
            ++change.diff.removed;
            break;
        case '+':
            d.kind = Diff::DiffLine::Kind::Added;
            d.newLine = newLine++;
            ++change.diff.added;
            break;
        case '\\':
            if (!hunk->lines.isEmpty())
                hunk->lines.last().noNewline = true;
            continue;
        default:
            return std::nullopt;
        }
        hunk->lines.append(d);
    }
    if (change.diff.hunks.isEmpty())
        return std::nullopt;
    return change;
}

QString MutationModel::outcomeText(MutationOutcome outcome)
{
    switch (outcome) {
    case MutationOutcome::Killed:
        //: A mutant some test failed on, as it should
        return tr("Killed");
    case MutationOutcome::Survived:
        //: A mutant every test passed with: the tests miss this change
        return tr("Survived");
    case MutationOutcome::TimedOut:
        //: A mutant the tests did not finish on (counted as caught)
        return tr("Timed out");
    case MutationOutcome::Error:
        return tr("Error");
    case MutationOutcome::NotRun:
        //: A mutant the check had no time left for
        return tr("Not run");
    }
    return {};
}

int MutationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MutationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral("\u23ce"));
    return text.size() > 40 ? text.left(39) + QStringLiteral("\u2026") : text;
}

QVariant MutationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MutantResult &r = m_rows.at(index.row());
    const Mutation::Mutant &m = r.mutant;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LocationColumn:
            return QStringLiteral("%1:%2").arg(m.file).arg(m.line);
        case OperatorColumn:
            return Mutation::MutationOperator::title(m.op);
        case ChangeColumn:
            if (m.op == Mutation::MutationOperator::Id::StatementDeletion)
                //: A mutant that deletes a statement: %1 the statement
                return tr("delete %1").arg(oneLine(m.original));
            //: A mutant's change: %1 the original code, %2 what replaced it
            return tr("%1 \u2192 %2")
                .arg(oneLine(m.original),
                     m.replacement.isEmpty() ? tr("(nothing)") : oneLine(m.replacement));
        case OutcomeColumn:
            return outcomeText(r.outcome);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OperatorColumn)
            return m.operatorId(); // the id reports and VERIFICATION.json use
        return r.detail.isEmpty() ? QVariant() : QVariant(r.detail);
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn
            ? QVariant(RunListModel::statusIcon(kindOf(r.outcome)))
            : QVariant();
    case Qt::ForegroundRole:
        return index.column() == OutcomeColumn
            ? QVariant(RunListModel::statusColor(kindOf(r.outcome), QGuiApplication::palette()))
            : QVariant();
    case OutcomeRole:
        return int(r.outcome);
    default:
        return {};
    }
}

QVariant MutationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocationColumn:
        //: Column header: file and line of a mutant
        return tr("Where");
    case OperatorColumn:
        //: Column header: the kind of change a mutant makes
        return tr("Operator");
    case ChangeColumn:
        return tr("Change");
    case OutcomeColumn:
        //: Column header: what the tests did with a mutant
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace Autocoder::Ui
