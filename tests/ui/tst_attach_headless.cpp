// The desktop app attaches to a real headless run and stops it: `autocoder run
// --serve-events 127.0.0.1:0` (tests/run/autocoder-headless-driver) with the real sandbox
// server, the real `claude` CLI from the prepared template and the scripted fake Anthropic
// API; the window attaches through File → Attach to Run…, follows the run, and stops it while
// its agent turn runs. Set AUTOCODER_SCREENSHOT_DIR to keep pictures of the window.
#include "fakeanthropicscenario.h"
#include "fakeanthropicserver.h"

#include "guitesthome.h"

#include "attach/attachdialog.h"
#include "attach/attachedruns.h"
#include "feed/attachedrun.h"
#include "feed/feedprotocol.h"
#include "mainwindow.h"
#include "models/activitymodel.h"
#include "models/filetreemodel.h"
#include "models/logmodel.h"
#include "models/runlistmodel.h"
#include "runnotifier.h"
#include "runview/runview.h"

#include "run/localsandboxserver.h"
#include "run/runevents.h"
#include "run/runjournal.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

const QString kDriver = QStringLiteral(AUTOCODER_BINARY_DIR "/tests/run/autocoder-headless-driver");
const QString kKey = QStringLiteral("fake-ant-api03-FAKE-attach-headless-0123456789");
const char kRunData[] = AUTOCODER_TEST_DATA_DIR "/../run/data/e2e/";
const int ExitNotGreen = 1; // app/autocoder/cli/headlesscli.h: stopped, or a limit

QString dataFile(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A journal's events as JSON objects, a snapshot's archive path left out (a mirror keeps its
/// own copy of each archive, so that path is the one thing that differs).
QList<QJsonObject> withoutArchivePaths(const QString &eventsPath)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : readFile(eventsPath).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("kind")) == QLatin1String(Run::EventKind::FilesSnapshot)) {
            QJsonObject data = o.value(QStringLiteral("data")).toObject();
            data.remove(QStringLiteral("archive"));
            o.insert(QStringLiteral("data"), data);
        }
        out.append(o);
    }
    return out;
}

/// The agent has begun the long command of the scenario (its turn is busy for 40 s).
bool agentIsWaiting(const QString &eventsPath)
{
    bool waiting = false;
    const auto read = Run::RunJournal::forEachEvent(eventsPath, [&waiting](const Run::RunEvent &e) {
        if (e.kind == Run::EventKind::AgentToolUse
            && QJsonDocument(e.data).toJson().contains("sleep 40.3"))
            waiting = true;
    });
    Q_UNUSED(read)
    return waiting;
}

/// Everything the window shows as text: labels, tool tips, titles, edits, the run list.
QStringList shownTexts(MainWindow &window)
{
    QStringList texts { window.windowTitle(), window.statusBar()->currentMessage() };
    for (QWidget *w : window.findChildren<QWidget *>()) {
        texts << w->toolTip() << w->windowTitle() << w->statusTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text();
    }
    RunListModel *runs = window.runsModel();
    for (int r = 0; r < runs->rowCount(); ++r) {
        for (int c = 0; c < runs->columnCount(); ++c) {
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                texts << runs->index(r, c).data(role).toString();
        }
    }
    return texts;
}

