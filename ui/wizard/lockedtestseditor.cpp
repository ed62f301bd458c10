#include "wizard/lockedtestseditor.h"

#include "asyncdialogs.h"
#include "spec/specvalidator.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Autocoder::Ui {

LockedTestsEditor::LockedTestsEditor(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Locked test files"));
    m_fromFile = new QPushButton(tr("Add from F&ile…"), this);
    m_new = new QPushButton(tr("&Type a Test"), this);
    m_remove = new QPushButton(tr("Remove"), this);

    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("tests/example.test.ts"));
    m_path->setAccessibleName(tr("Path of the locked test in the project"));
    m_content = new QPlainTextEdit(this);
    m_content->setAccessibleName(tr("Content of the locked test"));
    m_content->setPlaceholderText(tr("The test file's content"));
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_content->setTabChangesFocus(true);

    auto *pathLabel = new QLabel(tr("Pat&h:"), this);
    pathLabel->setBuddy(m_path);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 4, 1);
    grid->addWidget(m_fromFile, 0, 1);
    grid->addWidget(m_new, 1, 1);
    grid->addWidget(m_remove, 2, 1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    grid->addLayout(pathRow, 0, 2);
    grid->addWidget(m_content, 1, 2, 3, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 3);
    grid->setRowStretch(3, 1);

    setTabOrder(m_list, m_fromFile);
    setTabOrder(m_fromFile, m_new);
    setTabOrder(m_new, m_remove);
    setTabOrder(m_remove, m_path);
    setTabOrder(m_path, m_content);

    connect(m_fromFile, &QPushButton::clicked, this, &LockedTestsEditor::chooseFile);
    connect(m_new, &QPushButton::clicked, this, [this] {
        addTest(QStringLiteral("tests/locked-%1.test.ts").arg(m_tests.size() + 1), QString());
        m_path->setFocus();
        m_path->selectAll();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_tests.removeAt(row);
        delete m_list->takeItem(row);
        showCurrent();
        Q_EMIT testsChanged();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int row = m_list->currentRow();
        if (row < 0 || m_updating)
            return;
        m_tests[row].path = text.trimmed();
        m_list->item(row)->setText(text.trimmed());
        Q_EMIT testsChanged();
    });
    connect(m_content, &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || m_updating)
            return;
        m_tests[row].content = m_content->toPlainText();
        Q_EMIT testsChanged();
    });
    showCurrent();
}

QList<Spec::ProjectSpec::LockedTest> LockedTestsEditor::tests() const
{
    return m_tests;
}

void LockedTestsEditor::setTests(const QList<Spec::ProjectSpec::LockedTest> &tests)
{
    m_tests = tests;
    m_list->clear();
    for (const auto &t : tests)
        m_list->addItem(t.path);
    if (!tests.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
    Q_EMIT testsChanged();
}

void LockedTestsEditor::selectRow(int row)
{
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void LockedTestsEditor::addTest(const QString &path, const QString &content)
{
    m_tests.append({ path, content });
    m_list->addItem(path);
    m_list->setCurrentRow(m_list->count() - 1);
    showCurrent();
    Q_EMIT testsChanged();
}

bool LockedTestsEditor::addFromFile(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (QFileInfo(filePath).size() > Spec::SpecValidator::MaxLockedTestBytes) {
        if (error)
            *error = tr("%1 is larger than %2 KiB; lock a smaller test file.")
                         .arg(QFileInfo(filePath).fileName())
                         .arg(Spec::SpecValidator::MaxLockedTestBytes / 1024);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(filePath, file.errorString());
        return false;
    }
    addTest(QStringLiteral("tests/") + QFileInfo(filePath).fileName(),
            QString::fromUtf8(file.readAll()));
    return true;
}

void LockedTestsEditor::chooseFile()
{
    //: File dialog filter: keep the patterns in parentheses and the ";;" between filters
    const QString filter = tr("Test files (*.ts *.js *.mjs *.cjs *.tsx *.jsx);;All files (*)");
    AsyncDialogs::openFiles(
        this, tr("Lock Test Files"), QString(), filter, [this](const QStringList &files) {
            QStringList errors;
            for (const QString &f : files) {
                QString error;
                if (!addFromFile(f, &error))
                    errors << error;
            }
            if (!errors.isEmpty())
                AsyncDialogs::message(this, QMessageBox::Warning, tr("Cannot Add Test"),
                                      errors.join(QLatin1Char('\n')));
        });
}

void LockedTestsEditor::showCurrent()
{
    const int row = m_list->currentRow();
    m_updating = true;
    if (row >= 0 && row < m_tests.size()) {
        m_path->setText(m_tests.at(row).path);
        m_content->setPlainText(m_tests.at(row).content);
    } else {
        m_path->clear();
        m_content->clear();
    }
    m_updating = false;
    updateEditors();
}

void LockedTestsEditor::updateEditors()
{
    const bool has = m_list->currentRow() >= 0;
    m_path->setEnabled(has);
    m_content->setEnabled(has);
    m_remove->setEnabled(has);
}

} // namespace Autocoder::Ui
