#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Autocoder::Ui {

class LogFilterModel;
class LogModel;

/// The Logs tab: every step's output, filterable by step and text, following
/// the newest line while "Follow" is on.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)
public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    LogFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stepFilter() const { return m_step; }
    QListView *view() const { return m_view; }
    /// Adds @p step to the step filter choices if new.
    void noteStep(const QString &step);

private:
    void updateCount();

    LogModel *m_model;
    LogFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_step;
    QCheckBox *m_follow;
    QLabel *m_count;
    QListView *m_view;
};

} // namespace Autocoder::Ui
