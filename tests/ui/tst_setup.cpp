// The set-up page and what leads to it, on a machine without a key: a throwaway HOME, no key
// in the environment and, unless AUTOCODER_SECRETS_MODE=keyring, no keychain. Test Connection
// for the local backend runs against the real autocoder-sandboxd.
#include "mainwindow.h"
#include "run/localsandboxserver.h"
#include "runlauncher.h"
#include "settings/connectiontester.h"
#include "setup/setupdialog.h"
#include "setup/setupgate.h"
#include "wizard/reviewpage.h"
#include "wizard/specwizard.h"

#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

bool withKeyring()
{
    return qEnvironmentVariable("AUTOCODER_SECRETS_MODE") == QLatin1String("keyring");
}

QString sandboxdBinary()
{
    return QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd");
}

} // namespace

class TestSetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_templates;
    QString m_service =
        QStringLiteral("AutocoderTest-") + QUuid::createUuid().toString(QUuid::Id128);

    Setup::Readiness::Options options() const
    {
        Setup::Readiness::Options o;
        o.sandboxdProgram = sandboxdBinary();
        o.templatesDir = m_templates;
        o.keychainService = m_service;
        // bwrap itself is checked in tst_readiness; here any working program will do.
        o.bwrapProgram = QStringLiteral("true");
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
        qunsetenv("E2B_API_KEY");
        m_templates = m_home.filePath(QStringLiteral("templates"));
        QDir().mkpath(m_templates + QStringLiteral("/claude"));
        QFile ready(m_templates + QStringLiteral("/claude/.ready"));
        QVERIFY(ready.open(QIODevice::WriteOnly));
        ready.write("2.1.112 (Claude Code)\n");
    }

    void cleanup()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
    }

    void withoutAKeyContinueIsOffAndSaysWhy()
    {
        SetupDialog dialog(options());
        QSignalSpy checked(&dialog, &SetupDialog::checked);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(checked.wait(20000));

        QVERIFY(!dialog.continueButton()->isEnabled());
        const QString status = dialog.statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("Anthropic API key")), qPrintable(status));
        QVERIFY(dialog.continueButton()->toolTip().contains(QStringLiteral("Anthropic API key")));
        QVERIFY(dialog.detailLabel(QStringLiteral("anthropic"))
                    ->text()
                    .contains(QStringLiteral("ANTHROPIC_API_KEY")));
        // The local checks passed and say so.
        QVERIFY(dialog.detailLabel(QStringLiteral("sandboxd"))->text().contains(sandboxdBinary()));
        // A key can be entered only where it can be kept.
        QCOMPARE(!dialog.fixButton(QStringLiteral("anthropic"))->isHidden(), withKeyring());

        // Enter does not get past it, and it is not marked done.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!SetupDialog::firstStartDone());
        // Esc leaves it ("Later").
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!SetupDialog::firstStartDone());
    }

    void aModelEndpointOnLoopbackIsEnough()
    {
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        qputenv("ANTHROPIC_BASE_URL",
                QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort()).toLatin1());
        SetupDialog dialog(options());
        QSignalSpy checked(&dialog, &SetupDialog::checked);
        dialog.show();
        QVERIFY(checked.wait(20000));
        QVERIFY2(dialog.continueButton()->isEnabled(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.continueButton()->toolTip().isEmpty());
        QVERIFY(dialog.continueButton()->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(SetupDialog::firstStartDone());
        SetupDialog::setFirstStartDone(false);
    }

    void reCheckSeesAKeySetSince()
    {
        SetupDialog dialog(options());
        QSignalSpy checked(&dialog, &SetupDialog::checked);
        dialog.show();
        QVERIFY(checked.wait(20000));
        QVERIFY(!dialog.continueButton()->isEnabled());
        qputenv("ANTHROPIC_API_KEY", "fake-ant-setup-0123456789");
        QTest::mouseClick(dialog.recheckButton(), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY(dialog.continueButton()->isEnabled());
        QVERIFY(!dialog.statusLabel()->text().contains(QStringLiteral("0123456789")));
    }

    void enterKeyStoresItInTheKeychain()
    {
        if (!withKeyring())
            QSKIP("needs a Secret Service (AUTOCODER_SECRETS_MODE=keyring)");
        SetupDialog dialog(options());
        QSignalSpy checked(&dialog, &SetupDialog::checked);
        dialog.show();
        QVERIFY(checked.wait(20000));
        QPushButton *fix = dialog.fixButton(QStringLiteral("anthropic"));
        QVERIFY(fix && fix->isVisible());
        QTest::mouseClick(fix, Qt::LeftButton);
        QInputDialog *input = nullptr;
        QTRY_VERIFY((input = dialog.findChild<QInputDialog *>(QStringLiteral("keyEntry"))));
        QLineEdit *field = input->findChild<QLineEdit *>();
        QVERIFY(field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        input->setTextValue(QStringLiteral("fake-ant-typed-key-42"));
        input->accept();
        QVERIFY(checked.wait(20000));
        QVERIFY2(dialog.continueButton()->isEnabled(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.detailLabel(QStringLiteral("anthropic"))
                    ->text()
                    .contains(QStringLiteral("keychain")));
    }

    void templatesArePreparedInTheDataFolderWithProgress()
    {
        // An installed app: no AUTOCODER_TEMPLATES_DIR, so the server's data folder. A
        // stand-in server prepares them (the real one downloads from npm).
        const QByteArray templatesEnv = qgetenv("AUTOCODER_TEMPLATES_DIR");
        qunsetenv("AUTOCODER_TEMPLATES_DIR");
        qunsetenv("AUTOCODER_SANDBOXD_DATA_DIR");
        const auto restore =
            qScopeGuard([&templatesEnv] { qputenv("AUTOCODER_TEMPLATES_DIR", templatesEnv); });
        const QString dir =
            Run::LocalSandboxServer::defaultDataDir() + QStringLiteral("/templates");
        QVERIFY2(dir.contains(QStringLiteral("/dev.autocoder.Autocoder/autocoder-sandboxd/")),
                 qPrintable(dir));
        const QString server = m_home.filePath(QStringLiteral("bin/autocoder-sandboxd"));
        QDir().mkpath(QFileInfo(server).path());
        QFile script(server);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "#!/bin/sh\n"
            "[ \"$1\" = prepare-templates ] && [ \"$2\" = --templates-dir ] || exit 2\n"
            "echo 'installing the agent'\n"
            "sleep 1\n"
            "mkdir -p \"$3/claude\" && echo '2.1.112 (Claude Code)' > \"$3/claude/.ready\"\n"
            "echo 'Templates ready: base, claude'\n");
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));

        qputenv("ANTHROPIC_API_KEY", "fake-ant-setup-0123456789");
        Setup::Readiness::Options o = options();
        o.sandboxdProgram = server;
        o.templatesDir.clear();
        SetupDialog dialog(o);
        QSignalSpy checked(&dialog, &SetupDialog::checked);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(checked.wait(20000));
        QLabel *detail = dialog.detailLabel(QStringLiteral("templates"));
        QVERIFY2(detail->text().contains(dir), qPrintable(detail->text()));
        QPushButton *prepare = dialog.fixButton(QStringLiteral("templates"));
        QVERIFY(!prepare->isHidden());
        QVERIFY(prepare->isEnabled());
        QTest::mouseClick(prepare, Qt::LeftButton);
        // The server's output shows as it comes, then the check runs again and finds them.
        QTRY_VERIFY2_WITH_TIMEOUT(detail->text().contains(QStringLiteral("installing the agent")),
                                  qPrintable(detail->text()), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(detail->text().contains(QStringLiteral("2.1.112")),
                                  qPrintable(detail->text()), 20000);
        QVERIFY2(detail->text().contains(dir), qPrintable(detail->text()));
        QVERIFY(QFile::exists(dir + QStringLiteral("/claude/.ready")));
        QVERIFY(QDir(Run::LocalSandboxServer::defaultDataDir()).removeRecursively());
    }

    void testConnectionWorksForTheLocalServer()
    {
        if (!QFileInfo(sandboxdBinary()).isExecutable())
            QSKIP("autocoder-sandboxd is not built");
        QTemporaryDir data;
        QVERIFY(data.isValid());
        ConnectionTester tester;
        ConnectionTester::Anthropic anthropic;
        anthropic.check = true;
        anthropic.hasKey = true;
        tester.setAnthropic(anthropic);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        Run::LocalSandboxServer::Options o;
        o.program = sandboxdBinary();
        o.dataDir = data.filePath(QStringLiteral("sandboxd"));
        o.templatesDir = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
        o.idleExitSeconds = 30;
        tester.startLocal(o);
        QVERIFY(tester.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const QString summary = finished.first().at(1).toString();
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Connection works")));
        QVERIFY(summary.contains(QStringLiteral("Anthropic: an API key is set")));
        QVERIFY(!tester.isRunning());
        QVERIFY(Run::LocalSandboxServer::shutdownServer(o.dataDir, 15000));
    }

    void testConnectionSaysWhenTheServerIsMissing()
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        Run::LocalSandboxServer::Options o;
        o.program = m_home.filePath(QStringLiteral("nowhere/autocoder-sandboxd"));
        o.dataDir = m_home.filePath(QStringLiteral("unused-sandboxd"));
        tester.startLocal(o);
        QTRY_VERIFY(!finished.isEmpty());
        QVERIFY(!finished.first().at(0).toBool());
        const QString summary = finished.first().at(1).toString();
        QVERIFY2(summary.contains(QStringLiteral("was not found")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("AUTOCODER_SANDBOXD")));
        QVERIFY(!QFile::exists(o.dataDir));
    }

    void testConnectionChecksTheModelEndpoint()
    {
        // A sandbox half that works (a fake server is not needed: an unreachable endpoint
        // must fail the test even when the sandbox half is skipped).
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        if (!QFileInfo(sandboxdBinary()).isExecutable())
            QSKIP("autocoder-sandboxd is not built");
        QTemporaryDir data;
        ConnectionTester tester;
        ConnectionTester::Anthropic anthropic;
        anthropic.check = true;
        anthropic.hasKey = false;
        anthropic.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        tester.setAnthropic(anthropic);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        Run::LocalSandboxServer::Options o;
        o.program = sandboxdBinary();
        o.dataDir = data.filePath(QStringLiteral("sandboxd"));
        o.idleExitSeconds = 30;
        tester.startLocal(o);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const QString summary = finished.first().at(1).toString();
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(summary.contains(QStringLiteral("Connection works")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("does not answer")));
        QVERIFY(Run::LocalSandboxServer::shutdownServer(o.dataDir, 15000));
    }

    void aFailedStartReopensTheWizardWithTheSameAnswers()
    {
        MainWindow window;
        auto *launcher = new RunLauncher(window.runManager(), &window);
        connect(&window, &MainWindow::runRequested, launcher, &RunLauncher::start);
        connect(launcher, &RunLauncher::startFailed, &window, &MainWindow::reopenWizard);
        QSignalSpy plainFailures(launcher, &RunLauncher::failed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Spec::ProjectSpec spec;
        spec.name = QStringLiteral("sum");
        spec.kind = QStringLiteral("bun-cli");
        spec.description = QStringLiteral("Adds numbers.");
        spec.requirements = { QStringLiteral("sum 1 2 prints 3") };
        spec.acceptanceCriteria = { QStringLiteral("prints the sum") };
        spec.commands.test = QStringLiteral("bun test");
        spec.sandbox.backend = QStringLiteral("local");
        SpecWizard *wizard = window.showNewRunWizard(&spec);
        while (wizard->currentPage() && !wizard->currentPage()->isFinalPage())
            wizard->next();
        wizard->reviewPage()->promptField()->setPlainText(QStringLiteral("my own prompt"));
        const QByteArray answers = wizard->spec().toJson();
        wizard->accept();

        // No key anywhere: the run does not start and the wizard is back with everything.
        SpecWizard *again = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((again = window.findChild<SpecWizard *>()) && again != wizard
                                     && again->isVisible(),
                                 20000);
        QCOMPARE(again->spec().toJson(), answers);
        QCOMPARE(again->brief().prompt, QStringLiteral("my own prompt"));
        QCOMPARE(again->currentId(), int(SpecWizard::ReviewPageId));
        QLabel *failure = again->reviewPage()->startFailureLabel();
        QVERIFY(failure->isVisible());
        QVERIFY2(failure->text().contains(QStringLiteral("No Anthropic API key")),
                 qPrintable(failure->text()));
        QVERIFY(plainFailures.isEmpty());
        QVERIFY(again->isChanged());
    }

    void newRunShowsTheSetUpPageBeforeTheWizard()
    {
        SetupDialog::setFirstStartDone(true);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.enableSetupChecks();
        QVERIFY(!window.findChild<SetupDialog *>()); // done before
        QSignalSpy shown(window.setupGate(), &SetupGate::dialogShown);
        Q_EMIT window.newRunRequested();
        QVERIFY(shown.wait(20000));
        SetupDialog *dialog = window.setupGate()->dialog();
        QVERIFY(dialog);
        QVERIFY(!window.findChild<SpecWizard *>());
        // Later: no wizard either.
        QSignalSpy checked(dialog, &SetupDialog::checked);
        QVERIFY(checked.wait(20000));
        dialog->reject();
        QTest::qWait(50);
        QVERIFY(!window.findChild<SpecWizard *>());

        // With a key, New Run goes straight to the wizard.
        qputenv("ANTHROPIC_API_KEY", "fake-ant-setup-0123456789");
        qputenv("AUTOCODER_SANDBOXD", sandboxdBinary().toLocal8Bit());
        if (QStandardPaths::findExecutable(QStringLiteral("bwrap")).isEmpty())
            QSKIP("bubblewrap is not installed here");
        Q_EMIT window.newRunRequested();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<SpecWizard *>(), 20000);
        QCOMPARE(shown.size(), 1);
        qunsetenv("AUTOCODER_SANDBOXD");
    }

    void theFirstStartShowsTheSetUpPage()
    {
        SetupDialog::setFirstStartDone(false);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.enableSetupChecks();
        QVERIFY(window.setupGate()->dialog());
        QTRY_VERIFY(window.setupGate()->dialog()->isVisible());
    }
};

QTEST_MAIN(TestSetup)
#include "tst_setup.moc"
