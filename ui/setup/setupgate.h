#pragma once

#include "setup/readiness.h"
#include "setup/setupdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Autocoder::Ui {

/// Puts the set-up page in front of what needs it: on the first start, and before a new run
/// (before the wizard, and again before the run starts) when something it needs is missing.
/// When everything is there nothing is shown and the action goes on at once.
class SetupGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupGate)
public:
    /// Dialogs open window-modal over @p window.
    explicit SetupGate(QWidget *window);
    ~SetupGate() override;

    /// Shows the set-up page if the person has not been through it yet.
    void checkFirstStart();
    /// Shows the set-up page for the backend in the settings.
    void showSetup();
    /// Calls @p proceed when a run on @p backend ("local" / "e2b") has what it needs, after
    /// the set-up page if something was missing; @p cancelled when the person leaves it.
    void whenReady(const QString &backend, const std::function<void()> &proceed,
                   const std::function<void()> &cancelled = {});

    /// The page while it is open (tests).
    SetupDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    /// The set-up page was opened.
    void dialogShown(Autocoder::Ui::SetupDialog *dialog);

private:
    SetupDialog *showDialog(const QString &backend);

    QWidget *m_window;
    QPointer<SetupDialog> m_dialog;
    QPointer<Setup::Readiness> m_check;
};

} // namespace Autocoder::Ui
