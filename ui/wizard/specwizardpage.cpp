#include "wizard/specwizardpage.h"

#include "spec/specvalidator.h"
#include "wizard/specwizard.h"

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

void SpecWizardPage::focusIssue(const Spec::ValidationIssue &)
{ }

int SpecWizardPage::indexInField(const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]+\\[(\\d+)\\]"));
    const auto match = re.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace Autocoder::Ui
