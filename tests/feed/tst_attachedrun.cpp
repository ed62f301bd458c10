#include "feed/attachedrun.h"
#include "feed/feedprotocol.h"

#include "livefeed.h"
#include "scriptedfeedserver.h"
#include "sourcerun.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace Autocoder;
using namespace Autocoder::Feed;

namespace {

const QByteArray Token = "tok-SECRET-attached-0123456789";
const QByteArray Spec = "{\n    \"name\": \"demo\"\n}\n";

/// How the scripted server answers snapshot requests.
enum class SnapshotAnswer { Archive, Error, Corrupted, Never };

struct Script
{
    QString helloRun; ///< empty: the source's id
    bool readOnly = false;
    SnapshotAnswer snapshots = SnapshotAnswer::Archive;
    int snapshotDelayMs = 0;
    int closeCodeAfterEvents = 0; ///< close the connection with it once every event is out
};

/// A feed server by hand that serves @p source the way docs/event-feed.md says, for what the
/// real server never does (a hostile id, broken snapshots).
void serve(ScriptedFeedServer &server, const SourceRun &source, const Script &script)
{
    server.onConnection([&source, script](QWebSocket *s) {
        const qint64 since =
            QUrlQuery(s->request().url()).queryItemValue(QStringLiteral("since")).toLongLong();
        s->sendTextMessage(
            ScriptedFeedServer::hello(script.helloRun.isEmpty() ? source.id() : script.helloRun,
                                      script.readOnly, source.events().size()));
        for (const Run::RunEvent &e : source.events())
            if (e.seq > since)
                s->sendTextMessage(QString::fromUtf8(e.toJsonLine().trimmed()));
        if (script.closeCodeAfterEvents)
            s->close(QWebSocketProtocol::CloseCode(script.closeCodeAfterEvents));
    });
    server.onMessage([&source, script](QWebSocket *s, const QString &text) {
        const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = request.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("spec")) {
            s->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("spec") },
                                            { QStringLiteral("spec"),
                                              QJsonDocument::fromJson(Spec).object() } })
                    .toJson(QJsonDocument::Compact)));
            return;
        }
        if (type != QLatin1String("snapshot"))
            return;
        const int iteration = request.value(QStringLiteral("iteration")).toInt();
        const QByteArray archive = source.archive(iteration);
        const auto answer = [s, iteration, archive, script] {
            switch (script.snapshots) {
            case SnapshotAnswer::Never:
                return;
            case SnapshotAnswer::Error:
                s->sendTextMessage(
                    QStringLiteral(R"({"type":"error","request":"snapshot","message":"gone"})"));
                return;
            case SnapshotAnswer::Archive:
            case SnapshotAnswer::Corrupted: {
                const QByteArray sha =
                    QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex();
                s->sendTextMessage(
                    QStringLiteral(R"({"type":"snapshot","iteration":%1,"bytes":%2,"sha256":"%3"})")
                        .arg(iteration)
                        .arg(archive.size())
                        .arg(QString::fromLatin1(sha)));
                QByteArray sent = archive;
                if (script.snapshots == SnapshotAnswer::Corrupted)
                    sent[0] = char(sent[0] ^ 0x55);
                s->sendBinaryMessage(sent);
                return;
            }
            }
        };
        if (script.snapshotDelayMs > 0)
            QTimer::singleShot(script.snapshotDelayMs, s, answer);
        else
            answer();
    });
}

QList<Run::RunEvent> mirrored(const QString &runDir)
{
    return Run::RunJournal::readEvents(runDir);
}

QList<Run::RunEvent> emitted(const QSignalSpy &spy)
{
    QList<Run::RunEvent> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<Run::RunEvent>());
    return out;
}

