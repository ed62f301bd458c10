// The run view fed with a recorded run: every tab follows the events.
#include "models/activitymodel.h"
#include "models/filetreemodel.h"
#include "models/logfiltermodel.h"
#include "models/logmodel.h"
#include "models/testcasesmodel.h"
#include "models/testresultsmodel.h"
#include "models/timelinemodel.h"
#include "run/runevent.h"
#include "runeventfeed.h"
#include "runview/activitypanel.h"
#include "runview/filespanel.h"
#include "runview/logpanel.h"
#include "runview/runview.h"
#include "runview/testchart.h"
#include "runview/testspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

QList<Run::RunEvent> recordedEvents()
{
    QFile file(dataFile(QStringLiteral("run-events.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Run::RunEvent> events;
    while (!file.atEnd()) {
        const auto e = Run::RunEvent::fromJsonLine(file.readLine().trimmed());
        if (e)
            events.append(*e);
    }
    return events;
}

// run.started and the set-up steps of a run named todo-lib.
QList<Run::RunEvent> startedRun(Testing::RunEventFeed &feed, int maxIterations, double budget)
{
    using namespace Run;
    QList<RunEvent> events;
    events << feed.next(
        RunStarted { QStringLiteral("todo-lib"), QStringLiteral("local"), maxIterations, budget });
    for (const QLatin1String step : { Step::Sandbox, Step::AgentInstall, Step::Upload }) {
        events << feed.next(StepStarted { QString(step), 0, QString() }, 10);
        events << feed.next(StepFinished { QString(step), 0, true, 0, 100, QString() }, 100);
    }
    return events;
}

// The recorded run's first snapshot, by absolute path.
Run::FilesSnapshot snapshotOf(int iteration)
{
    Run::FilesSnapshot s;
    s.iteration = iteration;
    s.archive = dataFile(QStringLiteral("snapshots/iter-1.tar.gz"));
    s.files = { { QStringLiteral("CLAUDE.md"), 27 },
                { QStringLiteral("package.json"), 323 },
                { QStringLiteral("src/index.ts"), 60 },
                { QStringLiteral("src/todo.ts"), 900 },
                { QStringLiteral("tests/todo.test.ts"), 700 } };
    s.totalBytes = 2010;
    return s;
}

QStringList timelineTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c)
            texts << model->index(r, c, parent).data().toString();
        texts << timelineTexts(model, model->index(r, 0, parent));
    }
    return texts;
}

} // namespace

