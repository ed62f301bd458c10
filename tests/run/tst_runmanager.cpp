#include "liverunfixture.h"

#include "run/runcontroller.h"
#include "run/runmanager.h"

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

QTEST_GUILESS_MAIN(RunManagerTest)
#include "tst_runmanager.moc"
