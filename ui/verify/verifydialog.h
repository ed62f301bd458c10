#pragma once

#include "run/projectverifier.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Autocoder::Ui {

/// Shows one verification of a saved project as it goes (the replay's steps, one line each)
/// and how it ended: a match, the differences (blocking first) or why it could not run.
/// Non-modal. It drives a Run::ProjectVerifier made by someone else (VerifyController) and
/// holds no sandbox or network code: follow() connects it, Cancel asks it to cancel.
class VerifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyDialog)

public:
    explicit VerifyDialog(const QString &projectDir, QWidget *parent = nullptr);
    ~VerifyDialog() override;

    /// Shows @p verifier's steps and outcome; Cancel calls its cancel(). Not owned.
    void follow(Run::ProjectVerifier *verifier);
    /// One event of the replay: step.started / step.finished become lines.
    void addEvent(const Autocoder::Run::RunEvent &event);
    /// The end: a match, the differences, or the error. Cancel becomes Close.
    void showOutcome(const Autocoder::Run::VerificationOutcome &outcome);
    bool isFinished() const { return m_finished; }

    // For tests.
    QListWidget *stepsList() const { return m_steps; }
    QTableWidget *differencesTable() const { return m_differences; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// Cancel (or closing the window) while it runs.
    void cancelRequested();

protected:
    void reject() override;

private:
    void requestCancel();

    QString m_projectDir;
    QLabel *m_title = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_differences = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_finished = false;
    bool m_cancelling = false;
};

} // namespace Autocoder::Ui
