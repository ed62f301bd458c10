#pragma once

#include "diff/snapshotdiff.h"
#include "mutation/mutationresult.h"

#include <QAbstractTableModel>
#include <QMap>

#include <optional>

namespace Autocoder::Run {
struct RunEvent;
}

namespace Autocoder::Ui {

/// The mutation check of each iteration (from gate.mutation, with gate.tests and
/// iteration.finished to tell why an iteration has none): one row per mutant of the
/// iteration shown, surviving mutants first, with where, which operator, the change and what
/// the tests did with it.
///
/// Keeps every iteration's result; shows the newest until setIteration() picks another.
class MutationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MutationModel)
public:
    enum Column { LocationColumn, OutcomeColumn, OperatorColumn, ChangeColumn, ColumnCount };
    enum Roles { OutcomeRole = Qt::UserRole + 1 };

    /// What the check of the shown iteration came to.
    enum class State {
        None, ///< no iteration shown, or nothing known about its check
        Passed, ///< completed, score at or above the threshold
        BelowThreshold, ///< completed, score under the threshold (or nothing scored)
        Skipped, ///< skipped, with its reason
        NotRunTestsFailed, ///< the iteration's tests did not pass, so no check
        NotRun, ///< the iteration ended (or is still under way) without a check
        Unreadable, ///< the event's result could not be read
    };

    explicit MutationModel(QObject *parent = nullptr);

    /// Takes gate.mutation, gate.tests and iteration.finished; false for other events.
    bool applyEvent(const Run::RunEvent &event);
    void clear();

    void setIteration(int iteration);
    int iteration() const { return m_iteration; }
    /// The newest iteration the model heard of, 0 when none.
    int latestIteration() const { return m_iterations.isEmpty() ? 0 : m_iterations.lastKey(); }

    State state() const;
    /// The shown iteration's result, when it has one.
    const Mutation::MutationResult *result() const;
    /// One line for the state: "Tests caught 14 of 18 mutants (78%) — threshold 60%",
    /// "Skipped: …", "Not run: the tests did not pass", … Empty for State::None.
    QString summary() const;
    /// "Passed", "Below threshold", "Skipped", "Not run".
    QString stateText() const;
    /// Files with mutants in the check; files left out, each with why.
    QStringList mutatedFiles() const;
    QList<std::pair<QString, QString>> skippedFiles() const;

    /// The mutant on @p row, or nullptr.
    const Mutation::MutantResult *mutantAt(int row) const;
    /// A mutant's recorded unified diff as a file change the DiffView shows; nullopt when
    /// it has none or it cannot be read.
    static std::optional<Diff::FileChange> fileChange(const Mutation::MutantResult &mutant);
    static QString outcomeText(Mutation::MutationOutcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void iterationUpdated(int iteration);

private:
    struct Iteration
    {
        std::optional<Mutation::MutationResult> result;
        bool hasEvent = false;
        bool testsRan = false;
        bool testsPassed = false;
        bool finished = false;
    };

    QMap<int, Iteration> m_iterations;
    QList<Mutation::MutantResult> m_rows; ///< of m_iteration, survivors first
    int m_iteration = 0;
};

} // namespace Autocoder::Ui
