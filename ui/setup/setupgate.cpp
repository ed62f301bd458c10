#include "setup/setupgate.h"

#include "settings/appsettings.h"
#include "setup/readiness.h"
#include "setup/setupdialog.h"

#include <QWidget>

namespace Autocoder::Ui {

SetupGate::SetupGate(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

SetupGate::~SetupGate() = default;

SetupDialog *SetupGate::showDialog(const QString &backend)
{
    if (m_dialog)
        m_dialog->close();
    Setup::Readiness::Options options;
    options.backend = backend;
    auto *dialog = new SetupDialog(options, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    Q_EMIT dialogShown(dialog);
    return dialog;
}

void SetupGate::checkFirstStart()
{
    if (!SetupDialog::firstStartDone())
        showSetup();
}

void SetupGate::showSetup()
{
    showDialog(AppSettings::load().specBackend());
}

void SetupGate::whenReady(const QString &backend, const std::function<void()> &proceed,
                          const std::function<void()> &cancelled)
{
    // One question at a time: a newer request replaces an unanswered one.
    if (m_check)
        m_check->deleteLater();
    auto *check = new Setup::Readiness(this);
    m_check = check;
    connect(check, &Setup::Readiness::finished, this, [this, check, backend, proceed, cancelled] {
        check->deleteLater();
        if (check != m_check)
            return;
        if (check->isReady()) {
            proceed();
            return;
        }
        SetupDialog *dialog = showDialog(backend);
        connect(dialog, &QDialog::accepted, this, [proceed] { proceed(); });
        if (cancelled)
            connect(dialog, &QDialog::rejected, this, [cancelled] { cancelled(); });
    });
    Setup::Readiness::Options options;
    options.backend = backend;
    check->start(options);
}

} // namespace Autocoder::Ui
