// The main window with many runs: each row's own state, the queue of local runs, the run
// list's actions, quitting with live runs, window state and notifications. Runs go through
// the real RunController against the in-memory sandbox of tests/run/fakesandbox.h.
#include "liverunfixture.h"
#include "mainwindow.h"
#include "models/runlistmodel.h"
#include "run/runcontroller.h"
#include "run/runjournal.h"
#include "run/runmanager.h"
#include "run/runqueue.h"
#include "run/runstate.h"
#include "run/runstore.h"
#include "runnotifier.h"
#include "runview/runview.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "wizard/specwizard.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Autocoder::Ui;
using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

namespace {

QByteArray agentResult(double cost)
{
    return QStringLiteral(R"({"type":"result","subtype":"success","is_error":false,)"
                          R"("num_turns":1,"total_cost_usd":%1,"session_id":"s1","result":"ok"})")
               .arg(cost)
               .toUtf8()
        + '\n';
}

/// The first agent turn of the first sandbox never ends (until stopped); every other one
/// answers after @p delayMs with a cost.
FakeHandler firstHangsOthersFinish(int delayMs)
{
    auto turns = std::make_shared<int>(0);
    return [turns, delayMs](const SandboxProcessRequest &request, FakeSandboxSession &) {
        FakeScript out;
        if (request.tag.startsWith(QLatin1String("agent-check"))) {
            out.stdoutData = "2.1.112 (Claude Code)\n";
        } else if (request.tag.startsWith(QLatin1String("agent-"))) {
            out.hang = (*turns)++ == 0;
            out.delayMs = delayMs;
            out.stdoutData = agentResult(0.25);
        }
        return out;
    };
}

QString cell(MainWindow &window, const QString &runId, int column, int role = Qt::DisplayRole)
{
    const int row = window.runsModel()->rowOf(runId);
    return row < 0 ? QStringLiteral("<no row>")
                   : window.runsModel()->index(row, column).data(role).toString();
}

RunListModel::StatusKind kindOf(MainWindow &window, const QString &id)
{
    return RunListModel::StatusKind(
        cell(window, id, RunListModel::StatusColumn, RunListModel::StatusKindRole).toInt());
}

void clickRow(MainWindow &window, const QString &id)
{
    const QModelIndex index = window.runsModel()->index(window.runsModel()->rowOf(id), 0);
    QTest::mouseClick(window.runsView()->viewport(), Qt::LeftButton, {},
                      window.runsView()->visualRect(index).center());
}

/// Saves a picture of @p widget when AUTOCODER_WINDOW_SHOTS names a folder.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AUTOCODER_WINDOW_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

/// The window is within @p available, or (on a screen smaller than its layout's minimum) no
/// bigger than that minimum, and never placed off the screen's top-left.
bool fits(const QWidget &window, const QRect &available)
{
    const QRect frame = window.frameGeometry();
    const QSize least = window.minimumSizeHint() + (frame.size() - window.size());
    return frame.width() <= std::max(available.width(), least.width())
        && frame.height() <= std::max(available.height(), least.height())
        && frame.left() >= available.left() && frame.top() >= available.top();
}

QPushButton *buttonOf(QMessageBox *box, const QString &text)
{
    const auto buttons = box->buttons();
    for (QAbstractButton *b : buttons) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

} // namespace

class TestMainWindowRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init()
    {
        QSettings().clear();
        m_runs = std::make_unique<QTemporaryDir>();
    }

