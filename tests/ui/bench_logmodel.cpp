// How the Logs tab copes with a flood: 50,000 lines/s must not freeze the GUI,
// and a million lines must not grow memory without bound.
#include "models/logfiltermodel.h"
#include "models/logmodel.h"
#include "run/runevent.h"

#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QTest>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

constexpr int kBatch = 50000;
constexpr int kTotal = 1000000;

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QVector<LogLine> batch(int start)
{
    QVector<LogLine> lines;
    lines.reserve(kBatch);
    for (int i = 0; i < kBatch; ++i) {
        lines.append({ QStringLiteral("(pass) TodoList > case %1 does what the brief says [0.%2ms]")
                           .arg(start + i)
                           .arg(i % 97),
                       QStringLiteral("test"), 1 + (start + i) / 200000, (i % 10) == 0 });
    }
    return lines;
}

Run::RunEvent outputEvent(int first, int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("bun test: line %1 of the flood\n").arg(first + i);
    Run::RunEvent e;
    e.runId = QStringLiteral("bench");
    e.kind = QString(Run::EventKind::ProcessOutput);
    e.data = { { QStringLiteral("step"), QStringLiteral("test") },
               { QStringLiteral("iteration"), 1 },
               { QStringLiteral("stream"), QStringLiteral("stdout") },
               { QStringLiteral("text"), text } };
    return e;
}

} // namespace

class BenchLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// One 50k-line batch into a full (100k) model behind the filter proxy: the
    /// cost of one second of a 50,000 lines/s flood.
    void append50kBatchThroughProxy()
    {
        LogModel model;
        LogFilterModel proxy;
        proxy.setSourceModel(&model);
        int next = 0;
        for (int i = 0; i < 3; ++i) { // fill to capacity first: steady state
            model.append(batch(next));
            model.flush();
            next += kBatch;
        }
        QBENCHMARK
        {
            model.append(batch(next));
            model.flush();
            next += kBatch;
        }
        QCOMPARE(model.rowCount(), model.capacity());
        QCOMPARE(proxy.rowCount(), model.capacity());
    }

    /// Same with a text filter active and a list view attached and visible.
    void append50kBatchFilteredWithView()
    {
        LogModel model;
        LogFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setText(QStringLiteral("case 1"));
        QListView view;
        view.setUniformItemSizes(true);
        view.setModel(&proxy);
        view.resize(800, 600);
        view.show();
        int next = 0;
        for (int i = 0; i < 3; ++i) {
            model.append(batch(next));
            model.flush();
            next += kBatch;
        }
        QBENCHMARK
        {
            model.append(batch(next));
            model.flush();
            view.scrollToBottom();
            QCoreApplication::processEvents();
            next += kBatch;
        }
        QVERIFY(proxy.rowCount() > 0);
    }

    /// 50,000 lines/s as they really arrive: process.output events of 100
    /// lines, split into lines by the model, flushed as the 50 ms timer would.
    void oneSecondOfEventsAt50kLinesPerSecond()
    {
        LogModel model;
        LogFilterModel proxy;
        proxy.setSourceModel(&model);
        QList<Run::RunEvent> events;
        for (int i = 0; i < 500; ++i)
            events.append(outputEvent(i * 100, 100));
        QBENCHMARK
        {
            for (int i = 0; i < events.size(); ++i) {
                model.applyEvent(events.at(i));
                if (i % 25 == 24) // 20 flushes per second
                    model.flush();
            }
            model.flush();
        }
        QVERIFY(model.rowCount() >= 50000);
    }

    /// A million lines in 50k batches: total time, worst batch, and memory.
    void millionLinesStayBounded()
    {
        const qint64 rssBefore = currentRssKiB();
        LogModel model;
        LogFilterModel proxy;
        proxy.setSourceModel(&model);
        QElapsedTimer total;
        total.start();
        qint64 worst = 0;
        qint64 rssAfterFirstFill = 0;
        for (int start = 0; start < kTotal; start += kBatch) {
            QVector<LogLine> lines = batch(start);
            QElapsedTimer t;
            t.start();
            model.append(std::move(lines));
            model.flush();
            worst = std::max(worst, t.elapsed());
            if (start == 2 * kBatch)
                rssAfterFirstFill = currentRssKiB();
        }
        const qint64 elapsed = total.elapsed();
        const qint64 rssEnd = currentRssKiB();
        qInfo("1,000,000 lines in %d batches: %lld ms total (includes making the lines), "
              "worst batch append+flush %lld ms; rows kept %d, dropped %lld",
              kTotal / kBatch, elapsed, worst, model.rowCount(), model.droppedLines());
        qInfo("RSS: before %lld KiB, after first fill (150k lines) %lld KiB, after 1M lines %lld "
              "KiB, peak %lld KiB",
              rssBefore, rssAfterFirstFill, rssEnd, peakRssKiB());
        QCOMPARE(model.rowCount(), model.capacity());
        QCOMPARE(model.droppedLines(), qint64(kTotal - model.capacity()));
        // Bounded: the last 850k lines must not have added memory beyond noise.
        QVERIFY2(rssEnd - rssAfterFirstFill < 64 * 1024,
                 "memory kept growing after the ring buffer filled");
    }
};

QTEST_MAIN(BenchLogModel)
#include "bench_logmodel.moc"