/// Keeps a picture of @p window in $AUTOCODER_SCREENSHOT_DIR, when that is set.
void grabInto(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("AUTOCODER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestAttachHeadless : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_driver;

    QString sandboxdDir() const { return m_home.filePath(QStringLiteral("sandboxd")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString skip = Ui::Testing::useTemporaryHome(m_home);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QSettings().clear();
    }

    void attachesToAHeadlessRunAndStopsIt()
    {
        QString error;
        Autocoder::Testing::FakeAnthropicServer fake(
            Autocoder::Testing::FakeAnthropicScenario::fromFile(
                dataFile(QStringLiteral("attach-headless-stop.json")), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        fake.setExpectedApiKey(kKey);
        QVERIFY(fake.listen());

        // The token the run serves with, chosen here: it must show nowhere.
        const QByteArray token = Feed::generateToken();
        QVERIFY(token.size() >= 40);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), kKey);
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), fake.baseUrl());
        env.insert(QString::fromLatin1(Feed::TokenEnvironmentVariable), QString::fromLatin1(token));
        env.remove(QString::fromLatin1(Feed::ReadOnlyTokenEnvironmentVariable));
        env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"), sandboxdDir());
        const QString out = m_home.filePath(QStringLiteral("headless-out"));
        const QString runs = m_home.filePath(QStringLiteral("headless-runs"));

        m_driver = std::make_unique<QProcess>();
        QProcess &driver = *m_driver;
        driver.setProcessEnvironment(env);
        QByteArray stdoutBytes;
        QByteArray stderrBytes;
        QObject reading; // the two connections below end with this function
        connect(&driver, &QProcess::readyReadStandardOutput, &reading,
                [&]() { stdoutBytes += driver.readAllStandardOutput(); });
        connect(&driver, &QProcess::readyReadStandardError, &reading,
                [&]() { stderrBytes += driver.readAllStandardError(); });
        QSignalSpy ended(&driver, &QProcess::finished);
        driver.start(kDriver,
                     { QStringLiteral("run"), QStringLiteral("--spec"),
                       QString::fromLatin1(kRunData) + QStringLiteral("sum-spec.json"),
                       QStringLiteral("--out"), out, QStringLiteral("--runs-dir"), runs,
                       QStringLiteral("--serve-events"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--json") });
        QVERIFY(driver.waitForStarted());

        // The URL, on a line of its own on stderr.
        static const QRegularExpression urlLine(
            QStringLiteral("(?:^|\\n)(ws://127\\.0\\.0\\.1:(\\d+)/)\\n"));
        QRegularExpressionMatch url;
        QTRY_VERIFY2_WITH_TIMEOUT((url = urlLine.match(QString::fromUtf8(stderrBytes))).hasMatch()
                                      || !ended.isEmpty(),
                                  stderrBytes.constData(), 60000);
        QVERIFY2(ended.isEmpty(), stderrBytes.constData());
        const QString port = url.captured(2);
        const QStringList ids = QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(ids.size(), 1);
        const QString runId = ids.first();
        const QString runDir = runs + QLatin1Char('/') + runId;
        const QString journal = runDir + QLatin1Char('/') + Run::RunJournal::eventsFileName();

        // The window attaches as a person does: File → Attach to Run…, URL and token.
        MainWindow window;
        window.setRunsRoot(m_home.filePath(QStringLiteral("runs")));
        window.attachedRuns()->setMirrorRoot(m_home.filePath(QStringLiteral("attached")));
        window.notifier()->setUseTray(false);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.attachAction()->trigger();
        AttachDialog *dialog = window.attachDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->urlEdit()->setText(url.captured(1));
        dialog->tokenEdit()->setText(QString::fromLatin1(token));
        dialog->attachButton()->click();
        QTRY_VERIFY(!window.attachDialog());
        QTRY_VERIFY_WITH_TIMEOUT(window.attachedRuns()->run(runId)
                                     && window.attachedRuns()->run(runId)->connectionState()
                                         == Feed::FeedClient::State::Connected
                                     && window.runView()->runId() == runId,
                                 15000);
        RunView *view = window.runView();
        const QString mirror = window.attachedRuns()->run(runId)->runDir();
        QVERIFY(mirror.startsWith(m_home.filePath(QStringLiteral("attached"))));
        const QString mirrored = mirror + QLatin1Char('/') + Run::RunJournal::eventsFileName();

        // The agent's long command has begun, and the window has caught up with it.
        QTRY_VERIFY2_WITH_TIMEOUT(agentIsWaiting(journal) || !ended.isEmpty(),
                                  stderrBytes.constData(), 180000);
        QVERIFY2(ended.isEmpty(), stderrBytes.constData());
        QTRY_VERIFY_WITH_TIMEOUT(agentIsWaiting(mirrored), 15000);

        // Shown like a local run: listed, live, its events in the view, where it is served.
        QVERIFY(window.runsModel()->rowOf(runId) >= 0);
        QCOMPARE(window.runsModel()->rowAt(window.runsModel()->rowOf(runId)).name,
                 QStringLiteral("sum-lib"));
        QTRY_VERIFY(view->activityModel()->rowCount() > 0);
        QTRY_VERIFY(view->logModel()->rowCount() > 0);
        QVERIFY(view->isLive());
        QVERIFY(!view->isFinished());
        QVERIFY(view->stopAction()->isEnabled());
        QVERIFY(view->connectionLabel()->isVisible());
        QVERIFY2(view->connectionLabel()->text().contains(
                     QStringLiteral("Attached to ws://127.0.0.1:%1/").arg(port)),
                 qPrintable(view->connectionLabel()->text()));
        grabInto(window, QStringLiteral("attach-headless-1-attached"));

        // Stop, while the agent's turn runs: the action, then the question's Stop.
        view->stopAction()->trigger();
        QMessageBox *question = view->stopDialog();
        QVERIFY(question);
        QAbstractButton *stop = nullptr;
        for (QAbstractButton *b : question->buttons()) {
            if (b->text() == QStringLiteral("&Stop"))
                stop = b;
        }
        QVERIFY(stop);
        stop->click();

        // The headless run ends stopped and says how to go on.
        QTRY_VERIFY2_WITH_TIMEOUT(!ended.isEmpty(), stderrBytes.constData(), 120000);
        QVERIFY2(driver.exitStatus() == QProcess::NormalExit && driver.exitCode() == ExitNotGreen,
                 (stderrBytes + stdoutBytes.right(2000)).constData());
        QVERIFY2(stderrBytes.contains("To go on: autocoder resume " + runId.toUtf8()),
                 stderrBytes.constData());
        QVERIFY(fake.turnsStarted() == 1); // stopped in its one agent turn, not after it

        // Its journal: the stop, from the window's feed, and the end.
        const QList<Run::RunEvent> events = Run::RunJournal::readEvents(runDir);
        QList<Run::StopRequested> stops;
        for (const Run::RunEvent &e : events) {
            if (const auto p = e.payload<Run::StopRequested>())
                stops.append(*p);
        }
        QCOMPARE(stops.size(), 1);
        QVERIFY2(stops.first().source.startsWith(QStringLiteral("feed:")),
                 qPrintable(stops.first().source));
        QVERIFY(!events.isEmpty());
        const auto finished = events.last().payload<Run::RunFinished>();
        QVERIFY(finished);
        QCOMPARE(finished->outcome, Run::RunOutcome::Stopped);
        int lastSnapshot = 0;
        for (const Run::RunEvent &e : events) {
            if (e.kind == Run::EventKind::FilesSnapshot)
                lastSnapshot = e.iteration();
        }
        QCOMPARE(lastSnapshot, 1); // the files of the stopped iteration were kept

        // The window: stopped, no longer live, nothing left to stop.
        QTRY_VERIFY_WITH_TIMEOUT(view->isFinished(), 15000);
        QCOMPARE(view->outcome(), QStringLiteral("stopped"));
        // (isLive() stays as it was, for local runs too: a finished run is shown as ended.)
        QVERIFY2(view->statusText() != QStringLiteral("Running"), qPrintable(view->statusText()));
        QVERIFY(!view->stopAction()->isEnabled());
        // The headless command has saved and gone with its feed: nothing here can go on.
        QTRY_VERIFY_WITH_TIMEOUT(!view->continueAction()->isEnabled(), 15000);
        QVERIFY(view->continueAction()->toolTip().contains(QStringLiteral("feed has closed")));
        // ... and the status line no longer offers it.
        QVERIFY2(!view->currentLabel()->text().contains(QStringLiteral("Continue")),
                 qPrintable(view->currentLabel()->text()));
        const Run::RunSummary &listed = window.runsModel()->rowAt(window.runsModel()->rowOf(runId));
        QVERIFY(listed.isFinished());
        QCOMPARE(listed.outcomeName(), QStringLiteral("stopped"));
        const QString status =
            window.runsModel()
                ->index(window.runsModel()->rowOf(runId), RunListModel::StatusColumn)
                .data()
                .toString();
        QVERIFY2(!status.startsWith(QStringLiteral("Running")), qPrintable(status));

        // The mirror holds the run's events (its own archive paths) and its last snapshot.
        const QList<QJsonObject> served = withoutArchivePaths(journal);
        QTRY_COMPARE_WITH_TIMEOUT(withoutArchivePaths(mirrored).size(), served.size(), 15000);
        QCOMPARE(withoutArchivePaths(mirrored), served);
        const QString archive =
            mirror + QStringLiteral("/snapshots/iter-%1.tar.gz").arg(lastSnapshot);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(archive), 15000);
        QCOMPARE(QFileInfo(archive).size(),
                 QFileInfo(runDir + QStringLiteral("/snapshots/iter-%1.tar.gz").arg(lastSnapshot))
                     .size());
        // ... and the Files tab lists what the stopped iteration wrote.
        QTRY_COMPARE(view->fileTreeModel()->shownIteration(), lastSnapshot);
        QTRY_VERIFY(view->fileTreeModel()->indexForPath(QStringLiteral("src/sum.ts")).isValid());
        QVERIFY(view->fileTreeModel()->archivePath().startsWith(mirror));
        grabInto(window, QStringLiteral("attach-headless-2-stopped"));
        for (int i = 0; i < view->tabs()->count(); ++i) {
            if (view->tabs()->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Files"))
                view->tabs()->setCurrentIndex(i);
        }
        grabInto(window, QStringLiteral("attach-headless-3-files"));

        // The token shows nowhere: not in the window, its settings, the mirror, the output.
        const QString tokenText = QString::fromLatin1(token);
        for (const QString &text : shownTexts(window))
            QVERIFY2(!text.contains(tokenText), qPrintable(text));
        QSettings().sync();
        QVERIFY(!readFile(QSettings().fileName()).contains(token));
        QDirIterator it(mirror, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!readFile(path).contains(token), qPrintable(path));
        }
        QVERIFY(!stderrBytes.contains(token));
        QVERIFY(!stdoutBytes.contains(token));
    }

    void cleanupTestCase()
    {
        // A run left behind by a failure: stopped as a person would (Ctrl+C), then killed.
        if (m_driver && m_driver->state() != QProcess::NotRunning) {
            m_driver->terminate();
            if (!m_driver->waitForFinished(30000)) {
                m_driver->kill();
                m_driver->waitForFinished(5000);
            }
        }
        m_driver.reset();
        // The detached sandbox server the run started outlives it; its folder is about to go.
        if (m_home.isValid() && QFile::exists(sandboxdDir()))
            QVERIFY(Run::LocalSandboxServer::shutdownServer(sandboxdDir(), 15000));
        if (m_home.isValid() && QFile::exists(Run::LocalSandboxServer::defaultDataDir()))
            QVERIFY(Run::LocalSandboxServer::shutdownServer(
                Run::LocalSandboxServer::defaultDataDir(), 15000));
    }
};

QTEST_MAIN(TestAttachHeadless)
#include "tst_attach_headless.moc"
