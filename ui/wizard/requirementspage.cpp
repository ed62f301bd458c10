#include "wizard/requirementspage.h"

#include "wizard/lockedtestseditor.h"
#include "wizard/specwizard.h"
#include "wizard/stringlisteditor.h"

#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Autocoder::Ui {

RequirementsPage::RequirementsPage(SpecWizard *wizard)
    : SpecWizardPage(wizard)
{
    setTitle(tr("Requirements"));
    setSubTitle(tr("List the features, say how to check them, and optionally lock test files the "
                   "result must pass."));

    m_features = new StringListEditor(tr("Type a feature and press Enter"), this);
    m_features->listWidget()->setAccessibleName(tr("Features"));
    m_criteria = new StringListEditor(tr("Type an acceptance criterion and press Enter"), this);
    m_criteria->listWidget()->setAccessibleName(tr("Acceptance criteria"));
    m_locked = new LockedTestsEditor(this);

    auto page = [this](QWidget *editor, const QString &prefix, const QString &hint) {
        auto *w = new QWidget(this);
        auto *l = new QVBoxLayout(w);
        auto *hintLabel = new QLabel(hint, w);
        hintLabel->setWordWrap(true);
        l->addWidget(hintLabel);
        l->addWidget(editor, 1);
        l->addWidget(registerErrorField(prefix, editor));
        w->setFocusProxy(editor);
        return w;
    };

    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Requirements"));
    tabs->addTab(page(m_features, QStringLiteral("requirements"),
                      tr("What the software must do, one feature per row.")),
                 tr("&Features"));
    tabs->addTab(page(m_criteria, QStringLiteral("acceptanceCriteria"),
                      tr("How you will know it works: observable behaviour, one per row.")),
                 tr("&Acceptance Criteria"));
    tabs->addTab(
        page(m_locked, QStringLiteral("lockedTests"),
             tr("Optional. Tests you wrote: uploaded as they are; the run is green only when "
                "they pass unchanged.")),
        tr("&Locked Tests"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);

    registerField(QStringLiteral("requirements"), m_features, "items", SIGNAL(itemsChanged()));
    registerField(QStringLiteral("acceptanceCriteria"), m_criteria, "items",
                  SIGNAL(itemsChanged()));
}

void RequirementsPage::load(const Spec::ProjectSpec &spec)
{
    m_features->setItems(spec.requirements);
    m_criteria->setItems(spec.acceptanceCriteria);
    m_locked->setTests(spec.lockedTests);
}

void RequirementsPage::store(Spec::ProjectSpec &spec) const
{
    spec.requirements = field(QStringLiteral("requirements")).toStringList();
    spec.acceptanceCriteria = field(QStringLiteral("acceptanceCriteria")).toStringList();
    spec.lockedTests = m_locked->tests();
}

int RequirementsPage::nextId() const
{
    return SpecWizard::StackPageId;
}

void RequirementsPage::focusIssue(const Spec::ValidationIssue &issue)
{
    const int row = indexInField(issue.field);
    QWidget *editor = nullptr;
    if (FieldErrors::matches(issue.field, QStringLiteral("requirements"))) {
        m_features->selectRow(row);
        editor = m_features;
    } else if (FieldErrors::matches(issue.field, QStringLiteral("acceptanceCriteria"))) {
        m_criteria->selectRow(row);
        editor = m_criteria;
    } else if (FieldErrors::matches(issue.field, QStringLiteral("lockedTests"))) {
        m_locked->selectRow(row);
        editor = m_locked;
    }
    // Bring the tab holding the faulty list to the front.
    for (QWidget *w = editor; w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(
                w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr)) {
            tabs->setCurrentWidget(w);
            break;
        }
    }
}

} // namespace Autocoder::Ui
