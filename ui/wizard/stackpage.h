#pragma once

#include "wizard/specwizardpage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace Autocoder::Ui {

/// Page 3: the commands the gate runs in the sandbox (install, test, build,
/// lint), prefilled from the kind's preset whenever the kind changes.
class StackPage final : public SpecWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackPage)
public:
    explicit StackPage(SpecWizard *wizard);

    void load(const Spec::ProjectSpec &spec) override;
    void store(Spec::ProjectSpec &spec) const override;
    void initializePage() override;
    int nextId() const override;

    QLineEdit *installField() const { return m_install; }
    QLineEdit *testField() const { return m_test; }
    QLineEdit *buildField() const { return m_build; }
    QLineEdit *lintField() const { return m_lint; }

private:
    void fillFromPreset(const QString &kindId);

    QLineEdit *m_install;
    QLineEdit *m_test;
    QLineEdit *m_build;
    QLineEdit *m_lint;
    QLabel *m_presetLabel;
    QPushButton *m_reset;
    QString m_filledForKind;
};

} // namespace Autocoder::Ui
