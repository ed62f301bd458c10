#pragma once

#include <QObject>
#include <QPointer>

class QFrame;
class QLabel;
class QSystemTrayIcon;
class QWidget;

namespace Autocoder::Ui {

/// Tells the person that a run ended: a desktop notification through the
/// system tray when there is one, otherwise a banner inside the window.
class RunNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunNotifier)
public:
    /// @p banner is the in-window frame to fill when no tray is available.
    RunNotifier(QFrame *banner, QLabel *bannerText, QObject *parent = nullptr);

    /// Forces the banner even when a tray exists (tests, and people who turn notifications off).
    void setUseTray(bool use) { m_useTray = use; }
    bool usesTray() const;

    void notify(const QString &title, const QString &message);

Q_SIGNALS:
    /// Each notification, whichever way it was shown (tests count them).
    void notified(const QString &title, const QString &message);

private:
    QPointer<QFrame> m_banner;
    QPointer<QLabel> m_bannerText;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_useTray = true;
};

} // namespace Autocoder::Ui
