#pragma once

#include <QWidget>

class QListView;
class QPlainTextEdit;

namespace Autocoder::Ui {

class ActivityModel;

/// The Activity tab: the agent's messages and tool calls, following the
/// newest entry unless the person scrolled up; the selected entry in full below.
class ActivityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPanel)
public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QPlainTextEdit *details() const { return m_details; }

private:
    ActivityModel *m_model;
    QListView *m_view;
    QPlainTextEdit *m_details;
    bool m_follow = true;
};

} // namespace Autocoder::Ui
