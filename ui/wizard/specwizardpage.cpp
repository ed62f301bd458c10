#include "wizard/specwizardpage.h"

#include "spec/specvalidator.h"
#include "wizard/specwizard.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Autocoder::Ui {

SpecWizardPage::SpecWizardPage(SpecWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{ }

QLabel *SpecWizardPage::registerErrorField(const QString &prefix, QWidget *widget)
{
    QLabel *label = FieldErrors::createLabel(this);
    m_errors.add(prefix, widget, label);
    return label;
}

QWidget *SpecWizardPage::withError(const QString &prefix, QWidget *field)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(registerErrorField(prefix, field));
    box->setFocusProxy(field);
    return box;
}

QList<Spec::ValidationIssue> SpecWizardPage::showIssues(const QList<Spec::ValidationIssue> &issues)
{
    QList<Spec::ValidationIssue> mine;
    for (const Spec::ValidationIssue &issue : issues) {
        if (m_errors.owns(issue.field))
            mine.append(issue);
    }
    m_errors.show(mine);
    return mine;
}

bool SpecWizardPage::validatePage()
{
    const QList<Spec::ValidationIssue> mine =
        showIssues(Spec::SpecValidator::validate(m_wizard->spec()));
    if (mine.isEmpty())
        return true;
    focusIssue(mine.first());
    if (QWidget *w = m_errors.firstFaulty())
        w->setFocus(Qt::OtherFocusReason);
    return false;
}

void SpecWizardPage::refreshIssues()
{
    if (!m_errors.hasMessages())
        return;
    m_errors.refresh(Spec::SpecValidator::validate(m_wizard->spec()));
}

QString SpecWizardPage::incompleteReason() const
{
    return tr("Fill in the required fields to continue.");
}

QLabel *SpecWizardPage::nextHintLabel()
{
    if (m_nextHint)
        return m_nextHint;
    m_nextHint = new QLabel(this);
    m_nextHint->setObjectName(QStringLiteral("nextHint"));
    m_nextHint->setWordWrap(true);
    m_nextHint->setTextFormat(Qt::PlainText);
    m_nextHint->setVisible(false);
    m_nextHint->setAccessibleName(tr("Why Next is not available"));
    // Pages lay themselves out; the hint goes last, whatever the layout is.
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->addRow(m_nextHint);
    else if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->addWidget(m_nextHint);
    else if (auto *grid = qobject_cast<QGridLayout *>(layout()))
        grid->addWidget(m_nextHint, grid->rowCount(), 0, 1, -1);
    return m_nextHint;
}

void SpecWizardPage::focusIssue(const Spec::ValidationIssue &)
{ }

int SpecWizardPage::indexInField(const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]+\\[(\\d+)\\]"));
    const auto match = re.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace Autocoder::Ui
