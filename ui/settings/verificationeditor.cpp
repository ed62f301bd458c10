#include "settings/verificationeditor.h"

#include "spec/specvalidator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace Autocoder::Ui {

using Spec::SpecValidator;

VerificationEditor::VerificationEditor(QWidget *parent)
    : QWidget(parent)
{
    m_requirementTests = new QCheckBox(tr("Re&quire a passing test per requirement"), this);
    m_requirementTests->setToolTip(
        tr("The brief numbers the requirements R1, R2, … and asks for their ids in the tests' "
           "names, e.g. “[R2] trims spaces”. A requirement no passing test names keeps the run "
           "from going green."));
    m_mutationCheck = new QCheckBox(tr("Mutation chec&k: the tests must notice small changes "
                                       "to the code"),
                                    this);
    m_mutationCheck->setToolTip(
        tr("When the tests pass, Autocoder changes the project's own source in small ways (a "
           "flipped comparison, a dropped statement…) and runs the tests against each change. "
           "Too few caught, and the run is not green."));

    m_threshold = new QSpinBox(this);
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setAccessibleName(tr("Share of mutants the tests must catch, in percent"));
    m_maxMutants = new QSpinBox(this);
    m_maxMutants->setRange(SpecValidator::MinMutants, SpecValidator::MaxMutants);
    m_maxMutants->setAccessibleName(tr("Mutants tried at most"));
    m_budget = new QSpinBox(this);
    m_budget->setRange(SpecValidator::MinMutationBudgetSeconds,
                       SpecValidator::MaxMutationBudgetSeconds);
    m_budget->setSingleStep(30);
    m_budget->setSuffix(tr(" s"));
    m_budget->setAccessibleName(tr("Time budget of the mutation check in seconds"));
    m_budget->setToolTip(tr("Past it, the mutants not tried yet are reported as not run; the "
                            "check is skipped when none could be tried."));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_mutationFields = new QWidget(this);
    auto *form = new QFormLayout(m_mutationFields);
    // Under the check box's text: these belong to it. A form, not a row, so that longer
    // translations keep the dialogs narrow.
    form->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                 + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                             0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(label(tr("Threshold:"), m_threshold), m_threshold);
    form->addRow(label(tr("Ma&x mutants:"), m_maxMutants), m_maxMutants);
    form->addRow(label(tr("Time &for the check:"), m_budget), m_budget);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_requirementTests);
    layout->addWidget(m_mutationCheck);
    layout->addWidget(m_mutationFields);

    connect(m_mutationCheck, &QCheckBox::toggled, m_mutationFields, &QWidget::setEnabled);
    for (QCheckBox *box : { m_requirementTests, m_mutationCheck })
        connect(box, &QCheckBox::toggled, this, &VerificationEditor::edited);
    for (QSpinBox *spin : { m_threshold, m_maxMutants, m_budget })
        connect(spin, &QSpinBox::valueChanged, this, &VerificationEditor::edited);
    setVerification({});
}

Spec::ProjectSpec::Verification VerificationEditor::verification() const
{
    Spec::ProjectSpec::Verification v;
    v.requirementTests = m_requirementTests->isChecked();
    v.mutationCheck = m_mutationCheck->isChecked();
    v.mutationThreshold = m_threshold->value() / 100.0;
    v.maxMutants = m_maxMutants->value();
    v.mutationBudgetSeconds = m_budget->value();
    return v;
}

void VerificationEditor::setVerification(const Spec::ProjectSpec::Verification &v)
{
    m_requirementTests->setChecked(v.requirementTests);
    m_mutationCheck->setChecked(v.mutationCheck);
    m_threshold->setValue(
        std::isfinite(v.mutationThreshold) ? int(std::lround(v.mutationThreshold * 100.0)) : 60);
    m_maxMutants->setValue(v.maxMutants);
    m_budget->setValue(v.mutationBudgetSeconds);
    m_mutationFields->setEnabled(v.mutationCheck);
}

} // namespace Autocoder::Ui
