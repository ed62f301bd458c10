#pragma once

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Autocoder::Ui {

class LogFilterModel;
class LogModel;

/// The Logs tab: every step's output under a heading per step and iteration, each line with
/// its time, filterable by step of an iteration and by text, following the newest line while
/// "Follow" is on. showStep() and showTest() take a person from a failure to its output.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)
public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    LogFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stepFilter() const { return m_step; }
    QCheckBox *followBox() const { return m_follow; }
    QListView *view() const { return m_view; }
    /// Adds @p step of @p iteration ("Iteration 2 · Test") to the step filter choices if new;
    /// @p iteration < 0 is the step in every iteration (the app's own log).
    void noteStep(const QString &step, int iteration = -1);
    /// Shows only @p step of @p iteration and selects its first line, or its first error line
    /// when @p firstError and one is found. Returns false when the step printed nothing (its
    /// heading, if any, is selected then).
    bool showStep(int iteration, const QString &step, bool firstError = false);
    /// Shows the test step of @p iteration at the output of the test named @p testName
    /// ("suite > name"), or at its first error line when that output is not found.
    bool showTest(int iteration, const QString &testName);

private:
    void updateCount();
    /// Selects and centres source row @p sourceRow (must pass the filter).
    void selectSourceRow(int sourceRow);
    /// Source rows of the lines the filter shows now.
    QVector<int> shownSourceRows() const;

    LogModel *m_model;
    LogFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_step;
    QCheckBox *m_follow;
    QLabel *m_count;
    QListView *m_view;
};

} // namespace Autocoder::Ui
