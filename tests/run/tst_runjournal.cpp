#include "run/runjournal.h"
#include "run/runstore.h"
#include "secrets/redactor.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder::Run;

class RunJournalTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void eventRoundTrip();
    void eventFromBadJson_data();
    void eventFromBadJson();
    void appendsAndReadsBack();
    void tornLastLineIsSkipped();
    void redactsSecretsOnDisk();
    void storeListsNewestFirstAndMarksInterrupted();
    void idsAreSafe_data();
    void idsAreSafe();
};

void RunJournalTest::eventRoundTrip()
{
    RunEvent e;
    e.runId = QStringLiteral("r1");
    e.seq = 7;
    e.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    e.kind = EventKind::StepStarted;
    e.data = { { QStringLiteral("step"), QString(Step::Test) },
               { QStringLiteral("iteration"), 2 } };
    const QByteArray line = e.toJsonLine();
    QVERIFY(line.endsWith('\n'));
    QVERIFY(line.contains("\"ts\":\"2026-01-02T03:04:05.678Z\""));
    QVERIFY(line.contains("\"v\":1"));
    const Autocoder::Result<RunEvent> back = RunEvent::fromJsonLine(line);
    QVERIFY(back);
    QCOMPARE(back->runId, e.runId);
    QCOMPARE(back->seq, e.seq);
    QCOMPARE(back->time, e.time);
    QCOMPARE(back->kind, e.kind);
    QCOMPARE(back->data, e.data);
    QCOMPARE(back->iteration(), 2);
    QCOMPARE(back->step(), QStringLiteral("test"));
}

void RunJournalTest::eventFromBadJson_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("{oops");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no version") << QByteArray(R"({"run":"a","seq":1,"kind":"log"})");
    QTest::newRow("future version") << QByteArray(R"({"v":2,"run":"a","seq":1,"kind":"log"})");
    QTest::newRow("no kind") << QByteArray(R"({"v":1,"run":"a","seq":1})");
    QTest::newRow("data not object")
        << QByteArray(R"({"v":1,"run":"a","seq":1,"kind":"log","data":3})");
}

void RunJournalTest::eventFromBadJson()
{
    QFETCH(QByteArray, line);
    const Autocoder::Result<RunEvent> event = RunEvent::fromJsonLine(line);
    QVERIFY(!event);
    QVERIFY(!event.error().isEmpty());
}

static RunEvent makeEvent(const QString &run, qint64 seq, const QString &text)
{
    RunEvent e;
    e.runId = run;
    e.seq = seq;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = EventKind::Log;
    e.data = { { QStringLiteral("level"), QStringLiteral("info") },
               { QStringLiteral("text"), text } };
    return e;
}

void RunJournalTest::appendsAndReadsBack()
{
    QTemporaryDir dir;
    RunJournal j;
    QString error;
    QVERIFY2(j.open(dir.filePath(QStringLiteral("r1")), nullptr, &error), qPrintable(error));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(j.append(makeEvent(QStringLiteral("r1"), i, QStringLiteral("line %1").arg(i))));
    // Flushed per event: readable while still open.
    QList<RunEvent> events = RunJournal::readEvents(j.runDir());
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(2).data.value(QStringLiteral("text")).toString(), QStringLiteral("line 3"));
    RunState s;
    s.id = QStringLiteral("r1");
    s.name = QStringLiteral("demo");
    s.iteration = 2;
    s.costUsd = 0.25;
    s.lastFailing = QStringList { QStringLiteral("a") };
    QVERIFY(j.writeState(s));
    RunState back;
    QVERIFY(RunJournal::readState(j.runDir(), &back));
    QCOMPARE(back.toJson(), s.toJson());
    QCOMPARE(j.snapshotPath(3), j.runDir() + QStringLiteral("/snapshots/iter-3.tar.gz"));
    j.close();
    // Reopening appends.
    QVERIFY(j.open(dir.filePath(QStringLiteral("r1")), nullptr, &error));
    QVERIFY(j.append(makeEvent(QStringLiteral("r1"), 4, QStringLiteral("again"))));
    QCOMPARE(RunJournal::readEvents(j.runDir()).size(), 4);
}

void RunJournalTest::tornLastLineIsSkipped()
{
    QTemporaryDir dir;
    RunJournal j;
    QVERIFY(j.open(dir.path(), nullptr, nullptr));
    QVERIFY(j.append(makeEvent(QStringLiteral("r"), 1, QStringLiteral("ok"))));
    j.close();
    QFile f(dir.filePath(RunJournal::eventsFileName()));
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"v\":1,\"run\":\"r\",\"seq\":2,\"ki");
    f.close();
    QString warning;
    QCOMPARE(RunJournal::readEvents(dir.path(), &warning).size(), 1);
    QVERIFY(!warning.isEmpty());
}

void RunJournalTest::redactsSecretsOnDisk()
{
    QTemporaryDir dir;
    Autocoder::Secrets::Redactor redactor;
    redactor.addSecret(QStringLiteral("sk-ant-SECRET-123456"));
    RunJournal j;
    QVERIFY(j.open(dir.path(), &redactor, nullptr));
    QVERIFY(
        j.append(makeEvent(QStringLiteral("r"), 1, QStringLiteral("key is sk-ant-SECRET-123456"))));
    QVERIFY(j.writeSpec("{\"x\":\"sk-ant-SECRET-123456\"}"));
    j.close();
    for (const QString &name : { RunJournal::eventsFileName(), RunJournal::specFileName() }) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(!all.contains("SECRET-123456"));
        QVERIFY(all.contains("[REDACTED]"));
    }
}

void RunJournalTest::storeListsNewestFirstAndMarksInterrupted()
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const QStringList ids { QStringLiteral("20260101-000000-aaaa"),
                            QStringLiteral("20260101-000001-bbbb"),
                            QStringLiteral("20260101-000002-cccc") };
    for (int i = 0; i < ids.size(); ++i) {
        RunJournal j;
        QVERIFY(j.open(store.runDir(ids.at(i)), nullptr, nullptr));
        RunState s;
        s.id = ids.at(i);
        s.name = QStringLiteral("run %1").arg(i);
        s.startedAt = t0.addSecs(i);
        s.status = i == 0 ? QStringLiteral("finished") : QStringLiteral("running");
        s.outcome = i == 0 ? QStringLiteral("green") : QString();
        QVERIFY(j.writeState(s));
    }
    QDir(dir.path()).mkdir(QStringLiteral("not a run"));
    const QList<RunSummary> list = store.list({ ids.at(2) });
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, ids.at(2));
    QCOMPARE(list.at(0).status, RunStatus::Running);
    QCOMPARE(list.at(1).status, RunStatus::Interrupted);
    QCOMPARE(list.at(2).status, RunStatus::Finished);
    QVERIFY(list.at(2).outcome == RunOutcome::Green);
    RunState loaded;
    QVERIFY(store.load(ids.at(1), &loaded));
    QCOMPARE(loaded.name, QStringLiteral("run 1"));
    QString error;
    QVERIFY(!store.load(QStringLiteral("../etc"), &loaded, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(RunStore::defaultRoot().endsWith(QLatin1String("/runs")));
}

void RunJournalTest::idsAreSafe_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("generated") << RunStore::newRunId() << true;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("dots") << ".." << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "a b" << false;
}

void RunJournalTest::idsAreSafe()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(RunStore::isValidId(id), valid);
}

QTEST_GUILESS_MAIN(RunJournalTest)
#include "tst_runjournal.moc"
