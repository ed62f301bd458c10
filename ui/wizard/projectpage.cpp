#include "wizard/projectpage.h"

#include "spec/kindpresets.h"
#include "spec/specvalidator.h"
#include "wizard/specwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Autocoder::Ui {

ProjectPage::ProjectPage(SpecWizard *wizard)
    : SpecWizardPage(wizard)
{
    setTitle(tr("Project"));
    setSubTitle(
        tr("Name the project, pick what kind of software it is, and describe what it should do."));

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("todo-lib"));
    m_name->setAccessibleName(tr("Project name"));
    m_name->setMaxLength(Spec::SpecValidator::MaxNameLength);

    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Project kind"));
    const auto presets = Spec::KindPresets::all();
    for (const Spec::KindPreset &preset : presets)
        m_kind->addItem(preset.displayName, preset.id);

    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(fontMetrics().height() * 6);

    m_example = new QPushButton(tr("Use the &Example"), this);
    m_example->setToolTip(tr("Fill the description with the example for this kind"));

    auto *nameLabel = new QLabel(tr("N&ame:"), this);
    nameLabel->setBuddy(m_name);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);

    auto *descriptionBox = new QWidget(this);
    auto *descriptionLayout = new QVBoxLayout(descriptionBox);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->addWidget(m_description, 1);
    descriptionLayout->addWidget(registerErrorField(QStringLiteral("description"), m_description));
    descriptionLayout->addWidget(m_example, 0, Qt::AlignLeft);
    descriptionBox->setFocusProxy(m_description);

    auto *form = new QFormLayout(this);
    form->addRow(nameLabel, withError(QStringLiteral("name"), m_name));
    form->addRow(kindLabel, withError(QStringLiteral("kind"), m_kind));
    form->addRow(descriptionLabel, descriptionBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    registerField(QStringLiteral("name*"), m_name);
    registerField(QStringLiteral("kind"), m_kind);
    registerField(QStringLiteral("description"), m_description, "plainText", SIGNAL(textChanged()));

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateHint(); });
    connect(m_example, &QPushButton::clicked, this, [this] {
        m_description->setPlainText(Spec::KindPresets::find(kindId()).starterDescription);
        m_description->setFocus();
    });
    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_description);
    setTabOrder(m_description, m_example);
    updateHint();
}

QString ProjectPage::kindId() const
{
    return m_kind->currentData().toString();
}

void ProjectPage::updateHint()
{
    m_description->setPlaceholderText(Spec::KindPresets::find(kindId()).starterDescription);
}

void ProjectPage::load(const Spec::ProjectSpec &spec)
{
    m_name->setText(spec.name);
    int index = m_kind->findData(spec.kind);
    if (index < 0 && !spec.kind.isEmpty()) {
        // Keep an unknown kind visible so the validator can point at it.
        m_kind->addItem(spec.kind, spec.kind);
        index = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(std::max(0, index));
    m_description->setPlainText(spec.description);
}

void ProjectPage::store(Spec::ProjectSpec &spec) const
{
    spec.name = field(QStringLiteral("name")).toString().trimmed();
    spec.kind = kindId();
    spec.description = field(QStringLiteral("description")).toString().trimmed();
}

QString ProjectPage::incompleteReason() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Next needs a project name: fill in Name.");
    return SpecWizardPage::incompleteReason();
}

int ProjectPage::nextId() const
{
    return SpecWizard::RequirementsPageId;
}

} // namespace Autocoder::Ui
