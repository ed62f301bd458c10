// The whole path a person takes, with real parts: the wizard is finished, the
// launcher starts the local sandbox server (bubblewrap), the real `claude` CLI
// runs against the scripted fake Anthropic API, the gate runs real `bun`, the
// run view follows the events, and the project is saved to disk. Then the paths
// off it: Stop during an agent turn, and Continue after "no progress".
#include "fakeanthropicscenario.h"
#include "fakeanthropicserver.h"

#include "guitesthome.h"
#include "mainwindow.h"
#include "models/activitymodel.h"
#include "models/filetreemodel.h"
#include "models/timelinemodel.h"
#include "runlauncher.h"
#include "runview/runview.h"
#include "wizard/specwizard.h"

#include "run/localsandboxserver.h"
#include "run/runcontroller.h"
#include "spec/projectspec.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Autocoder;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const char kRunData[] = AUTOCODER_TEST_DATA_DIR "/../run/data/e2e/";

bool activityHas(const Ui::RunView *view, Ui::ActivityModel::EntryKind kind, const QString &start)
{
    const Ui::ActivityModel *model = view->activityModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex group = model->index(r, 0);
        for (int c = -1; c < model->rowCount(group); ++c) {
            const auto *e = model->entry(c < 0 ? group : model->index(c, 0, group));
            if (e && e->kind == kind && e->title.startsWith(start))
                return true;
        }
    }
    return false;
}

} // namespace

class TestGuiRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString skip = Ui::Testing::useTemporaryHome(m_home);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
    }

    void wizardToGreenRunToSavedProject()
    {
        const QString scenario =
            QString::fromLatin1(kRunData) + QStringLiteral("a-fix-after-feedback.json");
        QString error;
        Testing::FakeAnthropicScenario script =
            Testing::FakeAnthropicScenario::fromJson(readFile(scenario), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Testing::FakeAnthropicServer fake(script);
        QVERIFY(fake.listen());
        const QByteArray key = "fake-ant-api03-FAKE-gui-run-key-51c0ffee";
        qputenv("ANTHROPIC_API_KEY", key);
        qputenv("ANTHROPIC_BASE_URL", fake.baseUrl().toLocal8Bit());

        const auto parsed = Spec::ProjectSpec::parse(
            readFile(QString::fromLatin1(kRunData) + QStringLiteral("sum-spec.json")));
        QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error()));
        Spec::ProjectSpec spec = *parsed;
        spec.limits.maxIterations = 3;
        spec.sandbox.backend = QStringLiteral("local");

        Ui::MainWindow window;
        auto *launcher = new Ui::RunLauncher(window.runManager(), &window);
        connect(&window, &Ui::MainWindow::runRequested, launcher, &Ui::RunLauncher::start);
        QSignalSpy launchFailed(launcher, &Ui::RunLauncher::failed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The person goes through every page of the wizard and presses Finish.
        Ui::SpecWizard *wizard = window.showNewRunWizard(&spec);
        QVERIFY(wizard);
        while (wizard->currentPage() && !wizard->currentPage()->isFinalPage())
            wizard->next();
        QSignalSpy finished(window.runView(), &Ui::RunView::runFinished);
        wizard->accept();

        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !launchFailed.isEmpty(), 600000);
        QVERIFY2(launchFailed.isEmpty(), qPrintable(launchFailed.value(0).value(0).toString()));
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("green"));

        // The run is listed with its outcome.
        window.refreshRuns();
        QAbstractItemModel *runs = window.runsView()->model();
        QVERIFY(runs);
        QCOMPARE(runs->rowCount(), 1);

        // Saved to disk with its report.
        const QString out = m_home.filePath(QStringLiteral("saved/sum"));
        QSignalSpy saved(window.runView(), &Ui::RunView::saved);
        window.runView()->saveToDirectory(out, false);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30000);
        QVERIFY2(saved.first().at(1).toString().isEmpty(),
                 qPrintable(saved.first().at(1).toString()));
        QVERIFY(QFile::exists(out + QStringLiteral("/RUN_REPORT.md")));
        QVERIFY(QFile::exists(out + QStringLiteral("/package.json")));
        QVERIFY(!readFile(out + QStringLiteral("/RUN_REPORT.md")).contains(key));
    }

    // Needs the snapshot-keeping RunController::stop(): with a stop() that only cancels, the
    // outcome is "cancelled" and the turn's files are lost, and this test fails.
    void stopDuringTheAgentTurnKeepsItsFiles()
    {
        QVERIFY(serveScenario(QString::fromLatin1(AUTOCODER_TEST_DATA_DIR "/data/")
                              + QStringLiteral("stop-during-agent.json")));
        Ui::MainWindow window;
        QVERIFY(startFromWizard(window, loadSpec(2)));
        Ui::RunView *view = window.runView();
        QSignalSpy finished(view, &Ui::RunView::runFinished);

        // The agent wrote its files and waits on a long command.
        QTRY_VERIFY_WITH_TIMEOUT(
            activityHas(view, Ui::ActivityModel::EntryKind::ToolCall, QStringLiteral("Bash"))
                || !finished.isEmpty(),
            180000);
        QVERIFY2(finished.isEmpty(), "the run ended before the agent's long command");
        QVERIFY(view->stopAction()->isEnabled());
        QVERIFY(view->titleLabel()->text().endsWith(QStringLiteral("Running")));

        // Stop asks; the default answer stops and keeps the work.
        view->stopAction()->trigger();
        QTRY_VERIFY(view->stopDialog() && view->stopDialog()->isVisible());
        QTest::keyClick(view->stopDialog(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);

        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("sum-lib"));
        QVERIFY2(finished.first().at(2).toString() == QLatin1String("stopped"),
                 qPrintable(QStringLiteral("outcome %1: Stop must keep the work "
                                           "(RunController::stop with a last snapshot)")
                                .arg(finished.first().at(2).toString())));
        QCOMPARE(view->titleLabel()->text(), QStringLiteral("sum-lib \u2014 Stopped"));
        QVERIFY(!view->currentLabel()->text().contains(QStringLiteral("Cancelled")));
        QCOMPARE(view->timelineModel()->runningSteps(), 0);
        QVERIFY(!view->stopAction()->isEnabled());
        QVERIFY(view->continueAction()->isEnabled());
        // Files: the turn's files, from the snapshot taken before the kill.
        QTRY_VERIFY_WITH_TIMEOUT(
            view->fileTreeModel()->indexForPath(QStringLiteral("src/sum.ts")).isValid(), 10000);
        QVERIFY(view->saveAction()->isEnabled());
        const QString out = m_home.filePath(QStringLiteral("saved/stopped-sum"));
        QSignalSpy saved(view, &Ui::RunView::saved);
        view->saveToDirectory(out, false);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30000);
        QVERIFY2(saved.first().at(1).toString().isEmpty(),
                 qPrintable(saved.first().at(1).toString()));
        QVERIFY(readFile(out + QStringLiteral("/src/sum.ts")).contains("a + b"));
    }

    // Continue with Guidance after "no progress": the view is a running run again (title,
    // Stop, counters), keeps what came before, and then shows the new outcome. The last checks
    // need the engine to emit run.resumed and user.guidance when a run goes on.
    void continueAfterNoProgressRunsAgain()
    {
        QVERIFY(serveScenario(QString::fromLatin1(kRunData)
                              + QStringLiteral("b-never-converges.json")));
        Ui::MainWindow window;
        QVERIFY(startFromWizard(window, loadSpec(3)));
        Ui::RunView *view = window.runView();
        QSignalSpy finished(view, &Ui::RunView::runFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 600000);
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("no_progress"));
        QCOMPARE(view->titleLabel()->text(), QStringLiteral("sum-lib \u2014 No progress"));
        QVERIFY(view->continueAction()->isEnabled());
        QVERIFY(!view->stopAction()->isEnabled());
        const int activity = view->activityModel()->rowCount();

        view->continueAction()->trigger();
        QInputDialog *input = nullptr;
        QTRY_VERIFY((input = view->findChild<QInputDialog *>()) && input->isVisible());
        input->setTextValue(QStringLiteral("Return a + b, not a * b."));
        input->accept();

        // Running again, reachable by Stop, with the earlier iterations still shown.
        QTRY_VERIFY_WITH_TIMEOUT(view->titleLabel()->text().endsWith(QStringLiteral("Running"))
                                     && view->stopAction()->isEnabled(),
                                 120000);
        // The old outcome is cleared by run.resumed (the engine emits it when a run goes on).
        const bool outcomeCleared = view->outcome().isEmpty();
        QVERIFY(!view->continueAction()->isEnabled());
        QVERIFY(view->activityModel()->rowCount() >= activity);
        QTRY_VERIFY_WITH_TIMEOUT(
            view->countersLabel()->text().contains(QStringLiteral("Iteration 3 of 3")), 120000);

        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 600000);
        QCOMPARE(finished.last().at(1).toString(), QStringLiteral("sum-lib"));
        QCOMPARE(finished.last().at(2).toString(), QStringLiteral("max_iterations"));
        QCOMPARE(view->titleLabel()->text(), QStringLiteral("sum-lib \u2014 Iteration limit"));
        QCOMPARE(view->timelineModel()->runningSteps(), 0);
        QVERIFY(!view->stopAction()->isEnabled());
        QVERIFY(view->reportAction()->isEnabled());
        // What needs the engine's run.resumed and user.guidance events.
        QVERIFY2(outcomeCleared, "the old outcome stayed while the run went on (no run.resumed)");
        // The person's words show as theirs.
        QVERIFY2(activityHas(view, Ui::ActivityModel::EntryKind::Guidance,
                             QStringLiteral("You: Return a + b")),
                 "no user.guidance event in the activity");
    }

    void cleanupTestCase()
    {
        // The app's shared server outlives the window; it lives in the temporary HOME.
        QVERIFY(Run::LocalSandboxServer::shutdownServer(Run::LocalSandboxServer::defaultDataDir(),
                                                        15000));
    }

