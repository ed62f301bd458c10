// What green proved, as the app shows it: the requirement and mutation models fed by
// gate.requirements / gate.mutation events, the Tests tab's Verification sub-tab, and the
// verification defaults in Settings and the wizard.
#include "mainwindow.h"
#include "models/mutationmodel.h"
#include "models/requirementsmodel.h"
#include "run/runevent.h"
#include "run/runevents.h"
#include "runview/diffview.h"
#include "runview/runview.h"
#include "runview/testspanel.h"
#include "runview/verificationpanel.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "settings/verificationeditor.h"
#include "spec/specvalidator.h"
#include "wizard/agentpage.h"
#include "wizard/specwizard.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

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
        if (const auto e = Run::RunEvent::fromJsonLine(file.readLine().trimmed()))
            events.append(*e);
    }
    return events;
}

Run::RunEvent makeEvent(const QString &kind, const QJsonObject &data)
{
    static qint64 seq = 0;
    Run::RunEvent e;
    e.runId = QStringLiteral("r");
    e.seq = ++seq;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = kind;
    e.data = data;
    return e;
}

Run::RunEvent gateTests(int iteration, int passed, int failed)
{
    return makeEvent(Run::EventKind::GateTests,
                     { { QStringLiteral("iteration"), iteration },
                       { QStringLiteral("passed"), passed },
                       { QStringLiteral("failed"), failed },
                       { QStringLiteral("skipped"), 0 },
                       { QStringLiteral("tests"), QJsonArray() } });
}

Run::RunEvent coverageEvent(int iteration, const QStringList &requirements,
                            const QList<Run::TestRecord> &tests)
{
    return Run::RunEvent::make(Run::GateRequirements {
        iteration, Run::RequirementCoverage::compute(requirements, tests) });
}

Run::TestRecord test(const QString &name, const QString &status)
{
    Run::TestRecord t;
    t.name = name;
    t.file = QStringLiteral("tests/a.test.ts");
    t.status = status;
    return t;
}

// A completed check of one file with @p killed killed and @p survived surviving mutants.
Mutation::MutationResult result(int killed, int survived, double threshold = 0.6)
{
    Mutation::MutationResult r;
    r.threshold = threshold;
    Mutation::PlannedFile mutated;
    mutated.path = QStringLiteral("src/a.ts");
    mutated.status = Mutation::PlannedFile::Status::Mutated;
    Mutation::PlannedFile skipped;
    skipped.path = QStringLiteral("tests/a.test.ts");
    skipped.status = Mutation::PlannedFile::Status::Skipped;
    skipped.reason = Mutation::PlannedFile::Reason::Test;
    r.files = { mutated, skipped };
    for (int i = 0; i < killed + survived; ++i) {
        Mutation::MutantResult m;
        m.mutant.file = QStringLiteral("src/a.ts");
        m.mutant.line = i + 1;
        m.mutant.column = 5;
        m.mutant.offset = i * 10;
        m.mutant.original = QStringLiteral("<");
        m.mutant.replacement = QStringLiteral(">=");
        m.outcome =
            i < killed ? Mutation::MutationOutcome::Killed : Mutation::MutationOutcome::Survived;
        m.diff = QStringLiteral("--- a/src/a.ts\n+++ b/src/a.ts\n@@ -%1,1 +%1,1 @@\n-if (a < %1)\n"
                                "+if (a >= %1)\n")
                     .arg(i + 1);
        r.mutants.append(m);
    }
    return r;
}

Run::RunEvent mutationEvent(int iteration, const Mutation::MutationResult &r)
{
    return Run::RunEvent::make(Run::GateMutation { iteration, r });
}

} // namespace

class TestVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void modelsFollowTheRecordedRun()
    {
        RequirementsModel requirements;
        MutationModel mutation;
        QAbstractItemModelTester rt(&requirements,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester mt(&mutation,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Run::RunEvent> events = recordedEvents();
        QVERIFY(events.size() > 100);
        int taken = 0;
        for (const Run::RunEvent &e : events)
            taken += requirements.applyEvent(e) ? 1 : 0;
        QCOMPARE(taken, 2); // one gate.requirements per iteration
        for (const Run::RunEvent &e : events)
            mutation.applyEvent(e);

        // The newest iteration is shown: every requirement covered, 17 of 18 mutants killed.
        QCOMPARE(requirements.iteration(), 2);
        QCOMPARE(requirements.rowCount(), 5);
        QVERIFY(requirements.coverage().allCovered());
        QCOMPARE(requirements.index(0, RequirementsModel::IdColumn).data().toString(),
                 QStringLiteral("R1"));
        QCOMPARE(requirements.index(0, RequirementsModel::StatusColumn).data().toString(),
                 QStringLiteral("Covered"));
        QVERIFY(!requirements.index(0, RequirementsModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        // The tests' names are in the tooltip.
        QVERIFY(requirements.index(0, RequirementsModel::TestsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("[R1] add returns the new todo")));

        QCOMPARE(mutation.iteration(), 2);
        QCOMPARE(mutation.state(), MutationModel::State::Passed);
        QCOMPARE(mutation.rowCount(), 18);
        QCOMPARE(mutation.summary(),
                 QStringLiteral("Tests caught 17 of 18 mutant(s) (94%) \u2014 threshold 60%"));
        QCOMPARE(mutation.mutatedFiles(), QStringList { QStringLiteral("src/todo.ts") });
        QCOMPARE(mutation.skippedFiles().size(), 6);
        QVERIFY(mutation.skippedFiles().contains(
            std::pair { QStringLiteral("tests/todo.test.ts"), QStringLiteral("a test file") }));
        // The survivor first, with its diff.
        QCOMPARE(mutation.index(0, MutationModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Survived"));
        QCOMPARE(mutation.index(0, MutationModel::LocationColumn).data().toString(),
                 QStringLiteral("src/todo.ts:43"));
        // The operator in words; its id (as reports name it) in the tooltip.
        QCOMPARE(mutation.index(0, MutationModel::OperatorColumn).data().toString(),
                 QStringLiteral("Change a number constant"));
        QCOMPARE(mutation.index(0, MutationModel::OperatorColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("number-literal"));
        QCOMPARE(mutation.index(0, MutationModel::ChangeColumn).data().toString(),
                 QStringLiteral("1 \u2192 2"));
        const auto change = MutationModel::fileChange(*mutation.mutantAt(0));
        QVERIFY(change);
        QCOMPARE(change->path, QStringLiteral("src/todo.ts"));
        QCOMPARE(change->diff.added, 1);
        QCOMPARE(change->diff.removed, 1);
        QCOMPARE(change->diff.hunks.size(), 1);
        QCOMPARE(change->diff.hunks.first().oldStart, 40);

        // Iteration 1: R5 has no test yet, and its tests failed, so no mutation check.
        requirements.setIteration(1);
        QCOMPARE(requirements.coverage().uncovered(), QStringList { QStringLiteral("R5") });
        QCOMPARE(requirements.index(4, RequirementsModel::StatusColumn).data().toString(),
                 QStringLiteral("Uncovered"));
        mutation.setIteration(1);
        QCOMPARE(mutation.state(), MutationModel::State::NotRunTestsFailed);
        QCOMPARE(mutation.summary(), QStringLiteral("Not run: the tests did not pass."));
        QCOMPARE(mutation.rowCount(), 0);
    }

    void badJsonGivesEmptyRows()
    {
        RequirementsModel requirements;
        MutationModel mutation;
        QAbstractItemModelTester rt(&requirements,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester mt(&mutation,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<QJsonValue> junk {
            QJsonValue(), QJsonValue(42), QJsonValue(QStringLiteral("x")),
            QJsonObject { { QStringLiteral("version"), 99 } },
            QJsonObject { { QStringLiteral("requirements"), QJsonArray { 1, 2 } } }
        };
        int iteration = 0;
        for (const QJsonValue &value : junk) {
            ++iteration;
            QVERIFY(requirements.applyEvent(makeEvent(Run::EventKind::GateRequirements,
                                                      { { QStringLiteral("iteration"), iteration },
                                                        { QStringLiteral("coverage"), value } })));
            QCOMPARE(requirements.rowCount(), 0);
            QVERIFY(requirements.isUnreadable());
            QVERIFY(requirements.summary().contains(QStringLiteral("could not be read")));
            QVERIFY(mutation.applyEvent(makeEvent(Run::EventKind::GateMutation,
                                                  { { QStringLiteral("iteration"), iteration },
                                                    { QStringLiteral("result"), value } })));
            QCOMPARE(mutation.rowCount(), 0);
            QCOMPARE(mutation.state(), MutationModel::State::Unreadable);
        }
        // Other events are not theirs; a mutant whose diff is not a diff has no change.
        QVERIFY(!requirements.applyEvent(gateTests(1, 1, 0)));
        QVERIFY(!mutation.applyEvent(makeEvent(Run::EventKind::Log, {})));
        Mutation::MutantResult m;
        m.diff = QStringLiteral("@@ nonsense @@\n?x\n");
        QVERIFY(!MutationModel::fileChange(m));
        m.diff.clear();
        QVERIFY(!MutationModel::fileChange(m));
    }

    void statesAndSummaries()
    {
        MutationModel model;
        // Below the threshold: 1 of 3 (33%) against 60%.
        model.applyEvent(gateTests(1, 3, 0));
        model.applyEvent(mutationEvent(1, result(1, 2)));
        QCOMPARE(model.state(), MutationModel::State::BelowThreshold);
        QCOMPARE(model.stateText(), QStringLiteral("Below threshold"));
        QCOMPARE(model.summary(),
                 QStringLiteral("Tests caught 1 of 3 mutant(s) (33%) \u2014 threshold 60%"));
        // A miss is never rounded up to the threshold: 59.9% reads 59%.
        model.applyEvent(gateTests(2, 3, 0));
        model.applyEvent(mutationEvent(2, result(599, 401)));
        QCOMPARE(model.iteration(), 2); // follows the newest
        QVERIFY(model.summary().contains(QStringLiteral("(59%)")));
        // Skipped, with its reason.
        model.applyEvent(gateTests(3, 3, 0));
        model.applyEvent(mutationEvent(
            3, Mutation::MutationResult::skipped(QStringLiteral("the project is too large"))));
        QCOMPARE(model.state(), MutationModel::State::Skipped);
        QCOMPARE(model.summary(), QStringLiteral("Skipped: the project is too large"));
        // Tests passed, the iteration ended, no check (turned off): not run.
        model.applyEvent(gateTests(4, 3, 0));
        QCOMPARE(model.state(), MutationModel::State::NotRun);
        QCOMPARE(model.summary(), QStringLiteral("Not run yet."));
        model.applyEvent(
            makeEvent(Run::EventKind::IterationFinished,
                      { { QStringLiteral("iteration"), 4 }, { QStringLiteral("green"), true } }));
        QCOMPARE(model.summary(), QStringLiteral("Not run in this iteration."));
        // An older iteration looked at stays shown while newer ones arrive.
        model.setIteration(1);
        model.applyEvent(gateTests(5, 0, 2));
        QCOMPARE(model.iteration(), 1);
        model.clear();
        QCOMPARE(model.state(), MutationModel::State::None);
        QVERIFY(model.summary().isEmpty());

        RequirementsModel requirements;
        requirements.applyEvent(coverageEvent(1, {}, {}));
        QCOMPARE(requirements.rowCount(), 0);
        QVERIFY(requirements.summary().contains(QStringLiteral("no requirements")));
        requirements.applyEvent(
            coverageEvent(2, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") },
                          { test(QStringLiteral("[R1] a"), QStringLiteral("passed")),
                            test(QStringLiteral("[R2] b"), QStringLiteral("failed")) }));
        QCOMPARE(requirements.summary(),
                 QStringLiteral("1 of 3 requirement(s) covered by a passing test"));
        QCOMPARE(requirements.index(1, RequirementsModel::StatusColumn).data().toString(),
                 QStringLiteral("Failing"));
        QCOMPARE(requirements.index(2, RequirementsModel::TestsColumn).data().toString(),
                 QStringLiteral("none"));
        QVERIFY(requirements.index(2, RequirementsModel::TestsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("[R3]")));
    }

    void panelShowsTheRecordedRun()
    {
        RunView view;
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.replayFile(dataFile(QStringLiteral("run-events.jsonl"))) > 100);
        view.tabs()->setCurrentIndex(RunView::TestsTab);
        TestsPanel *tests = view.testsPanel();
        tests->showVerification();
        VerificationPanel *panel = tests->verificationPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->iteration(), 2);
        QCOMPARE(panel->requirementsView()->model()->rowCount(), 5);
        QVERIFY(panel->requirementsView()->isVisible());
        QCOMPARE(panel->mutationState()->text(), QStringLiteral("Passed"));
        QVERIFY(panel->mutationSummary()->text().contains(QStringLiteral("17 of 18")));
        QVERIFY(panel->filesLabel()->text().contains(QStringLiteral("src/todo.ts")));
        QVERIFY(panel->filesLabel()->text().contains(QStringLiteral("a test file")));
        QVERIFY(!panel->requirementsView()->accessibleName().isEmpty());
        QVERIFY(!panel->mutantsView()->accessibleName().isEmpty());
        // The tab is marked green, in words in its tooltip too.
        const int tab = tests->sections()->indexOf(panel);
        QVERIFY(!tests->sections()->tabIcon(tab).isNull());
        QVERIFY(tests->sections()->tabToolTip(tab).contains(QStringLiteral("17 of 18")));

        // The first mutant (the survivor) is selected and its diff shown.
        QTableView *mutants = panel->mutantsView();
        QCOMPARE(mutants->currentIndex().row(), 0);
        QVERIFY(
            panel->diffView()->unifiedView()->toPlainText().contains(QStringLiteral("t.id + 2")));
        // The keyboard moves to the next mutant, and its diff follows.
        mutants->setFocus();
        QTest::keyClick(mutants, Qt::Key_Down);
        QCOMPARE(mutants->currentIndex().row(), 1);
        QVERIFY(panel->diffView()->unifiedView()->toPlainText().contains(
            QStringLiteral("private nextId = 2;")));
        QCOMPARE(panel->diffView()->titleLabel()->text().left(11), QStringLiteral("src/todo.ts"));

        // Iteration 1: its tests failed, so no check; R5 uncovered; the tab marked red.
        tests->iterationsView()->selectRow(0);
        QCOMPARE(panel->iteration(), 1);
        QCOMPARE(panel->mutationSummary()->text(),
                 QStringLiteral("Not run: the tests did not pass."));
        QCOMPARE(panel->mutationState()->text(), QStringLiteral("Not run"));
        QVERIFY(!mutants->isVisible());
        QVERIFY(panel->requirementsSummary()->text().startsWith(QStringLiteral("4 of 5")));
        QVERIFY(tests->sections()->tabToolTip(tab).contains(QStringLiteral("4 of 5")));

        // Forgetting the run empties the panel.
        view.reset();
        QCOMPARE(panel->iteration(), 0);
        QCOMPARE(panel->requirementsView()->model()->rowCount(), 0);
        QVERIFY(!panel->requirementsView()->isVisible());
    }

    void panelWithoutVerificationEvents()
    {
        // A run from before these checks, or a spec that asks for neither: says so.
        RunView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.applyEvent(gateTests(1, 2, 0));
        view.tabs()->setCurrentIndex(RunView::TestsTab);
        view.testsPanel()->showVerification();
        VerificationPanel *panel = view.testsPanel()->verificationPanel();
        QCOMPARE(panel->iteration(), 1);
        QVERIFY(
            panel->requirementsSummary()->text().contains(QStringLiteral("No requirement table")));
        QCOMPARE(panel->mutationSummary()->text(), QStringLiteral("Not run yet."));
        QVERIFY(!panel->mutantsView()->isVisible());
    }

    void settingsRoundTrip()
    {
        AppSettings defaults = AppSettings::load();
        QCOMPARE(defaults.defaultVerification, Spec::ProjectSpec::Verification());
        QVERIFY(defaults.defaultVerification.requirementTests);
        QVERIFY(defaults.defaultVerification.mutationCheck);
        QCOMPARE(defaults.defaultVerification.maxMutants, 20);
        QCOMPARE(defaults.defaultVerification.mutationBudgetSeconds, 300);

        AppSettings s = defaults;
        s.defaultVerification.requirementTests = false;
        s.defaultVerification.mutationThreshold = 0.75;
        s.defaultVerification.maxMutants = 35;
        s.defaultVerification.mutationBudgetSeconds = 120;
        s.save();
        QCOMPARE(AppSettings::load(), s);

        // Out-of-range values from a hand-edited file are clamped, not taken.
        QSettings raw;
        raw.setValue(QStringLiteral("verification/maxMutants"), 100000);
        raw.setValue(QStringLiteral("verification/mutationThresholdPercent"), -5);
        raw.sync();
        const AppSettings clamped = AppSettings::load();
        QCOMPARE(clamped.defaultVerification.maxMutants, Spec::SpecValidator::MaxMutants);
        QCOMPARE(clamped.defaultVerification.mutationThreshold, 0.0);

        // A new spec gets them.
        Spec::ProjectSpec spec;
        s.applyTo(spec);
        QCOMPARE(spec.verification, s.defaultVerification);
        s.save();
    }

    void settingsDialogEditsTheDefaults()
    {
        SettingsDialog dialog;
        VerificationEditor *editor = dialog.verificationEditor();
        QVERIFY(editor);
        AppSettings s = dialog.settings();
        s.defaultVerification.mutationCheck = false;
        s.defaultVerification.mutationThreshold = 0.8;
        dialog.setSettings(s);
        QVERIFY(!editor->mutationCheckField()->isChecked());
        QCOMPARE(editor->thresholdField()->value(), 80);
        QVERIFY(!editor->thresholdField()->isEnabled()); // belongs to the unchecked check
        editor->mutationCheckField()->setChecked(true);
        QVERIFY(editor->thresholdField()->isEnabled());
        editor->maxMutantsField()->setValue(12);
        editor->budgetField()->setValue(90);
        const AppSettings edited = dialog.settings();
        QVERIFY(edited.defaultVerification.mutationCheck);
        QCOMPARE(edited.defaultVerification.maxMutants, 12);
        QCOMPARE(edited.defaultVerification.mutationBudgetSeconds, 90);
        QCOMPARE(edited.defaultVerification.mutationThreshold, 0.8);
        for (QWidget *w : { static_cast<QWidget *>(editor->thresholdField()),
                            static_cast<QWidget *>(editor->maxMutantsField()),
                            static_cast<QWidget *>(editor->budgetField()) })
            QVERIFY(!w->accessibleName().isEmpty());
    }

    void wizardShowsAndKeepsTheSpecsVerification()
    {
        // A new spec from the settings' defaults, as the main window makes it.
        AppSettings s = AppSettings::load();
        s.defaultVerification.maxMutants = 7;
        s.defaultVerification.requirementTests = false;
        Spec::ProjectSpec spec;
        s.applyTo(spec);
        SpecWizard wizard(spec);
        VerificationEditor *editor = wizard.agentPage()->verificationEditor();
        QCOMPARE(editor->maxMutantsField()->value(), 7);
        QVERIFY(!editor->requirementTestsField()->isChecked());
        QCOMPARE(wizard.spec().verification, s.defaultVerification);
        // Changed for this one project.
        editor->thresholdField()->setValue(90);
        editor->requirementTestsField()->setChecked(true);
        QCOMPARE(wizard.spec().verification.mutationThreshold, 0.9);
        QVERIFY(wizard.spec().verification.requirementTests);
        QVERIFY(wizard.isChanged());
    }
};

QTEST_MAIN(TestVerification)
#include "tst_verification.moc"
