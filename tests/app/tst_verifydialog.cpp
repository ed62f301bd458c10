#include "mainwindow.h"
#include "verify/verifycontroller.h"
#include "verify/verifydialog.h"

#include "run/projectverifier.h"
#include "run/runevent.h"
#include "run/runevents.h"
#include "spec/projectspec.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder;
using Autocoder::Run::ReceiptDifference;
using Autocoder::Run::VerificationOutcome;
using Autocoder::Run::VerificationReceipt;
using Autocoder::Ui::VerifyDialog;

/// The Verify Project dialog, offscreen: its steps, its result, and Cancel.
class VerifyDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void stepsAppearAsTheyGo();
    void matchShowsNoTable();
    void differencesBlockingFirst();
    void errorIsShown();
    void cancelAsksTheVerifier();
    void escapeWhileRunningCancels();
    void fileMenuAsksForAFolder();
    void controllerWithoutBackendSaysWhy();
};

namespace {

Run::RunEvent runEvent(const Run::StepStarted &payload)
{
    Run::RunEvent e;
    e.kind = Run::StepStarted::kind;
    e.data = payload.toJson();
    return e;
}

Run::RunEvent runEvent(const Run::StepFinished &payload)
{
    Run::RunEvent e;
    e.kind = Run::StepFinished::kind;
    e.data = payload.toJson();
    return e;
}

} // namespace

void VerifyDialogTest::stepsAppearAsTheyGo()
{
    VerifyDialog dialog(QStringLiteral("/tmp/sum-lib"));
    dialog.show();
    dialog.addEvent(runEvent(Run::StepStarted { QString(Run::Step::Sandbox), 0, QString() }));
    QCOMPARE(dialog.stepsList()->count(), 1);
    const QString running = dialog.stepsList()->item(0)->text();
    dialog.addEvent(runEvent(Run::StepFinished { QString(Run::Step::Sandbox), 0, true, 0, 1500,
                                                 QStringLiteral("fake-1") }));
    QCOMPARE(dialog.stepsList()->count(), 1);
    QVERIFY(dialog.stepsList()->item(0)->text() != running);
    QVERIFY2(dialog.stepsList()->item(0)->text().contains(QLatin1String("1.5 s")),
             qPrintable(dialog.stepsList()->item(0)->text()));
    dialog.addEvent(
        runEvent(Run::StepStarted { QString(Run::Step::Test), 1, QStringLiteral("bun test") }));
    dialog.addEvent(runEvent(Run::StepFinished { QString(Run::Step::Test), 1, false, 1, 200,
                                                 QStringLiteral("exit code 1") }));
    QCOMPARE(dialog.stepsList()->count(), 2);
    QVERIFY(dialog.stepsList()->item(1)->text().contains(QLatin1String("exit code 1")));
    QVERIFY(!dialog.isFinished());
    QVERIFY(dialog.cancelButton() && dialog.cancelButton()->isEnabled());
}

void VerifyDialogTest::matchShowsNoTable()
{
    VerifyDialog dialog(QStringLiteral("/tmp/sum-lib"));
    dialog.show();
    VerificationOutcome o;
    o.status = VerificationOutcome::Status::Match;
    dialog.showOutcome(o);
    QVERIFY(dialog.isFinished());
    QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("Match")));
    QVERIFY(dialog.differencesTable()->isHidden());
    QVERIFY(!dialog.cancelButton()); // Close now
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Close));
    // Closing a finished dialog closes it.
    buttons->button(QDialogButtonBox::Close)->click();
    QVERIFY(!dialog.isVisible());
}

