#include "runnotifier.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Autocoder::Ui {

RunNotifier::RunNotifier(QFrame *banner, QLabel *bannerText, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_bannerText(bannerText)
{ }

bool RunNotifier::usesTray() const
{
    return m_useTray && QSystemTrayIcon::isSystemTrayAvailable()
        && QSystemTrayIcon::supportsMessages();
}

void RunNotifier::notify(const QString &title, const QString &message)
{
    Q_EMIT notified(title, message);
    if (usesTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(
                QApplication::windowIcon().isNull()
                    ? QApplication::style()->standardIcon(QStyle::SP_ComputerIcon)
                    : QApplication::windowIcon(),
                this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
        return;
    }
    if (m_banner && m_bannerText) {
        m_bannerText->setText(message.isEmpty() ? title : tr("%1 \u2014 %2").arg(title, message));
        m_banner->setAccessibleDescription(m_bannerText->text());
        m_banner->show();
    }
}

} // namespace Autocoder::Ui
