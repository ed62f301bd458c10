#pragma once

#include "models/runlistmodel.h"

#include <QLabel>
#include <QTimer>

namespace Autocoder::Ui {

/// The run's status as the run list draws it (RunListModel::statusIcon), at the height of a
/// line of text: a turning ring while the run runs (the busy indicator), the outcome's
/// coloured mark once it ends. Turns only while shown and running, so an idle view does no
/// work.
class StatusIconLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIconLabel)
public:
    explicit StatusIconLabel(QWidget *parent = nullptr);

    /// Shows @p kind; nullopt shows nothing (no run).
    void setKind(std::optional<RunListModel::StatusKind> kind);
    std::optional<RunListModel::StatusKind> kind() const { return m_kind; }
    /// True while the ring turns.
    bool isSpinning() const { return m_timer.isActive(); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updatePixmap();
    void updateTimer();

    std::optional<RunListModel::StatusKind> m_kind;
    QTimer m_timer;
    int m_frame = 0;
};

} // namespace Autocoder::Ui
