// The requirements wizard, driven from the keyboard like a person would.
#include "spec/kindpresets.h"
#include "spec/specvalidator.h"
#include "wizard/agentpage.h"
#include "wizard/lockedtestseditor.h"
#include "wizard/projectpage.h"
#include "wizard/recentspecs.h"
#include "wizard/requirementspage.h"
#include "wizard/reviewpage.h"
#include "wizard/specwizard.h"
#include "wizard/stackpage.h"
#include "wizard/stringlisteditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

/// The visible error label right under @p field (FieldErrors puts it there).
QLabel *errorLabelNear(QWidget *field)
{
    for (QWidget *w = field; w; w = w->parentWidget()) {
        const auto labels =
            w->findChildren<QLabel *>(QStringLiteral("fieldError"), Qt::FindDirectChildrenOnly);
        for (QLabel *label : labels) {
            if (label->isVisible())
                return label;
        }
        if (qobject_cast<QWizardPage *>(w))
            break;
    }
    return nullptr;
}

void pressNext(SpecWizard &wizard)
{
    // Alt+N is the Next button's mnemonic.
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::keyClick(next, Qt::Key_Space);
}

} // namespace

class TestSpecWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void fillWithKeyboardAndFinish()
    {
        SpecWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SpecWizard::ProjectPageId));

        // Project: "name*" is mandatory: Next is off until it is typed.
        ProjectPage *project = wizard.projectPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        typeInto(project->nameField(), QStringLiteral("todo-cli"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        project->kindField()->setFocus();
        const int cliIndex = project->kindField()->findData(QStringLiteral("bun-cli"));
        QVERIFY(cliIndex > 0);
        while (project->kindField()->currentIndex() < cliIndex)
            QTest::keyClick(project->kindField(), Qt::Key_Down);
        QCOMPARE(project->kindId(), QStringLiteral("bun-cli"));
        typeInto(project->descriptionField(),
                 QStringLiteral("A command line todo list that keeps its items in a JSON file."));
        pressNext(wizard);
        QCOMPARE(wizard.currentId(), int(SpecWizard::RequirementsPageId));

        // Requirements: type and press Enter; Enter must not leave the page.
        RequirementsPage *req = wizard.requirementsPage();
        QLineEdit *feature = req->featuresEditor()->inputField();
        typeInto(feature, QStringLiteral("todo add <title> adds an item"));
        QTest::keyClick(feature, Qt::Key_Return);
        typeInto(feature, QStringLiteral("todo done <id> marks it done"));
        QTest::keyClick(feature, Qt::Key_Enter);
        QCOMPARE(wizard.currentId(), int(SpecWizard::RequirementsPageId));
        QCOMPARE(req->featuresEditor()->items().size(), 2);
        QLineEdit *criterion = req->criteriaEditor()->inputField();
        typeInto(criterion, QStringLiteral("todo list prints open items"));
        QTest::keyClick(criterion, Qt::Key_Return);

        LockedTestsEditor *locked = req->lockedTestsEditor();
        QTest::keyClick(locked->newButton(), Qt::Key_Space);
        typeInto(locked->pathField(), QStringLiteral("tests/cli.test.ts"));
        locked->contentField()->setFocus();
        QTest::keyClicks(locked->contentField(),
                         QStringLiteral("import { test } from \"bun:test\";"));
        pressNext(wizard);
        QCOMPARE(wizard.currentId(), int(SpecWizard::StackPageId));

        // Stack: prefilled by the preset of the chosen kind.
        StackPage *stack = wizard.stackPage();
        const Spec::KindPreset preset = Spec::KindPresets::find(QStringLiteral("bun-cli"));
        QCOMPARE(stack->installField()->text(), preset.defaultCommands.install);
        QCOMPARE(stack->testField()->text(), preset.defaultCommands.test);
        typeInto(stack->lintField(), QStringLiteral("bunx tsc --noEmit"));
        pressNext(wizard);
        QCOMPARE(wizard.currentId(), int(SpecWizard::AgentPageId));

        // Agent & sandbox
        AgentPage *agent = wizard.agentPage();
        agent->backendField()->setFocus();
        QTest::keyClick(agent->backendField(), Qt::Key_Down);
        typeInto(agent->iterationsField(), QStringLiteral("3"));
        typeInto(agent->budgetField(), QStringLiteral("2.5"));
        typeInto(agent->wallClockField(), QStringLiteral("45"));
        pressNext(wizard);
        QCOMPARE(wizard.currentId(), int(SpecWizard::ReviewPageId));

        // Review: the brief is BriefRenderer's and editable.
        ReviewPage *review = wizard.reviewPage();
        const QString shown =
            review->promptField()->toPlainText() + review->claudeMdField()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("todo add <title> adds an item")));
        QVERIFY(!review->promptField()->toPlainText().isEmpty());
        QVERIFY(!wizard.briefEdited());
        review->promptField()->setFocus();
        review->promptField()->moveCursor(QTextCursor::End);
        QTest::keyClick(review->promptField(), Qt::Key_Return);
        QTest::keyClicks(review->promptField(), QStringLiteral("Prefer small functions."));
        QVERIFY(wizard.briefEdited());
        QVERIFY(wizard.brief().prompt.endsWith(QStringLiteral("Prefer small functions.")));

        QTest::keyClick(wizard.button(QWizard::FinishButton), Qt::Key_Space);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const Spec::ProjectSpec spec = wizard.spec();
        QCOMPARE(spec.name, QStringLiteral("todo-cli"));
        QCOMPARE(spec.kind, QStringLiteral("bun-cli"));
        QCOMPARE(spec.description,
                 QStringLiteral("A command line todo list that keeps its items in a JSON file."));
        QCOMPARE(spec.requirements,
                 (QStringList { QStringLiteral("todo add <title> adds an item"),
                                QStringLiteral("todo done <id> marks it done") }));
        QCOMPARE(spec.acceptanceCriteria,
                 QStringList { QStringLiteral("todo list prints open items") });
        QCOMPARE(spec.lockedTests.size(), 1);
        QCOMPARE(spec.lockedTests.first().path, QStringLiteral("tests/cli.test.ts"));
        QCOMPARE(spec.lockedTests.first().content,
                 QStringLiteral("import { test } from \"bun:test\";"));
        QCOMPARE(spec.commands.install, preset.defaultCommands.install);
        QCOMPARE(spec.commands.lint, QStringLiteral("bunx tsc --noEmit"));
        QCOMPARE(spec.sandbox.backend, QStringLiteral("e2b"));
        QCOMPARE(spec.limits.maxIterations, 3);
        QCOMPARE(spec.limits.budgetUsd, 2.5);
        QCOMPARE(spec.limits.wallClockMinutes, 45);
        QVERIFY(Spec::SpecValidator::validate(spec).isEmpty());
    }

    void validationShowsBesideTheField()
    {
        SpecWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        ProjectPage *project = wizard.projectPage();
        typeInto(project->nameField(), QStringLiteral("bad name!"));
        pressNext(wizard);
        // Still on the first page, with the validator's words under the name field.
        QCOMPARE(wizard.currentId(), int(SpecWizard::ProjectPageId));
        QLabel *nameError = errorLabelNear(project->nameField());
        QVERIFY(nameError);
        QVERIFY(nameError->text().contains(QStringLiteral("folder name")));
        QVERIFY(!project->nameField()->accessibleDescription().isEmpty());
        // The empty description has its own message under the description.
        QLabel *descriptionError = errorLabelNear(project->descriptionField());
        QVERIFY(descriptionError);
        QVERIFY(descriptionError != nameError);

        typeInto(project->nameField(), QStringLiteral("good-name"));
        typeInto(project->descriptionField(), QStringLiteral("Something useful."));
        pressNext(wizard);
        QCOMPARE(wizard.currentId(), int(SpecWizard::RequirementsPageId));
        QVERIFY(!nameError->isVisible());

        // requirements[1] is blank: the error is beside the list, row 1 selected.
        RequirementsPage *req = wizard.requirementsPage();
        req->featuresEditor()->setItems({ QStringLiteral("one"), QStringLiteral("   ") });
        pressNext(wizard);
        QCOMPARE(wizard.currentId(), int(SpecWizard::RequirementsPageId));
        QCOMPARE(req->featuresEditor()->listWidget()->currentRow(), 1);
        QVERIFY(req->fieldErrors()
                    .messageFor(QStringLiteral("requirements"))
                    .contains(QStringLiteral("empty")));
        QVERIFY(errorLabelNear(req->featuresEditor()));
    }

    void fieldPathsMapToPages_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("page");
        QTest::newRow("name") << "name" << int(SpecWizard::ProjectPageId);
        QTest::newRow("kind") << "kind" << int(SpecWizard::ProjectPageId);
        QTest::newRow("requirement") << "requirements[2]" << int(SpecWizard::RequirementsPageId);
        QTest::newRow("criterion")
            << "acceptanceCriteria[0]" << int(SpecWizard::RequirementsPageId);
        QTest::newRow("locked path")
            << "lockedTests[0].path" << int(SpecWizard::RequirementsPageId);
        QTest::newRow("command") << "commands.test" << int(SpecWizard::StackPageId);
        QTest::newRow("limit") << "limits.maxIterations" << int(SpecWizard::AgentPageId);
        QTest::newRow("template") << "sandbox.template" << int(SpecWizard::AgentPageId);
        QTest::newRow("model") << "model" << int(SpecWizard::AgentPageId);
        QTest::newRow("unknown") << "version" << int(SpecWizard::ReviewPageId);
        QTest::newRow("prefix is not a match") << "names" << int(SpecWizard::ReviewPageId);
    }

    void fieldPathsMapToPages()
    {
        QFETCH(QString, field);
        QFETCH(int, page);
        SpecWizard wizard;
        QCOMPARE(wizard.pageForField(field), page);
    }

    void saveAndOpenRoundTripAndRemember()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        RecentSpecs::clear();
        Spec::ProjectSpec spec = Spec::ProjectSpec::forKind(QStringLiteral("node-library"));
        spec.name = QStringLiteral("sum-lib");
        spec.description = QStringLiteral("Adds numbers.");
        spec.requirements = { QStringLiteral("sum(a, b) returns a + b") };
        spec.lockedTests = { { QStringLiteral("tests/sum.test.js"), QStringLiteral("// locked") } };
        spec.limits.maxIterations = 7;

        SpecWizard writer(spec);
        QCOMPARE(writer.spec(), spec);
        const QString path = dir.filePath(QStringLiteral("sum-lib.autocoder.json"));
        QString error;
        QVERIFY2(writer.saveFile(path, &error), qPrintable(error));

        SpecWizard reader;
        QVERIFY2(reader.loadFile(path, &error), qPrintable(error));
        QCOMPARE(reader.spec(), spec);
        QCOMPARE(RecentSpecs::paths().first(), QFileInfo(path).absoluteFilePath());
        // Only paths are remembered, never contents.
        QVERIFY(!QSettings()
                     .value(QStringLiteral("recentSpecs"))
                     .toString()
                     .contains(QStringLiteral("locked")));

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QVERIFY(!reader.loadFile(broken.fileName(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(reader.spec(), spec); // unchanged
    }

    void changingKindRefillsCommandsButKeepsEdits()
    {
        SpecWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeInto(wizard.projectPage()->nameField(), QStringLiteral("x"));
        typeInto(wizard.projectPage()->descriptionField(), QStringLiteral("y"));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SpecWizard::StackPageId));
        typeInto(wizard.stackPage()->testField(), QStringLiteral("bun test --bail"));
        wizard.back();
        wizard.next();
        QCOMPARE(wizard.stackPage()->testField()->text(), QStringLiteral("bun test --bail"));
        wizard.back();
        wizard.back();
        QComboBox *kind = wizard.projectPage()->kindField();
        kind->setCurrentIndex(kind->findData(QStringLiteral("node-library")));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.stackPage()->testField()->text(),
                 Spec::KindPresets::find(QStringLiteral("node-library")).defaultCommands.test);
    }

    void escapeAsksOnlyWhenTheAnswersChanged()
    {
        // Unchanged: Esc closes at once, no question.
        {
            SpecWizard wizard;
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QVERIFY(!wizard.isChanged());
            QTest::keyClick(&wizard, Qt::Key_Escape);
            QVERIFY(!wizard.discardQuestion());
            QVERIFY(!wizard.isVisible());
            QCOMPARE(wizard.result(), int(QDialog::Rejected));
        }
        SpecWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeInto(wizard.projectPage()->nameField(), QStringLiteral("kept"));
        QVERIFY(wizard.isChanged());

        // Esc asks; Keep Editing is the default, so Enter keeps the wizard.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QMessageBox *question = wizard.discardQuestion();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QCOMPARE(question->text(), QStringLiteral("Discard this project description?"));
        QVERIFY(question->defaultButton());
        QCOMPARE(question->defaultButton()->text(), QStringLiteral("&Keep Editing"));
        QTest::keyClick(question, Qt::Key_Return);
        QTRY_VERIFY(!wizard.discardQuestion());
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.projectPage()->nameField()->text(), QStringLiteral("kept"));

        // Esc in the question is Keep Editing too.
        wizard.reject();
        QTRY_VERIFY(wizard.discardQuestion() && wizard.discardQuestion()->isVisible());
        QTest::keyClick(wizard.discardQuestion(), Qt::Key_Escape);
        QTRY_VERIFY(!wizard.discardQuestion());
        QVERIFY(wizard.isVisible());

        // The Cancel button asks as well; Discard closes.
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(wizard.discardQuestion() && wizard.discardQuestion()->isVisible());
        QAbstractButton *discard = nullptr;
        const auto buttons = wizard.discardQuestion()->buttons();
        for (QAbstractButton *b : buttons) {
            if (b->text() == QLatin1String("&Discard"))
                discard = b;
        }
        QVERIFY(discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }

    void closingAChangedWizardAsks()
    {
        SpecWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeInto(wizard.projectPage()->descriptionField(), QStringLiteral("something"));
        wizard.close();
        QVERIFY(wizard.isVisible());
        QTRY_VERIFY(wizard.discardQuestion() && wizard.discardQuestion()->isVisible());
        wizard.discardQuestion()->reject();
        QTRY_VERIFY(!wizard.discardQuestion());
        QVERIFY(wizard.isVisible());
    }

    void fieldErrorsClearAsSoonAsTheFieldIsFixed()
    {
        SpecWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        ProjectPage *project = wizard.projectPage();
        typeInto(project->nameField(), QStringLiteral("bad name!"));
        pressNext(wizard);
        QLabel *nameError = errorLabelNear(project->nameField());
        QVERIFY(nameError);
        QLabel *descriptionError = errorLabelNear(project->descriptionField());
        QVERIFY(descriptionError);

        // Fixing the name clears its message while typing, before Next; the description's stays.
        typeInto(project->nameField(), QStringLiteral("good-name"));
        QVERIFY(!nameError->isVisible());
        QVERIFY(project->nameField()->accessibleDescription().isEmpty());
        QVERIFY(descriptionError->isVisible());
        QCOMPARE(wizard.currentId(), int(SpecWizard::ProjectPageId));

        // Breaking the name again while typing does not shout before Next is pressed.
        typeInto(project->nameField(), QStringLiteral("bad again!"));
        QVERIFY(!nameError->isVisible());

        typeInto(project->descriptionField(), QStringLiteral("Now it has one."));
        QVERIFY(!descriptionError->isVisible());
        QVERIFY(!project->fieldErrors().hasMessages());

        // Lists too: a blank requirement's message goes when the row is removed.
        typeInto(project->nameField(), QStringLiteral("good-name"));
        pressNext(wizard);
        RequirementsPage *req = wizard.requirementsPage();
        req->featuresEditor()->setItems({ QStringLiteral("one"), QStringLiteral("   ") });
        pressNext(wizard);
        QVERIFY(!req->fieldErrors().messageFor(QStringLiteral("requirements")).isEmpty());
        req->featuresEditor()->setItems({ QStringLiteral("one") });
        QVERIFY(req->fieldErrors().messageFor(QStringLiteral("requirements")).isEmpty());
        QVERIFY(!errorLabelNear(req->featuresEditor()));
    }

    void aDisabledNextSaysWhy()
    {
        SpecWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        const QString reason = wizard.nextBlockedReason();
        QVERIFY2(reason.contains(QStringLiteral("Name")), qPrintable(reason));
        QCOMPARE(next->toolTip(), reason);
        auto *hint = wizard.projectPage()->findChild<QLabel *>(QStringLiteral("nextHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(reason));

        typeInto(wizard.projectPage()->nameField(), QStringLiteral("named"));
        QVERIFY(next->isEnabled());
        QVERIFY(wizard.nextBlockedReason().isEmpty());
        QVERIFY(!hint->isVisible());
        QVERIFY(next->toolTip().isEmpty());

        // Emptied again: the reason comes back.
        typeInto(wizard.projectPage()->nameField(), QString());
        QTest::keyClick(wizard.projectPage()->nameField(), Qt::Key_Delete);
        QVERIFY(!next->isEnabled());
        QVERIFY(hint->isVisible());
    }

    void aStartFailureGoesToReviewWithTheAnswers()
    {
        Spec::ProjectSpec spec;
        spec.name = QStringLiteral("sum");
        spec.kind = QStringLiteral("bun-cli");
        spec.description = QStringLiteral("Adds numbers.");
        spec.requirements = { QStringLiteral("sum 1 2 prints 3") };
        spec.acceptanceCriteria = { QStringLiteral("prints the sum") };
        spec.commands.test = QStringLiteral("bun test");
        SpecWizard wizard(spec);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!wizard.isChanged());
        wizard.setBrief({ QStringLiteral("edited prompt"), QStringLiteral("edited rules") });
        wizard.showStartFailure(QStringLiteral("No Anthropic API key."));
        QCOMPARE(wizard.currentId(), int(SpecWizard::ReviewPageId));
        QVERIFY(wizard.reviewPage()->startFailureLabel()->isVisible());
        QVERIFY(wizard.reviewPage()->startFailureLabel()->text().contains(
            QStringLiteral("No Anthropic API key.")));
        QCOMPARE(wizard.brief().prompt, QStringLiteral("edited prompt"));
        QVERIFY(wizard.briefEdited());
        // Its answers exist nowhere else: leaving asks.
        QVERIFY(wizard.isChanged());
        // Back still walks the pages.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(SpecWizard::AgentPageId));
    }
};

QTEST_MAIN(TestSpecWizard)
#include "tst_specwizard.moc"
