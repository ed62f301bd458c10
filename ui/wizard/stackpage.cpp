#include "wizard/stackpage.h"

#include "spec/kindpresets.h"
#include "wizard/projectpage.h"
#include "wizard/specwizard.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Autocoder::Ui {

StackPage::StackPage(SpecWizard *wizard)
    : SpecWizardPage(wizard)
{
    setTitle(tr("Stack & Commands"));
    setSubTitle(tr("Autocoder itself runs these commands in the sandbox after every agent turn; "
                   "the run is green when they all succeed. Leave one empty to skip it."));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto makeEdit = [this, &mono](const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setFont(mono);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_install = makeEdit(tr("Install command"));
    m_test = makeEdit(tr("Test command"));
    m_build = makeEdit(tr("Build command"));
    m_lint = makeEdit(tr("Lint command"));
    m_lint->setPlaceholderText(tr("(none)"));
    m_build->setPlaceholderText(tr("(none)"));

    m_presetLabel = new QLabel(this);
    m_presetLabel->setWordWrap(true);
    m_reset = new QPushButton(tr("&Reset to the Preset"), this);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout(this);
    form->addRow(m_presetLabel);
    form->addRow(label(tr("&Install:"), m_install),
                 withError(QStringLiteral("commands.install"), m_install));
    form->addRow(label(tr("&Test:"), m_test), withError(QStringLiteral("commands.test"), m_test));
    form->addRow(label(tr("B&uild:"), m_build),
                 withError(QStringLiteral("commands.build"), m_build));
    form->addRow(label(tr("&Lint:"), m_lint), withError(QStringLiteral("commands.lint"), m_lint));
    form->addRow(QString(), m_reset);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    registerField(QStringLiteral("commands.install"), m_install);
    registerField(QStringLiteral("commands.test"), m_test);
    registerField(QStringLiteral("commands.build"), m_build);
    registerField(QStringLiteral("commands.lint"), m_lint);

    connect(m_reset, &QPushButton::clicked, this,
            [this] { fillFromPreset(m_wizard->projectPage()->kindId()); });
}

void StackPage::fillFromPreset(const QString &kindId)
{
    const Spec::KindPreset preset = Spec::KindPresets::find(kindId);
    if (!preset.isValid())
        return;
    m_install->setText(preset.defaultCommands.install);
    m_test->setText(preset.defaultCommands.test);
    m_build->setText(preset.defaultCommands.build);
    m_lint->setText(preset.defaultCommands.lint);
    m_filledForKind = kindId;
}

void StackPage::initializePage()
{
    const QString kindId = m_wizard->projectPage()->kindId();
    // A changed kind brings its own commands; the same kind keeps the edits.
    if (kindId != m_filledForKind)
        fillFromPreset(kindId);
    const Spec::KindPreset preset = Spec::KindPresets::find(kindId);
    m_presetLabel->setText(
        preset.isValid()
            ? tr("Prefilled for “%1” (tests with %2).").arg(preset.displayName, preset.testRunner)
            : QString());
}

void StackPage::load(const Spec::ProjectSpec &spec)
{
    m_install->setText(spec.commands.install);
    m_test->setText(spec.commands.test);
    m_build->setText(spec.commands.build);
    m_lint->setText(spec.commands.lint);
    m_filledForKind = spec.kind;
}

void StackPage::store(Spec::ProjectSpec &spec) const
{
    spec.commands.install = field(QStringLiteral("commands.install")).toString().trimmed();
    spec.commands.test = field(QStringLiteral("commands.test")).toString().trimmed();
    spec.commands.build = field(QStringLiteral("commands.build")).toString().trimmed();
    spec.commands.lint = field(QStringLiteral("commands.lint")).toString().trimmed();
}

int StackPage::nextId() const
{
    return SpecWizard::AgentPageId;
}

} // namespace Autocoder::Ui
