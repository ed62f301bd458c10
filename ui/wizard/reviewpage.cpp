#include "wizard/reviewpage.h"

#include "run/runenums.h"
#include "spec/briefrenderer.h"
#include "spec/kindpresets.h"
#include "spec/specvalidator.h"
#include "wizard/specwizard.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Autocoder::Ui {

ReviewPage::ReviewPage(SpecWizard *wizard)
    : SpecWizardPage(wizard)
{
    setTitle(tr("Review"));
    setSubTitle(
        tr("This is exactly what the agent will read. Edit it if you like, then start the run."));
    setCommitPage(false);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues = FieldErrors::createLabel(this);
    m_issues->setAccessibleName(tr("Problems to fix before starting"));
    m_startFailure = FieldErrors::createLabel(this);
    m_startFailure->setObjectName(QStringLiteral("startFailure"));
    m_startFailure->setAccessibleName(tr("Why the run did not start"));
    m_startFailure->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setFont(mono);
    m_prompt->setAccessibleName(tr("Prompt for the agent"));
    m_prompt->setTabChangesFocus(true);
    m_claudeMd = new QPlainTextEdit(this);
    m_claudeMd->setFont(mono);
    m_claudeMd->setAccessibleName(tr("CLAUDE.md rules file"));
    m_claudeMd->setTabChangesFocus(true);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_prompt, tr("&Prompt"));
    tabs->addTab(m_claudeMd, tr("&CLAUDE.md"));

    m_regenerate = new QPushButton(tr("&Regenerate from the Answers"), this);
    m_regenerate->setToolTip(tr("Discard edits to the brief and render it again"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_startFailure);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_regenerate, 0, Qt::AlignLeft);

    connect(m_regenerate, &QPushButton::clicked, this, [this] {
        m_renderedFor.clear();
        render();
    });
}

void ReviewPage::render()
{
    const Spec::ProjectSpec spec = m_wizard->spec();
    const QByteArray json = spec.toJson();
    // Same answers as last time: keep the person's edits.
    if (json == m_renderedFor && briefEdited())
        return;
    m_rendered = Spec::BriefRenderer::render(spec);
    m_renderedFor = json;
    m_prompt->setPlainText(m_rendered.prompt);
    m_claudeMd->setPlainText(m_rendered.claudeMd);

    const Spec::KindPreset preset = Spec::KindPresets::find(spec.kind);
    // Sentence by sentence, joined with spaces: each is whole for the translators.
    QStringList summary;
    //: %1 the project's name, %2 its kind
    summary
        << tr("%1 \u2014 %2.").arg(spec.name, preset.isValid() ? preset.displayName : spec.kind);
    //: The numbers of features, acceptance criteria and locked tests in the spec
    summary << tr("Features: %1; acceptance criteria: %2; locked tests: %3.")
                   .arg(spec.requirements.size())
                   .arg(spec.acceptanceCriteria.size())
                   .arg(spec.lockedTests.size());
    if (Run::fromWireName<Run::Backend>(spec.sandbox.backend) == Run::Backend::E2b)
        //: %1 the model's id; E2B the hosted sandbox service
        summary << tr("Model %1 on E2B.").arg(spec.model);
    else
        //: %1 the model's id
        summary << tr("Model %1 on this computer.").arg(spec.model);
    //: The run's limits: iterations, %1 the budget in dollars, %2 the time limit ("90 minutes")
    summary << tr("Limits: %n iteration(s), $%1, %2.", nullptr, spec.limits.maxIterations)
                   .arg(spec.limits.budgetUsd, 0, 'f', 2)
                   .arg(tr("%n minute(s)", nullptr, spec.limits.wallClockMinutes));
    m_summary->setText(summary.join(QLatin1Char(' ')));
}

void ReviewPage::initializePage()
{
    render();
    showSummary(Spec::SpecValidator::validate(m_wizard->spec()));
}

bool ReviewPage::validatePage()
{
    const QList<Spec::ValidationIssue> issues = m_wizard->validateAll();
    showSummary(issues);
    return issues.isEmpty();
}

void ReviewPage::showSummary(const QList<Spec::ValidationIssue> &issues)
{
    if (issues.isEmpty()) {
        m_issues->clear();
        m_issues->setVisible(false);
        return;
    }
    QStringList lines;
    for (const Spec::ValidationIssue &issue : issues) {
        const int page = m_wizard->pageForField(issue.field);
        const QString where = page == SpecWizard::ReviewPageId || !m_wizard->page(page)
            ? issue.field
            : m_wizard->page(page)->title();
        lines << tr("\u26A0 %1: %2").arg(where, issue.message);
    }
    m_issues->setText(tr("Fix these before starting (use Back):") + QLatin1Char('\n')
                      + lines.join(QLatin1Char('\n')));
    m_issues->setVisible(true);
}

Spec::Brief ReviewPage::brief() const
{
    if (m_renderedFor.isEmpty())
        return Spec::BriefRenderer::render(m_wizard->spec());
    return { m_prompt->toPlainText(), m_claudeMd->toPlainText() };
}

bool ReviewPage::briefEdited() const
{
    return !m_renderedFor.isEmpty()
        && (m_prompt->toPlainText() != m_rendered.prompt
            || m_claudeMd->toPlainText() != m_rendered.claudeMd);
}

void ReviewPage::setBrief(const Spec::Brief &brief)
{
    render();
    m_prompt->setPlainText(brief.prompt);
    m_claudeMd->setPlainText(brief.claudeMd);
}

void ReviewPage::showStartFailure(const QString &message)
{
    m_startFailure->setText(message.isEmpty()
                                ? QString()
                                : tr("\u26A0 The run did not start: %1\nYour answers are kept; "
                                     "fix the problem and press Start Run again.")
                                      .arg(message));
    m_startFailure->setVisible(!message.isEmpty());
}

void ReviewPage::load(const Spec::ProjectSpec &)
{
    m_renderedFor.clear();
}

void ReviewPage::store(Spec::ProjectSpec &) const
{ }

int ReviewPage::nextId() const
{
    return -1;
}

} // namespace Autocoder::Ui
