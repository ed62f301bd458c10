#pragma once

#include "spec/projectspec.h"
#include "spec/validationissue.h"
#include "wizard/fielderrors.h"

#include <QWizardPage>

class QLabel;

namespace Autocoder::Ui {

class SpecWizard;

/// Base of the wizard's pages: each page loads its part of the spec, stores
/// it back, and shows the validator's issues about its own fields beside
/// them. Pages never re-implement rules: they ask SpecValidator.
class SpecWizardPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecWizardPage)
public:
    explicit SpecWizardPage(SpecWizard *wizard);

    virtual void load(const Spec::ProjectSpec &spec) = 0;
    virtual void store(Spec::ProjectSpec &spec) const = 0;

    /// Shows the issues this page owns; returns those it showed.
    QList<Spec::ValidationIssue> showIssues(const QList<Spec::ValidationIssue> &issues);
    bool ownsField(const QString &field) const { return m_errors.owns(field); }
    const FieldErrors &fieldErrors() const { return m_errors; }

    bool validatePage() override;
    /// Called on every edit of the page: messages of fixed fields go at once.
    void refreshIssues();
    /// Why Next is disabled on this page (isComplete() is false), naming the field.
    virtual QString incompleteReason() const;
    /// The line under the page that says why Next is disabled (created on first use).
    QLabel *nextHintLabel();
    /// Going back keeps what was typed (QWizard would reset the fields).
    void cleanupPage() override { }

protected:
    /// Creates the error label for @p prefix under @p widget; the caller lays it out.
    QLabel *registerErrorField(const QString &prefix, QWidget *widget);
    /// Wraps @p field and its error label in one widget for a form row.
    QWidget *withError(const QString &prefix, QWidget *field);
    /// Lets list pages select the row an issue points at ("requirements[2]").
    virtual void focusIssue(const Spec::ValidationIssue &issue);
    static int indexInField(const QString &field); ///< 2 for "requirements[2]", -1 otherwise

    SpecWizard *m_wizard;
    FieldErrors m_errors;
    QLabel *m_nextHint = nullptr;
};

} // namespace Autocoder::Ui
