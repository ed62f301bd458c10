#pragma once

#include <QWidget>

class QAction;
class QSplitter;
class QTimer;
class QTreeView;

namespace Autocoder::Ui {

class ActivityDelegate;
class ActivityDetails;
class ActivityModel;

/// The Activity tab: the run as a thread (turn groups, tool cards, messages, verdicts),
/// following the newest item unless the person scrolled up; the selected item in full in a
/// resizable pane beside it. Keys: arrows move, Left/Right collapse and expand a turn or a
/// card, Enter or Space toggles a card, Ctrl+C copies the selected item.
class ActivityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPanel)
public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ActivityDetails *details() const { return m_details; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *copyAction() const { return m_copy; }
    /// Shows a card's whole body (or only its first lines).
    void setCardExpanded(const QModelIndex &index, bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    bool toggle(const QModelIndex &index, int wanted);

    ActivityModel *m_model;
    QTreeView *m_view;
    ActivityDelegate *m_delegate;
    ActivityDetails *m_details;
    QSplitter *m_splitter;
    QAction *m_copy;
    QTimer *m_relayout;
    int m_laidOutWidth = -1;
    bool m_follow = true;
};

} // namespace Autocoder::Ui
