#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Autocoder::Ui {

class RunLauncher;
class VerifyDialog;

/// Verifies saved projects from the app: opens a VerifyDialog, gets the settings' sandbox
/// backend from the RunLauncher and runs a Run::ProjectVerifier in it, which the dialog
/// follows. One verifier per dialog, deleted (its sandbox removed) when the dialog goes.
class VerifyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyController)

public:
    /// Dialogs open over @p window; @p launcher gives the sandbox backend. Neither owned.
    VerifyController(RunLauncher *launcher, QWidget *window, QObject *parent = nullptr);
    ~VerifyController() override;

    /// Starts verifying @p projectDir; returns its (non-modal, already shown) dialog.
    VerifyDialog *verify(const QString &projectDir);

private:
    QPointer<RunLauncher> m_launcher;
    QPointer<QWidget> m_window;
};

} // namespace Autocoder::Ui
