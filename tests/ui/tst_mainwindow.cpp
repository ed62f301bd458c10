#include "mainwindow.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Autocoder::Ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newRunIsReachableFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy requested(&window, &MainWindow::newRunRequested);
        QTest::keySequence(&window, QKeySequence::New);
        QCOMPARE(requested.count(), 1);
    }

    void emptyStateOffersANewRun()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QPushButton *button = nullptr;
        const auto buttons = window.findChildren<QPushButton *>();
        for (QPushButton *candidate : buttons) {
            if (candidate->isVisible() && candidate->accessibleName() == QLatin1String("New run"))
                button = candidate;
        }
        QVERIFY(button);
        QSignalSpy requested(&window, &MainWindow::newRunRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
    }

    void runsListStartsEmpty()
    {
        MainWindow window;
        QVERIFY(window.runsView());
        QVERIFY(!window.runsView()->model() || window.runsView()->model()->rowCount() == 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
