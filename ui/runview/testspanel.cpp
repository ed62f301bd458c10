#include "runview/testspanel.h"

#include "models/mutationmodel.h"
#include "models/requirementsmodel.h"
#include "models/runlistmodel.h"
#include "models/testcasesmodel.h"
#include "models/testresultsmodel.h"
#include "runview/testchart.h"
#include "runview/verificationpanel.h"
#include "theme/icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Autocoder::Ui {

TestsPanel::TestsPanel(TestResultsModel *model, RequirementsModel *requirements,
                       MutationModel *mutation, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_requirements(requirements)
    , m_mutation(mutation)
{
    m_casesModel = new TestCasesModel(this);

    m_iterations = new QTableView(this);
    m_iterations->setModel(model);
    m_iterations->setAccessibleName(tr("Test results per iteration"));
    m_iterations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_iterations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_iterations->verticalHeader()->hide();
    m_iterations->horizontalHeader()->setStretchLastSection(true);
    m_iterations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_iterations->setWordWrap(false);

    m_chart = new TestChart(this);
    m_chart->setModel(model);

    m_casesTitle = new QLabel(tr("Tests"), this);
    m_cases = new QTableView(this);
    m_cases->setModel(m_casesModel);
    m_cases->setAccessibleName(tr("Tests of the selected iteration"));
    m_casesTitle->setBuddy(m_cases);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->verticalHeader()->hide();
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_cases->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_cases->setSortingEnabled(false);
    m_cases->setWordWrap(false);

    m_noTests = new QLabel(this);
    m_noTests->setWordWrap(true);
    m_noTests->setAccessibleName(tr("No tests found"));
    m_noTests->hide();

    // The selected test's failure: where, and why, in a pane one can select and copy from.
    m_location = new QLabel(this);
    m_location->setAccessibleName(tr("Failure location"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_location->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_failure = new QPlainTextEdit(this);
    m_failure->setReadOnly(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_failure->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_failure->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_failure->setAccessibleName(tr("Failure message"));
    m_failure->setPlaceholderText(tr("Select a failed test to see why it failed."));

    m_copyFailure = new QAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy Failure"), this);
    m_copyFailure->setToolTip(tr("Copy the test's name, location and failure message"));
    m_copyFailure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyFailure->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyFailure->setEnabled(false);
    addAction(m_copyFailure);
    connect(m_copyFailure, &QAction::triggered, this, [this] {
        if (const TestCaseResult *t = m_casesModel->testAt(m_cases->currentIndex().row()))
            QApplication::clipboard()->setText(TestCasesModel::failureText(*t));
    });
    m_showInLogs = new QAction(themedIcon(QStringLiteral("go-jump")), tr("Show in &Logs"), this);
    m_showInLogs->setToolTip(tr("Show the test's output in the Logs tab"));
    m_showInLogs->setEnabled(false);
    connect(m_showInLogs, &QAction::triggered, this, [this] {
        if (const TestCaseResult *t = m_casesModel->testAt(m_cases->currentIndex().row()))
            Q_EMIT testActivated(m_casesModel->iteration(), t->name);
    });
    m_cases->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_cases->addAction(m_copyFailure);
    m_cases->addAction(m_showInLogs);
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(m_copyFailure);
    copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *logsButton = new QToolButton(this);
    logsButton->setDefaultAction(m_showInLogs);
    logsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_iterations);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_casesTitle);
    bottomLayout->addWidget(m_noTests);
    bottomLayout->addWidget(m_cases, 1);

    auto *failure = new QWidget(this);
    auto *failureLayout = new QVBoxLayout(failure);
    failureLayout->setContentsMargins(0, 0, 0, 0);
    auto *failureBar = new QHBoxLayout;
    failureBar->addWidget(m_location, 1);
    failureBar->addWidget(logsButton);
    failureBar->addWidget(copyButton);
    failureLayout->addLayout(failureBar);
    failureLayout->addWidget(m_failure, 1);
    // The pane asks for no minimum height: a small window keeps the tables' room (a splitter
    // handle drags it open).
    failure->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);

    auto *testsSplitter = new QSplitter(Qt::Vertical, this);
    testsSplitter->addWidget(bottom);
    testsSplitter->addWidget(failure);
    testsSplitter->setStretchFactor(0, 3);
    testsSplitter->setStretchFactor(1, 2);
    testsSplitter->setChildrenCollapsible(false);

    // The iteration's tests, and what they were found to prove: one iteration chosen above,
    // two ways to look at it.
    m_verification = new VerificationPanel(requirements, mutation, this);
    m_sections = new QTabWidget(this);
    m_sections->setAccessibleName(tr("Tests and verification of the selected iteration"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(testsSplitter, tr("Test &Results"));
    m_sections->addTab(m_verification, tr("&Verification"));
    connect(m_verification, &VerificationPanel::stateChanged, this,
            &TestsPanel::updateVerificationTab);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_sections);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_iterations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_followLatest = current.row() == m_model->rowCount() - 1;
                showIteration(current.row());
            });
    connect(model, &TestResultsModel::iterationUpdated, this, [this](int row) {
        const int last = m_model->rowCount() - 1;
        if (m_followLatest && row == last) {
            m_iterations->setCurrentIndex(m_model->index(row, 0));
            showIteration(row);
        } else if (m_iterations->currentIndex().row() == row) {
            showIteration(row);
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_casesModel->clear();
        m_followLatest = true;
        m_casesTitle->setText(tr("Tests"));
        m_noTests->hide();
        m_verification->showIteration(0);
        showCurrentTest();
    });
    connect(m_cases->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrentTest(); });
    connect(m_casesModel, &QAbstractItemModel::modelReset, this, [this] { showCurrentTest(); });
    // Double-click or Enter on a failed test: its output in the Logs.
    connect(m_cases, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const TestCaseResult *t = m_casesModel->testAt(index.row());
        if (t && t->status == TestCaseResult::Status::Failed)
            Q_EMIT testActivated(m_casesModel->iteration(), t->name);
    });
    showCurrentTest();
    updateVerificationTab();
}

