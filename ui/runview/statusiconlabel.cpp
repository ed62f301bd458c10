#include "runview/statusiconlabel.h"

#include <QEvent>

namespace Autocoder::Ui {

StatusIconLabel::StatusIconLabel(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Run status"));
    const int side = fontMetrics().height();
    setFixedSize(side, side);
    // The list's running icon turns at the same pace.
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        ++m_frame;
        updatePixmap();
    });
}

void StatusIconLabel::setKind(std::optional<RunListModel::StatusKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_frame = 0;
    updatePixmap();
    updateTimer();
}

void StatusIconLabel::updatePixmap()
{
    if (!m_kind) {
        clear();
        setAccessibleDescription(QString());
        return;
    }
    const int side = height();
    setPixmap(
        RunListModel::statusIcon(*m_kind, m_frame).pixmap(QSize(side, side), devicePixelRatioF()));
}

void StatusIconLabel::updateTimer()
{
    const bool spin = m_kind == RunListModel::StatusKind::Running && isVisible();
    if (spin && !m_timer.isActive())
        m_timer.start();
    else if (!spin)
        m_timer.stop();
}

void StatusIconLabel::showEvent(QShowEvent *event)
{
    QLabel::showEvent(event);
    updateTimer();
}

void StatusIconLabel::hideEvent(QHideEvent *event)
{
    QLabel::hideEvent(event);
    updateTimer();
}

void StatusIconLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        const int side = fontMetrics().height();
        setFixedSize(side, side);
        updatePixmap();
    }
}

} // namespace Autocoder::Ui
