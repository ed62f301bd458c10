// Failures one click away: a failed step or test opens its output in the Logs; the Logs have
// headings, times and an iteration-aware step filter; the Tests tab says why a test failed.
#include "models/logfiltermodel.h"
#include "models/logmodel.h"
#include "models/testcasesmodel.h"
#include "models/testresultsmodel.h"
#include "models/timelinemodel.h"
#include "run/runevent.h"
#include "run/testresultparser.h"
#include "runeventfeed.h"
#include "runview/logpanel.h"
#include "runview/runview.h"
#include "runview/testchart.h"
#include "runview/testspanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

QString runnerOutput(const QString &name)
{
    QFile f(QStringLiteral(AUTOCODER_TEST_DATA_DIR "/../run/data/parsers/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString bunOutput()
{
    return runnerOutput(QStringLiteral("bun-real.txt"));
}

QString withoutColours(QString text)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]"));
    return text.remove(ansi);
}

// A run whose iteration 1 runs the real bun output (two failures) and whose iteration 2's
// test step reports no test at all.
QList<Run::RunEvent> failingRun()
{
    using namespace Run;
    Testing::RunEventFeed feed(QStringLiteral("run-failures"),
                               QDateTime(QDate(2026, 3, 2), QTime(14, 2, 0), Qt::UTC));
    feed.next(RunStarted { QStringLiteral("sum-lib"), QStringLiteral("local"), 3, 5.0 });
    feed.next(StepStarted { QString(Step::Sandbox), 0, QString() });
    feed.next(StepFinished { QString(Step::Sandbox), 0, true, 0, 900, QString() });
    for (int iteration = 1; iteration <= 2; ++iteration) {
        feed.next(StepStarted { QString(Step::Install), iteration, QString() });
        feed.next(ProcessOutput { QString(Step::Install), iteration, OutputStream::Stdout,
                                  QStringLiteral("bun install v1.1.38\nno changes\n") });
        feed.next(StepFinished { QString(Step::Install), iteration, true, 0, 300, QString() });
        feed.next(StepStarted { QString(Step::Test), iteration, QStringLiteral("bun  test\n") },
                  11000);
        const QString output = iteration == 1
            ? bunOutput()
            : QStringLiteral("bun test v1.1.38 (bf2f153f)\n\n 0 pass\n 0 fail\nRan 0 tests across "
                             "0 files. [2.00ms]\n");
        for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            feed.next(ProcessOutput { QString(Step::Test), iteration, OutputStream::Stderr,
                                      line + QLatin1Char('\n') },
                      10);
        feed.next(StepFinished { QString(Step::Test), iteration, iteration == 2,
                                 iteration == 1 ? 1 : 0, 400,
                                 iteration == 1 ? QStringLiteral("2 tests failed") : QString() });
        const TestReport report = TestResultParser::parse(output);
        feed.next(GateTests { iteration, report.tests, report.passed(), report.failed(),
                              report.skipped() });
    }
    return feed.events();
}

QModelIndex stepIndex(TimelineModel *timeline, int iteration, const QString &step)
{
    for (int g = 0; g < timeline->rowCount(); ++g) {
        const QModelIndex group = timeline->index(g, 0);
        for (int r = 0; r < timeline->rowCount(group); ++r) {
            const QModelIndex i = timeline->index(r, 0, group);
            if (i.data(TimelineModel::StepNameRole).toString() == step
                && i.data(TimelineModel::IterationRole).toInt() == iteration)
                return i;
        }
    }
    return {};
}

// The log line the Logs select now.
const LogLine *selectedLine(RunView &view)
{
    const QModelIndex current = view.logPanel()->view()->currentIndex();
    if (!current.isValid())
        return nullptr;
    const int row = view.logPanel()->filterModel()->mapToSource(current).row();
    return &view.logModel()->lineAt(row);
}

int caseRow(TestCasesModel *cases, const QString &name)
{
    for (int r = 0; r < cases->rowCount(); ++r) {
        if (cases->index(r, TestCasesModel::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

} // namespace

class FailuresTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<RunView>();
        m_view->resize(1200, 800);
        for (const Run::RunEvent &e : failingRun())
            m_view->applyEvent(e);
        m_view->logModel()->flush();
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void activatingAFailedStepShowsItsFirstError()
    {
        RunView &view = *m_view;
        QTreeView *steps = view.timelineView();
        const QModelIndex test1 = stepIndex(view.timelineModel(), 1, QStringLiteral("test"));
        QVERIFY(test1.isValid());
        QCOMPARE(view.tabs()->currentWidget() == view.logPanel(), false);
        steps->setFocus();
        steps->setCurrentIndex(test1);
        QTest::keyClick(steps, Qt::Key_Return);

        QCOMPARE(view.tabs()->currentWidget(), view.logPanel());
        QCOMPARE(view.logPanel()->filterModel()->step(), QStringLiteral("test"));
        QCOMPARE(view.logPanel()->filterModel()->iteration(), 1);
        QCOMPARE(view.logPanel()->stepFilter()->currentText(),
                 QStringLiteral("Iteration 1 · Test"));
        QVERIFY(!view.logPanel()->followBox()->isChecked());
        const LogLine *line = selectedLine(view);
        QVERIFY(line);
        QCOMPARE(line->step, QStringLiteral("test"));
        QCOMPARE(line->iteration, 1);
        QCOMPARE(line->text, QStringLiteral("error: expect(received).toBe(expected)"));
        // Only that step of that iteration is listed (its heading, then its output).
        LogFilterModel *filter = view.logPanel()->filterModel();
        QVERIFY(filter->rowCount() > 10);
        for (int r = 0; r < filter->rowCount(); ++r) {
            QCOMPARE(filter->index(r, 0).data(LogModel::IterationRole).toInt(), 1);
            QCOMPARE(filter->index(r, 0).data(LogModel::StepRole).toString(),
                     QStringLiteral("test"));
        }
    }

    void activatingAPassedStepShowsItsFirstLine()
    {
        RunView &view = *m_view;
        const QModelIndex install2 = stepIndex(view.timelineModel(), 2, QStringLiteral("install"));
        QVERIFY(install2.isValid());
        view.timelineView()->setCurrentIndex(install2);
        Q_EMIT view.timelineView()->activated(install2);
        QCOMPARE(view.tabs()->currentWidget(), view.logPanel());
        QCOMPARE(view.logPanel()->filterModel()->iteration(), 2);
        QCOMPARE(view.logPanel()->filterModel()->step(), QStringLiteral("install"));
        const LogLine *line = selectedLine(view);
        QVERIFY(line);
        QCOMPARE(line->text, QStringLiteral("bun install v1.1.38"));
        QCOMPARE(line->iteration, 2);
        // A group row (an iteration) is not a step: nothing changes.
        view.tabs()->setCurrentWidget(view.testsPanel());
        Q_EMIT view.timelineView()->activated(view.timelineModel()->index(1, 0));
        QCOMPARE(view.tabs()->currentWidget(), view.testsPanel());
    }

    void activatingAFailedTestShowsItsOutput()
    {
        RunView &view = *m_view;
        view.tabs()->setCurrentWidget(view.testsPanel());
        TestsPanel *tests = view.testsPanel();
        tests->iterationsView()->setCurrentIndex(view.testResultsModel()->index(0, 0));
        QCOMPARE(tests->casesModel()->iteration(), 1);
        const int row = caseRow(tests->casesModel(), QStringLiteral("sum > returns an object"));
        QVERIFY(row >= 0);
        tests->casesView()->setFocus();
        tests->casesView()->setCurrentIndex(tests->casesModel()->index(row, 0));
        QTest::keyClick(tests->casesView(), Qt::Key_Return);

        QCOMPARE(view.tabs()->currentWidget(), view.logPanel());
        QCOMPARE(view.logPanel()->filterModel()->step(), QStringLiteral("test"));
        QCOMPARE(view.logPanel()->filterModel()->iteration(), 1);
        const LogLine *line = selectedLine(view);
        QVERIFY(line);
        // That test's own failure, not the first one of the step.
        QCOMPARE(line->text, QStringLiteral("error: expect(received).toEqual(expected)"));

        // "Show in Logs" on the first failed test.
        view.tabs()->setCurrentWidget(view.testsPanel());
        const int first = caseRow(tests->casesModel(), QStringLiteral("sum > adds two numbers"));
        tests->casesView()->setCurrentIndex(tests->casesModel()->index(first, 0));
        QVERIFY(tests->showInLogsAction()->isEnabled());
        tests->showInLogsAction()->trigger();
        QCOMPARE(view.tabs()->currentWidget(), view.logPanel());
        QCOMPARE(selectedLine(view)->text,
                 QStringLiteral("error: expect(received).toBe(expected)"));
    }

    void showTestFindsEachRunnersFailure_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("test");
        QTest::addColumn<QString>("line");
        QTest::newRow("bun first") << "bun-real.txt"
                                   << "sum > adds two numbers"
                                   << "error: expect(received).toBe(expected)";
        QTest::newRow("jest") << "jest-real.txt"
                              << "sum > returns an object"
                              << "  ● sum › returns an object";
        QTest::newRow("vitest") << "vitest-real.txt"
                                << "sum > returns an object"
                                << " FAIL  tests/sum.test.ts > sum > returns an object";
        QTest::newRow("vitest verbose") << "vitest-real-verbose.txt"
                                        << "sum > adds two numbers"
                                        << " FAIL  tests/sum.test.ts > sum > adds two numbers";
    }

    void showTestFindsEachRunnersFailure()
    {
        QFETCH(QString, file);
        QFETCH(QString, test);
        QFETCH(QString, line);
        using namespace Run;
        Testing::RunEventFeed feed(QStringLiteral("runners"));
        LogModel model;
        LogPanel panel(&model);
        model.applyEvent(feed.next(StepStarted { QString(Step::Test), 3, QString() }));
        model.applyEvent(feed.next(
            ProcessOutput { QString(Step::Test), 3, OutputStream::Stdout, runnerOutput(file) }));
        model.applyEvent(
            feed.next(StepFinished { QString(Step::Test), 3, false, 1, 10, QString() }));
        panel.noteStep(QString(Step::Test), 3);
        QVERIFY(panel.showTest(3, test));
        const QModelIndex current = panel.view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(withoutColours(current.data(LogModel::TextRole).toString()), line);

        // A name the output never mentions: the step's first error line, and false.
        QVERIFY(!panel.showTest(3, QStringLiteral("nobody > wrote this")));
        QVERIFY(panel.view()->currentIndex().isValid());
        QCOMPARE(panel.filterModel()->iteration(), 3);
        // An iteration whose test step printed nothing.
        QVERIFY(!panel.showStep(9, QString(Step::Test)));
        QCOMPARE(panel.filterModel()->rowCount(), 0);
    }

    void logsHaveHeadingsAndTimes()
    {
        LogModel *log = m_view->logModel();
        int headings = 0;
        int testHeading = -1;
        for (int r = 0; r < log->rowCount(); ++r) {
            const LogLine &line = log->lineAt(r);
            if (line.isHeader) {
                ++headings;
                if (line.step == QLatin1String("test") && line.iteration == 2)
                    testHeading = r;
            }
        }
        QCOMPARE(headings, 5); // sandbox, then install and test of two iterations
        QVERIFY(testHeading >= 0);
        const LogLine &heading = log->lineAt(testHeading);
        const QString clock =
            QDateTime(QDate(2026, 3, 2), QTime(14, 2, 0), Qt::UTC)
                .addMSecs(
                    heading.timeMs
                    - QDateTime(QDate(2026, 3, 2), QTime(14, 2, 0), Qt::UTC).toMSecsSinceEpoch())
                .toLocalTime()
                .toString(QStringLiteral("HH:mm:ss"));
        // The command as one line: what ran, between where and when.
        QCOMPARE(heading.text, QStringLiteral("Iteration 2 · Test — bun test — %1").arg(clock));
        QCOMPARE(log->index(testHeading, 0).data().toString(), heading.text);
        QVERIFY(log->index(testHeading, 0).data(Qt::FontRole).value<QFont>().bold());
        // The next line is that step's output with its time in front.
        const LogLine &output = log->lineAt(testHeading + 1);
        QVERIFY(!output.isHeader);
        QVERIFY(output.timeMs > heading.timeMs);
        QCOMPARE(log->index(testHeading + 1, 0).data().toString(),
                 LogModel::clockTime(output.timeMs) + QStringLiteral("  ") + output.text);
        QCOMPARE(log->index(testHeading + 1, 0).data(LogModel::TextRole).toString(), output.text);
        QCOMPARE(LogModel::clockTime(0), QString());
    }

    void stepFilterKnowsIterations()
    {
        LogPanel *logs = m_view->logPanel();
        QComboBox *box = logs->stepFilter();
        QStringList items;
        for (int i = 0; i < box->count(); ++i)
            items << box->itemText(i);
        QVERIFY2(items.contains(QStringLiteral("Iteration 1 · Test")),
                 qPrintable(items.join(QLatin1Char('|'))));
        QVERIFY(items.contains(QStringLiteral("Iteration 2 · Test")));
        QVERIFY(items.contains(QStringLiteral("Set-up · Create sandbox")));
        box->setCurrentIndex(items.indexOf(QStringLiteral("Iteration 2 · Test")));
        LogFilterModel *filter = logs->filterModel();
        QCOMPARE(filter->rowCount(), 5); // heading and four lines
        for (int r = 0; r < filter->rowCount(); ++r)
            QCOMPARE(filter->index(r, 0).data(LogModel::IterationRole).toInt(), 2);
        box->setCurrentIndex(items.indexOf(QStringLiteral("Iteration 1 · Test")));
        QVERIFY(filter->rowCount() > 20);
        // The text search still narrows within the step.
        logs->searchField()->setText(QStringLiteral("(fail)"));
        QCOMPARE(filter->rowCount(), 2);
        box->setCurrentIndex(0);
        QCOMPARE(filter->step(), QString());
        QCOMPARE(filter->iteration(), -1);
    }

    void testsTabShowsTheFailure()
    {
        TestsPanel *tests = m_view->testsPanel();
        tests->iterationsView()->setCurrentIndex(m_view->testResultsModel()->index(0, 0));
        TestCasesModel *cases = tests->casesModel();
        const int row = caseRow(cases, QStringLiteral("sum > adds two numbers"));
        QVERIFY(row >= 0);
        QCOMPARE(cases->index(row, TestCasesModel::MessageColumn).data().toString(),
                 QStringLiteral("Expected: 3 · Received: -1"));
        tests->casesView()->setCurrentIndex(cases->index(row, 0));
        QPlainTextEdit *pane = tests->failureView();
        QVERIFY(pane->isReadOnly());
        QVERIFY(pane->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(QFontInfo(pane->font()).fixedPitch());
        QVERIFY(pane->toPlainText().startsWith(
            QStringLiteral("expect(received).toBe(expected)\n\nExpected: 3\nReceived: -1")));
        QVERIFY(tests->locationLabel()->text().contains(QStringLiteral("tests/sum.test.ts:6")));

        QApplication::clipboard()->clear();
        QVERIFY(tests->copyFailureAction()->isEnabled());
        tests->copyFailureAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("sum > adds two numbers\ntests/sum.test.ts:6\n\n"
                                "expect(received).toBe(expected)\n\nExpected: 3\nReceived: -1"));

        // A passing test has nothing to copy.
        const int passing = caseRow(cases, QStringLiteral("sum > adds zero"));
        tests->casesView()->setCurrentIndex(cases->index(passing, 0));
        QVERIFY(!tests->copyFailureAction()->isEnabled());
        QVERIFY(pane->toPlainText().isEmpty());
        QVERIFY(!tests->noTestsLabel()->isVisibleTo(tests));
    }

    void noTestsFoundIsSaid()
    {
        TestsPanel *tests = m_view->testsPanel();
        tests->iterationsView()->setCurrentIndex(m_view->testResultsModel()->index(1, 0));
        QCOMPARE(tests->casesModel()->iteration(), 2);
        QCOMPARE(tests->casesModel()->rowCount(), 0);
        QVERIFY(tests->noTestsLabel()->isVisibleTo(tests));
        QVERIFY2(tests->noTestsLabel()->text().startsWith(
                     QStringLiteral("No tests found in iteration 2")),
                 qPrintable(tests->noTestsLabel()->text()));
        tests->iterationsView()->setCurrentIndex(m_view->testResultsModel()->index(0, 0));
        QVERIFY(!tests->noTestsLabel()->isVisibleTo(tests));
    }

    void chartLabelsDoNotOverlap_data()
    {
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("width");
        QTest::newRow("2 wide") << 2 << 400;
        QTest::newRow("40 narrow") << 40 << 260;
        QTest::newRow("40 wide") << 40 << 900;
        QTest::newRow("120 mid") << 120 << 500;
    }

    void chartLabelsDoNotOverlap()
    {
        QFETCH(int, iterations);
        QFETCH(int, width);
        TestResultsModel model;
        Testing::RunEventFeed feed(QStringLiteral("chart"));
        for (int i = 1; i <= iterations; ++i) {
            Run::GateTests gate;
            gate.iteration = i * 1000 + 7; // wide numbers
            gate.passed = 10000 + i;
            gate.failed = i % 3;
            model.applyEvent(feed.next(gate));
        }
        TestChart chart;
        chart.setModel(&model);
        chart.resize(width, 180);
        const QVector<QRect> labels = chart.labelRects();
        QVERIFY(labels.size() > 3);
        for (int a = 0; a < labels.size(); ++a) {
            for (int b = a + 1; b < labels.size(); ++b)
                QVERIFY2(!labels.at(a).intersects(labels.at(b)),
                         qPrintable(QStringLiteral("label %1 meets label %2").arg(a).arg(b)));
        }
    }

private:
    std::unique_ptr<RunView> m_view;
};

QTEST_MAIN(FailuresTest)
#include "tst_failures.moc"