    void twoRunsKeepTheirOwnRows();
    void localRunsBeyondTheLimitWait();
    void deleteAsksAndNamesTheRun();
    void liveRunCannotBeDeleted();
    void duplicateOpensTheWizardWithTheSpec();
    void quitWithoutLiveRunsQuitsAtOnce();
    void quitCancelKeepsEverything();
    void quitLeaveRunningKeepsRunsRunning();
    void quitStopThemStopsEachAndQuits();
    void notifiesOnceWhenARunEnds();
    void windowStateIsRestoredAndFitsTheScreen();
    void settingsSetTheLimitOfLocalRuns();

private:
    /// Starts a run in @p window the way the launcher does (handed to the manager first).
    QPointer<RunController> startRun(MainWindow &window, FakeSandboxProvider &provider,
                                     const QString &name, const QString &ticket = QString())
    {
        auto *controller = new RunController(&provider);
        window.runManager()->add(controller, ticket);
        QString error;
        if (!controller->start(liveRunSpec(name), liveRunOptions(m_runs->path()), &error))
            qWarning("start failed: %s", qPrintable(error));
        return controller;
    }
    /// A run that ran to its end, in the runs folder; its id.
    QString finishedRun(MainWindow &window, const QString &name)
    {
        FakeSandboxProvider provider(liveRunHandler(false));
        const QPointer<RunController> run = startRun(window, provider, name);
        const QString id = run ? run->runId() : QString();
        if (!QTest::qWaitFor([&run] { return run.isNull(); }, 10000))
            return QString(); // the caller's checks fail on the empty id
        return id;
    }
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setRunsRoot(m_runs->path());
        window->notifier()->setUseTray(false);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    std::unique_ptr<QTemporaryDir> m_runs;
};

void TestMainWindowRuns::twoRunsKeepTheirOwnRows()
{
    FakeSandboxProvider provider(firstHangsOthersFinish(1500));
    auto window = makeWindow();
    const QPointer<RunController> first = startRun(*window, provider, QStringLiteral("first-run"));
    QTRY_VERIFY(!provider.sessions.isEmpty()
                && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));
    const QPointer<RunController> second =
        startRun(*window, provider, QStringLiteral("second-run"));
    QTRY_VERIFY(provider.sessions.size() == 2
                && provider.sessions.at(1)->runningTags().contains(QStringLiteral("agent-1")));
    const QString a = first->runId();
    const QString b = second->runId();

    // Both rows live, each with its own iteration; the view shows the newest.
    QCOMPARE(window->runView()->runId(), b);
    QCOMPARE(kindOf(*window, a), RunListModel::StatusKind::Running);
    QCOMPARE(kindOf(*window, b), RunListModel::StatusKind::Running);
    QCOMPARE(cell(*window, a, RunListModel::IterationColumn), QStringLiteral("1 of 1"));
    QCOMPARE(cell(*window, b, RunListModel::IterationColumn), QStringLiteral("1 of 1"));
    QCOMPARE(cell(*window, a, RunListModel::NameColumn), QStringLiteral("first-run"));
    shoot(window.get(), QStringLiteral("two-live-runs"));

    // Switch to the first and back: the view follows, neither run is touched.
    clickRow(*window, a);
    QTRY_COMPARE(window->runView()->runId(), a);
    QVERIFY(window->runView()->stopAction()->isEnabled());
    clickRow(*window, b);
    QTRY_COMPARE(window->runView()->runId(), b);
    clickRow(*window, a);
    QTRY_COMPARE(window->runView()->runId(), a);

    // Stop the shown one: only it ends.
    window->runView()->stopAction()->trigger();
    QTRY_VERIFY(window->runView()->stopDialog() && window->runView()->stopDialog()->isVisible());
    QTest::keyClick(window->runView()->stopDialog(), Qt::Key_Return); // Stop, the default
    QTRY_VERIFY(first.isNull());
    QVERIFY(second);
    QCOMPARE(kindOf(*window, a), RunListModel::StatusKind::Stopped);
    QCOMPARE(kindOf(*window, b), RunListModel::StatusKind::Running);
    QCOMPARE(cell(*window, a, RunListModel::StatusColumn), QStringLiteral("Finished"));

    // The other goes on to its end, its row updated though it is not the one shown.
    QTRY_VERIFY_WITH_TIMEOUT(second.isNull(), 10000);
    QCOMPARE(window->runView()->runId(), a);
    QCOMPARE(cell(*window, b, RunListModel::StatusColumn), QStringLiteral("Finished"));
    QVERIFY(kindOf(*window, b) != RunListModel::StatusKind::Running);
    QCOMPARE(cell(*window, b, RunListModel::CostColumn), QStringLiteral("$0.25"));
    QCOMPARE(cell(*window, a, RunListModel::CostColumn), QStringLiteral("$0.00"));
    QCOMPARE(kindOf(*window, a), RunListModel::StatusKind::Stopped);
    QVERIFY(window->runManager()->liveIds().isEmpty());
    shoot(window.get(), QStringLiteral("stopped-and-finished"));
}

