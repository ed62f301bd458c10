#include "wizard/specwizard.h"

#include "asyncdialogs.h"
#include "spec/specvalidator.h"
#include "wizard/agentpage.h"
#include "wizard/lockedtestseditor.h"
#include "wizard/projectpage.h"
#include "wizard/recentspecs.h"
#include "wizard/requirementspage.h"
#include "wizard/reviewpage.h"
#include "wizard/stackpage.h"
#include "wizard/stringlisteditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>

namespace Autocoder::Ui {

SpecWizard::SpecWizard(QWidget *parent)
    : QWizard(parent)
{
    init(Spec::ProjectSpec());
}

SpecWizard::SpecWizard(const Spec::ProjectSpec &spec, QWidget *parent)
    : QWizard(parent)
{
    init(spec);
}

void SpecWizard::init(const Spec::ProjectSpec &spec)
{
    setWindowTitle(tr("New Run"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setButtonText(QWizard::CustomButton1, tr("&Open Spec…"));
    setButtonText(QWizard::CustomButton2, tr("Sa&ve Spec…"));
    setButtonText(QWizard::FinishButton, tr("&Start Run"));
    button(QWizard::CustomButton1)->setToolTip(tr("Load answers from a spec file (Ctrl+O)"));
    button(QWizard::CustomButton2)
        ->setToolTip(tr("Save these answers as a spec file (Ctrl+Shift+S)"));
    button(QWizard::CustomButton1)->setShortcut(QKeySequence::Open);
    button(QWizard::CustomButton2)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    setButtonLayout({ QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                      QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                      QWizard::CancelButton });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openSpec();
        else if (which == QWizard::CustomButton2)
            saveSpec();
    });

    m_project = new ProjectPage(this);
    m_requirements = new RequirementsPage(this);
    m_stack = new StackPage(this);
    m_agent = new AgentPage(this);
    m_review = new ReviewPage(this);
    setPage(ProjectPageId, m_project);
    setPage(RequirementsPageId, m_requirements);
    setPage(StackPageId, m_stack);
    setPage(AgentPageId, m_agent);
    setPage(ReviewPageId, m_review);
    setStartId(ProjectPageId);
    for (SpecWizardPage *page : pages()) {
        watchEdits(page);
        connect(page, &QWizardPage::completeChanged, this, &SpecWizard::updateNextHint);
    }
    connect(this, &QWizard::currentIdChanged, this, &SpecWizard::updateNextHint);

    setSpec(spec);
    const int em = fontMetrics().height();
    resize(em * 54, em * 38);
}

QList<SpecWizardPage *> SpecWizard::pages() const
{
    return { m_project, m_requirements, m_stack, m_agent, m_review };
}

Spec::ProjectSpec SpecWizard::spec() const
{
    Spec::ProjectSpec spec = m_base;
    for (SpecWizardPage *page : pages())
        page->store(spec);
    return spec;
}

void SpecWizard::setSpec(const Spec::ProjectSpec &spec)
{
    m_base = spec;
    for (SpecWizardPage *page : pages()) {
        page->load(spec);
        page->showIssues({});
    }
    m_review->showSummary({});
    m_opened = this->spec().toJson();
    updateNextHint();
}

// Every editing widget of a page: an edit clears the messages it fixed right away, not
// at the next press of Next.
void SpecWizard::watchEdits(SpecWizardPage *page)
{
    const auto refresh = [page] {
        page->refreshIssues();
    };
    for (QLineEdit *w : page->findChildren<QLineEdit *>())
        connect(w, &QLineEdit::textChanged, page, refresh);
    for (QPlainTextEdit *w : page->findChildren<QPlainTextEdit *>())
        connect(w, &QPlainTextEdit::textChanged, page, refresh);
    for (QComboBox *w : page->findChildren<QComboBox *>())
        connect(w, &QComboBox::currentTextChanged, page, refresh);
    for (QSpinBox *w : page->findChildren<QSpinBox *>())
        connect(w, &QSpinBox::valueChanged, page, refresh);
    for (QDoubleSpinBox *w : page->findChildren<QDoubleSpinBox *>())
        connect(w, &QDoubleSpinBox::valueChanged, page, refresh);
    for (StringListEditor *w : page->findChildren<StringListEditor *>())
        connect(w, &StringListEditor::itemsChanged, page, refresh);
    for (LockedTestsEditor *w : page->findChildren<LockedTestsEditor *>())
        connect(w, &LockedTestsEditor::testsChanged, page, refresh);
}

QString SpecWizard::nextBlockedReason() const
{
    const auto *page = qobject_cast<const SpecWizardPage *>(currentPage());
    if (!page || page->isComplete())
        return QString();
    return page->incompleteReason();
}

void SpecWizard::updateNextHint()
{
    const QString reason = nextBlockedReason();
    for (SpecWizardPage *page : pages()) {
        if (page != currentPage() || reason.isEmpty()) {
            if (page->findChild<QLabel *>(QStringLiteral("nextHint")))
                page->nextHintLabel()->setVisible(false);
            continue;
        }
        QLabel *hint = page->nextHintLabel();
        hint->setText(QStringLiteral("\u2139 ") + reason);
        hint->setVisible(true);
    }
    // The disabled button says it too (its tooltip shows on hover even when disabled).
    for (QWizard::WizardButton which : { QWizard::NextButton, QWizard::FinishButton }) {
        if (QAbstractButton *b = button(which)) {
            b->setToolTip(reason);
            b->setAccessibleDescription(reason);
        }
    }
}

bool SpecWizard::isChanged() const
{
    return m_opened.isEmpty() || spec().toJson() != m_opened || briefEdited();
}

void SpecWizard::reject()
{
    if (!isChanged()) {
        QWizard::reject();
        return;
    }
    if (m_discardQuestion) {
        m_discardQuestion->raise();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Discard Project Description?"),
                        tr("Discard this project description?"), QMessageBox::NoButton, this);
    box->setInformativeText(tr("The answers in this wizard are lost unless you save them as a "
                               "spec file first."));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(static_cast<QAbstractButton *>(keep));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_discardQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(discard))
            QWizard::reject();
    });
    box->open();
}

