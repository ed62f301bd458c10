#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Autocoder::Ui {

class TestCasesModel;
class TestChart;
class TestResultsModel;

/// The Tests tab: one row per iteration (passed / failed / skipped and what
/// changed), a chart of passing tests, and the selected iteration's tests.
/// Follows the newest iteration until the person picks an older one.
class TestsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestsPanel)
public:
    explicit TestsPanel(TestResultsModel *model, QWidget *parent = nullptr);

    QTableView *iterationsView() const { return m_iterations; }
    QTableView *casesView() const { return m_cases; }
    TestCasesModel *casesModel() const { return m_casesModel; }
    TestChart *chart() const { return m_chart; }

private:
    void showIteration(int row);

    TestResultsModel *m_model;
    TestCasesModel *m_casesModel;
    QTableView *m_iterations;
    QTableView *m_cases;
    TestChart *m_chart;
    QLabel *m_casesTitle;
    bool m_followLatest = true;
};

} // namespace Autocoder::Ui
