#include "runview/testspanel.h"

#include "models/testcasesmodel.h"
#include "models/testresultsmodel.h"
#include "runview/testchart.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Autocoder::Ui {

TestsPanel::TestsPanel(TestResultsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
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

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_iterations);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_casesTitle);
    bottomLayout->addWidget(m_cases, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
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
    });
}

void TestsPanel::showIteration(int row)
{
    if (row < 0 || row >= m_model->iterationCount())
        return;
    const IterationTests &it = m_model->iterationAt(row);
    m_casesModel->setIteration(it, m_model->previousOf(row));
    m_casesTitle->setText(tr("Tests of iteration %1 (%2)")
                              .arg(it.iteration)
                              .arg(TestResultsModel::describe(m_model->changesAt(row))));
    m_cases->resizeColumnToContents(TestCasesModel::NameColumn);
    m_cases->resizeColumnToContents(TestCasesModel::StatusColumn);
    m_cases->resizeColumnToContents(TestCasesModel::ChangeColumn);
    m_cases->resizeColumnToContents(TestCasesModel::FileColumn);
    m_cases->resizeColumnToContents(TestCasesModel::DurationColumn);
}

} // namespace Autocoder::Ui