class TestRunView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(recordedEvents().size() > 50);
    }

    void everyTabFollowsTheEvents()
    {
        RunView view;
        // Every model is checked for correct signals while the run streams in.
        QAbstractItemModelTester activityTester(view.activityModel());
        QAbstractItemModelTester logTester(view.logModel());
        QAbstractItemModelTester filterTester(view.logPanel()->filterModel());
        QAbstractItemModelTester testsTester(view.testResultsModel());
        QAbstractItemModelTester casesTester(view.testsPanel()->casesModel());
        QAbstractItemModelTester filesTester(view.fileTreeModel());
        QAbstractItemModelTester timelineTester(view.timelineModel());
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &RunView::runFinished);

        const QList<Run::RunEvent> events = recordedEvents();
        // Half-way: iteration 1 is done and red.
        int i = 0;
        for (; i < events.size(); ++i) {
            view.applyEvent(events.at(i));
            if (events.at(i).kind == Run::EventKind::IterationFinished)
                break;
        }
        QCOMPARE(view.iteration(), 1);
        QCOMPARE(view.maxIterations(), 5);
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("Iteration 1 of 5")));
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("$0.42")));
        QCOMPARE(view.turns(), 14);
        QCOMPARE(view.testResultsModel()->rowCount(), 1);
        QCOMPARE(view.testsPanel()->casesModel()->rowCount(), 8);
        QVERIFY(view.stopAction()->isEnabled() == false); // not live: a replay cannot be stopped
        QVERIFY(finished.isEmpty());

        for (++i; i < events.size(); ++i)
            view.applyEvent(events.at(i));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("green"));
        QVERIFY(view.isFinished());

        // Counters
        QCOMPARE(view.iteration(), 2);
        QCOMPARE(view.turns(), 23);
        QVERIFY(qAbs(view.costUsd() - 0.7107) < 1e-9);
        QVERIFY(view.elapsedMs() > 60000);
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("$0.71 of $5.00")));

        // Timeline: setup + two iterations, the red test step marked failed.
        TimelineModel *timeline = view.timelineModel();
        QCOMPARE(timeline->groupCount(), 3);
        QCOMPARE(timeline->groupAt(0).iteration, 0);
        const auto &it1 = timeline->groupAt(1).steps;
        auto failedTest = std::find_if(
            it1.begin(), it1.end(), [](const auto &s) { return s.step == QLatin1String("test"); });
        QVERIFY(failedTest != it1.end());
        QCOMPARE(failedTest->state, TimelineModel::State::Failed);
        QCOMPARE(failedTest->exitCode, 1);

        // Activity: a thread of turns; each tool call one card with its result under it.
        ActivityModel *activity = view.activityModel();
        QVERIFY(activity->entryCount() >= 20);
        QCOMPARE(activity->index(0, 0).data().toString(),
                 QStringLiteral("Iteration 1 \u00B7 agent turn \u2014 14 turn(s), $0.42"));
        const QModelIndex turn1 = activity->index(0, 0);
        const QModelIndex failedBash = activity->index(activity->rowCount(turn1) - 2, 0, turn1);
        QCOMPARE(failedBash.data().toString(), QStringLiteral("Bash bun test"));
        QVERIFY(failedBash.data(ActivityModel::IsErrorRole).toBool());
        QVERIFY(activity->entry(failedBash)->result.contains(QStringLiteral("2 fail")));
        for (int r = 0; r < activity->rowCount(); ++r) {
            const QModelIndex group = activity->index(r, 0);
            for (int c = 0; c < activity->rowCount(group); ++c)
                QVERIFY(activity->entry(activity->index(c, 0, group))->kind
                        != ActivityModel::EntryKind::ToolResult); // every result has its call
        }
        QCOMPARE(activity->index(1, 0).data().toString(),
                 QStringLiteral("Iteration 1 is red: Test failed (exit 1) \u2014 2 failing: "
                                "[R2] complete of unknown id throws, [R4] filter open"));
        // Follows the newest item.
        QTreeView *activityView = view.activityPanel()->view();
        QTRY_COMPARE(activityView->verticalScrollBar()->value(),
                     activityView->verticalScrollBar()->maximum());

        // Logs: lines, not chunks; the filter narrows them.
        LogModel *log = view.logModel();
        log->flush();
        QVERIFY(log->rowCount() > 40);
        for (int r = 0; r < log->rowCount(); ++r)
            QVERIFY2(!log->lineAt(r).text.contains(QLatin1Char('\n')),
                     qPrintable(log->lineAt(r).text));
        LogPanel *logs = view.logPanel();
        view.tabs()->setCurrentIndex(RunView::LogsTab);
        QTest::keyClicks(logs->searchField(), QStringLiteral("(fail)"));
        QCOMPARE(logs->filterModel()->rowCount(), 2);
        logs->searchField()->clear();
        const int testStep = logs->stepFilter()->findData(QStringLiteral("test"));
        QVERIFY(testStep > 0);
        logs->stepFilter()->setCurrentIndex(testStep);
        QVERIFY(logs->filterModel()->rowCount() > 10);
        QVERIFY(logs->filterModel()->rowCount() < log->rowCount());

        // Tests: two iterations, the second fixed two and added one.
        TestResultsModel *tests = view.testResultsModel();
        QCOMPARE(tests->rowCount(), 2);
        QCOMPARE(tests->iterationAt(0).failed, 2);
        QCOMPARE(tests->iterationAt(1).passed, 8);
        const auto changes = tests->changesAt(1);
        QCOMPARE(changes.fixed, 2);
        QCOMPARE(changes.added, 1);
        QCOMPARE(changes.broke, 0);
        QCOMPARE(tests->index(1, TestResultsModel::ChangesColumn).data().toString(),
                 QStringLiteral("2 fixed, 1 new"));
        TestCasesModel *cases = view.testsPanel()->casesModel();
        QCOMPARE(cases->iteration(), 2); // follows the newest
        QCOMPARE(cases->rowCount(), 9);
        QStringList changed;
        for (int r = 0; r < cases->rowCount(); ++r) {
            const QString change = cases->index(r, TestCasesModel::ChangeColumn).data().toString();
            if (!change.isEmpty())
                changed << cases->index(r, TestCasesModel::NameColumn).data().toString()
                        + QLatin1Char('=') + change;
        }
        changed.sort();
        QCOMPARE(changed,
                 (QStringList { QStringLiteral("[R2] complete of unknown id throws=fixed"),
                                QStringLiteral("[R4] filter open=fixed"),
                                QStringLiteral("[R5] round-trips through JSON=new") }));
        QVERIFY(view.testsPanel()->chart()->accessibleDescription().contains(
            QStringLiteral("iteration 2: 8 passing")));
        // Picking the first iteration shows its tests.
        view.testsPanel()->iterationsView()->setCurrentIndex(tests->index(0, 0));
        QCOMPARE(cases->iteration(), 1);
        QCOMPARE(cases->rowCount(), 8);

        // Files: the latest snapshot's tree with sizes.
        FileTreeModel *files = view.fileTreeModel();
        QCOMPARE(files->snapshotIteration(), 2);
        QCOMPARE(files->fileCount(), 8);
        const QModelIndex todo = files->indexForPath(QStringLiteral("src/todo.ts"));
        QVERIFY(todo.isValid());
        QVERIFY(todo.data(FileTreeModel::SizeRole).toLongLong() > 1000);
        QCOMPARE(files->rowCount(), 7); // src/, tests/ and five files at the top
        QVERIFY(files->index(0, 0).data(FileTreeModel::IsDirRole).toBool());
        QVERIFY(view.saveAction()->isEnabled());
    }

    void replayFromJournalAndPreviewAndSave()
    {
        RunView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString error;
        const int applied = view.replayFile(dataFile(QStringLiteral("run-events.jsonl")), &error);
        QCOMPARE(applied, recordedEvents().size());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Preview reads the file out of the (relative) snapshot archive, off the GUI thread.
        view.tabs()->setCurrentIndex(RunView::FilesTab);
        FilesPanel *files = view.filesPanel();
        QVERIFY(files->selectPath(QStringLiteral("src/todo.ts")));
        QTRY_VERIFY(
            files->preview()->toPlainText().contains(QStringLiteral("export class TodoList")));
        QVERIFY(files->preview()->isReadOnly());
        QVERIFY(files->selectPath(QStringLiteral("bun.lockb")));
        QTRY_VERIFY(files->preview()->toPlainText().contains(QStringLiteral("binary")));

        // Save to disk without dialogs: the project plus its report.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("todo-lib"));
        QSignalSpy saved(&view, &RunView::saved);
        view.saveToDirectory(target, false);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY2(saved.first().at(1).toString().isEmpty(),
                 qPrintable(saved.first().at(1).toString()));
        QVERIFY(QFile::exists(target + QStringLiteral("/src/todo.ts")));
        QVERIFY(QFile::exists(target + QStringLiteral("/RUN_REPORT.md")));
        QFile todo(target + QStringLiteral("/src/todo.ts"));
        QVERIFY(todo.open(QIODevice::ReadOnly));
        QVERIFY(todo.readAll().contains("fromJSON")); // iteration 2, not 1
    }

    void saveToDiskAsksBeforeReplacingAFolder()
    {
        RunView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.replayFile(dataFile(QStringLiteral("run-events.jsonl"))) > 0);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("todo-lib")));
        QFile old(dir.filePath(QStringLiteral("todo-lib/old.txt")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();

        view.saveAction()->trigger();
        QFileDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = view.findChild<QFileDialog *>()) && chooser->isVisible());
        chooser->setDirectory(dir.path());
        chooser->selectFile(dir.path());
        QVERIFY(QMetaObject::invokeMethod(chooser, "accept"));

        // The folder named after the project is not empty: a warning first.
        QMessageBox *warning = nullptr;
        QTRY_VERIFY((warning = view.findChild<QMessageBox *>()) && warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("already contains files")));
        QTest::mouseClick(warning->button(QMessageBox::Save), Qt::LeftButton);

        // Saved: offered to open the folder.
        QMessageBox *done = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((done = view.findChild<QMessageBox *>()) && done->isVisible()
                                     && done->text().contains(QStringLiteral("was saved")),
                                 10000);
        QTest::mouseClick(done->button(QMessageBox::Close), Qt::LeftButton);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("todo-lib/src/todo.ts"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("todo-lib/old.txt"))));
    }

    void badJournalLinesAreSkippedAndReported()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("events.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"v":1,"run":"r1","seq":1,"ts":"2026-01-01T00:00:00.000Z","kind":"run.started","data":{"name":"x","backend":"local","maxIterations":2,"budgetUsd":1}})"
            "\nnot json at all\n"
            R"({"v":1,"run":"r1","seq":2,"ts":"2026-01-01T00:00:01.000Z","kind":"future.kind","data":{}})"
            "\n");
        file.close();
        RunView view;
        QString error;
        QCOMPARE(view.replayFile(file.fileName(), &error), 2); // unknown kinds are fine
        QVERIFY(error.contains(QStringLiteral("skipped: 1")));
        QCOMPARE(view.runName(), QStringLiteral("x"));
        QCOMPARE(view.replayFile(dir.filePath(QStringLiteral("missing.jsonl")), &error), -1);
        QVERIFY(!error.isEmpty());
    }

    void reportIsRenderedFromTheJournalOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QVERIFY(QFile::copy(dataFile(QStringLiteral("run-events.jsonl")), path));
        RunView view;
        QVERIFY(view.replayFile(path) > 0);
        QCOMPARE(view.journalPath(), QFileInfo(path).absoluteFilePath());
        const QString report = view.renderReport();
        QVERIFY(report.contains(QStringLiteral("**green**")));
        QVERIFY(report.contains(QStringLiteral("# Run report: %1").arg(view.runName())));
        // The view keeps no copy of the events: without the file there is nothing to report.
        QVERIFY(QFile::remove(path));
        QVERIFY(view.renderReport().contains(QStringLiteral("**unfinished**")));
        QVERIFY(view.isFinished()); // while the header still shows the summary
    }

    void liveRunOffersStopAndEndsWithNotification()
    {
        RunView view;
        view.show();
        view.setLive(true);
        QSignalSpy stop(&view, &RunView::stopRequested);
        const QList<Run::RunEvent> events = recordedEvents();
        view.applyEvent(events.first());
        QVERIFY(view.stopAction()->isEnabled());
        QVERIFY(!view.resumeAction()->isEnabled());
        view.stopAction()->trigger();
        QTRY_VERIFY(view.stopDialog() && view.stopDialog()->isVisible());
        QTest::keyClick(view.stopDialog(), Qt::Key_Return); // the default: Stop
        QCOMPARE(stop.size(), 1);
        QCOMPARE(stop.first().first().toString(), events.first().runId);
        for (int i = 1; i < events.size(); ++i)
            view.applyEvent(events.at(i));
        QVERIFY(!view.stopAction()->isEnabled());
        QVERIFY(!view.continueAction()->isEnabled()); // green: nothing to continue
        QVERIFY(view.continueAction()->toolTip().contains(QStringLiteral("green")));
        QVERIFY(view.reportAction()->isEnabled());
    }

    // Stop asks how; the stopped run keeps its files, says "Stopped" and can go on.
    void stopAsksAndTheStoppedRunKeepsItsWork()
    {
        RunView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester timelineTester(view.timelineModel());
        view.setLive(true);
        Testing::RunEventFeed feed(QStringLiteral("20260301-120000-stop"),
                                   QDateTime::currentDateTimeUtc().addSecs(-60));
        using namespace Run;
        for (const RunEvent &e : startedRun(feed, 5, 5.0))
            view.applyEvent(e);
        view.applyEvent(feed.next(StepStarted { QString(Step::Agent), 1, QString() }));
        view.applyEvent(feed.next(AgentMessage { 1, QStringLiteral("Writing the list.") }));
        view.applyEvent(feed.next(StepStarted { QString(Step::Snapshot), 1, QString() }));
        QCOMPARE(view.titleLabel()->text(), QStringLiteral("todo-lib \u2014 Running"));

        QSignalSpy stop(&view, &RunView::stopRequested);
        QSignalSpy finished(&view, &RunView::runFinished);
        using Mode = RunController::StopMode;
        const auto ask = [&view]() -> QMessageBox * {
            view.stopAction()->trigger();
            return view.stopDialog();
        };
        // Cancel: nothing happens.
        QMessageBox *box = ask();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->defaultButton()->text(), QStringLiteral("&Stop"));
        QStringList buttons;
        const auto all = box->buttons();
        for (QAbstractButton *b : all)
            buttons << b->text().remove(QLatin1Char('&'));
        buttons.sort();
        QCOMPARE(buttons,
                 (QStringList { QStringLiteral("Cancel"), QStringLiteral("Stop"),
                                QStringLiteral("Stop and Keep Sandbox") }));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!view.stopDialog());
        QCOMPARE(stop.size(), 0);
        // Keep the sandbox.
        box = ask();
        QTRY_VERIFY(box->isVisible());
        QAbstractButton *keep = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().contains(QStringLiteral("Keep")))
                keep = b;
        }
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(stop.size(), 1);
        QCOMPARE(stop.at(0).at(0).toString(), QStringLiteral("20260301-120000-stop"));
        QCOMPARE(stop.at(0).at(1).value<Mode>(), Mode::KeepSandbox);
        QTRY_VERIFY(!view.stopDialog());
        // The default, Stop.
        box = ask();
        QTRY_VERIFY(box->isVisible());
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(stop.size(), 2);
        QCOMPARE(stop.at(1).at(1).value<Mode>(), Mode::KillSandbox);

        // What the engine sends: the interrupted step, the last snapshot, the outcome.
        view.applyEvent(feed.next(
            StepFinished { QString(Step::Agent), 1, false, -1, 4200, QStringLiteral("stopped") }));
        view.applyEvent(feed.next(snapshotOf(1)));
        // The question left open when the run ends goes away.
        box = ask();
        QVERIFY(box);
        view.applyEvent(
            feed.next(RunFinished { RunOutcome::Stopped, QStringLiteral("Stopped"), 1, 0.12 }));
        QTRY_VERIFY(!view.stopDialog());

        QCOMPARE(view.titleLabel()->text(), QStringLiteral("todo-lib \u2014 Stopped"));
        QVERIFY2(view.currentLabel()->text().startsWith(QStringLiteral("Stopped.")),
                 qPrintable(view.currentLabel()->text()));
        QVERIFY(!view.currentLabel()->text().contains(QStringLiteral("Cancelled")));
        QVERIFY(!view.currentLabel()->text().contains(QStringLiteral("Stopped. Stopped")));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("todo-lib"));
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("stopped"));
        // No step is left running: the snapshot step never said it finished.
        QCOMPARE(view.timelineModel()->runningSteps(), 0);
        QVERIFY(!timelineTexts(view.timelineModel()).contains(QStringLiteral("Running")));
        const auto &steps = view.timelineModel()->groupAt(1).steps;
        QCOMPARE(steps.at(0).state, TimelineModel::State::Stopped);
        QCOMPARE(steps.at(1).state, TimelineModel::State::Stopped);
        // Files: the last snapshot; Save and Continue go on from it.
        QCOMPARE(view.fileTreeModel()->fileCount(), 5);
        QVERIFY(view.saveAction()->isEnabled());
        QVERIFY(!view.stopAction()->isEnabled());
        QVERIFY2(!view.continueAction()->isEnabled(),
                 "no run folder: a stopped run cannot go on from a bare journal");
        QVERIFY(view.continueAction()->toolTip().contains(QStringLiteral("run folder")));
        QTemporaryDir folder;
        view.setRunDirectory(folder.path());
        QVERIFY(view.continueAction()->isEnabled());
        QVERIFY(view.fileTreeModel()->fileCount() > 0);

        // Continue with Guidance does what it says: the guidance goes to the window.
        QSignalSpy goOn(&view, &RunView::continueRequested);
        view.continueAction()->trigger();
        QInputDialog *input = nullptr;
        QTRY_VERIFY((input = view.findChild<QInputDialog *>()) && input->isVisible());
        input->setTextValue(QStringLiteral("  Keep the ids stable.  "));
        input->accept();
        QCOMPARE(goOn.size(), 1);
        QCOMPARE(goOn.first().at(1).toString(), QStringLiteral("Keep the ids stable."));
        // An empty answer is not swallowed silently.
        QTRY_VERIFY(!view.findChild<QInputDialog *>());
        view.continueAction()->trigger();
        QTRY_VERIFY((input = view.findChild<QInputDialog *>()) && input->isVisible());
        input->setTextValue(QString());
        input->accept();
        QMessageBox *note = nullptr;
        QTRY_VERIFY((note = view.findChild<QMessageBox *>()) && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("did not go on")));
        QCOMPARE(goOn.size(), 1);
        note->close();
    }

    // Continue after "no progress": everything says running again, then the new outcome.
    void finishedRunGoesLiveAgainOnResumed()
    {
        RunView view;
        view.resize(1000, 700);
        view.show();
        QAbstractItemModelTester activityTester(view.activityModel());
        QAbstractItemModelTester timelineTester(view.timelineModel());
        view.setLive(true);
        QSignalSpy finished(&view, &RunView::runFinished);
        QSignalSpy resumed(&view, &RunView::runResumed);
        using namespace Run;
        // Two iterations of 60 s an hour ago, then an hour's pause.
        Testing::RunEventFeed feed(QStringLiteral("20260301-120000-more"),
                                   QDateTime::currentDateTimeUtc().addSecs(-3600 - 130));
        for (const RunEvent &e : startedRun(feed, 2, 1.0))
            view.applyEvent(e);
        for (int it = 1; it <= 2; ++it) {
            view.applyEvent(feed.next(StepStarted { QString(Step::Agent), it, QString() }));
            view.applyEvent(feed.next(
                StepFinished { QString(Step::Agent), it, true, 0, 50000, QString() }, 50000));
            view.applyEvent(feed.next(StepStarted { QString(Step::Test), it, QString() }));
            view.applyEvent(feed.next(
                StepFinished { QString(Step::Test), it, false, 1, 5000, QString() }, 5000));
            view.applyEvent(feed.next(
                IterationFinished { it, false, 0.2 * it, { QStringLiteral("sum adds") } }));
        }
        view.applyEvent(feed.next(RunFinished {
            RunOutcome::NoProgress, QStringLiteral("The same tests failed twice"), 2, 0.4 }));
        QCOMPARE(view.titleLabel()->text(), QStringLiteral("todo-lib \u2014 No progress"));
        QVERIFY(view.currentLabel()->text().contains(QStringLiteral("same tests failed twice")));
        QVERIFY(view.continueAction()->isEnabled() == false); // no folder yet
        QTemporaryDir folder;
        view.setRunDirectory(folder.path());
        QVERIFY(view.continueAction()->isEnabled());
        QVERIFY(!view.stopAction()->isEnabled());
        const qint64 before = view.elapsedMs();
        QVERIFY2(before > 100000 && before < 200000, qPrintable(QString::number(before)));

        // An hour later the person continues: the run goes on with new limits.
        feed.setTime(QDateTime::currentDateTimeUtc().addSecs(-3));
        view.applyEvent(feed.next(Log { LogLevel::Info, QStringLiteral("Continuing") }));
        view.applyEvent(feed.next(RunResumed { QStringLiteral("continue"), 2, 6, 4.0 }, 100));
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(view.titleLabel()->text(), QStringLiteral("todo-lib \u2014 Running"));
        QVERIFY(view.outcome().isEmpty());
        QVERIFY(!view.isFinished());
        QVERIFY(view.stopAction()->isEnabled());
        QVERIFY(!view.continueAction()->isEnabled());
        QVERIFY(view.continueAction()->toolTip().contains(QStringLiteral("still going")));
        QVERIFY(!view.currentLabel()->text().contains(QStringLiteral("No progress")));
        QVERIFY(!view.currentLabel()->text().contains(QStringLiteral("Finished")));
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("of 6")));
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("$0.40 of $4.00")));
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("this session")));
        // The pause is not counted; the clock ticks again.
        QVERIFY2(view.elapsedMs() < before + 30000, qPrintable(QString::number(view.elapsedMs())));
        const QString counters = view.countersLabel()->text();
        QTRY_VERIFY_WITH_TIMEOUT(view.countersLabel()->text() != counters, 3000);
        QVERIFY(view.elapsedMs() > before);

        // The person's words, in the activity as theirs.
        const int rows = view.activityModel()->rowCount();
        view.applyEvent(feed.next(
            UserGuidance { QStringLiteral("Add, do not multiply."), QStringLiteral("app"), 3 }));
        // A new turn for iteration 3, the person's words first in it.
        QCOMPARE(view.activityModel()->rowCount(), rows + 1);
        const QModelIndex turn3 = view.activityModel()->index(rows, 0);
        QCOMPARE(turn3.data(ActivityModel::KindRole).toInt(), int(ActivityModel::EntryKind::Turn));
        QCOMPARE(view.activityModel()->rowCount(turn3), 1);
        const QModelIndex said = view.activityModel()->index(0, 0, turn3);
        QCOMPARE(said.data(ActivityModel::KindRole).toInt(),
                 int(ActivityModel::EntryKind::Guidance));
        QCOMPARE(said.data().toString(), QStringLiteral("You: Add, do not multiply."));
        QVERIFY(said.data(Qt::BackgroundRole).isValid());
        QVERIFY(said.data(Qt::FontRole).value<QFont>().bold());
        view.applyEvent(feed.next(AgentMessage { 3, QStringLiteral("Fixing sum.") }));
        QCOMPARE(view.activityModel()->rowCount(), rows + 1); // in the same turn
        const QModelIndex agent = view.activityModel()->index(1, 0, turn3);
        QCOMPARE(agent.data().toString(), QStringLiteral("Fixing sum."));
        QVERIFY(!agent.data(Qt::BackgroundRole).isValid());
        QVERIFY(!agent.data().toString().startsWith(QStringLiteral("You")));

        view.applyEvent(feed.next(StepStarted { QString(Step::Agent), 3, QString() }));
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("Iteration 3 of 6")));
        QCOMPARE(view.timelineModel()->groupCount(), 4);
        QCOMPARE(view.timelineModel()->index(3, 0).data().toString(),
                 QStringLiteral("Iteration 3"));
        QVERIFY(view.currentLabel()->text().contains(QStringLiteral("iteration 3"),
                                                     Qt::CaseInsensitive));

        view.applyEvent(feed.next(RunFinished {
            RunOutcome::MaxIterations, QStringLiteral("Stopped after 3 iterations"), 3, 0.6 }));
        QCOMPARE(view.titleLabel()->text(), QStringLiteral("todo-lib \u2014 Iteration limit"));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(2).toString(), QStringLiteral("max_iterations"));
        QVERIFY(!view.stopAction()->isEnabled());
        QCOMPARE(view.timelineModel()->runningSteps(), 0);
        const QString done = view.countersLabel()->text();
        QTest::qWait(1100);
        QCOMPARE(view.countersLabel()->text(), done); // the clock stopped with the run
    }

    // An interrupted run is shown as such; resumed, it keeps everything it had.
    void interruptedRunResumesWithItsHistory()
    {
        QTemporaryDir root;
        const QList<Run::RunEvent> recorded = recordedEvents();
        const QString runId = recorded.first().runId;
        const QString dir = root.filePath(runId);
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/snapshots")));
        QVERIFY(
            QFile::copy(dataFile(QStringLiteral("spec.json")), dir + QStringLiteral("/spec.json")));
        QVERIFY(QFile::copy(dataFile(QStringLiteral("snapshots/iter-1.tar.gz")),
                            dir + QStringLiteral("/snapshots/iter-1.tar.gz")));
        // Killed in the middle of iteration 2's agent turn.
        QList<Run::RunEvent> before;
        for (const Run::RunEvent &e : recorded) {
            if (e.seq > 62)
                break;
            before.append(e);
        }
        const QString journal = dir + QStringLiteral("/events.jsonl");
        QVERIFY(Testing::RunEventFeed::append(journal, before));

        RunView view;
        view.resize(1000, 700);
        view.show();
        QAbstractItemModelTester timelineTester(view.timelineModel());
        // As the window shows a run picked from the list.
        view.setRunDirectory(dir);
        view.setLive(false);
        QVERIFY(view.replayFile(journal) > 0);
        QCOMPARE(view.titleLabel()->text(), QStringLiteral("todo-lib \u2014 Interrupted"));
        QVERIFY(view.currentLabel()->text().startsWith(QStringLiteral("Interrupted")));
        QVERIFY(!timelineTexts(view.timelineModel()).contains(QStringLiteral("Running")));
        QVERIFY(timelineTexts(view.timelineModel()).contains(QStringLiteral("Interrupted")));
        QVERIFY(view.resumeAction()->isEnabled());
        QVERIFY(view.continueAction()->isEnabled());
        QVERIFY(!view.stopAction()->isEnabled());
        QVERIFY(view.reportAction()->isEnabled());
        const int activity = view.activityModel()->rowCount();
        view.logModel()->flush();
        const int logLines = view.logModel()->rowCount();
        QVERIFY(view.activityModel()->entryCount() > 10 && logLines > 10);
        QCOMPARE(view.testResultsModel()->rowCount(), 1);

        // Resumed: the window shows the new live run from its first new event.
        QSignalSpy finished(&view, &RunView::runFinished);
        view.reset();
        view.setLive(true);
        view.setRunDirectory(dir);
        using namespace Run;
        Testing::RunEventFeed feed(runId);
        feed.continueAfter(before.last());
        feed.setTime(QDateTime::currentDateTimeUtc().addSecs(-5));
        const QList<RunEvent> after = {
            feed.next(Log { LogLevel::Info, QStringLiteral("Resuming run after iteration 1") }),
            feed.next(RunResumed { QStringLiteral("resume"), 1, 5, 5.0 }, 10),
            // The engine names the iteration it resumes after; set-up is still set-up.
            feed.next(StepStarted { QString(Step::Sandbox), 1, QString() }, 10),
            feed.next(StepFinished { QString(Step::Sandbox), 1, true, 0, 300, QString() }, 300),
            feed.next(StepStarted { QString(Step::Upload), 1, QString() }, 10),
            feed.next(StepFinished { QString(Step::Upload), 1, true, 0, 50, QString() }, 50),
            feed.next(StepStarted { QString(Step::Agent), 2, QString() }, 10),
            feed.next(AgentMessage { 2, QStringLiteral("Picking up where it stopped.") }, 10),
        };
        QVERIFY(Testing::RunEventFeed::append(journal, after));
        for (const RunEvent &e : after)
            view.applyEvent(e);
        view.applyEvent(after.last()); // an event seen twice counts once

        QCOMPARE(view.titleLabel()->text(), QStringLiteral("todo-lib \u2014 Running"));
        QCOMPARE(view.runName(), QStringLiteral("todo-lib"));
        QCOMPARE(view.activityModel()->rowCount(), activity + 2); // resumed note + a new turn
        view.logModel()->flush();
        QVERIFY(view.logModel()->rowCount() >= logLines);
        QCOMPARE(view.testResultsModel()->rowCount(), 1);
        QCOMPARE(view.fileTreeModel()->snapshotIteration(), 1);
        QVERIFY(view.fileTreeModel()->fileCount() > 0);
        QVERIFY(view.saveAction()->isEnabled());
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("Iteration 2 of 5")));
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("of $5.00")));
        QVERIFY(view.stopAction()->isEnabled());
        QVERIFY(!view.resumeAction()->isEnabled());
        // Set-up, iteration 1, the interrupted turn (stopped), the resumed set-up, the new turn.
        TimelineModel *timeline = view.timelineModel();
        QCOMPARE(timeline->groupCount(), 5);
        QCOMPARE(timeline->index(0, 0).data().toString(), QStringLiteral("Set-up"));
        QCOMPARE(timeline->index(1, 0).data().toString(), QStringLiteral("Iteration 1"));
        QCOMPARE(timeline->index(2, 0).data().toString(), QStringLiteral("Iteration 2"));
        QCOMPARE(timeline->index(2, TimelineModel::StateColumn).data().toString(),
                 QStringLiteral("Stopped"));
        QCOMPARE(timeline->index(3, 0).data().toString(), QStringLiteral("Set-up (resumed)"));
        QCOMPARE(timeline->index(4, 0).data().toString(), QStringLiteral("Iteration 2"));
        QCOMPARE(timeline->index(4, TimelineModel::StateColumn).data().toString(),
                 QStringLiteral("Running"));
        for (const auto &step : timeline->groupAt(1).steps)
            QVERIFY2(!TimelineModel::isSetupStep(step.step), qPrintable(step.step));
        QCOMPARE(timeline->groupAt(3).steps.size(), 2);
        QCOMPARE(timeline->groupAt(4).steps.size(), 1); // the event seen twice counted once

        // It finishes again: the report, the banner's name.
        const RunEvent end = feed.next(
            RunFinished { RunOutcome::Green, QStringLiteral("All checks passed."), 2, 0.7 });
        QVERIFY(Testing::RunEventFeed::append(journal, { end }));
        QFile report(dir + QStringLiteral("/RUN_REPORT.md"));
        QVERIFY(report.open(QIODevice::WriteOnly));
        report.write("# Run report: todo-lib\n");
        report.close();
        view.applyEvent(end);
        QCOMPARE(finished.size(), 1); // the old journal's events do not notify again
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("todo-lib"));
        QVERIFY(view.reportAction()->isEnabled());
        QCOMPARE(view.reportPath(), dir + QStringLiteral("/RUN_REPORT.md"));
        QCOMPARE(timeline->runningSteps(), 0);
        QVERIFY(view.countersLabel()->text().contains(QStringLiteral("this session")));
    }

    void aJournalWithoutItsStartStillNamesTheRun()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(dataFile(QStringLiteral("spec.json")),
                            dir.filePath(QStringLiteral("spec.json"))));
        RunView view;
        view.setRunDirectory(dir.path());
        Testing::RunEventFeed feed(QStringLiteral("20260301-120000-name"));
        view.applyEvent(feed.next(Run::StepStarted { QString(Run::Step::Agent), 1, QString() }));
        QCOMPARE(view.displayName(), QStringLiteral("todo-lib"));
        QVERIFY(view.titleLabel()->text().startsWith(QStringLiteral("todo-lib")));
        RunView bare;
        const auto actions = bare.runActions();
        for (const QAction *a : actions) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QCOMPARE(a->toolTip(), QStringLiteral("No run is shown."));
        }
        bare.applyEvent(feed.next(Run::StepStarted { QString(Run::Step::Agent), 1, QString() }));
        QCOMPARE(bare.displayName(), QStringLiteral("20260301-120000-name"));
    }
};

QTEST_MAIN(TestRunView)
#include "tst_runview.moc"
