#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Autocoder::Ui {

class DiffView;
class MutationModel;
class RequirementsModel;
class StatusIconLabel;

/// What "green" proved in one iteration, beside its tests: the spec's requirements with the
/// tests that check each (Covered / Failing / Uncovered), and the mutation check — its
/// score against the threshold, which files were mutated and which were left out and why,
/// and every mutant with the selected one's diff.
class VerificationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationPanel)
public:
    VerificationPanel(RequirementsModel *requirements, MutationModel *mutation,
                      QWidget *parent = nullptr);

    /// Shows @p iteration (0: none) in both parts.
    void showIteration(int iteration);
    int iteration() const { return m_iteration; }

    QTableView *requirementsView() const { return m_requirementsView; }
    QTableView *mutantsView() const { return m_mutantsView; }
    DiffView *diffView() const { return m_diff; }
    /// "5 of 5 requirements covered…", or why there is no table.
    QLabel *requirementsSummary() const { return m_requirementsSummary; }
    /// "Tests caught 17 of 18 mutants (94%) — threshold 60%", "Not run: …", "Skipped: …".
    QLabel *mutationSummary() const { return m_mutationSummary; }
    /// "Passed", "Below threshold", "Skipped", "Not run", with its icon beside it.
    QLabel *mutationState() const { return m_mutationState; }
    /// Which files were mutated and which were left out, with why.
    QLabel *filesLabel() const { return m_files; }

Q_SIGNALS:
    /// What the panel shows changed: the Tests tab's sub-tab marks it.
    void stateChanged();

private:
    void refreshRequirements();
    void refreshMutation();
    void showCurrentMutant();

    RequirementsModel *m_requirements;
    MutationModel *m_mutation;
    int m_iteration = 0;
    QLabel *m_requirementsSummary;
    QTableView *m_requirementsView;
    StatusIconLabel *m_mutationIcon;
    QLabel *m_mutationState;
    QLabel *m_mutationSummary;
    QLabel *m_files;
    QWidget *m_mutantsPart;
    QTableView *m_mutantsView;
    DiffView *m_diff;
};

} // namespace Autocoder::Ui
