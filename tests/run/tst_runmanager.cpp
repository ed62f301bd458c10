#include "liverunfixture.h"

#include "run/runcontroller.h"
#include "run/runmanager.h"
#include "run/runqueue.h"

#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

class RunManagerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void twoLiveRunsAreReachableById();
    void finishedRunIsForgottenAndDeleted();
    void runThatEndsOnItsOwnIsDeleted();
    void controllerDeletedElsewhereIsForgotten();
    void unknownIdsAndRepeatedAdds();
    void destroyingTheManagerDeletesItsRuns();
    void defaultLimitFollowsCoresAndMemory_data();
    void defaultLimitFollowsCoresAndMemory();
    void queueStartsInOrderWhenASlotFrees();
    void cancelledQueuedRunNeverStarts();
    void raisingTheLimitStartsWaitingRuns();
    void managedRunHoldsItsSlotUntilItEnds();

private:
    /// Adds a controller to @p manager and starts it; its id, or empty on failure.
    QString startLive(RunManager &manager, FakeSandboxProvider &provider, const QString &name,
                      QPointer<RunController> *out = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QString RunManagerTest::startLive(RunManager &manager, FakeSandboxProvider &provider,
                                  const QString &name, QPointer<RunController> *out)
{
    auto *controller = new RunController(&provider);
    manager.add(controller);
    QString error;
    if (!controller->start(liveRunSpec(name),
                           liveRunOptions(m_dir->filePath(QStringLiteral("runs"))), &error)) {
        qWarning("start failed: %s", qPrintable(error));
        return {};
    }
    if (out)
        *out = controller;
    return controller->runId();
}

void RunManagerTest::twoLiveRunsAreReachableById()
{
    FakeSandboxProvider provider(liveRunHandler());
    RunManager manager;
    QSignalSpy added(&manager, &RunManager::runAdded);
    QSignalSpy events(&manager, &RunManager::runEvent);
    QPointer<RunController> first;
    QPointer<RunController> second;
    const QString a = startLive(manager, provider, QStringLiteral("first"), &first);
    const QString b = startLive(manager, provider, QStringLiteral("second"), &second);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).at(0).toString(), a);
    QCOMPARE(added.at(1).at(0).toString(), b);
    QCOMPARE(manager.liveIds(), (QStringList { a, b }));
    QCOMPARE(manager.controller(a), first.data());
    QCOMPARE(manager.controller(b), second.data());
    QCOMPARE(first->parent(), &manager);
    QCOMPARE(second->parent(), &manager);

    // Both keep running, and the events of both come through, tagged with their run.
    QTRY_COMPARE(provider.sessions.size(), 2);
    QTRY_VERIFY(provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1"))
                && provider.sessions.at(1)->runningTags().contains(QStringLiteral("agent-1")));
    QSet<QString> seen;
    for (const QList<QVariant> &args : std::as_const(events))
        seen.insert(args.at(0).value<RunEvent>().runId);
    QCOMPARE(seen, (QSet<QString> { a, b }));
    QVERIFY(!first->isFinished() && !second->isFinished());
}

void RunManagerTest::finishedRunIsForgottenAndDeleted()
{
    FakeSandboxProvider provider(liveRunHandler());
    RunManager manager;
    QPointer<RunController> first;
    QPointer<RunController> second;
    const QString a = startLive(manager, provider, QStringLiteral("first"), &first);
    const QString b = startLive(manager, provider, QStringLiteral("second"), &second);
    QTRY_VERIFY(provider.sessions.size() == 2
                && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));

    QSignalSpy ended(&manager, &RunManager::runEnded);
    // Looked up when the run ends: already gone from the manager, not yet deleted.
    bool reachableWhenEnded = true;
    connect(&manager, &RunManager::runEnded, this,
            [&](const QString &id) { reachableWhenEnded = manager.controller(id) != nullptr; });
    manager.controller(a)->stop();
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(0).toString(), a);
    QCOMPARE(ended.first().at(1).toString(), QString(Outcome::Stopped));
    QVERIFY(!reachableWhenEnded);
    QCOMPARE(manager.controller(a), nullptr);
    QCOMPARE(manager.liveIds(), QStringList { b });
    QTRY_VERIFY(first.isNull());
    QCOMPARE(manager.count(), 1);

    // The other run is untouched.
    QVERIFY(!second.isNull());
    QVERIFY(!second->isFinished());
    QCOMPARE(manager.controller(b), second.data());
}

