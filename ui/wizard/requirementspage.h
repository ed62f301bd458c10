#pragma once

#include "wizard/specwizardpage.h"

namespace Autocoder::Ui {

class LockedTestsEditor;
class StringListEditor;

/// Page 2: the features to build, how to tell they work (acceptance
/// criteria), and optional test files the agent must make pass untouched.
class RequirementsPage final : public SpecWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsPage)
public:
    explicit RequirementsPage(SpecWizard *wizard);

    void load(const Spec::ProjectSpec &spec) override;
    void store(Spec::ProjectSpec &spec) const override;
    int nextId() const override;

    StringListEditor *featuresEditor() const { return m_features; }
    StringListEditor *criteriaEditor() const { return m_criteria; }
    LockedTestsEditor *lockedTestsEditor() const { return m_locked; }

protected:
    void focusIssue(const Spec::ValidationIssue &issue) override;

private:
    StringListEditor *m_features;
    StringListEditor *m_criteria;
    LockedTestsEditor *m_locked;
};

} // namespace Autocoder::Ui
