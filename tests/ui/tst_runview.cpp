// The run view fed with a recorded run: every tab follows the events.
#include "models/activitymodel.h"
#include "models/filetreemodel.h"
#include "models/logfiltermodel.h"
#include "models/logmodel.h"
#include "models/testcasesmodel.h"
#include "models/testresultsmodel.h"
#include "models/timelinemodel.h"
#include "run/runevent.h"
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

        // Activity: messages and tool calls, results labelled with their tool.
        ActivityModel *activity = view.activityModel();
        QVERIFY(activity->rowCount() >= 20);
        bool sawFailedBash = false;
        for (int r = 0; r < activity->rowCount(); ++r) {
            const auto &e = activity->entryAt(r);
            if (e.kind == ActivityModel::EntryKind::ToolResult && e.isError
                && e.title.startsWith(QStringLiteral("Bash failed")))
                sawFailedBash = true;
        }
        QVERIFY(sawFailedBash);
        // Follows the newest entry.
        QListView *activityView = view.activityPanel()->view();
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
                 (QStringList { QStringLiteral("complete of unknown id throws=fixed"),
                                QStringLiteral("filter open=fixed"),
                                QStringLiteral("round-trips through JSON=new") }));
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
        view.setLive(true);
        QSignalSpy stop(&view, &RunView::stopRequested);
        const QList<Run::RunEvent> events = recordedEvents();
        view.applyEvent(events.first());
        QVERIFY(view.stopAction()->isEnabled());
        QVERIFY(!view.resumeAction()->isEnabled());
        view.stopAction()->trigger();
        QCOMPARE(stop.size(), 1);
        QCOMPARE(stop.first().first().toString(), events.first().runId);
        for (int i = 1; i < events.size(); ++i)
            view.applyEvent(events.at(i));
        QVERIFY(!view.stopAction()->isEnabled());
        QVERIFY(!view.continueAction()->isEnabled()); // green: nothing to continue
        QVERIFY(view.reportAction()->isEnabled());
    }
};

QTEST_MAIN(TestRunView)
#include "tst_runview.moc"
