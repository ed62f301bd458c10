#pragma once

#include "wizard/specwizardpage.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Autocoder::Ui {

class VerificationEditor;

/// Page 4: where the sandbox runs (this computer or E2B), which model the
/// agent uses, the limits that stop a run, and what green must prove (verification).
class AgentPage final : public SpecWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentPage)
public:
    explicit AgentPage(SpecWizard *wizard);

    void load(const Spec::ProjectSpec &spec) override;
    void store(Spec::ProjectSpec &spec) const override;
    int nextId() const override;

    QComboBox *backendField() const { return m_backend; }
    QComboBox *modelField() const { return m_model; }
    QLineEdit *templateField() const { return m_template; }
    QSpinBox *iterationsField() const { return m_iterations; }
    QDoubleSpinBox *budgetField() const { return m_budget; }
    QSpinBox *wallClockField() const { return m_wallClock; }
    VerificationEditor *verificationEditor() const { return m_verification; }

    /// Model ids offered in the list (any other id can be typed).
    static QStringList knownModels();

private:
    QComboBox *m_backend;
    QLineEdit *m_template;
    QComboBox *m_model;
    QSpinBox *m_iterations;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_wallClock;
    QSpinBox *m_commandTimeout;
    QSpinBox *m_agentTimeout;
    QSpinBox *m_maxTurns;
    VerificationEditor *m_verification;
};

} // namespace Autocoder::Ui
