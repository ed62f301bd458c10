#include "liverunfixture.h"
#include "mainwindow.h"
#include "models/runlistmodel.h"
#include "run/runcontroller.h"
#include "run/runmanager.h"
#include "runnotifier.h"
#include "runview/runview.h"
#include "settings/settingsdialog.h"
#include "wizard/specwizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using Autocoder::Ui::MainWindow;
using namespace Autocoder::Ui;

namespace {

/// Every control a person can tab to must have a name a screen reader can
/// say: its own accessible name, its text, or a label that is its buddy.
QStringList unnamedControls(QWidget *root, int *inspected = nullptr)
{
    QSet<QWidget *> buddied;
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (QWidget *buddy = label->buddy()) {
            buddied.insert(buddy);
            for (QWidget *w = buddy->focusProxy(); w; w = w->focusProxy())
                buddied.insert(w);
        }
    }
    QStringList problems;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        if (!input || w->focusPolicy() == Qt::NoFocus)
            continue;
        // Internal editors of spin boxes and combo boxes speak for their parent.
        if (qobject_cast<QLineEdit *>(w)
            && (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        if (qobject_cast<QAbstractItemView *>(w)
            && qobject_cast<QComboBox *>(w->parentWidget()->parentWidget()))
            continue;
        if (inspected)
            ++*inspected;
        if (w->accessibleName().isEmpty() && !buddied.contains(w))
            problems << QStringLiteral("%1 (%2)").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return problems;
}

QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/// Mnemonics (Alt+letter) used more than once among @p roots' labels, buttons and tabs.
QStringList clashingMnemonics(const QList<QWidget *> &roots)
{
    QHash<QChar, QStringList> users;
    auto note = [&users](const QString &text) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            users[c] << text;
    };
    for (QWidget *root : roots) {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                note(label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                note(button->text());
            else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    note(tabs->tabText(i));
            }
        }
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.value().join(QLatin1String(" / "));
    }
    return clashes;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void newRunIsReachableFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy requested(&window, &MainWindow::newRunRequested);
        QTest::keySequence(&window, QKeySequence::New);
        QCOMPARE(requested.count(), 1);
        // ... and it opens the wizard.
        QTRY_VERIFY(window.findChild<SpecWizard *>()
                    && window.findChild<SpecWizard *>()->isVisible());
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