/// The events' JSON without the snapshot archive paths (the one thing a mirror changes).
QList<QJsonObject> comparable(const QList<Run::RunEvent> &events)
{
    QList<QJsonObject> out;
    for (Run::RunEvent e : events) {
        e.data.remove(QStringLiteral("archive"));
        out.append(e.toJson());
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class AttachedRunTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Run::RunEvent>(); }

    void mirrorsEventsSpecAndSnapshotsInOrder()
    {
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")),
                         QStringLiteral("20260101-000000-abcd"));
        source.log(QStringLiteral("one"));
        source.log(QStringLiteral("two"));
        source.snapshot(1, QByteArray("an archive, pretend ").repeated(50));
        source.log(QStringLiteral("after the snapshot"));
        source.finished();
        QVERIFY(source.isOk());

        ScriptedFeedServer server;
        QVERIFY(server.listen());
        Script script;
        script.snapshotDelayMs = 150; // later events must wait for it
        serve(server, source, script);

        AttachedRun run(server.url(QStringLiteral("/runs/") + source.id()), Token,
                        tmp.filePath(QStringLiteral("mirrors")));
        QSignalSpy attached(&run, &AttachedRun::attached);
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        QSignalSpy failed(&run, &AttachedRun::failed);
        int eventsWhenAttached = -1;
        connect(&run, &AttachedRun::attached, this,
                [&] { eventsWhenAttached = int(events.size()); });
        run.open();
        QTRY_COMPARE(attached.size(), 1);
        QCOMPARE(eventsWhenAttached, 0);
        QCOMPARE(attached.first().at(0).toString(), source.id());
        QCOMPARE(run.runId(), source.id());
        QCOMPARE(run.runDir(), tmp.filePath(QStringLiteral("mirrors/")) + source.id());

        // Held back behind the snapshot: the two events before it, not those after.
        QTRY_COMPARE(events.size(), 2);
        QTest::qWait(50);
        QCOMPARE(events.size(), 2);
        QTRY_COMPARE(events.size(), 5);
        QVERIFY(failed.isEmpty());

        const QList<Run::RunEvent> got = emitted(events);
        QCOMPARE(comparable(got), comparable(source.events()));
        QCOMPARE(comparable(mirrored(run.runDir())), comparable(source.events()));
        const QString archive = got.at(2).data.value(QStringLiteral("archive")).toString();
        QCOMPARE(archive, run.runDir() + QStringLiteral("/snapshots/iter-1.tar.gz"));
        QVERIFY(QFileInfo(archive).isAbsolute());
        QCOMPARE(readFile(archive), source.archive(1));
        QCOMPARE(mirrored(run.runDir()).at(2).data.value(QStringLiteral("archive")).toString(),
                 archive);
        QTRY_COMPARE(readFile(run.runDir() + QStringLiteral("/spec.json")), Spec);
        QVERIFY(run.isFinished());
        QVERIFY(!run.canSteer());
        QCOMPARE(run.connectionState(), FeedClient::State::Connected);
    }

    void aSnapshotThatFailsGoesOnWithoutItsArchive_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("error") << int(SnapshotAnswer::Error);
        QTest::newRow("corrupted") << int(SnapshotAnswer::Corrupted);
    }

    void aSnapshotThatFailsGoesOnWithoutItsArchive()
    {
        QFETCH(int, answer);
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"));
        source.snapshot(1, "archive bytes");
        source.log(QStringLiteral("after"));
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        Script script;
        script.snapshots = SnapshotAnswer(answer);
        serve(server, source, script);

        AttachedRun run(server.url(QStringLiteral("/runs/r1")), Token,
                        tmp.filePath(QStringLiteral("mirrors")));
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        run.open();
        QTRY_COMPARE(events.size(), 2);
        const Run::RunEvent snapshot = events.first().at(0).value<Run::RunEvent>();
        QCOMPARE(snapshot.kind, Run::EventKind::FilesSnapshot);
        QVERIFY(snapshot.data.value(QStringLiteral("archive")).toString().isEmpty());
        QVERIFY(!QFile::exists(run.runDir() + QStringLiteral("/snapshots/iter-1.tar.gz")));
        QCOMPARE(mirrored(run.runDir()).size(), 2);
    }

    void asksForTheSnapshotAgainAfterALostConnection()
    {
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"));
        source.log(QStringLiteral("before"));
        source.snapshot(1, "archive bytes");
        source.log(QStringLiteral("after"));
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        serve(server, source, Script());
        // The first connection swallows the snapshot request and dies; the next one answers.
        ScriptedFeedServer *const s = &server;
        server.onMessage([s, &source](QWebSocket *socket, const QString &text) {
            if (!text.contains(QLatin1String("snapshot")))
                return;
            if (s->connections() == 1) {
                socket->abort();
                return;
            }
            const QByteArray archive = source.archive(1);
            socket->sendTextMessage(
                QStringLiteral(R"({"type":"snapshot","iteration":1,"bytes":%1,"sha256":"%2"})")
                    .arg(archive.size())
                    .arg(QString::fromLatin1(
                        QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex())));
            socket->sendBinaryMessage(archive);
        });
        AttachedRun run(server.url(QStringLiteral("/runs/r1")), Token,
                        tmp.filePath(QStringLiteral("mirrors")));
        run.client()->setReconnectDelays(20, 40);
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        run.open();
        QTRY_COMPARE(events.size(), 3);
        QCOMPARE(server.connections(), 2);
        const QString archive = events.at(1)
                                    .at(0)
                                    .value<Run::RunEvent>()
                                    .data.value(QStringLiteral("archive"))
                                    .toString();
        QCOMPARE(readFile(archive), source.archive(1));
        QCOMPARE(comparable(mirrored(run.runDir())), comparable(source.events()));
    }

    void anEndedFeedLetsHeldBackEventsThrough()
    {
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"));
        source.snapshot(1, "archive bytes");
        source.finished();
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        Script script;
        script.snapshots = SnapshotAnswer::Never;
        script.closeCodeAfterEvents = Close::RunEnded;
        serve(server, source, script);

        AttachedRun run(server.url(QStringLiteral("/runs/r1")), Token,
                        tmp.filePath(QStringLiteral("mirrors")));
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        QSignalSpy failed(&run, &AttachedRun::failed);
        run.open();
        QTRY_COMPARE(run.connectionState(), FeedClient::State::Ended);
        QTRY_COMPARE(events.size(), 2);
        QVERIFY(run.isFinished());
        QVERIFY(failed.isEmpty()); // a run that ended is no failure
        QCOMPARE(mirrored(run.runDir()).size(), 2);
    }

    void refusesAHostileRunId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("parent") << QStringLiteral("../x");
        QTest::newRow("absolute") << QStringLiteral("/tmp/x");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("nested") << QStringLiteral("a/b");
    }

    void refusesAHostileRunId()
    {
        QFETCH(QString, id);
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"));
        source.log(QStringLiteral("one"));
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        Script script;
        script.helloRun = id;
        serve(server, source, script);

        const QString root = tmp.filePath(QStringLiteral("mirrors/inner"));
        AttachedRun run(server.url(QStringLiteral("/")), Token, root);
        QSignalSpy failed(&run, &AttachedRun::failed);
        QSignalSpy attached(&run, &AttachedRun::attached);
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        run.open();
        QTRY_COMPARE(failed.size(), 1);
        QTest::qWait(50);
        QVERIFY(attached.isEmpty());
        QVERIFY(events.isEmpty());
        QVERIFY(run.runDir().isEmpty());
        QCOMPARE(run.connectionState(), FeedClient::State::Disconnected);
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("mirrors/x"))));
        QVERIFY(!QFileInfo::exists(root));
    }

    void refusesAnotherRunThanTheUrlNames()
    {
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r2"));
        source.log(QStringLiteral("one"));
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        serve(server, source, Script());
        AttachedRun run(server.url(QStringLiteral("/runs/r1")), Token,
                        tmp.filePath(QStringLiteral("mirrors")));
        QSignalSpy failed(&run, &AttachedRun::failed);
        run.open();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("mirrors/r2"))));
    }

    void reopeningContinuesWithSince_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("url names the run") << QStringLiteral("/runs/r1");
        QTest::newRow("single-run url") << QStringLiteral("/");
    }

    void reopeningContinuesWithSince()
    {
        QFETCH(QString, path);
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"));
        source.log(QStringLiteral("one"));
        source.log(QStringLiteral("two"));
        source.log(QStringLiteral("three"));
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        serve(server, source, Script());
        const QString root = tmp.filePath(QStringLiteral("mirrors"));
        {
            AttachedRun run(server.url(path), Token, root);
            QSignalSpy events(&run, &AttachedRun::eventEmitted);
            run.open();
            QTRY_COMPARE(events.size(), 3);
            run.close();
        }
        source.log(QStringLiteral("four"));
        source.finished();

        AttachedRun run(server.url(path), Token, root);
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        run.open();
        QTRY_COMPARE(events.size(), 5);
        QTest::qWait(50);
        QCOMPARE(events.size(), 5);
        // Subscribers get the whole run: what the mirror had, then what was new.
        QCOMPARE(comparable(emitted(events)), comparable(source.events()));
        QCOMPARE(comparable(mirrored(run.runDir())), comparable(source.events()));
        QCOMPARE(server.connections(), 2);
        const QString since =
            QUrlQuery(server.requests().at(1).url()).queryItemValue(QStringLiteral("since"));
        QCOMPARE(since, path == QLatin1String("/") ? QStringLiteral("0") : QStringLiteral("3"));
        QVERIFY(run.isFinished());
    }

    void finishedUntilResumed()
    {
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"));
        source.finished();
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        serve(server, source, Script());
        AttachedRun run(server.url(QStringLiteral("/runs/r1")), Token,
                        tmp.filePath(QStringLiteral("mirrors")));
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        QVERIFY(!run.isFinished());
        run.open();
        QTRY_COMPARE(events.size(), 1);
        QVERIFY(run.isFinished());
        QVERIFY(!run.canSteer());
        QVERIFY(run.stop()); // still sent: the server decides what it means now

        source.resumed();
        run.close();
        run.open();
        QTRY_COMPARE(events.size(), 3); // the mirrored one again, then run.resumed
        QVERIFY(!run.isFinished());
        QVERIFY(run.canSteer());
    }

    void steersThroughTheFeed()
    {
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"));
        source.log(QStringLiteral("one"));
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        Script script;
        serve(server, source, script);
        AttachedRun run(server.url(QStringLiteral("/runs/r1")), Token,
                        tmp.filePath(QStringLiteral("mirrors")));
        QVERIFY(!run.stop()); // not connected
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        run.open();
        QTRY_COMPARE(events.size(), 1);
        QVERIFY(run.canSteer());
        QVERIFY(run.stop());
        QVERIFY(run.continueWithGuidance(QStringLiteral("use sqlite")));
        QTRY_VERIFY(server.received().contains(QStringLiteral(R"({"type":"stop"})")));
        QTRY_VERIFY(server.received().contains(
            QStringLiteral(R"({"text":"use sqlite","type":"guidance"})")));
    }

    void mirrorThatCannotBeWrittenFails()
    {
        QTemporaryDir tmp;
        SourceRun source(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"));
        source.log(QStringLiteral("one"));
        ScriptedFeedServer server;
        QVERIFY(server.listen());
        serve(server, source, Script());
        // The mirror root is a file: no folder can be made in it.
        const QString root = tmp.filePath(QStringLiteral("not-a-folder"));
        QFile blocker(root);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AttachedRun run(server.url(QStringLiteral("/runs/r1")), Token, root);
        QSignalSpy failed(&run, &AttachedRun::failed);
        run.open();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("copy")));
    }
    // --- against the real FeedServer --------------------------------------------------------

    void mirrorsALiveRun()
    {
        LiveFeed feed;
        QVERIFY(feed.run.writeSpec("{\"name\":\"demo\",\"language\":\"python\"}"));
        feed.run.log(QStringLiteral("one"));
        feed.run.snapshot(1, QByteArray("first archive ").repeated(300));
        feed.run.log(QStringLiteral("two"));
        QVERIFY(feed.start());
        const QString root = feed.tempPath(QStringLiteral("mirrors"));
        AttachedRun run(feed.server.url(feed.run.id()), LiveFeed::token(), root);
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        QSignalSpy failed(&run, &AttachedRun::failed);
        run.open();
        QTRY_COMPARE(events.size(), 3);
        QVERIFY(run.canSteer());

        // Live: another snapshot and the end of the run.
        feed.run.log(QStringLiteral("three"));
        feed.run.snapshot(2, QByteArray("second archive ").repeated(500));
        feed.run.finished();
        feed.server.journalAppended(feed.run.id());
        QTRY_COMPARE(events.size(), 6);
        feed.server.removeRun(feed.run.id(), Close::RunEnded);
        QTRY_COMPARE(run.connectionState(), FeedClient::State::Ended);
        QVERIFY(failed.isEmpty());

        QCOMPARE(run.runDir(), root + QLatin1Char('/') + feed.run.id());
        QCOMPARE(comparable(mirrored(run.runDir())), comparable(feed.run.events()));
        QCOMPARE(comparable(emitted(events)), comparable(feed.run.events()));
        for (const Run::RunEvent &e : mirrored(run.runDir())) {
            if (e.kind != Run::EventKind::FilesSnapshot)
                continue;
            const QString archive = e.data.value(QStringLiteral("archive")).toString();
            QCOMPARE(archive,
                     run.runDir() + QStringLiteral("/snapshots/iter-%1.tar.gz").arg(e.iteration()));
            QCOMPARE(readFile(archive), feed.run.archive(e.iteration()));
        }
        QCOMPARE(QJsonDocument::fromJson(readFile(run.runDir() + QStringLiteral("/spec.json"))),
                 QJsonDocument::fromJson(Run::RunJournal::readSpec(feed.run.dir())));
        QVERIFY(run.isFinished());
        QVERIFY(!run.canSteer());
    }

    void reopensALiveRunWhereItsMirrorEnds()
    {
        LiveFeed feed;
        feed.log(4);
        QVERIFY(feed.start());
        const QString root = feed.tempPath(QStringLiteral("mirrors"));
        {
            AttachedRun run(feed.server.url(feed.run.id()), LiveFeed::token(), root);
            QSignalSpy events(&run, &AttachedRun::eventEmitted);
            run.open();
            QTRY_COMPARE(events.size(), 4);
        }
        feed.log(3);
        AttachedRun run(feed.server.url(feed.run.id()), LiveFeed::token(), root);
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        run.open();
        QTRY_COMPARE(events.size(), 7);
        feed.log(1);
        QTRY_COMPARE(events.size(), 8);
        QCOMPARE(comparable(emitted(events)), comparable(feed.run.events()));
        QCOMPARE(comparable(mirrored(run.runDir())), comparable(feed.run.events()));
    }

    void stopsAndGuidesThroughTheRealServer()
    {
        LiveFeed feed;
        feed.log(1);
        QVERIFY(feed.start());
        QSignalSpy stops(&feed.server, &FeedServer::stopRequested);
        QSignalSpy guidance(&feed.server, &FeedServer::guidanceReceived);
        AttachedRun run(feed.server.url(feed.run.id()), LiveFeed::token(),
                        feed.tempPath(QStringLiteral("mirrors")));
        run.client()->setClientName(QStringLiteral("desk"));
        QSignalSpy events(&run, &AttachedRun::eventEmitted);
        run.open();
        QTRY_COMPARE(events.size(), 1);
        QVERIFY(run.stop());
        QVERIFY(run.continueWithGuidance(QStringLiteral("smaller steps")));
        QTRY_COMPARE(stops.size(), 1);
        QTRY_COMPARE(guidance.size(), 1);
        QCOMPARE(stops.first().at(1).toString(), QStringLiteral("feed:desk"));
        QCOMPARE(guidance.first().at(1).toString(), QStringLiteral("smaller steps"));

        AttachedRun watcher(feed.server.url(feed.run.id()), LiveFeed::readOnlyToken(),
                            feed.tempPath(QStringLiteral("mirrors-ro")));
        QSignalSpy watched(&watcher, &AttachedRun::eventEmitted);
        watcher.open();
        QTRY_COMPARE(watched.size(), 1);
        QVERIFY(!watcher.canSteer());
        QVERIFY(!watcher.stop());
        QVERIFY(!watcher.continueWithGuidance(QStringLiteral("no")));
    }

    void aRefusedTokenFails()
    {
        LiveFeed feed;
        feed.log(1);
        QVERIFY(feed.start());
        AttachedRun run(feed.server.url(feed.run.id()), "wrong",
                        feed.tempPath(QStringLiteral("mirrors")));
        QSignalSpy failed(&run, &AttachedRun::failed);
        run.open();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(),
                 QStringLiteral("The feed refused the token (HTTP 401)"));
        QCOMPARE(run.connectionState(), FeedClient::State::Ended);
        QVERIFY(!QFileInfo::exists(feed.tempPath(QStringLiteral("mirrors"))));
    }

    void aHostileRunIdFromTheRealServerIsRefused()
    {
        LiveFeed feed;
        feed.log(1);
        QVERIFY(feed.start());
        // A server publishing a run under a name that would climb out of the mirror root.
        feed.server.removeRun(feed.run.id());
        feed.server.addRun(QStringLiteral("../escaped"), feed.run.dir());
        const QString root = feed.tempPath(QStringLiteral("mirrors/inner"));
        AttachedRun run(feed.server.url(), LiveFeed::token(), root);
        QSignalSpy failed(&run, &AttachedRun::failed);
        QSignalSpy attached(&run, &AttachedRun::attached);
        run.open();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(),
                 QStringLiteral("The feed sent an invalid run id."));
        QVERIFY(attached.isEmpty());
        QVERIFY(!QFileInfo::exists(feed.tempPath(QStringLiteral("mirrors/escaped"))));
        QVERIFY(!QFileInfo::exists(root));
    }
};

QTEST_GUILESS_MAIN(AttachedRunTest)
#include "tst_attachedrun.moc"
