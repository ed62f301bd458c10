// Item models of the UI: correctness under QAbstractItemModelTester, bounds, edge cases.
#include "models/filetreemodel.h"
#include "models/logfiltermodel.h"
#include "models/logmodel.h"
#include "models/runlistmodel.h"
#include "models/testresultsmodel.h"
#include "run/runevent.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

Run::RunEvent makeEvent(const QString &kind, const QJsonObject &data,
                        const QString &run = QStringLiteral("r1"))
{
    static qint64 seq = 0;
    Run::RunEvent e;
    e.runId = run;
    e.seq = ++seq;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = kind;
    e.data = data;
    return e;
}

Run::RunEvent output(const QString &text, const QString &step = QStringLiteral("test"),
                     int iteration = 1)
{
    return makeEvent(QStringLiteral("process.output"),
                     { { QStringLiteral("step"), step },
                       { QStringLiteral("iteration"), iteration },
                       { QStringLiteral("stream"), QStringLiteral("stdout") },
                       { QStringLiteral("text"), text } });
}

QJsonObject testsData(int iteration, const QList<QPair<QString, QString>> &results)
{
    QJsonArray tests;
    for (const auto &[name, status] : results)
        tests.append(QJsonObject { { QStringLiteral("name"), name },
                                   { QStringLiteral("file"), QStringLiteral("t.ts") },
                                   { QStringLiteral("status"), status } });
    return { { QStringLiteral("iteration"), iteration }, { QStringLiteral("tests"), tests } };
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logModelKeepsTheNewestLinesWithinCapacity()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model);
        LogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter);
        model.setCapacity(100);
        for (int batch = 0; batch < 7; ++batch) {
            QVector<LogLine> lines;
            for (int i = 0; i < 37; ++i)
                lines.append({ QStringLiteral("line %1").arg(batch * 37 + i),
                               QStringLiteral("test"), 1, false });
            model.append(lines);
            model.flush();
            QVERIFY(model.rowCount() <= 100);
        }
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.lineAt(0).text, QStringLiteral("line 159"));
        QCOMPARE(model.lineAt(99).text, QStringLiteral("line 258"));
        QCOMPARE(model.index(99, 0).data().toString(), QStringLiteral("line 258"));
        QCOMPARE(model.droppedLines(), 159);
        filter.setText(QStringLiteral("line 25"));
        QCOMPARE(filter.rowCount(), 9); // 250..258
    }

    void logModelBatchesAppendsOnATimer()
    {
        LogModel model;
        model.setFlushInterval(20);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 1000; ++i)
            model.append({ QString::number(i), QStringLiteral("build"), 1, false });
        QCOMPARE(model.rowCount(), 0); // nothing until the timer fires
        QTRY_COMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.size(), 1); // one insert for the whole burst
    }

    void logModelOversizedBurstStaysBounded()
    {
        LogModel model;
        model.setCapacity(10);
        for (int i = 0; i < 1000; ++i)
            model.append({ QString::number(i), QStringLiteral("x"), 0, false });
        QVERIFY(model.pendingCount() <= 20);
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.lineAt(9).text, QStringLiteral("999"));
        model.setCapacity(5);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.lineAt(0).text, QStringLiteral("995"));
        model.append({ QStringLiteral("next"), QStringLiteral("x"), 0, false });
        model.flush();
        QCOMPARE(model.lineAt(4).text, QStringLiteral("next"));
        QCOMPARE(model.lineAt(0).text, QStringLiteral("996"));
    }

    void logModelSplitsChunksIntoLines_data()
    {
        QTest::addColumn<QStringList>("chunks");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("one line") << QStringList { QStringLiteral("a\n") }
                                  << QStringList { QStringLiteral("a") };
        QTest::newRow("two in one chunk")
            << QStringList { QStringLiteral("a\nb\n") }
            << QStringList { QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("split line")
            << QStringList { QStringLiteral("hel"), QStringLiteral("lo\nwor"),
                             QStringLiteral("ld\n") }
            << QStringList { QStringLiteral("hello"), QStringLiteral("world") };
        QTest::newRow("crlf") << QStringList { QStringLiteral("a\r\nb\r\n") }
                              << QStringList { QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("blank lines kept")
            << QStringList { QStringLiteral("a\n\nb\n") }
            << QStringList { QStringLiteral("a"), QString(), QStringLiteral("b") };
        QTest::newRow("unfinished line ends with the step")
            << QStringList { QStringLiteral("a\nno newline") }
            << QStringList { QStringLiteral("a"), QStringLiteral("no newline") };
    }

    void logModelSplitsChunksIntoLines()
    {
        QFETCH(QStringList, chunks);
        QFETCH(QStringList, lines);
        LogModel model;
        QAbstractItemModelTester tester(&model);
        for (const QString &c : chunks)
            model.applyEvent(output(c));
        model.applyEvent(makeEvent(QStringLiteral("step.finished"),
                                   { { QStringLiteral("step"), QStringLiteral("test") },
                                     { QStringLiteral("iteration"), 1 },
                                     { QStringLiteral("ok"), true } }));
        model.flush();
        QStringList got;
        for (int i = 0; i < model.rowCount(); ++i)
            got << model.lineAt(i).text;
        QCOMPARE(got, lines);
    }

    void logModelCutsHugeLines()
    {
        LogModel model;
        model.append({ QString(LogModel::maxLineLength * 3, QLatin1Char('x')), QStringLiteral("x"),
                       0, false, false, 0 });
        model.flush();
        QCOMPARE(model.lineAt(0).text.size(), LogModel::maxLineLength + 1);
    }

    void testChanges_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QString>("summary");
        // "name:status" pairs
        QTest::newRow("first") << QStringList {} << QStringList { QStringLiteral("a:passed") }
                               << QStringLiteral("1 new");
        QTest::newRow("fixed") << QStringList { QStringLiteral("a:failed") }
                               << QStringList { QStringLiteral("a:passed") }
                               << QStringLiteral("1 fixed");
        QTest::newRow("broke") << QStringList { QStringLiteral("a:passed") }
                               << QStringList { QStringLiteral("a:failed") }
                               << QStringLiteral("1 broke");
        QTest::newRow("removed") << QStringList { QStringLiteral("a:passed"),
                                                  QStringLiteral("b:passed") }
                                 << QStringList { QStringLiteral("a:passed") }
                                 << QStringLiteral("1 removed");
        QTest::newRow("skip is not fixed")
            << QStringList { QStringLiteral("a:failed") }
            << QStringList { QStringLiteral("a:skipped") } << QStringLiteral("no change");
        QTest::newRow("same") << QStringList { QStringLiteral("a:passed") }
                              << QStringList { QStringLiteral("a:passed") }
                              << QStringLiteral("no change");
    }

    void testChanges()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QString, summary);
        TestResultsModel model;
        QAbstractItemModelTester tester(&model);
        auto toList = [](const QStringList &l) {
            QList<QPair<QString, QString>> out;
            for (const QString &s : l)
                out.append({ s.section(QLatin1Char(':'), 0, 0), s.section(QLatin1Char(':'), 1) });
            return out;
        };
        if (!before.isEmpty())
            model.applyEvent(makeEvent(QStringLiteral("gate.tests"), testsData(1, toList(before))));
        model.applyEvent(makeEvent(QStringLiteral("gate.tests"), testsData(2, toList(after))));
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, TestResultsModel::ChangesColumn).data().toString(), summary);
    }

    void testResultsReplaceARerunIteration()
    {
        TestResultsModel model;
        QAbstractItemModelTester tester(&model);
        model.applyEvent(
            makeEvent(QStringLiteral("gate.tests"),
                      testsData(1, { { QStringLiteral("a"), QStringLiteral("failed") } })));
        model.applyEvent(
            makeEvent(QStringLiteral("gate.tests"),
                      testsData(1, { { QStringLiteral("a"), QStringLiteral("passed") } })));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.iterationAt(0).passed, 1);
    }

    void fileTreeBuildsFoldersWithTotals()
    {
        FileTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.setFiles({ { QStringLiteral("src/a.ts"), 10 },
                         { QStringLiteral("src/lib/b.ts"), 5 },
                         { QStringLiteral("README.md"), 3 },
                         { QStringLiteral("/weird//c.txt"), 1 } });
        QCOMPARE(model.fileCount(), 4);
        QCOMPARE(model.totalBytes(), 19);
        QCOMPARE(model.rowCount(), 3); // src/, weird/, README.md: folders first
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("src"));
        QCOMPARE(model.index(0, 0).data(FileTreeModel::SizeRole).toLongLong(), 15);
        const QModelIndex b = model.indexForPath(QStringLiteral("src/lib/b.ts"));
        QVERIFY(b.isValid());
        QCOMPARE(b.data(FileTreeModel::PathRole).toString(), QStringLiteral("src/lib/b.ts"));
        QCOMPARE(model.parent(b).data().toString(), QStringLiteral("lib"));
        QVERIFY(!model.indexForPath(QStringLiteral("src/nope.ts")).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void runListFollowsLiveEvents()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model);
        RunListModel::Row past;
        past.id = QStringLiteral("old");
        past.name = QStringLiteral("old-lib");
        past.status = Run::RunStatus::Finished;
        past.outcome = Run::RunOutcome::Budget;
        model.setRuns({ past });
        model.applyEvent(makeEvent(QStringLiteral("run.started"),
                                   { { QStringLiteral("name"), QStringLiteral("new-lib") },
                                     { QStringLiteral("maxIterations"), 4 } },
                                   QStringLiteral("new")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("new")), 0); // newest first
        // Output does not change the row: no repaint per line.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.applyEvent(makeEvent(QStringLiteral("process.output"),
                                            { { QStringLiteral("text"), QStringLiteral("x") } },
                                            QStringLiteral("new"))));
        QCOMPARE(changed.size(), 0);
        model.applyEvent(makeEvent(QStringLiteral("step.started"),
                                   { { QStringLiteral("step"), QStringLiteral("agent") },
                                     { QStringLiteral("iteration"), 2 } },
                                   QStringLiteral("new")));
        QCOMPARE(model.index(0, RunListModel::IterationColumn).data().toString(),
                 QStringLiteral("2 of 4"));
        model.applyEvent(makeEvent(QStringLiteral("run.finished"),
                                   { { QStringLiteral("outcome"), QStringLiteral("green") },
                                     { QStringLiteral("iterations"), 2 },
                                     { QStringLiteral("costUsd"), 1.234 } },
                                   QStringLiteral("new")));
        QCOMPARE(model.index(0, RunListModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Green"));
        QCOMPARE(model.index(0, RunListModel::CostColumn).data().toString(),
                 QStringLiteral("$1.23"));
        QCOMPARE(model.index(1, RunListModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Budget spent"));
        QCOMPARE(model.index(0, RunListModel::StatusColumn).data().toString(),
                 QStringLiteral("Finished"));
        QCOMPARE(model.rowAt(0).status, Run::RunStatus::Finished);
    }

    void runListShowsQueuedRunsFirstWithTheirPosition()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model);
        RunListModel::Row past;
        past.id = QStringLiteral("old");
        past.name = QStringLiteral("old-lib");
        past.status = Run::RunStatus::Finished;
        past.outcome = Run::RunOutcome::Green;
        model.setRuns({ past });
        model.setQueued({ { QStringLiteral("queued-1"), QStringLiteral("waits-a"), {} },
                          { QStringLiteral("queued-2"), QStringLiteral("waits-b"), {} } });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.queuedCount(), 2);
        QVERIFY(model.isQueued(0) && model.isQueued(1) && !model.isQueued(2));
        QCOMPARE(model.index(1, RunListModel::NameColumn).data().toString(),
                 QStringLiteral("waits-b"));
        QCOMPARE(model.index(1, RunListModel::StatusColumn).data().toString(),
                 QStringLiteral("Queued (2)"));
        QVERIFY(model.index(0, 0).data(RunListModel::QueuedRole).toBool());
        QCOMPARE(model.index(0, 0).data(RunListModel::RunIdRole).toString(),
                 QStringLiteral("queued-1"));
        QCOMPARE(model.index(0, RunListModel::CostColumn).data().toString(), QString());
        QCOMPARE(model.rowOf(QStringLiteral("old")), 2);
        QCOMPARE(model.rowAt(2).name, QStringLiteral("old-lib"));
        QVERIFY(
            !model.remove(QStringLiteral("queued-1"))); // a queue entry is cancelled, not removed

        // A run that starts goes below the waiting ones, newest first.
        model.applyEvent(makeEvent(QStringLiteral("run.started"),
                                   { { QStringLiteral("name"), QStringLiteral("live-lib") },
                                     { QStringLiteral("maxIterations"), 5 } },
                                   QStringLiteral("live")));
        QCOMPARE(model.rowOf(QStringLiteral("live")), 2);
        QCOMPARE(
            model.index(2, RunListModel::StatusColumn).data(RunListModel::StatusKindRole).toInt(),
            int(RunListModel::StatusKind::Running));
        model.setQueued({ { QStringLiteral("queued-2"), QStringLiteral("waits-b"), {} } });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RunListModel::StatusColumn).data().toString(),
                 QStringLiteral("Queued (1)"));
        QCOMPARE(model.rowOf(QStringLiteral("live")), 1);
        model.setQueued({});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.remove(QStringLiteral("old")));
        QVERIFY(!model.remove(QStringLiteral("old")));
        QCOMPARE(model.rowCount(), 1);
    }

    void runListHasAnIconForEveryStatus()
    {
        using Kind = RunListModel::StatusKind;
        RunListModel model;
        QAbstractItemModelTester tester(&model);
        auto row = [](const char *id, Run::RunStatus status,
                      std::optional<Run::RunOutcome> outcome) {
            RunListModel::Row r;
            r.id = QString::fromLatin1(id);
            r.status = status;
            r.outcome = outcome;
            return r;
        };
        model.setRuns({ row("green", Run::RunStatus::Finished, Run::RunOutcome::Green),
                        row("red", Run::RunStatus::Finished, Run::RunOutcome::MaxIterations),
                        row("stopped", Run::RunStatus::Finished, Run::RunOutcome::Stopped),
                        row("cancelled", Run::RunStatus::Finished, Run::RunOutcome::Cancelled),
                        row("gone", Run::RunStatus::Interrupted, std::nullopt),
                        row("live", Run::RunStatus::Running, std::nullopt) });
        model.setQueued({ { QStringLiteral("queued-1"), QStringLiteral("waits"), {} } });
        const QList<Kind> expected { Kind::Queued,  Kind::Green,   Kind::NotGreen,
                                     Kind::Stopped, Kind::Stopped, Kind::Interrupted,
                                     Kind::Running };
        QList<QImage> looks; // distinct icons seen
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex status = model.index(i, RunListModel::StatusColumn);
            QCOMPARE(Kind(status.data(RunListModel::StatusKindRole).toInt()), expected.at(i));
            const QIcon icon = status.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY2(!icon.isNull(), qPrintable(model.rowAt(i).id));
            const QImage image = icon.pixmap(16, 16).toImage();
            if (!looks.contains(image))
                looks.append(image);
            // Only the status column has one.
            QVERIFY(!model.index(i, RunListModel::NameColumn).data(Qt::DecorationRole).isValid());
        }
        QCOMPARE(looks.size(), 6); // six looks: stopped and cancelled share one
        // The running icon turns.
        const QImage a = RunListModel::statusIcon(Kind::Running, 0).pixmap(16, 16).toImage();
        const QImage b = RunListModel::statusIcon(Kind::Running, 1).pixmap(16, 16).toImage();
        QVERIFY(a != b);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(QStringLiteral("live")));
        // ... only while some run is running.
        model.setRuns({ row("green", Run::RunStatus::Finished, Run::RunOutcome::Green) });
        changed.clear();
        QTest::qWait(400);
        QVERIFY(changed.isEmpty());
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
