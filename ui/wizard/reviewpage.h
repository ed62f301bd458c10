#pragma once

#include "spec/brief.h"
#include "wizard/specwizardpage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Autocoder::Ui {

/// Page 5: the exact brief the agent will get (rendered by BriefRenderer),
/// editable before starting, and every remaining problem of the spec.
class ReviewPage final : public SpecWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)
public:
    explicit ReviewPage(SpecWizard *wizard);

    void load(const Spec::ProjectSpec &spec) override;
    void store(Spec::ProjectSpec &spec) const override;
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    Spec::Brief brief() const;
    bool briefEdited() const;
    /// Lists issues that belong to other pages (or no page) with where to fix them.
    void showSummary(const QList<Spec::ValidationIssue> &issues);
    /// Puts back an edited brief; it counts as edited if it differs from the rendered one.
    void setBrief(const Spec::Brief &brief);
    /// Why the last start failed, above the brief; empty hides it.
    void showStartFailure(const QString &message);
    QLabel *startFailureLabel() const { return m_startFailure; }

    QPlainTextEdit *promptField() const { return m_prompt; }
    QPlainTextEdit *claudeMdField() const { return m_claudeMd; }
    QLabel *issuesLabel() const { return m_issues; }

private:
    void render();

    QLabel *m_summary;
    QLabel *m_issues;
    QLabel *m_startFailure;
    QPlainTextEdit *m_prompt;
    QPlainTextEdit *m_claudeMd;
    QPushButton *m_regenerate;
    Spec::Brief m_rendered;
    QByteArray m_renderedFor; // the spec JSON the brief was rendered from
};

} // namespace Autocoder::Ui