void TestMainWindowRuns::localRunsBeyondTheLimitWait()
{
    FakeSandboxProvider provider(firstHangsOthersFinish(300));
    auto window = makeWindow();
    RunQueue *queue = window->runManager()->localQueue();
    queue->setLimit(1);
    QStringList started;
    auto submit = [&](const QString &name) {
        return queue->submit(name, [&, name](const QString &ticket) {
            started.append(name);
            startRun(*window, provider, name, ticket);
        });
    };
    submit(QStringLiteral("running-one"));
    QTRY_VERIFY(!provider.sessions.isEmpty()
                && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));
    const QString firstId = window->runManager()->liveIds().value(0);
    const QString waiting = submit(QStringLiteral("waiting-one"));
    const QString dropped = submit(QStringLiteral("dropped-one"));
    QCOMPARE(started, QStringList { QStringLiteral("running-one") });

    // Both waiting runs are listed, with their names and places, above the runs.
    QCOMPARE(window->runsModel()->queuedCount(), 2);
    QCOMPARE(cell(*window, waiting, RunListModel::NameColumn), QStringLiteral("waiting-one"));
    QCOMPARE(cell(*window, waiting, RunListModel::StatusColumn), QStringLiteral("Queued (1)"));
    QCOMPARE(cell(*window, dropped, RunListModel::StatusColumn), QStringLiteral("Queued (2)"));
    QCOMPARE(kindOf(*window, waiting), RunListModel::StatusKind::Queued);
    // The view keeps showing the live run.
    QCOMPARE(window->runView()->runId(), firstId);

    // Delete on a waiting run takes it out of the queue, without a question.
    clickRow(*window, dropped);
    QVERIFY(window->deleteRunAction()->isEnabled());
    QVERIFY(window->deleteRunAction()->text().contains(QStringLiteral("Queue")));
    QVERIFY(!window->openFolderAction()->isEnabled());
    window->deleteRunAction()->trigger();
    QVERIFY(!window->findChild<QMessageBox *>());
    QCOMPARE(window->runsModel()->queuedCount(), 1);
    QCOMPARE(window->runsModel()->rowOf(dropped), -1);

    // The live run ends: the waiting one starts; the cancelled one never does.
    window->runManager()->controller(firstId)->stop();
    QTRY_COMPARE(started.size(), 2);
    QCOMPARE(started.last(), QStringLiteral("waiting-one"));
    QCOMPARE(window->runsModel()->queuedCount(), 0);
    // It starts in the list; the view stays on the run the person was looking at.
    QTRY_COMPARE(window->runManager()->liveIds().size(), 1);
    QCOMPARE(window->runView()->runId(), firstId);
    QTRY_VERIFY_WITH_TIMEOUT(window->runManager()->liveIds().isEmpty(), 10000);
    QCOMPARE(started.size(), 2);
    QCOMPARE(provider.sessions.size(), 2); // no sandbox for the cancelled one
    QCOMPARE(queue->active(), 0);
}