private:
    static Spec::ProjectSpec loadSpec(int maxIterations)
    {
        Spec::ProjectSpec spec =
            Spec::ProjectSpec::parse(
                readFile(QString::fromLatin1(kRunData) + QStringLiteral("sum-spec.json")))
                .valueOr(Spec::ProjectSpec());
        spec.limits.maxIterations = maxIterations;
        spec.sandbox.backend = QStringLiteral("local");
        return spec;
    }

    /// A fake Anthropic API playing @p scenarioPath, for the runs started from now on.
    bool serveScenario(const QString &scenarioPath)
    {
        QString error;
        const Testing::FakeAnthropicScenario script =
            Testing::FakeAnthropicScenario::fromJson(readFile(scenarioPath), &error);
        if (!error.isEmpty()) {
            qWarning("%s: %s", qPrintable(scenarioPath), qPrintable(error));
            return false;
        }
        m_fake = std::make_unique<Testing::FakeAnthropicServer>(script);
        if (!m_fake->listen())
            return false;
        qputenv("ANTHROPIC_API_KEY", "fake-ant-api03-FAKE-gui-run-key-51c0ffee");
        qputenv("ANTHROPIC_BASE_URL", m_fake->baseUrl().toLocal8Bit());
        return true;
    }

    /// Wires @p window as main() does, goes through the wizard and starts the run.
    static bool startFromWizard(Ui::MainWindow &window, Spec::ProjectSpec spec)
    {
        auto *launcher = new Ui::RunLauncher(window.runManager(), &window);
        connect(&window, &Ui::MainWindow::runRequested, launcher, &Ui::RunLauncher::start);
        connect(&window, &Ui::MainWindow::resumeRequested, launcher, &Ui::RunLauncher::resume);
        bool failed = false;
        connect(launcher, &Ui::RunLauncher::failed, &window, [&failed](const QString &error) {
            qWarning("launch failed: %s", qPrintable(error));
            failed = true;
        });
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        Ui::SpecWizard *wizard = window.showNewRunWizard(&spec);
        if (!wizard)
            return false;
        while (wizard->currentPage() && !wizard->currentPage()->isFinalPage())
            wizard->next();
        wizard->accept();
        return QTest::qWaitFor([&window] { return !window.runView()->runId().isEmpty(); }, 60000);
    }

    QTemporaryDir m_home;
    std::unique_ptr<Testing::FakeAnthropicServer> m_fake;
};

QTEST_MAIN(TestGuiRun)
#include "tst_guirun.moc"
