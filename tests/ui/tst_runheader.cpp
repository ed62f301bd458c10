// The run view's header: a busy indicator and the running step while the run runs, the
// outcome with its icon and colour once it ends (readable light and dark), and no progress
// bar pretending to know how far a run has come.
#include "models/runlistmodel.h"
#include "runeventfeed.h"
#include "runview/runview.h"
#include "runview/statusiconlabel.h"
#include "theme/palette.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTabWidget>
#include <QTest>

using namespace Autocoder;
using namespace Autocoder::Run;
using namespace Autocoder::Ui;
using Kind = RunListModel::StatusKind;

namespace {

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// A run up to its first iteration's Test step, started @p ago seconds before it.
QList<RunEvent> runUpToTest(Testing::RunEventFeed &feed)
{
    return {
        feed.next(RunStarted { QStringLiteral("todo-lib"), QStringLiteral("local"), 5, 5.0 }),
        feed.next(StepStarted { QString(Step::Agent), 1, QString() }),
        feed.next(StepFinished { QString(Step::Agent), 1, true, 0, 1000, QString() }),
        feed.next(StepStarted { QString(Step::Test), 1, QString() }),
    };
}

int visibleBars(const RunView &view)
{
    int n = 0;
    for (const QProgressBar *bar : view.findChildren<QProgressBar *>()) {
        // The header's: not the tabs' own (if a tab has one, it is not about the run).
        if (bar->isVisible() && !view.tabs()->isAncestorOf(bar) && bar->value() < bar->maximum())
            ++n;
    }
    return n;
}

QColor dominantOpaqueColour(const QPixmap &pixmap)
{
    QHash<QRgb, int> counts;
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) == 255 && p != qRgb(255, 255, 255))
                ++counts[p];
        }
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return most ? QColor(best) : QColor();
}

} // namespace

class TestRunHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void busyWhileAStepRuns();
    void outcomeHasItsIconAndColour_data();
    void outcomeHasItsIconAndColour();
    void interruptedIsShownAsSuch();
    void noProgressBarOnAGreenRun();
    void colourFollowsTheDarkPalette();
    void noRunShowsNoStatus();
    void listAndViewLookTheSame();
};

void TestRunHeader::busyWhileAStepRuns()
{
    RunView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Testing::RunEventFeed feed(QStringLiteral("run-1"),
                               QDateTime::currentDateTimeUtc().addSecs(-16));
    view.setLive(true);
    const QList<RunEvent> events = runUpToTest(feed);
    view.applyEvent(events.first());
    QCOMPARE(view.currentLabel()->text(), QStringLiteral("Starting\u2026"));
    QVERIFY(view.statusIcon()->isSpinning());
    for (const RunEvent &e : events.mid(1))
        view.applyEvent(e);

    QCOMPARE(view.statusIcon()->kind(), std::optional<Kind>(Kind::Running));
    QVERIFY(view.statusIcon()->isSpinning());
    const QString line = view.currentLabel()->text();
    QVERIFY2(line.startsWith(QStringLiteral("Iteration 1 \u00b7 Test \u2014 running (0:1")),
             qPrintable(line));
    // The spinner turns: its picture changes within a few frames.
    const QImage before = view.statusIcon()->pixmap().toImage();
    QVERIFY(QTest::qWaitFor([&] { return view.statusIcon()->pixmap().toImage() != before; }, 2000));
    // The step's clock ticks with the run's.
    QVERIFY(QTest::qWaitFor([&] { return view.currentLabel()->text() != line; }, 2500));
    QVERIFY2(view.currentLabel()->text().contains(QStringLiteral("running (0:1")),
             qPrintable(view.currentLabel()->text()));

    view.applyEvent(feed.next(
        StepFinished { QString(Step::Test), 1, false, 1, 2000, QStringLiteral("2 tests failed") }));
    QCOMPARE(view.currentLabel()->text(),
             QStringLiteral("Iteration 1 \u00b7 Test failed: 2 tests failed"));
    // A failed step is not the run's end: still busy.
    QVERIFY(view.statusIcon()->isSpinning());

    // Hidden, it stops turning (no work for a view nobody sees).
    view.hide();
    QVERIFY(!view.statusIcon()->isSpinning());
}

