#include "wizard/agentpage.h"

#include "run/runenums.h"
#include "settings/verificationeditor.h"
#include "spec/specvalidator.h"
#include "wizard/specwizard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Autocoder::Ui {

using Spec::SpecValidator;

QStringList AgentPage::knownModels()
{
    return { QStringLiteral("claude-sonnet-4-6"), QStringLiteral("claude-opus-4-1"),
             QStringLiteral("claude-haiku-4-5") };
}

AgentPage::AgentPage(SpecWizard *wizard)
    : SpecWizardPage(wizard)
{
    setTitle(tr("Agent & Sandbox"));
    setSubTitle(tr("Choose where the generated code runs, when Autocoder stops trying and what "
                   "its tests must prove."));

    m_backend = new QComboBox(this);
    m_backend->setAccessibleName(tr("Sandbox backend"));
    m_backend->addItem(tr("Local (this computer, isolated with bubblewrap)"),
                       QString(Run::wireName(Run::Backend::Local)));
    m_backend->addItem(tr("E2B (cloud sandboxes)"), QString(Run::wireName(Run::Backend::E2b)));
    m_template = new QLineEdit(this);
    m_template->setAccessibleName(tr("Sandbox template"));
    m_model = new QComboBox(this);
    m_model->setEditable(true);
    m_model->addItems(knownModels());
    m_model->setAccessibleName(tr("Model"));
    m_model->setInsertPolicy(QComboBox::NoInsert);

    m_iterations = new QSpinBox(this);
    m_iterations->setRange(SpecValidator::MinIterations, SpecValidator::MaxIterations);
    m_iterations->setAccessibleName(tr("Maximum iterations"));
    m_budget = new QDoubleSpinBox(this);
    m_budget->setRange(0.0, SpecValidator::MaxBudgetUsd);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(0.5);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setAccessibleName(tr("Budget in US dollars"));
    m_wallClock = new QSpinBox(this);
    m_wallClock->setRange(1, SpecValidator::MaxWallClockMinutes);
    m_wallClock->setSuffix(tr(" min"));
    m_wallClock->setAccessibleName(tr("Wall clock limit in minutes"));
    m_commandTimeout = new QSpinBox(this);
    m_commandTimeout->setRange(SpecValidator::MinCommandTimeoutSeconds,
                               SpecValidator::MaxCommandTimeoutSeconds);
    m_commandTimeout->setSuffix(tr(" s"));
    m_commandTimeout->setAccessibleName(tr("Timeout of each command in seconds"));
    m_agentTimeout = new QSpinBox(this);
    m_agentTimeout->setRange(1, SpecValidator::MaxAgentTimeoutMinutes);
    m_agentTimeout->setSuffix(tr(" min"));
    m_agentTimeout->setAccessibleName(tr("Timeout of each agent turn in minutes"));
    m_maxTurns = new QSpinBox(this);
    m_maxTurns->setRange(SpecValidator::MinTurns, SpecValidator::MaxTurns);
    m_maxTurns->setAccessibleName(tr("Maximum agent turns per iteration"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };

    auto *sandboxBox = new QGroupBox(tr("Sandbox and agent"), this);
    auto *sandboxForm = new QFormLayout(sandboxBox);
    sandboxForm->addRow(label(tr("Back&end:"), m_backend),
                        withError(QStringLiteral("sandbox.backend"), m_backend));
    sandboxForm->addRow(label(tr("&Template:"), m_template),
                        withError(QStringLiteral("sandbox.template"), m_template));
    sandboxForm->addRow(label(tr("&Model:"), m_model), withError(QStringLiteral("model"), m_model));

    auto *limitsBox = new QGroupBox(tr("Limits"), this);
    auto *limitsForm = new QFormLayout(limitsBox);
    limitsForm->addRow(label(tr("&Iterations at most:"), m_iterations),
                       withError(QStringLiteral("limits.maxIterations"), m_iterations));
    limitsForm->addRow(label(tr("B&udget:"), m_budget),
                       withError(QStringLiteral("limits.budgetUsd"), m_budget));
    limitsForm->addRow(label(tr("&Wall clock:"), m_wallClock),
                       withError(QStringLiteral("limits.wallClockMinutes"), m_wallClock));
    limitsForm->addRow(label(tr("&Command timeout:"), m_commandTimeout),
                       withError(QStringLiteral("limits.commandTimeoutSeconds"), m_commandTimeout));
    limitsForm->addRow(label(tr("A&gent turn timeout:"), m_agentTimeout),
                       withError(QStringLiteral("limits.agentTimeoutMinutes"), m_agentTimeout));
    limitsForm->addRow(label(tr("Agent tu&rns at most:"), m_maxTurns),
                       withError(QStringLiteral("limits.maxTurns"), m_maxTurns));

    // This project's verification; a new spec starts from Settings' defaults.
    m_verification = new VerificationEditor(this);
    auto *verificationBox = new QGroupBox(tr("Verification"), this);
    auto *verificationLayout = new QVBoxLayout(verificationBox);
    verificationLayout->addWidget(m_verification);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sandboxBox);
    layout->addWidget(limitsBox);
    layout->addWidget(verificationBox);
    layout->addStretch();

    registerField(QStringLiteral("sandbox.backend"), m_backend);
    registerField(QStringLiteral("sandbox.template"), m_template);
    registerField(QStringLiteral("model"), m_model, "currentText",
                  SIGNAL(currentTextChanged(QString)));
    registerField(QStringLiteral("limits.maxIterations"), m_iterations);
    registerField(QStringLiteral("limits.budgetUsd"), m_budget, "value",
                  SIGNAL(valueChanged(double)));
    registerField(QStringLiteral("limits.wallClockMinutes"), m_wallClock);
    registerField(QStringLiteral("limits.commandTimeoutSeconds"), m_commandTimeout);
    registerField(QStringLiteral("limits.agentTimeoutMinutes"), m_agentTimeout);
    registerField(QStringLiteral("limits.maxTurns"), m_maxTurns);
}

