// File → Attach to Run…: the main window follows a run served by a real Feed::FeedServer in
// this process (the recorded run of tests/ui/data, on 127.0.0.1), shows it like a local one,
// stops and guides it through the feed, shows a lost connection and recovers from it, and
// asks again for a refused token. The dialog alone: tst_attachdialog.cpp.
#include "attach/attachdialog.h"
#include "attach/attachedruns.h"
#include "feed/attachedrun.h"
#include "feed/feedserver.h"
#include "mainwindow.h"
#include "models/activitymodel.h"
#include "models/filetreemodel.h"
#include "models/logmodel.h"
#include "models/runlistmodel.h"
#include "models/testresultsmodel.h"
#include "run/runjournal.h"
#include "runnotifier.h"
#include "runview/runview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

const QString RunId = QStringLiteral("20260126-091500-7c3e");
const QByteArray Token = "s3cret-feed-token-for-tests_0123456789abcdefgh";

QString dataFile(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

/// The recorded run's journal lines, exactly as written.
QList<QByteArray> recordedLines()
{
    QList<QByteArray> lines;
    QFile file(dataFile(QStringLiteral("run-events.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

bool appendLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    for (const QByteArray &line : lines)
        file.write(line + '\n');
    return file.flush();
}

QList<qint64> seqsOf(const QString &eventsPath)
{
    QList<qint64> seqs;
    const auto read = Run::RunJournal::forEachEvent(
        eventsPath, [&seqs](const Run::RunEvent &e) { seqs.append(e.seq); });
    Q_UNUSED(read)
    return seqs;
}

} // namespace

class TestAttach : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_served; ///< the served run folder
    QList<QByteArray> m_lines;
    std::unique_ptr<Feed::FeedServer> m_server;

    // A run folder served from its first @p upTo events, as a headless run in the middle of
    // iteration 1 (its spec and snapshots beside them).
    void serve(int upTo, quint16 port = 0)
    {
        QTemporaryDir *root = new QTemporaryDir; // removed in cleanup()
        m_roots.append(root);
        m_served = root->filePath(RunId);
        QVERIFY(QDir().mkpath(m_served + QStringLiteral("/snapshots")));
        QVERIFY(QFile::copy(dataFile(QStringLiteral("spec.json")),
                            m_served + QStringLiteral("/spec.json")));
        for (const char *name : { "iter-1.tar.gz", "iter-2.tar.gz" })
            QVERIFY(QFile::copy(dataFile(QStringLiteral("snapshots/") + QLatin1String(name)),
                                m_served + QStringLiteral("/snapshots/") + QLatin1String(name)));
        QVERIFY(appendLines(m_served + QStringLiteral("/events.jsonl"), m_lines.mid(0, upTo)));
        startServer(port);
    }

    void startServer(quint16 port = 0)
    {
        m_server = std::make_unique<Feed::FeedServer>();
        Feed::FeedServer::Options options;
        options.port = port;
        options.token = Token;
        options.readOnlyToken = "read-only-token-for-tests";
        const Result<void> listening = m_server->listen(options);
        QVERIFY2(listening.isOk(), qPrintable(listening.isOk() ? QString() : listening.error()));
        m_server->addRun(RunId, m_served);
    }

    // Appends recorded lines [from, to) to the served journal, as the run engine does.
    void goOn(int from, int to)
    {
        QVERIFY(
            appendLines(m_served + QStringLiteral("/events.jsonl"), m_lines.mid(from, to - from)));
        m_server->journalAppended(RunId);
    }

    void prepare(MainWindow &window)
    {
        window.setRunsRoot(m_home.filePath(QStringLiteral("runs")));
        window.attachedRuns()->setMirrorRoot(m_home.filePath(QStringLiteral("attached")));
        window.attachedRuns()->setReconnectDelays(50, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    static bool attachedAndConnected(MainWindow &window)
    {
        const Feed::AttachedRun *run = window.attachedRuns()->run(RunId);
        return run && run->connectionState() == Feed::FeedClient::State::Connected
            && window.runView()->runId() == RunId;
    }

    QList<QTemporaryDir *> m_roots;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true);
        // Settings and mirrors of this test only.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        QSettings().clear();
        m_lines = recordedLines();
        QCOMPARE(m_lines.size(), 107);
    }

    void cleanup()
    {
        m_server.reset();
        qDeleteAll(m_roots);
        m_roots.clear();
        QDir(m_home.filePath(QStringLiteral("attached"))).removeRecursively();
        QSettings().clear();
    }

    // --- the window ---------------------------------------------------------------------

    void attachesThroughTheDialogAndShowsTheRun()
    {
        serve(61); // iteration 1 tested and snapshotted
        MainWindow window;
        prepare(window);
        window.notifier()->setUseTray(false);

        window.attachAction()->trigger();
        AttachDialog *dialog = window.attachDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->urlEdit()->setText(m_server->url().toString());
        dialog->tokenEdit()->setText(QString::fromLatin1(Token));
        dialog->attachButton()->click();
        QTRY_VERIFY(!window.attachDialog());

        QTRY_VERIFY_WITH_TIMEOUT(attachedAndConnected(window), 10000);
        RunView *view = window.runView();
        QTRY_COMPARE(window.runsModel()->rowOf(RunId) >= 0, true);
        QCOMPARE(window.runsModel()->rowAt(window.runsModel()->rowOf(RunId)).name,
                 QStringLiteral("todo-lib"));
        QTRY_VERIFY(view->activityModel()->rowCount() > 0);
        QTRY_VERIFY(view->logModel()->rowCount() > 0);
        QTRY_VERIFY(view->testResultsModel()->rowCount() > 0);
        // The snapshot of iteration 1 was fetched into the mirror, and its files are listed.
        const QString mirror = window.attachedRuns()->run(RunId)->runDir();
        QVERIFY(mirror.startsWith(m_home.filePath(QStringLiteral("attached"))));
        QTRY_VERIFY(QFile::exists(mirror + QStringLiteral("/snapshots/iter-1.tar.gz")));
        QTRY_VERIFY(view->fileTreeModel()->rowCount() > 0);
        QTRY_VERIFY(QFile::exists(mirror + QStringLiteral("/spec.json")));

        // Live, as the run goes on elsewhere; Resume is not offered, Stop is.
        QVERIFY(view->isLive());
        QCOMPARE(view->statusText(), QStringLiteral("Running"));
        QVERIFY(!view->resumeAction()->isEnabled());
        QVERIFY(view->stopAction()->isEnabled());
        const auto statusCell = [&window] {
            RunListModel *runs = window.runsModel();
            return runs->index(runs->rowOf(RunId), RunListModel::StatusColumn).data().toString();
        };
        QCOMPARE(statusCell(), QStringLiteral("Running \u00b7 attached"));
        QVERIFY(view->connectionLabel()->isVisible());
        QVERIFY2(view->connectionLabel()->text().startsWith(
                     QStringLiteral("Attached to ws://127.0.0.1:%1").arg(m_server->port())),
                 qPrintable(view->connectionLabel()->text()));

        // Live events: the rest of the run up to its last step.
        const int logRows = view->logModel()->rowCount();
        goOn(61, 106);
        QTRY_COMPARE(window.runsModel()->rowAt(window.runsModel()->rowOf(RunId)).iteration, 2);
        QTRY_VERIFY(QFile::exists(mirror + QStringLiteral("/snapshots/iter-2.tar.gz")));
        QTRY_VERIFY(view->logModel()->rowCount() > logRows);
        QTRY_COMPARE(seqsOf(mirror + QStringLiteral("/events.jsonl")).size(), 106);
        QList<qint64> expected;
        for (qint64 s = 1; s <= 106; ++s)
            expected.append(s);
        QCOMPARE(seqsOf(mirror + QStringLiteral("/events.jsonl")), expected);
        QVERIFY(!view->isFinished());

        // Its end: finished green (and said so, once), and the Stop goes.
        QSignalSpy notified(window.notifier(), &RunNotifier::notified);
        goOn(106, 107);
        QTRY_VERIFY(view->isFinished());
        QCOMPARE(view->outcome(), QStringLiteral("green"));
        QTRY_COMPARE(notified.size(), 1);
        QVERIFY(notified.at(0).at(0).toString().contains(QStringLiteral("todo-lib")));
        QVERIFY(!view->stopAction()->isEnabled());
        QVERIFY(!view->resumeAction()->isEnabled());
        QVERIFY(view->saveAction()->isEnabled());

        // Refreshing the list keeps it; the window shows it again when selected.
        window.refreshRuns();
        QVERIFY(window.runsModel()->rowOf(RunId) >= 0);

        // Only the address is remembered, never the token.
        QCOMPARE(QSettings().value(AttachDialog::lastUrlSetting()).toString(),
                 m_server->url().toString());
        QSettings().sync();
        QFile settings(QSettings().fileName());
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains(Token));
        QVERIFY(!view->connectionLabel()->text().contains(QString::fromLatin1(Token)));
    }

    void aFinishedRunIsShownWithoutANotice()
    {
        serve(107);
        MainWindow window;
        prepare(window);
        window.notifier()->setUseTray(false);
        QSignalSpy notified(window.notifier(), &RunNotifier::notified);
        window.attachToRun(m_server->url(), Token);
        QTRY_VERIFY_WITH_TIMEOUT(attachedAndConnected(window), 10000);
        RunView *view = window.runView();
        QTRY_VERIFY(view->isFinished());
        QCOMPARE(view->outcome(), QStringLiteral("green"));
        QVERIFY(!view->stopAction()->isEnabled());
        QVERIFY(!view->resumeAction()->isEnabled());
        QVERIFY(!view->continueAction()->isEnabled()); // green: nothing to go on with
        QTRY_VERIFY(view->fileTreeModel()->rowCount() > 0);
        QTest::qWait(100);
        QCOMPARE(notified.size(), 0);
        // An attached run's folder is its mirror: not deleted from here.
        QVERIFY(window.selectRun(RunId));
        QVERIFY(!window.deleteRunAction()->isEnabled());
        QVERIFY(window.openFolderAction()->isEnabled());
    }

    void detachLetsTheRunGoAndKeepsItsMirror()
    {
        serve(61);
        MainWindow window;
        prepare(window);
        QVERIFY(!window.detachRunAction()->isEnabled());
        window.attachToRun(m_server->url(), Token);
        QTRY_VERIFY_WITH_TIMEOUT(attachedAndConnected(window), 10000);
        QTRY_COMPARE(m_server->clientCount(RunId), 1);
        QVERIFY(window.selectRun(RunId));
        QVERIFY(window.detachRunAction()->isEnabled());
        const QString mirror = window.attachedRuns()->run(RunId)->runDir();

        window.detachRunAction()->trigger();
        QVERIFY(!window.attachedRuns()->contains(RunId));
        QCOMPARE(window.runsModel()->rowOf(RunId), -1); // its state here would be a guess
        QVERIFY(window.runView()->runId().isEmpty());
        QTRY_COMPARE(m_server->clientCount(RunId), 0);
        QVERIFY(QFileInfo::exists(mirror + QStringLiteral("/events.jsonl")));

        // Attaching again continues the mirror: every event once, in the mirror and the view.
        goOn(61, 81);
        window.attachToRun(m_server->url(), Token);
        QTRY_VERIFY_WITH_TIMEOUT(attachedAndConnected(window), 10000);
        QList<qint64> expected;
        for (qint64 s = 1; s <= 81; ++s)
            expected.append(s);
        QTRY_COMPARE(seqsOf(mirror + QStringLiteral("/events.jsonl")), expected);
        RunView replayed;
        replayed.setRunDirectory(m_served);
        QCOMPARE(replayed.replayFile(m_served + QStringLiteral("/events.jsonl")), 81);
        const RunView *view = window.runView();
        QTRY_COMPARE(view->logModel()->rowCount(), replayed.logModel()->rowCount());
        QCOMPARE(view->activityModel()->rowCount(), replayed.activityModel()->rowCount());
        QCOMPARE(view->summary().costUsd, replayed.summary().costUsd);
        QCOMPARE(window.runsModel()->rowAt(window.runsModel()->rowOf(RunId)).iteration,
                 replayed.summary().iteration);
    }

    void stopAndContinueGoThroughTheFeed()
    {
        serve(61);
        MainWindow window;
        prepare(window);
        QSignalSpy stops(m_server.get(), &Feed::FeedServer::stopRequested);
        QSignalSpy guidance(m_server.get(), &Feed::FeedServer::guidanceReceived);
        window.attachToRun(m_server->url(), Token);
        QTRY_VERIFY_WITH_TIMEOUT(attachedAndConnected(window), 10000);
        RunView *view = window.runView();
        QTRY_VERIFY(view->stopAction()->isEnabled());

        // Stop, as a person does: the action, then the question's Stop.
        view->stopAction()->trigger();
        QMessageBox *question = view->stopDialog();
        QVERIFY(question);
        QAbstractButton *stop = nullptr;
        for (QAbstractButton *b : question->buttons()) {
            if (b->text() == QStringLiteral("&Stop"))
                stop = b;
        }
        QVERIFY(stop);
        QCOMPARE(question->buttons().size(), 2); // Stop, Cancel: the feed has no stop modes
        stop->click();
        QTRY_COMPARE(stops.size(), 1);
        QCOMPARE(stops.at(0).at(0).toString(), RunId);
        // Named after the person and the machine that steer, as the journal will say.
        QCOMPARE(stops.at(0).at(1).toString(),
                 QStringLiteral("feed:") + qEnvironmentVariable("USER")
                     + (qEnvironmentVariableIsEmpty("USER") ? QString() : QStringLiteral("@"))
                     + QSysInfo::machineHostName());

        // The run stops there (its engine journals that); then Continue with Guidance.
        QVERIFY(appendLines(
            m_served + QStringLiteral("/events.jsonl"),
            { QByteArray("{\"v\":1,\"run\":\"") + RunId.toLatin1()
              + "\",\"seq\":62,\"ts\":\"2026-01-26T09:15:48.000Z\",\"kind\":\"run.finished\","
                "\"data\":{\"outcome\":\"stopped\",\"message\":\"Stopped\",\"iterations\":1,"
                "\"costUsd\":0.3}}" }));
        m_server->journalAppended(RunId);
        QTRY_VERIFY(view->isFinished());
        QTRY_VERIFY(view->continueAction()->isEnabled());
        QVERIFY(!view->resumeAction()->isEnabled());
        view->continueAction()->trigger();
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = view->findChild<QInputDialog *>()));
        ask->setTextValue(QStringLiteral("Keep list() returning copies."));
        ask->accept();
        QTRY_COMPARE(guidance.size(), 1);
        QCOMPARE(guidance.at(0).at(0).toString(), RunId);
        QCOMPARE(guidance.at(0).at(1).toString(), QStringLiteral("Keep list() returning copies."));
    }

    void readOnlyTokenCannotStop()
    {
        serve(61);
        MainWindow window;
        prepare(window);
        QSignalSpy stops(m_server.get(), &Feed::FeedServer::stopRequested);
        window.attachToRun(m_server->url(), "read-only-token-for-tests");
        QTRY_VERIFY_WITH_TIMEOUT(attachedAndConnected(window), 10000);
        QTRY_VERIFY(window.runView()->activityModel()->rowCount() > 0);
        Q_EMIT window.runView()->stopRequested(RunId, Run::RunController::StopMode::KillSandbox);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()));
        QVERIFY2(box->text().contains(QStringLiteral("read-only")), qPrintable(box->text()));
        box->close();
        QTest::qWait(100);
        QCOMPARE(stops.size(), 0);
    }

    void lostConnectionShowsAndRecovers()
    {
        serve(61);
        MainWindow window;
        prepare(window);
        window.attachToRun(m_server->url(), Token);
        QTRY_VERIFY_WITH_TIMEOUT(attachedAndConnected(window), 10000);
        RunView *view = window.runView();
        const QString mirror = window.attachedRuns()->run(RunId)->runDir();
        QTRY_COMPARE(seqsOf(mirror + QStringLiteral("/events.jsonl")).size(), 61);

        // The serving side goes away: shown as lost, and still live.
        const quint16 port = m_server->port();
        m_server->close();
        QTRY_VERIFY2(view->connectionLabel()->text().contains(QStringLiteral("reconnecting")),
                     qPrintable(view->connectionLabel()->text()));
        QVERIFY(window.attachedRuns()->hasConnectionProblem(RunId));
        RunListModel *runs = window.runsModel();
        const QModelIndex status = runs->index(runs->rowOf(RunId), RunListModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Running \u00b7 connection lost"));
        QVERIFY(runs->index(status.row(), RunListModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("reconnecting")));
        QVERIFY(view->isLive());
        QCOMPARE(view->statusText(), QStringLiteral("Running"));

        // Meanwhile the run went on; the server comes back on the same port.
        m_server.reset();
        QVERIFY(appendLines(m_served + QStringLiteral("/events.jsonl"), m_lines.mid(61, 20)));
        startServer(port);
        QTRY_VERIFY_WITH_TIMEOUT(
            view->connectionLabel()->text().startsWith(QStringLiteral("Attached to")), 10000);
        QVERIFY(!window.attachedRuns()->hasConnectionProblem(RunId));
        QCOMPARE(status.data().toString(), QStringLiteral("Running \u00b7 attached"));
        goOn(81, 106);

        // Every event once: in the mirror, and in the view (as a replay of the served journal).
        QList<qint64> expected;
        for (qint64 s = 1; s <= 106; ++s)
            expected.append(s);
        QTRY_COMPARE(seqsOf(mirror + QStringLiteral("/events.jsonl")), expected);
        RunView replayed;
        replayed.setRunDirectory(m_served);
        QCOMPARE(replayed.replayFile(m_served + QStringLiteral("/events.jsonl")), 106);
        QTRY_COMPARE(view->logModel()->rowCount(), replayed.logModel()->rowCount());
        QCOMPARE(view->activityModel()->rowCount(), replayed.activityModel()->rowCount());
        QCOMPARE(view->testResultsModel()->rowCount(), replayed.testResultsModel()->rowCount());
        QCOMPARE(view->summary().costUsd, replayed.summary().costUsd);
    }

    void refusedTokenAsksAgain()
    {
        serve(61);
        MainWindow window;
        prepare(window);
        window.attachToRun(m_server->url(), "not-the-token");
        QTRY_VERIFY_WITH_TIMEOUT(window.attachDialog() && window.attachDialog()->isVisible(),
                                 10000);
        AttachDialog *dialog = window.attachDialog();
        QVERIFY(dialog->noteLabel()->isVisible());
        QVERIFY2(
            dialog->noteLabel()->text().contains(QStringLiteral("Not attached to ws://127.0.0.1")),
            qPrintable(dialog->noteLabel()->text()));
        QVERIFY(!dialog->noteLabel()->text().contains(QStringLiteral("not-the-token")));
        QCOMPARE(dialog->url(), m_server->url());
        QVERIFY(dialog->tokenEdit()->text().isEmpty());
        QVERIFY(dialog->tokenEdit()->hasFocus());
        QCOMPARE(window.runsModel()->rowOf(RunId), -1);
        QVERIFY(window.attachedRuns()->ids().isEmpty());

        // The right token this time.
        QTest::keyClicks(dialog->tokenEdit(), QString::fromLatin1(Token));
        QTest::keyClick(dialog->tokenEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(attachedAndConnected(window), 10000);
        QTRY_VERIFY(window.runsModel()->rowOf(RunId) >= 0);
    }
};

QTEST_MAIN(TestAttach)
#include "tst_attach.moc"
