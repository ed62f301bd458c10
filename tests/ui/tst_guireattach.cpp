// Quit with a live run, choosing "Leave running", then start again: the run re-attaches to
// its sandbox and to the agent turn still running in it, and finishes without repeating
// that turn. Real parts: the local sandbox server (bubblewrap), the real `claude` CLI, the
// scripted fake Anthropic API, real `bun` in the gate.
#include "fakeanthropicscenario.h"
#include "fakeanthropicserver.h"

#include "guitesthome.h"
#include "mainwindow.h"
#include "models/runlistmodel.h"
#include "runlauncher.h"
#include "runview/runview.h"
#include "wizard/specwizard.h"

#include "run/localsandboxserver.h"
#include "run/runevents.h"
#include "run/runmanager.h"
#include "run/runstore.h"
#include "spec/projectspec.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Autocoder;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const char kRunData[] = AUTOCODER_TEST_DATA_DIR "/../run/data/e2e/";

} // namespace

class TestGuiReattach : public QObject
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

    void leftRunningReattachesOnTheNextStart()
    {
        QString error;
        Testing::FakeAnthropicScenario script = Testing::FakeAnthropicScenario::fromJson(
            readFile(QString::fromLatin1(kRunData) + QStringLiteral("f-reattach-after-crash.json")),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Testing::FakeAnthropicServer fake(script);
        QVERIFY(fake.listen());
        qputenv("ANTHROPIC_API_KEY", "fake-ant-api03-FAKE-reattach-key-0badcafe");
        qputenv("ANTHROPIC_BASE_URL", fake.baseUrl().toLocal8Bit());
        const auto parsed = Spec::ProjectSpec::parse(
            readFile(QString::fromLatin1(kRunData) + QStringLiteral("sum-spec.json")));
        QVERIFY(parsed.isOk());
        Spec::ProjectSpec spec = *parsed;
        spec.limits.maxIterations = 3;
        spec.sandbox.backend = QStringLiteral("local");

        QString runId;
        {
            Ui::MainWindow window;
            auto *launcher = new Ui::RunLauncher(window.runManager(), &window);
            connect(&window, &Ui::MainWindow::runRequested, launcher, &Ui::RunLauncher::start);
            QSignalSpy launchFailed(launcher, &Ui::RunLauncher::failed);
            QSignalSpy events(window.runManager(), &Run::RunManager::runEvent);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            Ui::SpecWizard *wizard = window.showNewRunWizard(&spec);
            while (wizard->currentPage() && !wizard->currentPage()->isFinalPage())
                wizard->next();
            wizard->accept();

            // The second agent turn (the one that thinks for seven seconds) has begun.
            auto secondTurn = [&events] {
                for (const QList<QVariant> &args : std::as_const(events)) {
                    const auto e = args.first().value<Run::RunEvent>();
                    if (const auto p = e.payload<Run::StepStarted>();
                        p && p->step == QLatin1String("agent") && p->iteration == 2)
                        return true;
                }
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(secondTurn() || !launchFailed.isEmpty(), 300000);
            QVERIFY2(launchFailed.isEmpty(), qPrintable(launchFailed.value(0).value(0).toString()));
            QTRY_COMPARE_WITH_TIMEOUT(fake.turnsStarted(), 2, 60000);
            runId = window.runManager()->liveIds().value(0);
            QVERIFY(!runId.isEmpty());

            QVERIFY(!window.close());
            QMessageBox *box = window.quitQuestion();
            QVERIFY(box);
            QPushButton *leave = nullptr;
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == QLatin1String("Leave Running"))
                    leave = qobject_cast<QPushButton *>(b);
            }
            QVERIFY(leave);
            leave->click();
            QTRY_VERIFY(!window.isVisible());
        } // the window goes; the server, the sandbox and the agent go on

        Run::RunState state;
        QVERIFY(Run::RunStore().load(runId, &state));
        QCOMPARE(state.status, QStringLiteral("running"));

        Ui::MainWindow window;
        auto *launcher = new Ui::RunLauncher(window.runManager(), &window);
        connect(&window, &Ui::MainWindow::resumeRequested, launcher, &Ui::RunLauncher::resume);
        QSignalSpy reattaching(launcher, &Ui::RunLauncher::reattaching);
        QSignalSpy ended(window.runManager(), &Run::RunManager::runEnded);
        QSignalSpy events(window.runManager(), &Run::RunManager::runEvent);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        launcher->recoverInterrupted();
        QTRY_COMPARE_WITH_TIMEOUT(reattaching.size(), 1, 60000);
        QCOMPARE(reattaching.first().first().toString(), runId);
        QTRY_VERIFY_WITH_TIMEOUT(window.runManager()->controller(runId), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 300000);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("green"));
        QCOMPARE(fake.turnsStarted(), 2); // the running turn was re-attached, not repeated
        const int row = window.runsModel()->rowOf(runId);
        QVERIFY(row >= 0);
        QCOMPARE(window.runsModel()->rowAt(row).status, Run::RunStatus::Finished);
        QVERIFY(Run::RunStore().load(runId, &state));
        QCOMPARE(state.iteration, 2);
    }

    void cleanupTestCase()
    {
        if (m_home.isValid() && QFile::exists(Run::LocalSandboxServer::defaultDataDir()))
            QVERIFY(Run::LocalSandboxServer::shutdownServer(
                Run::LocalSandboxServer::defaultDataDir(), 15000));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestGuiReattach)
#include "tst_guireattach.moc"
