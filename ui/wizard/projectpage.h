#pragma once

#include "wizard/specwizardpage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Autocoder::Ui {

/// Page 1: the project's name, its kind (a preset with default commands)
/// and what it should do.
class ProjectPage final : public SpecWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPage)
public:
    explicit ProjectPage(SpecWizard *wizard);

    void load(const Spec::ProjectSpec &spec) override;
    void store(Spec::ProjectSpec &spec) const override;
    int nextId() const override;
    QString incompleteReason() const override;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QString kindId() const;

private:
    void updateHint();

    QLineEdit *m_name;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    QPushButton *m_example;
};

} // namespace Autocoder::Ui
