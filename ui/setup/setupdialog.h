#pragma once

#include "setup/readiness.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Autocoder::Secrets {
class SecretStore;
} // namespace Autocoder::Secrets

namespace Autocoder::Setup {
class TemplatePreparer;
} // namespace Autocoder::Setup

namespace Autocoder::Ui {

/// The set-up page: what a run on the chosen backend needs (Setup::Readiness), one row per
/// check with an icon, a line saying what was found or what to do, and a Fix button where the
/// app can fix it (enter and store a key, prepare the templates). Continue is enabled only
/// when nothing required is missing; while it is not, the line above the buttons and its
/// tooltip say why. Accepting it is "Continue".
class SetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDialog)
public:
    explicit SetupDialog(const Setup::Readiness::Options &options, QWidget *parent = nullptr);
    ~SetupDialog() override;

    Setup::Readiness *readiness() const { return m_readiness; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *recheckButton() const { return m_recheck; }
    QLabel *statusLabel() const { return m_status; }
    /// The Fix button of check @p id (null when there is no row for it).
    QPushButton *fixButton(const QString &id) const;
    QLabel *detailLabel(const QString &id) const;

    /// Whether the person went through the set-up page once (Continue).
    static bool firstStartDone();
    static void setFirstStartDone(bool done);

public Q_SLOTS:
    void recheck();
    void accept() override;

Q_SIGNALS:
    /// A check finished (tests wait for it).
    void checked();

private:
    struct Row
    {
        QLabel *icon = nullptr;
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
        QPushButton *fix = nullptr;
    };
    void showCheck(const Setup::ReadinessCheck &check);
    void updateContinue();
    void fitHeight();
    void fix(const QString &id);
    void enterKey(const QString &id);
    void prepareTemplates();

    Setup::Readiness *m_readiness;
    Secrets::SecretStore *m_store;
    Setup::TemplatePreparer *m_preparer = nullptr;
    QVBoxLayout *m_rows;
    QHash<QString, Row> m_rowsById;
    QLabel *m_intro;
    QLabel *m_status;
    QPushButton *m_recheck;
    QPushButton *m_continue;
    QPushButton *m_cancel;
};

} // namespace Autocoder::Ui