void TestMainWindowRuns::deleteAsksAndNamesTheRun()
{
    auto window = makeWindow();
    const QString id = finishedRun(*window, QStringLiteral("doomed-lib"));
    const QString dir = RunStore(m_runs->path()).runDir(id);
    QVERIFY(QFileInfo(dir).isDir());
    clickRow(*window, id);
    QTRY_COMPARE(window->runView()->runId(), id);
    QVERIFY(window->deleteRunAction()->isEnabled());
    QVERIFY(window->openFolderAction()->isEnabled());

    // Cancel: nothing goes.
    window->deleteRunAction()->trigger();
    QPointer<QMessageBox> box =
        window->findChild<QMessageBox *>(QStringLiteral("deleteRunQuestion"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("doomed-lib")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(box.isNull());
    QVERIFY(QFileInfo(dir).isDir());
    QVERIFY(window->runsModel()->rowOf(id) >= 0);

    // Delete: the folder and the row go, and the view no longer shows it.
    window->activateWindow();
    window->runsView()->setFocus();
    QTRY_VERIFY(window->runsView()->hasFocus());
    QTest::keyClick(window->runsView(), Qt::Key_Delete); // the same action from the keyboard
    box = window->findChild<QMessageBox *>(QStringLiteral("deleteRunQuestion"));
    QVERIFY(box);
    QPushButton *remove = buttonOf(box, QStringLiteral("Delete"));
    QVERIFY(remove);
    remove->click();
    QTRY_VERIFY(!QFileInfo::exists(dir));
    QCOMPARE(window->runsModel()->rowOf(id), -1);
    QVERIFY(window->runView()->runId().isEmpty());
    QVERIFY(QDir(m_runs->path()).exists()); // only the run's own folder
}

void TestMainWindowRuns::liveRunCannotBeDeleted()
{
    FakeSandboxProvider provider(liveRunHandler());
    auto window = makeWindow();
    const QPointer<RunController> run = startRun(*window, provider, QStringLiteral("busy"));
    QTRY_VERIFY(!provider.sessions.isEmpty()
                && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));
    clickRow(*window, run->runId());
    QVERIFY(!window->deleteRunAction()->isEnabled());
    // The context menu has the list's actions, and says why Delete is off.
    const QModelIndex at = window->runsModel()->index(window->runsModel()->rowOf(run->runId()), 1);
    Q_EMIT window->runsView()->customContextMenuRequested(
        window->runsView()->visualRect(at).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = window->findChild<QMenu *>(QStringLiteral("runListMenu")))
                && menu->isVisible());
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    QVERIFY2(texts.contains(window->openFolderAction()->text())
                 && texts.contains(window->duplicateRunAction()->text())
                 && texts.contains(window->deleteRunAction()->text())
                 && texts.contains(window->deleteRunAction()->toolTip()),
             qPrintable(texts.join(QLatin1String(" | "))));
    menu->close();
    QVERIFY(window->deleteRunAction()->toolTip().contains(QStringLiteral("stop it first")));
    window->activateWindow();
    window->runsView()->setFocus();
    QTest::keyClick(window->runsView(), Qt::Key_Delete);
    QVERIFY(!window->findChild<QMessageBox *>());
    QVERIFY(QFileInfo(run->runDir()).isDir());
    run->stop();
    QTRY_VERIFY(run.isNull());
    QTRY_VERIFY(window->deleteRunAction()->isEnabled()); // once it has ended
}

void TestMainWindowRuns::duplicateOpensTheWizardWithTheSpec()
{
    auto window = makeWindow();
    const QString id = finishedRun(*window, QStringLiteral("twin-lib"));
    clickRow(*window, id);
    QVERIFY(window->duplicateRunAction()->isEnabled());
    window->duplicateRunAction()->trigger();
    SpecWizard *wizard = window->findChild<SpecWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->spec().name, QStringLiteral("twin-lib"));
    QCOMPARE(wizard->spec().requirements, liveRunSpec(QStringLiteral("x")).requirements);
    wizard->reject();

    // A run whose spec is unreadable says so instead.
    QFile::remove(QDir(RunStore(m_runs->path()).runDir(id)).filePath(RunJournal::specFileName()));
    window->refreshRuns();
    clickRow(*window, id);
    QVERIFY(!window->duplicateRunAction()->isEnabled());
}