void SpecWizard::setBrief(const Spec::Brief &brief)
{
    m_review->setBrief(brief);
}

void SpecWizard::showStartFailure(const QString &message)
{
    m_opened.clear();
    // Straight to Review, through the pages as Next would go, so Back still works.
    for (int guard = 0; currentId() != ReviewPageId && guard < 8; ++guard) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page refused: stay there with its messages
    }
    m_review->showStartFailure(message);
}

Spec::Brief SpecWizard::brief() const
{
    return m_review->brief();
}

bool SpecWizard::briefEdited() const
{
    return m_review->briefEdited();
}

QList<Spec::ValidationIssue> SpecWizard::validateAll()
{
    QList<Spec::ValidationIssue> issues = Spec::SpecValidator::validate(spec());
    for (SpecWizardPage *page : pages())
        page->showIssues(issues);
    return issues;
}

int SpecWizard::pageForField(const QString &field) const
{
    const QList<int> ids { ProjectPageId, RequirementsPageId, StackPageId, AgentPageId };
    for (int id : ids) {
        const auto *p = qobject_cast<const SpecWizardPage *>(page(id));
        if (p && p->ownsField(field))
            return id;
    }
    return ReviewPageId;
}

bool SpecWizard::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const Result<Spec::ProjectSpec> spec =
        Spec::ProjectSpec::parse(file.read(qint64(4) * 1024 * 1024));
    if (!spec) {
        if (error)
            *error =
                tr("%1 is not a valid spec: %2").arg(QDir::toNativeSeparators(path), spec.error());
        return false;
    }
    setSpec(*spec);
    RecentSpecs::add(path);
    return true;
}

bool SpecWizard::saveFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(spec().toJson()) < 0 || !file.commit()) {
        if (error)
            *error =
                tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    RecentSpecs::add(path);
    return true;
}

void SpecWizard::openSpec()
{
    const QStringList recent = RecentSpecs::paths();
    const QString dir =
        recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    //: File dialog filter: keep the patterns in parentheses and the ";;" between filters
    const QString filter = tr("Autocoder specs (*.autocoder.json *.json);;All files (*)");
    AsyncDialogs::openFile(this, tr("Open Spec"), dir, filter, [this](const QString &path) {
        QString error;
        if (!loadFile(path, &error))
            AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Open Spec"), error);
        else
            restart();
    });
}

void SpecWizard::saveSpec()
{
    const Spec::ProjectSpec s = spec();
    const QString suggested =
        QDir::home().filePath((s.name.isEmpty() ? QStringLiteral("project") : s.name)
                              + QStringLiteral(".autocoder.json"));
    //: File dialog filter: keep the patterns in parentheses and the ";;" between filters
    const QString filter = tr("Autocoder specs (*.autocoder.json *.json)");
    // QFileDialog asks before overwriting an existing file.
    AsyncDialogs::saveFile(this, tr("Save Spec"), suggested, filter, [this](const QString &path) {
        QString error;
        if (!saveFile(path, &error))
            AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Save Spec"), error);
    });
}

} // namespace Autocoder::Ui