void TestRunHeader::outcomeHasItsIconAndColour_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("hue"); // which channel of the icon's disc is the strongest
    QTest::newRow("green") << int(RunOutcome::Green) << int(Kind::Green) << QStringLiteral("g");
    QTest::newRow("no progress") << int(RunOutcome::NoProgress) << int(Kind::NotGreen)
                                 << QStringLiteral("r");
    QTest::newRow("budget") << int(RunOutcome::Budget) << int(Kind::NotGreen)
                            << QStringLiteral("r");
    QTest::newRow("stopped") << int(RunOutcome::Stopped) << int(Kind::Stopped)
                             << QStringLiteral("grey");
}

void TestRunHeader::outcomeHasItsIconAndColour()
{
    QFETCH(int, outcome);
    QFETCH(int, kind);
    QFETCH(QString, hue);
    RunView view;
    view.resize(1000, 700);
    view.show();
    Testing::RunEventFeed feed(QStringLiteral("run-2"));
    view.setLive(true);
    for (const RunEvent &e : runUpToTest(feed))
        view.applyEvent(e);
    view.applyEvent(
        feed.next(RunFinished { RunOutcome(outcome), QStringLiteral("It ended."), 1, 0.4 }));

    QCOMPARE(view.statusIcon()->kind(), std::optional<Kind>(Kind(kind)));
    QVERIFY(!view.statusIcon()->isSpinning());
    QVERIFY(!view.currentLabel()->text().contains(QStringLiteral("running")));
    // The line is written in the outcome's colour, the same the run list uses.
    const QColor written = view.currentLabel()->palette().color(QPalette::WindowText);
    QCOMPARE(written, RunListModel::statusColor(Kind(kind), view.palette()));
    QVERIFY(view.currentLabel()->font().bold());
    // The icon is the list's, and of the outcome's hue.
    const QColor disc = dominantOpaqueColour(view.statusIcon()->pixmap());
    QVERIFY(disc.isValid());
    const int r = disc.red(), g = disc.green(), b = disc.blue();
    if (hue == QLatin1String("g"))
        QVERIFY2(g > r + 40 && g > b + 40, qPrintable(disc.name()));
    else if (hue == QLatin1String("r"))
        QVERIFY2(r > g + 40 && r > b + 40, qPrintable(disc.name()));
    else
        QVERIFY2(std::max({ r, g, b }) - std::min({ r, g, b }) < 30, qPrintable(disc.name()));
}

void TestRunHeader::interruptedIsShownAsSuch()
{
    RunView view;
    view.show();
    Testing::RunEventFeed feed(QStringLiteral("run-3"));
    view.setLive(false);
    for (const RunEvent &e : runUpToTest(feed))
        view.applyEvent(e);
    QCOMPARE(view.statusIcon()->kind(), std::optional<Kind>(Kind::Interrupted));
    QVERIFY(!view.statusIcon()->isSpinning());
    QVERIFY(view.currentLabel()->text().startsWith(QStringLiteral("Interrupted")));
    QCOMPARE(view.currentLabel()->palette().color(QPalette::WindowText),
             RunListModel::statusColor(Kind::Interrupted, view.palette()));
}

// Green in iteration 2 of 5 is the end, not 40 %: no bar says otherwise.
void TestRunHeader::noProgressBarOnAGreenRun()
{
    RunView view;
    view.resize(1000, 700);
    view.show();
    Testing::RunEventFeed feed(QStringLiteral("run-4"));
    view.setLive(true);
    for (const RunEvent &e : runUpToTest(feed))
        view.applyEvent(e);
    QCOMPARE(visibleBars(view), 0);
    view.applyEvent(feed.next(StepFinished { QString(Step::Test), 1, true, 0, 1000, QString() }));
    QCOMPARE(view.currentLabel()->text(), QStringLiteral("Iteration 1 \u00b7 Test \u2014 done"));
    view.applyEvent(
        feed.next(RunFinished { RunOutcome::Green, QStringLiteral("All checks passed"), 1, 0.2 }));
    QCOMPARE(visibleBars(view), 0);
    QVERIFY(view.countersLabel()->text().contains(QStringLiteral("Iteration 1 of 5")));
}

