// How the Activity tab copes with a long run: about 5000 events (40 iterations of a busy
// agent) must go into the model, and through a shown thread, without rebuilding it per event.
#include "models/activitymodel.h"
#include "run/runevents.h"
#include "runview/activitypanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

QList<Run::RunEvent> longRun()
{
    using namespace Run;
    QList<RunEvent> events;
    QString content;
    for (int i = 0; i < 20; ++i)
        content += QStringLiteral("export const value%1 = compute(%1); // line %1\n").arg(i);
    for (int it = 1; it <= 40; ++it) {
        events.append(RunEvent::make(AgentMessage {
            it, QStringLiteral("**Iteration %1**: fixing `list()` and the tests.").arg(it) }));
        for (int call = 0; call < 60; ++call) {
            const QString id = QStringLiteral("toolu_%1_%2").arg(it).arg(call);
            if (call % 3 == 0) {
                events.append(RunEvent::make(AgentToolUse {
                    it,
                    id,
                    QStringLiteral("Write"),
                    { { QStringLiteral("file_path"), QStringLiteral("src/f%1.ts").arg(call) },
                      { QStringLiteral("content"), content } },
                    QStringLiteral("Write src/f%1.ts").arg(call) }));
                events.append(RunEvent::make(AgentToolResult {
                    it, id, false, QStringLiteral("File created successfully") }));
            } else {
                events.append(RunEvent::make(
                    AgentToolUse { it,
                                   id,
                                   QStringLiteral("Bash"),
                                   { { QStringLiteral("command"), QStringLiteral("bun test") } },
                                   QStringLiteral("Bash: bun test") }));
                events.append(RunEvent::make(AgentToolResult {
                    it, id, call % 7 == 0, QStringLiteral(" 8 pass\n 1 fail\nRan 9 tests") }));
            }
        }
        events.append(RunEvent::make(
            AgentResult { it, 0.2, 30, QStringLiteral("s"), false, QStringLiteral("success") }));
        events.append(RunEvent::make(StepFinished { QString(Step::Test), it, false, 1, 100, {} }));
        events.append(RunEvent::make(IterationFinished {
            it, false, 0.2 * it, { QStringLiteral("TodoList > filter open") } }));
    }
    return events;
}

} // namespace

class BenchActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_events = longRun();
        qInfo("%d events", int(m_events.size()));
        QVERIFY(m_events.size() >= 4900);
    }

    // The model alone: every event of the run.
    void applyAllEvents()
    {
        int entries = 0;
        QBENCHMARK
        {
            ActivityModel model;
            for (const Run::RunEvent &e : m_events)
                model.applyEvent(e);
            entries = model.entryCount();
        }
        QVERIFY(entries > 2400);
    }

    // One more event on a full model costs what it costs on an empty one.
    void oneEventOnAFullModel()
    {
        ActivityModel model;
        for (const Run::RunEvent &e : m_events)
            model.applyEvent(e);
        int n = 0;
        QBENCHMARK
        {
            const QString id = QStringLiteral("late_%1").arg(++n);
            model.applyEvent(Run::RunEvent::make(
                Run::AgentToolUse { 41,
                                    id,
                                    QStringLiteral("Bash"),
                                    { { QStringLiteral("command"), QStringLiteral("ls") } },
                                    QString() }));
            model.applyEvent(
                Run::RunEvent::make(Run::AgentToolResult { 41, id, false, QStringLiteral("a") }));
        }
    }

    // The shown thread: events arrive in batches of 50 as a live run's would, the view
    // laying out and following the newest item after each batch.
    void liveThroughTheShownThread()
    {
        ActivityModel model;
        ActivityPanel panel(&model);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QElapsedTimer timer;
        qint64 worstBatchMs = 0;
        QBENCHMARK_ONCE
        {
            timer.start();
            for (int i = 0; i < m_events.size(); ++i) {
                model.applyEvent(m_events.at(i));
                if (i % 50 == 49) {
                    QElapsedTimer batch;
                    batch.start();
                    QCoreApplication::processEvents();
                    panel.view()->viewport()->repaint();
                    worstBatchMs = qMax(worstBatchMs, batch.elapsed());
                }
            }
            QCoreApplication::processEvents();
        }
        qInfo("whole run: %lld ms, slowest layout+paint of a batch: %lld ms", timer.elapsed(),
              worstBatchMs);
        QScrollBar *bar = panel.view()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

private:
    QList<Run::RunEvent> m_events;
};

QTEST_MAIN(BenchActivityModel)
#include "bench_activitymodel.moc"