void VerifyDialogTest::differencesBlockingFirst()
{
    VerifyDialog dialog(QStringLiteral("/tmp/sum-lib"));
    dialog.show();
    VerificationOutcome o;
    o.status = VerificationOutcome::Status::Mismatch;
    o.differences = { { QStringLiteral("createdAt"), QStringLiteral("a"), QStringLiteral("b"),
                        ReceiptDifference::Kind::Changed, false },
                      { QStringLiteral("files/src/sum.ts"), QStringLiteral("aa"),
                        QStringLiteral("bb"), ReceiptDifference::Kind::Changed, true },
                      { QStringLiteral("files/src/gone.ts"), QStringLiteral("cc"), QString(),
                        ReceiptDifference::Kind::Missing, true } };
    dialog.showOutcome(o);
    QTableWidget *table = dialog.differencesTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("files/src/sum.ts"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("aa"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("bb"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("yes"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("files/src/gone.ts"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("missing"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("createdAt"));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("no"));
    QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("Mismatch")));
    // Keyboard: the table takes focus with Tab and has a name for screen readers.
    QVERIFY(table->focusPolicy() & Qt::TabFocus);
    QVERIFY(!table->accessibleName().isEmpty());
}

void VerifyDialogTest::errorIsShown()
{
    VerifyDialog dialog(QStringLiteral("/tmp/sum-lib"));
    dialog.show();
    VerificationOutcome o;
    o.error = QStringLiteral("/tmp/sum-lib/VERIFICATION.json does not exist");
    dialog.showOutcome(o);
    QVERIFY(
        dialog.resultLabel()->text().contains(QLatin1String("VERIFICATION.json does not exist")));
    QVERIFY(dialog.differencesTable()->isHidden());
}

void VerifyDialogTest::cancelAsksTheVerifier()
{
    // A verifier with a receipt to read but no sandbox yet: cancelled before it begins, it
    // finishes as "Cancelled" without touching a sandbox.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    VerificationReceipt receipt;
    receipt.createdAt = QDateTime::currentDateTimeUtc();
    receipt.specSha256 = QString(64, QLatin1Char('0'));
    receipt.testOutputSha256 = QString(64, QLatin1Char('0'));
    receipt.spec = Spec::ProjectSpec::forKind(QStringLiteral("bun-library")).toJsonObject();
    QFile f(dir.filePath(QLatin1String(VerificationReceipt::FileName)));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(receipt.toJsonBytes());
    f.close();

    Run::ProjectVerifier verifier(nullptr);
    VerifyDialog dialog(dir.path());
    dialog.follow(&verifier);
    dialog.show();
    QSignalSpy cancelRequested(&dialog, &VerifyDialog::cancelRequested);
    QSignalSpy finished(&verifier, &Run::ProjectVerifier::finished);
    verifier.start(dir.path(), {});
    QVERIFY(dialog.cancelButton());
    dialog.cancelButton()->click();
    QCOMPARE(cancelRequested.size(), 1);
    QVERIFY(!dialog.cancelButton()->isEnabled()); // once
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<VerificationOutcome>().error,
             QStringLiteral("Cancelled"));
    QVERIFY(dialog.isFinished());
    QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("Cancelled")));
}

void VerifyDialogTest::escapeWhileRunningCancels()
{
    VerifyDialog dialog(QStringLiteral("/tmp/sum-lib"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy cancelRequested(&dialog, &VerifyDialog::cancelRequested);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(cancelRequested.size(), 1);
    QVERIFY(dialog.isVisible()); // stays until the sandbox is gone
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(cancelRequested.size(), 1);
    VerificationOutcome o;
    o.error = QStringLiteral("Cancelled");
    dialog.showOutcome(o);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void VerifyDialogTest::fileMenuAsksForAFolder()
{
    QTemporaryDir saved;
    QVERIFY(saved.isValid());
    QSettings().setValue(QStringLiteral("mainWindow/lastSavedProject"), saved.path());
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *verify = window.verifyAction();
    QVERIFY(verify);
    bool inFileMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(verify))
            inFileMenu = true;
    QVERIFY(inFileMenu);
    QSignalSpy requested(&window, &Ui::MainWindow::verifyRequested);
    verify->trigger();
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = window.findChild<QFileDialog *>()) != nullptr);
    QCOMPARE(QDir(chooser->directory()).canonicalPath(), QDir(saved.path()).canonicalPath());
    Q_EMIT chooser->fileSelected(saved.path());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), saved.path());
    chooser->reject();
}

void VerifyDialogTest::controllerWithoutBackendSaysWhy()
{
    QWidget window;
    Ui::VerifyController controller(nullptr, &window);
    VerifyDialog *dialog = controller.verify(QStringLiteral("/tmp/sum-lib"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isFinished());
    QVERIFY(!dialog->resultLabel()->text().isEmpty());
    dialog->close();
}

QTEST_MAIN(VerifyDialogTest)
#include "tst_verifydialog.moc"