void RunManagerTest::runThatEndsOnItsOwnIsDeleted()
{
    FakeSandboxProvider provider(liveRunHandler(false));
    RunManager manager;
    QSignalSpy ended(&manager, &RunManager::runEnded);
    QPointer<RunController> run;
    const QString id = startLive(manager, provider, QStringLiteral("quick"), &run);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    QCOMPARE(ended.first().at(0).toString(), id);
    QTRY_VERIFY(run.isNull());
    QCOMPARE(manager.count(), 0);
    QVERIFY(manager.liveIds().isEmpty());
}

void RunManagerTest::controllerDeletedElsewhereIsForgotten()
{
    FakeSandboxProvider provider(liveRunHandler());
    RunManager manager;
    QPointer<RunController> run;
    const QString id = startLive(manager, provider, QStringLiteral("doomed"), &run);
    QCOMPARE(manager.controller(id), run.data());
    delete run.data();
    QCOMPARE(manager.count(), 0);
    QCOMPARE(manager.controller(id), nullptr);
    QVERIFY(manager.liveIds().isEmpty());

    // One that never started (its start failed) and is deleted later is forgotten too.
    auto *unstarted = new RunController(&provider);
    manager.add(unstarted);
    QCOMPARE(manager.count(), 1);
    QVERIFY(manager.liveIds().isEmpty());
    unstarted->deleteLater();
    QTRY_COMPARE(manager.count(), 0);
}

void RunManagerTest::unknownIdsAndRepeatedAdds()
{
    FakeSandboxProvider provider(liveRunHandler());
    RunManager manager;
    QCOMPARE(manager.controller(QString()), nullptr);
    QCOMPARE(manager.controller(QStringLiteral("20990101-000000-abcd")), nullptr);
    manager.add(nullptr);
    QCOMPARE(manager.count(), 0);
    auto *controller = new RunController(&provider);
    manager.add(controller);
    manager.add(controller);
    QCOMPARE(manager.count(), 1);
    // Not started: no id, so nothing finds it.
    QCOMPARE(manager.controller(QString()), nullptr);
}

void RunManagerTest::destroyingTheManagerDeletesItsRuns()
{
    FakeSandboxProvider provider(liveRunHandler());
    QPointer<RunController> run;
    {
        RunManager manager;
        QVERIFY(!startLive(manager, provider, QStringLiteral("owned"), &run).isEmpty());
        QTRY_VERIFY(!provider.sessions.isEmpty());
    }
    QVERIFY(run.isNull());
}

void RunManagerTest::defaultLimitFollowsCoresAndMemory_data()
{
    QTest::addColumn<int>("cores");
    QTest::addColumn<qint64>("memoryGiB");
    QTest::addColumn<int>("limit");
    QTest::newRow("2 cores, 24 GiB") << 2 << qint64(24) << 2;
    QTest::newRow("8 cores, 8 GiB") << 8 << qint64(8) << 2;
    QTest::newRow("16 cores, 64 GiB") << 16 << qint64(64) << 16;
    QTest::newRow("64 cores, 1 TiB: capped") << 64 << qint64(1024) << 16;
    QTest::newRow("4 cores, 2 GiB: at least one") << 4 << qint64(2) << 1;
    QTest::newRow("unknown memory") << 3 << qint64(0) << 3;
    QTest::newRow("no cores reported") << 0 << qint64(16) << 1;
}

void RunManagerTest::defaultLimitFollowsCoresAndMemory()
{
    QFETCH(int, cores);
    QFETCH(qint64, memoryGiB);
    QFETCH(int, limit);
    // "16 GiB" machines report a little less than 16 GiB.
    const qint64 bytes = memoryGiB * 1024 * 1024 * 1024 - (memoryGiB > 0 ? 200 * 1024 * 1024 : 0);
    QCOMPARE(RunQueue::limitFor(cores, bytes), limit);
    QVERIFY(RunQueue::defaultLimit() >= 1);
}