    void replayedRunAppearsAndEndsWithABanner()
    {
        MainWindow window;
        QTemporaryDir empty;
        window.setRunsRoot(empty.path());
        window.notifier()->setUseTray(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.banner()->isVisible());

        QString error;
        QVERIFY2(window.replayJournal(
                     QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/run-events.jsonl"), &error),
                 qPrintable(error));
        QCOMPARE(window.runsModel()->rowCount(), 1);
        QCOMPARE(window.runsModel()->index(0, RunListModel::NameColumn).data().toString(),
                 QStringLiteral("todo-lib"));
        QCOMPARE(window.runsModel()->index(0, RunListModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Green"));
        QVERIFY(window.runView()->isVisible());
        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.bannerText()->text().contains(QStringLiteral("todo-lib")));
    }

    void stopReachesTheSelectedOfTwoLiveRuns()
    {
        using namespace Autocoder::Run;
        using namespace Autocoder::Run::Testing;
        QTemporaryDir runs;
        MainWindow window;
        window.setRunsRoot(runs.path());
        window.notifier()->setUseTray(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FakeSandboxProvider provider(liveRunHandler());
        auto startRun = [&](const QString &name) {
            auto *controller = new RunController(&provider);
            window.runManager()->add(controller);
            QString error;
            if (!controller->start(liveRunSpec(name), liveRunOptions(runs.path()), &error))
                qWarning("start failed: %s", qPrintable(error));
            return QPointer<RunController>(controller);
        };
        const QPointer<RunController> first = startRun(QStringLiteral("first-run"));
        QTRY_VERIFY(!provider.sessions.isEmpty()
                    && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));
        // A second run while the first one runs: shown, and the first one stays live.
        const QPointer<RunController> second = startRun(QStringLiteral("second-run"));
        QTRY_VERIFY(provider.sessions.size() == 2
                    && provider.sessions.at(1)->runningTags().contains(QStringLiteral("agent-1")));
        QVERIFY(first && second);
        const QString firstId = first->runId();
        const QString secondId = second->runId();
        QCOMPARE(window.runView()->runId(), secondId);
        QCOMPARE(window.runManager()->liveIds(), (QStringList { firstId, secondId }));
        QCOMPARE(window.runsModel()->rowCount(), 2);

        // Select the first run in the list and stop it from the run view.
        const int row = window.runsModel()->rowOf(firstId);
        QVERIFY(row >= 0);
        const QModelIndex index = window.runsModel()->index(row, 0);
        QTest::mouseClick(window.runsView()->viewport(), Qt::LeftButton, {},
                          window.runsView()->visualRect(index).center());
        QTRY_COMPARE(window.runView()->runId(), firstId);
        QVERIFY(window.runView()->stopAction()->isEnabled());
        window.runView()->stopAction()->trigger();
        QTRY_VERIFY(window.runView()->stopDialog() && window.runView()->stopDialog()->isVisible());
        QTest::keyClick(window.runView()->stopDialog(), Qt::Key_Return); // Stop, the default

        // The first ends and its controller goes; the second is still running.
        QTRY_VERIFY(first.isNull());
        QCOMPARE(window.runManager()->controller(firstId), nullptr);
        QVERIFY(second && !second->isFinished());
        QCOMPARE(window.runManager()->liveIds(), QStringList { secondId });
        QTRY_COMPARE(window.runsModel()->index(row, RunListModel::OutcomeColumn).data().toString(),
                     RunListModel::outcomeText(QString(Outcome::Stopped)));

        // And the second is reachable the same way.
        const QModelIndex other = window.runsModel()->index(window.runsModel()->rowOf(secondId), 0);
        QTest::mouseClick(window.runsView()->viewport(), Qt::LeftButton, {},
                          window.runsView()->visualRect(other).center());
        QTRY_COMPARE(window.runView()->runId(), secondId);
        window.runView()->stopAction()->trigger();
        QTRY_VERIFY(window.runView()->stopDialog() && window.runView()->stopDialog()->isVisible());
        QTest::keyClick(window.runView()->stopDialog(), Qt::Key_Return); // Stop, the default
        QTRY_VERIFY(second.isNull());
        QVERIFY(window.runManager()->liveIds().isEmpty());
    }

    void menusHaveMnemonicsAndDistinctShortcuts()
    {
        MainWindow window;
        QHash<QString, QString> seen;
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            QVERIFY2(menu->title().contains(QLatin1Char('&')), qPrintable(menu->title()));
            const auto actions = menu->actions();
            for (QAction *a : actions) {
                if (a->isSeparator() || a->menu())
                    continue;
                QVERIFY2(a->text().contains(QLatin1Char('&')), qPrintable(a->text()));
                const QString keys = a->shortcut().toString();
                if (keys.isEmpty())
                    continue;
                QVERIFY2(!seen.contains(keys) || seen.value(keys) == a->text(),
                         qPrintable(QStringLiteral("%1 used by %2 and %3")
                                        .arg(keys, seen.value(keys), a->text())));
                seen.insert(keys, a->text());
            }
        }
        QVERIFY(seen.size() >= 8);
    }

    void mnemonicsDoNotClash()
    {
        SpecWizard wizard;
        QList<QWidget *> buttons;
        for (auto which : { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                            QWizard::CancelButton, QWizard::CustomButton1, QWizard::CustomButton2 })
            buttons << wizard.button(which);
        const auto ids = wizard.pageIds();
        for (int id : ids) {
            QList<QWidget *> roots = buttons;
            roots << wizard.page(id);
            const QStringList clashes = clashingMnemonics(roots);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(wizard.page(id)->title() + QLatin1String(": ")
                                + clashes.join(QLatin1String("; "))));
        }
        SettingsDialog settings;
        QVERIFY2(clashingMnemonics({ &settings }).isEmpty(),
                 qPrintable(clashingMnemonics({ &settings }).join(QLatin1String("; "))));
        QStringList runMenu;
        MainWindow window;
        for (QAction *a : window.runView()->runActions())
            runMenu << a->text();
        QSet<QChar> letters;
        for (const QString &t : std::as_const(runMenu))
            letters.insert(mnemonicOf(t));
        QCOMPARE(letters.size(), runMenu.size());
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        QVERIFY2(unnamedControls(&window).isEmpty(),
                 qPrintable(unnamedControls(&window).join(QLatin1String(", "))));
        SpecWizard wizard;
        int inspected = 0;
        unnamedControls(&wizard, &inspected);
        QVERIFY(inspected > 20); // the check looked at the real controls
        QVERIFY2(unnamedControls(&wizard).isEmpty(),
                 qPrintable(unnamedControls(&wizard).join(QLatin1String(", "))));
        SettingsDialog settings;
        QVERIFY2(unnamedControls(&settings).isEmpty(),
                 qPrintable(unnamedControls(&settings).join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