void TestMainWindowRuns::quitWithoutLiveRunsQuitsAtOnce()
{
    auto window = makeWindow();
    finishedRun(*window, QStringLiteral("done"));
    QVERIFY(window->close());
    QVERIFY(!window->quitQuestion());
    QVERIFY(!window->isVisible());
}

void TestMainWindowRuns::quitCancelKeepsEverything()
{
    FakeSandboxProvider provider(liveRunHandler());
    auto window = makeWindow();
    const QPointer<RunController> run = startRun(*window, provider, QStringLiteral("stays"));
    QTRY_VERIFY(!provider.sessions.isEmpty()
                && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));
    QVERIFY(!window->close());
    QPointer<QMessageBox> box = window->quitQuestion();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().startsWith(QStringLiteral("1 run")));
    QVERIFY(buttonOf(box, QStringLiteral("Stop Them, Keeping Their Work")));
    QVERIFY(buttonOf(box, QStringLiteral("Leave Running")));
    // Asking twice (here from the Quit action) shows one question.
    QAction *quit = nullptr;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Quit))
            quit = a;
    }
    QVERIFY(quit);
    quit->trigger();
    QVERIFY(window->isVisible());
    QCOMPARE(window->findChildren<QMessageBox *>().size(), 1);
    shoot(box, QStringLiteral("quit-question"));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(box.isNull());
    QVERIFY(window->isVisible());
    QVERIFY(run && !run->isFinished());
    QVERIFY(provider.sessions.at(0)->isAliveNow());
}

void TestMainWindowRuns::quitLeaveRunningKeepsRunsRunning()
{
    FakeSandboxProvider provider(liveRunHandler());
    QString id;
    QString dir;
    {
        auto window = makeWindow();
        const QPointer<RunController> run = startRun(*window, provider, QStringLiteral("left"));
        QTRY_VERIFY(!provider.sessions.isEmpty()
                    && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));
        id = run->runId();
        dir = run->runDir();
        QVERIFY(!window->close());
        QPointer<QMessageBox> box = window->quitQuestion();
        QVERIFY(box);
        buttonOf(box, QStringLiteral("Leave Running"))->click();
        QTRY_VERIFY(!window->isVisible());
        QVERIFY(run && !run->isFinished()); // not stopped, only left
    } // the window, and with it the controller, goes
    RunState state;
    QVERIFY(RunStore(m_runs->path()).load(id, &state));
    QCOMPARE(state.status, QStringLiteral("running"));
    QVERIFY(!state.sandboxId.isEmpty());
    // The sandbox lives on (only its handle went), for the next start to re-attach to.
    QVERIFY(provider.saved.contains(state.sandboxId));
    QVERIFY(provider.saved.value(state.sandboxId).alive);
    QVERIFY(provider.sessionKills.isEmpty());
    QVERIFY(provider.killedIds.isEmpty());
    // The next window lists it as interrupted, with Resume.
    auto next = makeWindow();
    QCOMPARE(next->runsModel()->rowAt(next->runsModel()->rowOf(id)).status, RunStatus::Interrupted);
    clickRow(*next, id);
    QTRY_COMPARE(next->runView()->runId(), id);
    QVERIFY(next->runView()->resumeAction()->isEnabled());
}