void AgentPage::load(const Spec::ProjectSpec &spec)
{
    int backend = m_backend->findData(spec.sandbox.backend);
    if (backend < 0) {
        m_backend->addItem(spec.sandbox.backend, spec.sandbox.backend);
        backend = m_backend->count() - 1;
    }
    m_backend->setCurrentIndex(backend);
    m_template->setText(spec.sandbox.templateName);
    m_model->setCurrentText(spec.model);
    m_iterations->setValue(spec.limits.maxIterations);
    m_budget->setValue(spec.limits.budgetUsd);
    m_wallClock->setValue(spec.limits.wallClockMinutes);
    m_commandTimeout->setValue(spec.limits.commandTimeoutSeconds);
    m_agentTimeout->setValue(spec.limits.agentTimeoutMinutes);
    m_maxTurns->setValue(spec.limits.maxTurns);
    m_verification->setVerification(spec.verification);
}

void AgentPage::store(Spec::ProjectSpec &spec) const
{
    spec.sandbox.backend = m_backend->currentData().toString();
    spec.sandbox.templateName = field(QStringLiteral("sandbox.template")).toString().trimmed();
    spec.model = field(QStringLiteral("model")).toString().trimmed();
    spec.limits.maxIterations = field(QStringLiteral("limits.maxIterations")).toInt();
    spec.limits.budgetUsd = field(QStringLiteral("limits.budgetUsd")).toDouble();
    spec.limits.wallClockMinutes = field(QStringLiteral("limits.wallClockMinutes")).toInt();
    spec.limits.commandTimeoutSeconds =
        field(QStringLiteral("limits.commandTimeoutSeconds")).toInt();
    spec.limits.agentTimeoutMinutes = field(QStringLiteral("limits.agentTimeoutMinutes")).toInt();
    spec.limits.maxTurns = field(QStringLiteral("limits.maxTurns")).toInt();
    spec.verification = m_verification->verification();
}

int AgentPage::nextId() const
{
    return SpecWizard::ReviewPageId;
}

} // namespace Autocoder::Ui