void RunManagerTest::queueStartsInOrderWhenASlotFrees()
{
    RunQueue queue(1);
    QStringList started;
    auto starter = [&started](const QString &name) {
        return [&started, name](const QString &) {
            started.append(name);
        };
    };
    QSignalSpy changed(&queue, &RunQueue::pendingChanged);
    const QString a = queue.submit(QStringLiteral("a"), starter(QStringLiteral("a")));
    QCOMPARE(started, QStringList { QStringLiteral("a") }); // a free slot: at once
    QCOMPARE(changed.size(), 0);
    const QString b = queue.submit(QStringLiteral("b"), starter(QStringLiteral("b")));
    const QString c = queue.submit(QStringLiteral("c"), starter(QStringLiteral("c")));
    QCOMPARE(started.size(), 1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(queue.position(b), 1);
    QCOMPARE(queue.position(c), 2);
    QCOMPARE(queue.position(a), 0);
    QVERIFY(queue.isActive(a));
    QCOMPARE(queue.pending().first().name, QStringLiteral("b"));

    queue.release(QStringLiteral("queued-999")); // unknown: nothing happens
    QTest::qWait(10);
    QCOMPARE(started.size(), 1);
    queue.release(a);
    QCOMPARE(started.size(), 1); // from the event loop, not inside the caller's signal
    QTRY_COMPARE(started, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(queue.position(c), 1);
    queue.release(a); // twice: harmless
    QTest::qWait(10);
    QCOMPARE(started.size(), 2);
    queue.release(b);
    QTRY_COMPARE(started.size(), 3);
    QCOMPARE(started.last(), QStringLiteral("c"));
    QVERIFY(queue.pending().isEmpty());
    QCOMPARE(queue.active(), 1);
}

void RunManagerTest::cancelledQueuedRunNeverStarts()
{
    RunQueue queue(1);
    int starts = 0;
    const QString a = queue.submit(QStringLiteral("a"), [&starts](const QString &) { ++starts; });
    const QString b = queue.submit(QStringLiteral("b"), [&starts](const QString &) { ++starts; });
    QVERIFY(!queue.cancel(a)); // running, not waiting
    QVERIFY(queue.cancel(b));
    QVERIFY(!queue.cancel(b));
    QVERIFY(queue.pending().isEmpty());
    queue.release(a);
    QTest::qWait(20);
    QCOMPARE(starts, 1);
    QCOMPARE(queue.active(), 0);
}

void RunManagerTest::raisingTheLimitStartsWaitingRuns()
{
    RunQueue queue(1);
    int starts = 0;
    for (int i = 0; i < 3; ++i)
        queue.submit(QStringLiteral("r%1").arg(i), [&starts](const QString &) { ++starts; });
    QCOMPARE(starts, 1);
    queue.setLimit(0); // below 1 means 1
    QCOMPARE(queue.limit(), 1);
    queue.setLimit(3);
    QCOMPARE(starts, 3);
    QVERIFY(queue.pending().isEmpty());
}

void RunManagerTest::managedRunHoldsItsSlotUntilItEnds()
{
    FakeSandboxProvider provider(liveRunHandler());
    RunManager manager;
    manager.localQueue()->setLimit(1);
    const QString runs = m_dir->filePath(QStringLiteral("runs"));
    QList<QPointer<RunController>> controllers;
    auto starter = [&](const QString &name) {
        return [&, name](const QString &ticket) {
            auto *controller = new RunController(&provider);
            manager.add(controller, ticket);
            controllers.append(controller);
            QString error;
            QVERIFY2(controller->start(liveRunSpec(name), liveRunOptions(runs), &error),
                     qPrintable(error));
        };
    };
    manager.localQueue()->submit(QStringLiteral("first"), starter(QStringLiteral("first")));
    const QString second =
        manager.localQueue()->submit(QStringLiteral("second"), starter(QStringLiteral("second")));
    const QString third =
        manager.localQueue()->submit(QStringLiteral("third"), starter(QStringLiteral("third")));
    QCOMPARE(controllers.size(), 1);
    QCOMPARE(manager.localQueue()->position(second), 1);
    QVERIFY(manager.localQueue()->cancel(third));
    const QString firstId = controllers.at(0)->runId();
    QCOMPARE(manager.ticketOf(firstId), QStringLiteral("queued-1"));

    // The first ends: its slot goes to the second.
    QTRY_VERIFY(!provider.sessions.isEmpty()
                && provider.sessions.at(0)->runningTags().contains(QStringLiteral("agent-1")));
    QCOMPARE(controllers.size(), 1);
    controllers.at(0)->stop();
    QTRY_COMPARE(controllers.size(), 2);
    QTRY_VERIFY(controllers.at(0).isNull());
    QVERIFY(controllers.at(1));
    QCOMPARE(manager.ticketOf(controllers.at(1)->runId()), second);
    QCOMPARE(manager.localQueue()->active(), 1);
    // A controller deleted by someone else gives its slot back too.
    delete controllers.at(1).data();
    QCOMPARE(manager.localQueue()->active(), 0);
    QCOMPARE(controllers.size(), 2); // the cancelled third never started
    QCOMPARE(provider.sessions.size(), 2);
}

QTEST_GUILESS_MAIN(RunManagerTest)
#include "tst_runmanager.moc"