void TestMainWindowRuns::quitStopThemStopsEachAndQuits()
{
    FakeSandboxProvider provider(liveRunHandler());
    auto window = makeWindow();
    RunQueue *queue = window->runManager()->localQueue();
    queue->setLimit(2);
    QPointer<RunController> a;
    QPointer<RunController> b;
    queue->submit(QStringLiteral("stop-a"), [&](const QString &ticket) {
        a = startRun(*window, provider, QStringLiteral("stop-a"), ticket);
    });
    QTRY_VERIFY(!provider.sessions.isEmpty()
                && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));
    queue->submit(QStringLiteral("stop-b"), [&](const QString &ticket) {
        b = startRun(*window, provider, QStringLiteral("stop-b"), ticket);
    });
    QTRY_VERIFY(provider.sessions.size() == 2
                && provider.sessions.at(1)->runningTags().contains(QStringLiteral("agent-1")));
    const QString ida = a->runId();
    const QString waiting = window->runManager()->localQueue()->submit(
        QStringLiteral("never"), [](const QString &) { QFAIL("a queued run started"); });
    QSignalSpy notified(window->notifier(), &RunNotifier::notified);
    QTest::qWait(300); // a few turns of the running icon
    if (qEnvironmentVariableIsSet("AUTOCODER_WINDOW_SHOTS")) { // room for the whole list
        window->resize(800, 780);
        QTest::qWait(20);
        const int total =
            window->splitter()->sizes().value(0) + window->splitter()->sizes().value(1);
        window->splitter()->setSizes({ 150, total - 150 });
    }
    shoot(window.get(), QStringLiteral("two-live-one-queued"));

    QVERIFY(!window->close());
    QPointer<QMessageBox> box = window->quitQuestion();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    shoot(box, QStringLiteral("quit-question-two-live-one-queued"));
    QVERIFY(box->text().startsWith(QStringLiteral("2 run")));
    QVERIFY(box->informativeText().contains(QStringLiteral("1 run(s) waiting")));
    buttonOf(box, QStringLiteral("Stop Them, Keeping Their Work"))->click();
    QVERIFY(window->quitProgress());
    shoot(window->quitProgress(), QStringLiteral("quit-progress"));
    QVERIFY(window->runManager()->localQueue()->pending().isEmpty());
    QTRY_VERIFY(a.isNull() && b.isNull());
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(notified.size(), 0); // no "finished" pop-ups while quitting
    RunState state;
    QVERIFY(RunStore(m_runs->path()).load(ida, &state));
    QCOMPARE(state.status, QStringLiteral("finished"));
    Q_UNUSED(waiting);
}

void TestMainWindowRuns::notifiesOnceWhenARunEnds()
{
    auto window = makeWindow();
    QSignalSpy notified(window->notifier(), &RunNotifier::notified);
    const QString first = finishedRun(*window, QStringLiteral("first-done"));
    QTRY_COMPARE(notified.size(), 1);
    QVERIFY(notified.first().at(0).toString().contains(QStringLiteral("first-done")));
    QVERIFY(window->banner()->isVisible());
    window->banner()->hide();
    const QString second = finishedRun(*window, QStringLiteral("second-done"));
    QTRY_COMPARE(notified.size(), 2);
    window->banner()->hide();

    // Showing finished runs again, from the list or after a refresh, tells nobody anything.
    clickRow(*window, first);
    QTRY_COMPARE(window->runView()->runId(), first);
    QVERIFY(window->runView()->isFinished());
    clickRow(*window, second);
    QTRY_COMPARE(window->runView()->runId(), second);
    window->refreshRuns();
    clickRow(*window, first);
    QTRY_COMPARE(window->runView()->runId(), first);
    QTest::qWait(50);
    QCOMPARE(notified.size(), 2);
    QVERIFY(!window->banner()->isVisible());
}

