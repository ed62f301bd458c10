#pragma once

#include "spec/projectspec.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Autocoder::Ui {

/// Test files the person locks: the agent must make them pass without
/// touching them. Add one from a file on disk or type it; each has a path
/// inside the project and its content.
class LockedTestsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockedTestsEditor)
public:
    explicit LockedTestsEditor(QWidget *parent = nullptr);

    QList<Spec::ProjectSpec::LockedTest> tests() const;
    void setTests(const QList<Spec::ProjectSpec::LockedTest> &tests);
    void selectRow(int row);
    /// Adds a test (from a file or typed) and selects it.
    void addTest(const QString &path, const QString &content);
    /// Reads @p filePath from disk and adds it under tests/<name>; false + *error on failure.
    bool addFromFile(const QString &filePath, QString *error = nullptr);

    QListWidget *listWidget() const { return m_list; }
    QLineEdit *pathField() const { return m_path; }
    QPlainTextEdit *contentField() const { return m_content; }
    QPushButton *newButton() const { return m_new; }

Q_SIGNALS:
    void testsChanged();

private:
    void chooseFile();
    void showCurrent();
    void updateEditors();

    QList<Spec::ProjectSpec::LockedTest> m_tests;
    QListWidget *m_list;
    QLineEdit *m_path;
    QPlainTextEdit *m_content;
    QPushButton *m_fromFile;
    QPushButton *m_new;
    QPushButton *m_remove;
    bool m_updating = false;
};

} // namespace Autocoder::Ui
