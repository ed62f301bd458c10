// Figures for the event feed over loopback, server and clients in this one process (so the
// clients' own parsing shares the two cores with the server: a pessimistic setting):
// - events per second one feed sustains to 10 clients (journal appended through RunJournal,
//   FeedServer::journalAppended after each batch, until every client has every event);
// - latency from the journal write to a client's receipt, p50/p95, with 1 and 10 clients.
#include "feedserverfixture.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace Autocoder;
using namespace Autocoder::Feed;
using namespace FeedTesting;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

/// A client that counts events and notes when each arrived, by seq.
struct CountingClient
{
    QWebSocket socket;
    qint64 events = 0;
    QHash<qint64, qint64> arrivals; ///< seq → steady clock ns (latency runs only)
    bool noteArrivals = false;
};

std::vector<std::unique_ptr<CountingClient>> connectClients(FeedServer &server, const TestRun &run,
                                                            int count, QObject *context)
{
    std::vector<std::unique_ptr<CountingClient>> clients;
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<CountingClient>();
        CountingClient *c = client.get();
        QObject::connect(&c->socket, &QWebSocket::textMessageReceived, context,
                         [c](const QString &text) {
                             // Events carry "kind"; the hello carries "type".
                             if (!text.contains(QLatin1String("\"kind\"")))
                                 return;
                             ++c->events;
                             if (c->noteArrivals) {
                                 const qint64 at = nowNs();
                                 const qint64 seq = QJsonDocument::fromJson(text.toUtf8())
                                                            .object()
                                                            .value(QLatin1String("seq"))
                                                            .toInteger();
                                 c->arrivals.insert(seq, at);
                             }
                         });
        QNetworkRequest request(server.url(run.id()));
        request.setRawHeader("Authorization", "Bearer " + fullToken());
        c->socket.open(request);
        clients.push_back(std::move(client));
    }
    return clients;
}

bool allOpen(const std::vector<std::unique_ptr<CountingClient>> &clients)
{
    return std::all_of(clients.begin(), clients.end(), [](const auto &c) {
        return c->socket.state() == QAbstractSocket::ConnectedState;
    });
}

} // namespace

class BenchFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void throughputToTenClients_data();
    void throughputToTenClients();
    void latency_data();
    void latency();
};

void BenchFeed::throughputToTenClients_data()
{
    QTest::addColumn<int>("eventBytes");
    QTest::addColumn<int>("events");
    QTest::addColumn<bool>("live");
    QTest::newRow("live, 200-byte events") << 200 << 50000 << true;
    QTest::newRow("live, 2 KB events") << 2048 << 20000 << true;
    QTest::newRow("catching up, 200-byte events") << 200 << 50000 << false;
    QTest::newRow("catching up, 2 KB events") << 2048 << 20000 << false;
}

void BenchFeed::throughputToTenClients()
{
    QFETCH(int, eventBytes);
    QFETCH(int, events);
    QFETCH(bool, live);
    constexpr int Clients = 10;
    constexpr int Batch = 50;
    TestRun run;
    auto server = startServer(run);
    if (!live) // the journal is there before the clients: they read it as fast as they can
        run.append(events, eventBytes);
    QElapsedTimer timer;
    timer.start();
    auto clients = connectClients(*server, run, Clients, this);
    if (live) {
        QTRY_VERIFY(allOpen(clients));
        timer.restart();
    }

    const auto received = [&] {
        qint64 least = events;
        for (const auto &c : clients)
            least = qMin(least, c->events);
        return least;
    };
    // The producer appends a batch whenever the event loop comes back to it, like a run's
    // engine would, never waiting for the clients.
    int appended = live ? 0 : events;
    while (appended < events) {
        run.append(Batch, eventBytes, server.get());
        appended += Batch;
        QCoreApplication::processEvents();
    }
    const qint64 writeMs = timer.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(received() == events, 120000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 lineBytes = QFileInfo(run.dir() + QStringLiteral("/events.jsonl")).size() / events;
    if (live)
        qInfo("%d clients, %d live events of %lld bytes (journal line): all delivered in %.3f s "
              "(journal written in %lld ms)",
              Clients, events, lineBytes, seconds, writeMs);
    else
        qInfo("%d clients joining a journal of %d events of %lld bytes: all delivered in %.3f s "
              "(from the first connection)",
              Clients, events, lineBytes, seconds);
    qInfo("=> %.0f events/s per client, %.0f frames/s in total, %.1f MB/s in total",
          double(events) / seconds, double(events) * Clients / seconds,
          double(events) * Clients * double(lineBytes) / seconds / 1e6);
    QTest::setBenchmarkResult(double(events) / seconds, QTest::FramesPerSecond);
}

void BenchFeed::latency_data()
{
    QTest::addColumn<int>("clientCount");
    QTest::newRow("1 client") << 1;
    QTest::newRow("10 clients") << 10;
}

void BenchFeed::latency()
{
    QFETCH(int, clientCount);
    constexpr int Samples = 500;
    TestRun run;
    auto server = startServer(run);
    auto clients = connectClients(*server, run, clientCount, this);
    QTRY_VERIFY(allOpen(clients));
    for (auto &c : clients)
        c->noteArrivals = true;

    // One event every 2 ms: the latency of a lone event, not of a queue.
    QHash<qint64, qint64> written;
    QTimer producer;
    producer.setInterval(2);
    connect(&producer, &QTimer::timeout, this, [&] {
        written.insert(run.lastSeq() + 1, nowNs());
        run.append(1, 300, server.get());
        if (run.lastSeq() >= Samples)
            producer.stop();
    });
    producer.start();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                         [](const auto &c) { return c->events >= Samples; }),
                             60000);
    QList<qint64> latencies;
    for (const auto &c : clients) {
        for (auto it = c->arrivals.cbegin(); it != c->arrivals.cend(); ++it)
            latencies.append(it.value() - written.value(it.key()));
    }
    const double p50 = double(percentile(latencies, 0.50)) / 1000.0;
    const double p95 = double(percentile(latencies, 0.95)) / 1000.0;
    const double p99 = double(percentile(latencies, 0.99)) / 1000.0;
    qInfo("journal write -> client receipt, %d client(s), %lld samples: p50 %.0f us, p95 %.0f us, "
          "p99 %.0f us",
          clientCount, qlonglong(latencies.size()), p50, p95, p99);
    QTest::setBenchmarkResult(p50 * 1000.0, QTest::WalltimeNanoseconds);
}

QTEST_GUILESS_MAIN(BenchFeed)
#include "bench_feed.moc"
