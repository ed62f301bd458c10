#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

namespace Autocoder::Ui {

class MutationModel;
class RequirementsModel;
class TestCasesModel;
class TestChart;
class TestResultsModel;
class VerificationPanel;

/// The Tests tab: one row per iteration (passed / failed / skipped and what
/// changed), a chart of passing tests, the selected iteration's tests, and the selected
/// test's failure (its location and assertion message, selectable and copyable); beside the
/// tests, the iteration's verification: the requirement table and the mutation check.
/// Follows the newest iteration until the person picks an older one.
class TestsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestsPanel)
public:
    TestsPanel(TestResultsModel *model, RequirementsModel *requirements, MutationModel *mutation,
               QWidget *parent = nullptr);

    QTableView *iterationsView() const { return m_iterations; }
    QTableView *casesView() const { return m_cases; }
    TestCasesModel *casesModel() const { return m_casesModel; }
    TestChart *chart() const { return m_chart; }
    /// The selected test's failure: monospace, read-only, selectable.
    QPlainTextEdit *failureView() const { return m_failure; }
    QLabel *locationLabel() const { return m_location; }
    /// "No tests found in iteration N", shown when the test step reported no test.
    QLabel *noTestsLabel() const { return m_noTests; }
    QAction *copyFailureAction() const { return m_copyFailure; }
    QAction *showInLogsAction() const { return m_showInLogs; }
    /// The sub-tabs: the iteration's tests, and its verification.
    QTabWidget *sections() const { return m_sections; }
    VerificationPanel *verificationPanel() const { return m_verification; }
    /// Shows the Verification sub-tab.
    void showVerification();

Q_SIGNALS:
    /// The person asked to see a test's output (activated a failed test, or Show in Logs).
    void testActivated(int iteration, const QString &testName);

private:
    void showIteration(int row);
    void showCurrentTest();
    void updateVerificationTab();

    TestResultsModel *m_model;
    TestCasesModel *m_casesModel;
    QTableView *m_iterations;
    QTableView *m_cases;
    TestChart *m_chart;
    QLabel *m_casesTitle;
    QLabel *m_noTests;
    QLabel *m_location;
    QPlainTextEdit *m_failure;
    QAction *m_copyFailure;
    QAction *m_showInLogs;
    QTabWidget *m_sections;
    VerificationPanel *m_verification;
    RequirementsModel *m_requirements;
    MutationModel *m_mutation;
    bool m_followLatest = true;
};

} // namespace Autocoder::Ui