void TestMainWindowRuns::windowStateIsRestoredAndFitsTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QString kept;
    QList<int> sizes;
    QSize target; // smaller than the screen, unless the screen is smaller than the layout
    {
        auto window = makeWindow();
        kept = finishedRun(*window, QStringLiteral("kept"));
        finishedRun(*window, QStringLiteral("other"));
        // The default size fits, whatever the scale.
        const QRect frame = window->frameGeometry();
        QVERIFY2(fits(*window, available),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 on %5,%6 %7x%8")
                                .arg(frame.x())
                                .arg(frame.y())
                                .arg(frame.width())
                                .arg(frame.height())
                                .arg(available.x())
                                .arg(available.y())
                                .arg(available.width())
                                .arg(available.height())));
        window->banner()->hide(); // the runs' banner would take height from the splitter
        target = QSize(available.width() * 3 / 4, available.height() * 3 / 4)
                     .expandedTo(window->minimumSizeHint());
        window->resize(target);
        QTRY_COMPARE(window->size(), target);
        QTest::qWait(20); // laid out at that size
        // The run view takes most of the height: give the list a little less than it has.
        const QList<int> before = window->splitter()->sizes();
        const int first =
            std::max(window->splitter()->widget(0)->minimumHeight(), before.value(0) - 12);
        window->splitter()->setSizes({ first, before.value(0) + before.value(1) - first });
        sizes = window->splitter()->sizes();
        QVERIFY(sizes != before);
        clickRow(*window, kept);
        QTRY_COMPARE(window->runView()->runId(), kept);
        QTest::qWait(20);
        sizes = window->splitter()->sizes();
        QVERIFY(window->close());
    }
    {
        auto window = std::make_unique<MainWindow>();
        window->setRunsRoot(m_runs->path());
        window->restoreWindowState();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // As saved; a saved size taller than the screen (at 2x) is shrunk to fit.
        if (target.height() + 40 <= available.height())
            QCOMPARE(window->size(), target);
        QCOMPARE(window->width(), target.width());
        QVERIFY(window->height() <= target.height());
        QVERIFY(fits(*window, available));
        if (window->size() == target) {
            QTRY_COMPARE(window->splitter()->sizes(), sizes);
        } else { // shrunk: the same share, give or take rounding
            QTRY_VERIFY(qAbs(window->splitter()->sizes().value(0) - sizes.value(0)) <= 4);
        }
        QCOMPARE(window->runView()->runId(), kept);
        QCOMPARE(window->runsView()->currentIndex().row(), window->runsModel()->rowOf(kept));
        // Saved on a bigger screen: shrunk to this one.
        window->resize(available.width() * 3, available.height() * 3);
        window->saveWindowState();
    }
    auto window = std::make_unique<MainWindow>();
    window->setRunsRoot(m_runs->path());
    window->restoreWindowState();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(fits(*window, available));
    QVERIFY(available.intersects(window->frameGeometry()));
    // A run that no longer exists is simply not selected.
    QSettings().setValue(QStringLiteral("mainWindow/selectedRun"), QStringLiteral("gone"));
    MainWindow again;
    again.setRunsRoot(m_runs->path());
    again.restoreWindowState();
    QVERIFY(again.runView()->runId().isEmpty());
}

void TestMainWindowRuns::settingsSetTheLimitOfLocalRuns()
{
    // Never saved: the machine's default.
    QCOMPARE(AppSettings::load().maxLocalRuns, RunQueue::defaultLimit());
    auto window = makeWindow();
    QCOMPARE(window->runManager()->localQueue()->limit(), RunQueue::defaultLimit());
    window->settingsAction()->trigger();
    SettingsDialog *dialog = window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QSpinBox *field = dialog->maxLocalRunsField();
    QCOMPARE(field->value(), RunQueue::defaultLimit());
    QCOMPARE(field->minimum(), 1);
    QVERIFY(field->maximum() >= 16);
    field->setValue(0); // out of range: clamped by the field
    QCOMPARE(field->value(), 1);
    field->setValue(5);
    QTRY_VERIFY(dialog->isVisible());
    shoot(dialog, QStringLiteral("settings"));
    dialog->accept();
    QTRY_COMPARE(window->runManager()->localQueue()->limit(), 5);
    QCOMPARE(AppSettings::load().maxLocalRuns, 5);
    // A bad stored value is brought back into range.
    QSettings().setValue(QStringLiteral("sandbox/maxLocalRuns"), 1000);
    QCOMPARE(AppSettings::load().maxLocalRuns, AppSettings::MaxLocalRuns);
    QSettings().setValue(QStringLiteral("sandbox/maxLocalRuns"), -3);
    QCOMPARE(AppSettings::load().maxLocalRuns, AppSettings::MinLocalRuns);
}

QTEST_MAIN(TestMainWindowRuns)
#include "tst_mainwindowruns.moc"
