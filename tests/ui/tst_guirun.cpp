// The whole path a person takes, with real parts: the wizard is finished, the
// launcher starts the local sandbox server (bubblewrap), the real `claude` CLI
// runs against the scripted fake Anthropic API, the gate runs real `bun`, the
// run view follows the events, and the project is saved to disk.
#include "fakeanthropicscenario.h"
#include "fakeanthropicserver.h"

#include "mainwindow.h"
#include "runlauncher.h"
#include "runview/runview.h"
#include "wizard/specwizard.h"

#include "run/localsandboxserver.h"
#include "run/runcontroller.h"
#include "spec/projectspec.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
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

class TestGuiRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString templates = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
        if (templates.isEmpty() || !QFile::exists(templates + QStringLiteral("/claude/.ready")))
            QSKIP("the 'claude' sandbox template is not prepared (run scripts/test.sh)");
        QVERIFY(m_home.isValid());
        // Everything the app writes (runs, sandboxes, settings) stays in the temporary HOME.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("AUTOCODER_SANDBOXD", AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd");
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

    void cleanupTestCase()
    {
        // The app's shared server outlives the window; it lives in the temporary HOME.
        QVERIFY(Run::LocalSandboxServer::shutdownServer(Run::LocalSandboxServer::defaultDataDir(),
                                                        15000));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestGuiRun)
#include "tst_guirun.moc"