// The same outcome, dark: a lighter colour that stands out from the dark window, and it
// changes when the palette does.
void TestRunHeader::colourFollowsTheDarkPalette()
{
    RunView view;
    view.show();
    Testing::RunEventFeed feed(QStringLiteral("run-5"));
    view.setLive(true);
    for (const RunEvent &e : runUpToTest(feed))
        view.applyEvent(e);
    view.applyEvent(feed.next(RunFinished { RunOutcome::NoProgress, QString(), 1, 0.2 }));
    const QColor light = view.currentLabel()->palette().color(QPalette::WindowText);

    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents(); // the change reaches the widgets in posted events
    QVERIFY(isDark(view.palette()));
    const QColor dark = view.currentLabel()->palette().color(QPalette::WindowText);
    QVERIFY(dark != light);
    QCOMPARE(dark, RunListModel::statusColor(Kind::NotGreen, darkPalette()));
    const int window = darkPalette().color(QPalette::Window).lightness();
    QVERIFY2(dark.lightness() - window > 80, qPrintable(dark.name()));
    // The other roles still come from the window's palette.
    QCOMPARE(view.currentLabel()->palette().color(QPalette::Window),
             darkPalette().color(QPalette::Window));

    // Every status colour reads on both windows.
    for (const Kind k : { Kind::Running, Kind::Green, Kind::NotGreen, Kind::Stopped,
                          Kind::Interrupted, Kind::Queued }) {
        for (const QPalette &p : { lightPalette(), darkPalette() }) {
            const int diff = std::abs(RunListModel::statusColor(k, p).lightness()
                                      - p.color(QPalette::Window).lightness());
            QVERIFY2(diff > 80, qPrintable(QStringLiteral("kind %1: %2").arg(int(k)).arg(diff)));
        }
    }
}

void TestRunHeader::noRunShowsNoStatus()
{
    RunView view;
    view.show();
    QVERIFY(!view.statusIcon()->kind());
    QVERIFY(view.statusIcon()->pixmap().isNull());
    Testing::RunEventFeed feed(QStringLiteral("run-6"));
    view.setLive(true);
    for (const RunEvent &e : runUpToTest(feed))
        view.applyEvent(e);
    QVERIFY(view.statusIcon()->kind());
    view.reset();
    QVERIFY(!view.statusIcon()->kind());
    QVERIFY(!view.statusIcon()->isSpinning());
}

// The run list writes the outcome in the colour the view's status line uses, beside the
// same icon.
void TestRunHeader::listAndViewLookTheSame()
{
    RunListModel model;
    RunListModel::Row green;
    green.id = QStringLiteral("a");
    green.status = RunStatus::Finished;
    green.outcome = RunOutcome::Green;
    RunListModel::Row running;
    running.id = QStringLiteral("b");
    model.setRuns({ green, running });
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        QApplication::setPalette(palette);
        const QModelIndex outcome = model.index(0, RunListModel::OutcomeColumn);
        QCOMPARE(outcome.data(Qt::ForegroundRole).value<QColor>(),
                 RunListModel::statusColor(Kind::Green, palette));
        // A run without an outcome is written in the ordinary text colour.
        QVERIFY(!model.index(1, RunListModel::OutcomeColumn).data(Qt::ForegroundRole).isValid());
    }
    const QIcon listed =
        model.index(0, RunListModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(listed.pixmap(16, 16).toImage(),
             RunListModel::statusIcon(Kind::Green).pixmap(16, 16).toImage());
}

QTEST_MAIN(TestRunHeader)
#include "tst_runheader.moc"
