#include "verify/verifycontroller.h"

#include "runlauncher.h"
#include "settings/appsettings.h"
#include "verify/verifydialog.h"

#include "run/projectverifier.h"

#include <QWidget>

#include <memory>

namespace Autocoder::Ui {

VerifyController::VerifyController(RunLauncher *launcher, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_window(window)
{ }

VerifyController::~VerifyController() = default;

VerifyDialog *VerifyController::verify(const QString &projectDir)
{
    auto *dialog = new VerifyDialog(projectDir, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    // Cancelled before the backend is up: nothing runs yet, so it ends here.
    auto *waiting = new QObject(dialog);
    const auto cancelled = std::make_shared<bool>(false);
    connect(dialog, &VerifyDialog::cancelRequested, waiting, [dialog, waiting, cancelled]() {
        *cancelled = true; // the backend's answer is not wanted any more
        waiting->deleteLater();
        Run::VerificationOutcome outcome;
        outcome.error = tr("Cancelled");
        dialog->showOutcome(outcome);
    });
    if (!m_launcher) {
        Run::VerificationOutcome none;
        none.error = tr("There is no sandbox backend to replay the project in");
        dialog->showOutcome(none);
        return dialog;
    }
    const QPointer<VerifyController> self(this);
    m_launcher->withSandbox(
        waiting,
        [self, dialog, waiting, cancelled, projectDir](Run::SandboxProvider *provider,
                                                       const QStringList &secrets) {
            if (*cancelled || !self)
                return;
            delete waiting; // from here on Cancel goes to the verifier
            auto *verifier = new Run::ProjectVerifier(provider, self);
            // The dialog goes only once it finished (closing it earlier cancels); the
            // verifier goes with it.
            connect(dialog, &QObject::destroyed, verifier, &QObject::deleteLater);
            dialog->follow(verifier);
            Run::ProjectVerifier::Options options;
            options.extraSecrets = secrets;
            options.extraAllowOut = AppSettings::load().extraAllowOut;
            verifier->start(projectDir, options);
        },
        [dialog, waiting, cancelled](const QString &message) {
            if (*cancelled)
                return;
            delete waiting;
            Run::VerificationOutcome failed;
            failed.error = message;
            dialog->showOutcome(failed);
        });
    return dialog;
}

} // namespace Autocoder::Ui
