#include "mainwindow.h"

#include "common/appinfo.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Autocoder::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(Common::AppInfo::displayName());
    createActions();

    m_runsView = new QTableView(this);
    m_runsView->setAccessibleName(tr("Runs"));
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->verticalHeader()->hide();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(m_runsView);
    setCentralWidget(m_stack);

    statusBar()->showMessage(tr("Ready"));
    resize(960, 640);
}

void MainWindow::createActions()
{
    m_newRunAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Run…"), this);
    m_newRunAction->setShortcut(QKeySequence::New);
    m_newRunAction->setStatusTip(tr("Describe a project and start generating it"));
    connect(m_newRunAction, &QAction::triggered, this, &MainWindow::newRunRequested);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *aboutAction = new QAction(tr("&About Autocoder"), this);
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Autocoder"),
                           tr("<b>Autocoder %1</b><p>Describe the software you want; an agent "
                              "writes it in an isolated sandbox while Autocoder installs, tests "
                              "and builds it.</p>")
                               .arg(Common::AppInfo::version()));
    });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newRunAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newRunAction);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();

    auto *title = new QLabel(tr("No runs yet"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *hint = new QLabel(tr("Describe the software you want, and Autocoder builds and tests it "
                               "in an isolated sandbox."),
                            page);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);

    auto *button = new QPushButton(tr("&New Run…"), page);
    button->setAccessibleName(tr("New run"));
    connect(button, &QPushButton::clicked, m_newRunAction, &QAction::trigger);

    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

} // namespace Autocoder::Ui
