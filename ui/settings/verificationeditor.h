#pragma once

#include "spec/projectspec.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace Autocoder::Ui {

/// The answers of ProjectSpec::Verification: a passing test per requirement, the mutation
/// check with its threshold (percent), its number of mutants and its time budget. The same
/// fields in Settings (the defaults of a new spec) and in the wizard (one project's).
class VerificationEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationEditor)
public:
    explicit VerificationEditor(QWidget *parent = nullptr);

    Spec::ProjectSpec::Verification verification() const;
    void setVerification(const Spec::ProjectSpec::Verification &verification);

    QCheckBox *requirementTestsField() const { return m_requirementTests; }
    QCheckBox *mutationCheckField() const { return m_mutationCheck; }
    /// The threshold in percent (the spec keeps a share, 0..1).
    QSpinBox *thresholdField() const { return m_threshold; }
    QSpinBox *maxMutantsField() const { return m_maxMutants; }
    QSpinBox *budgetField() const { return m_budget; }

Q_SIGNALS:
    void edited();

private:
    QCheckBox *m_requirementTests;
    QCheckBox *m_mutationCheck;
    QSpinBox *m_threshold;
    QSpinBox *m_maxMutants;
    QSpinBox *m_budget;
    QWidget *m_mutationFields;
};

} // namespace Autocoder::Ui
