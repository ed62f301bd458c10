#pragma once

#include "spec/brief.h"
#include "spec/projectspec.h"
#include "spec/validationissue.h"

#include <QPointer>
#include <QWizard>

#include <QMessageBox>

namespace Autocoder::Ui {

class AgentPage;
class ProjectPage;
class RequirementsPage;
class ReviewPage;
class SpecWizardPage;
class StackPage;

/// The requirements wizard: Project, Requirements, Stack & commands, Agent &
/// sandbox, Review. Its answers form a Spec::ProjectSpec; SpecValidator decides
/// what is wrong and each issue is shown beside its field. Specs can be
/// opened from and saved to files (remembered in the recent list).
class SpecWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecWizard)
public:
    enum PageId { ProjectPageId, RequirementsPageId, StackPageId, AgentPageId, ReviewPageId };

    explicit SpecWizard(QWidget *parent = nullptr);
    /// Starts from @p spec (defaults from the settings, or a spec file).
    explicit SpecWizard(const Spec::ProjectSpec &spec, QWidget *parent = nullptr);

    /// The spec as the pages currently describe it.
    Spec::ProjectSpec spec() const;
    void setSpec(const Spec::ProjectSpec &spec);

    /// The brief to start the run with: BriefRenderer's, or the person's edit of it.
    Spec::Brief brief() const;
    bool briefEdited() const;
    /// Puts back a brief the person edited (a wizard reopened after a failed start).
    void setBrief(const Spec::Brief &brief);

    /// Whether the answers differ from those the wizard opened with (Cancel then asks).
    bool isChanged() const;
    /// Reopened after a failed start: shows @p message on the Review page, goes there, and
    /// counts as changed (the answers exist nowhere else).
    void showStartFailure(const QString &message);
    /// "Discard this project description?", while it is open (tests).
    QMessageBox *discardQuestion() const { return m_discardQuestion; }
    /// Why Next is disabled, as shown under the page; empty when it is enabled.
    QString nextBlockedReason() const;

    bool loadFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr) const;

    /// Runs the validator and shows every issue on its page; returns them.
    QList<Spec::ValidationIssue> validateAll();
    /// The page that shows issues of @p field (ReviewPageId if none claims it).
    int pageForField(const QString &field) const;

    ProjectPage *projectPage() const { return m_project; }
    RequirementsPage *requirementsPage() const { return m_requirements; }
    StackPage *stackPage() const { return m_stack; }
    AgentPage *agentPage() const { return m_agent; }
    ReviewPage *reviewPage() const { return m_review; }

public Q_SLOTS:
    void openSpec();
    void saveSpec();
    /// Esc, Cancel and closing: asks first when the answers changed.
    void reject() override;

private:
    void init(const Spec::ProjectSpec &spec);
    QList<SpecWizardPage *> pages() const;
    void watchEdits(SpecWizardPage *page);
    void updateNextHint();

    Spec::ProjectSpec m_base; // keeps what no page edits (version, unknown future fields)
    ProjectPage *m_project = nullptr;
    RequirementsPage *m_requirements = nullptr;
    StackPage *m_stack = nullptr;
    AgentPage *m_agent = nullptr;
    ReviewPage *m_review = nullptr;
    QByteArray m_opened; // the answers as opened; empty when they exist nowhere else
    QPointer<QMessageBox> m_discardQuestion;
};

} // namespace Autocoder::Ui