void TestsPanel::showVerification()
{
    m_sections->setCurrentWidget(m_verification);
}

// The sub-tab says at a glance whether the iteration's verification holds, by an icon and
// in its tooltip (words, not colour alone).
void TestsPanel::updateVerificationTab()
{
    const int index = m_sections->indexOf(m_verification);
    const MutationModel::State mutation = m_mutation->state();
    const bool hasCoverage = m_requirements->hasIteration(m_verification->iteration());
    const Run::RequirementCoverage coverage = m_requirements->coverage();
    const bool requirementsBad =
        hasCoverage && (m_requirements->isUnreadable() || !coverage.allCovered());
    const bool mutationBad = mutation == MutationModel::State::BelowThreshold
        || mutation == MutationModel::State::Unreadable;
    QStringList tip;
    if (hasCoverage)
        tip.append(m_requirements->summary());
    if (mutation != MutationModel::State::None)
        tip.append(tr("Mutation check: %1").arg(m_mutation->summary()));
    m_sections->setTabToolTip(index, tip.join(QLatin1Char('\n')));
    if (requirementsBad || mutationBad)
        m_sections->setTabIcon(index, RunListModel::statusIcon(RunListModel::StatusKind::NotGreen));
    else if (hasCoverage || mutation == MutationModel::State::Passed)
        m_sections->setTabIcon(index, RunListModel::statusIcon(RunListModel::StatusKind::Green));
    else
        m_sections->setTabIcon(index, QIcon());
}

void TestsPanel::showCurrentTest()
{
    const TestCaseResult *t = m_casesModel->testAt(m_cases->currentIndex().row());
    const bool failed = t && t->status == TestCaseResult::Status::Failed;
    m_copyFailure->setEnabled(failed);
    m_showInLogs->setEnabled(failed);
    if (!failed) {
        m_location->setText(t ? t->name : tr("No failed test selected"));
        m_failure->clear();
        return;
    }
    const QString where = t->failure.hasLocation() ? t->failure.location() : t->file;
    m_location->setText(where.isEmpty() ? t->name : tr("%1 \u2014 %2").arg(t->name, where));
    QString text = t->failure.message;
    // Below the reason, the failure as printed (code excerpt, stack) when it says more.
    const QString printed = t->message.trimmed();
    if (!printed.isEmpty() && printed != text)
        text += QStringLiteral("\n\n")
            + tr("\u2500\u2500 As printed by the test runner \u2500\u2500") + QLatin1Char('\n')
            + printed;
    m_failure->setPlainText(text);
}

void TestsPanel::showIteration(int row)
{
    if (row < 0 || row >= m_model->iterationCount())
        return;
    const IterationTests &it = m_model->iterationAt(row);
    m_casesModel->setIteration(it, m_model->previousOf(row));
    m_verification->showIteration(it.iteration);
    m_casesTitle->setText(tr("Tests of iteration %1 (%2)")
                              .arg(it.iteration)
                              .arg(TestResultsModel::describe(m_model->changesAt(row))));
    m_noTests->setVisible(it.noTestsFound());
    m_noTests->setText(tr("No tests found in iteration %1: the test command ran but reported "
                          "no test. Check that the test files match the runner's pattern.")
                           .arg(it.iteration));
    // The first failed test is selected, so its reason shows at once.
    for (int r = 0; r < it.tests.size(); ++r) {
        if (it.tests.at(r).status == TestCaseResult::Status::Failed) {
            m_cases->setCurrentIndex(m_casesModel->index(r, TestCasesModel::NameColumn));
            break;
        }
    }
    m_cases->resizeColumnToContents(TestCasesModel::NameColumn);
    m_cases->resizeColumnToContents(TestCasesModel::StatusColumn);
    m_cases->resizeColumnToContents(TestCasesModel::ChangeColumn);
    m_cases->resizeColumnToContents(TestCasesModel::FileColumn);
    m_cases->resizeColumnToContents(TestCasesModel::DurationColumn);
}

} // namespace Autocoder::Ui
