// `autocoder run --serve-events`: a headless run watched and steered over its event feed by
// real WebSocket clients, with the real sandbox server, the real `claude` CLI from the
// prepared template and the fake Anthropic API.
#include "fakeanthropicserver.h"
#include "skip.h"

#include "headlesscli.h"

#include "feed/feedprotocol.h"
#include "run/localsandboxserver.h"
#include "run/runevents.h"
#include "run/runjournal.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <sys/stat.h>

using namespace Autocoder::Run;
using namespace Autocoder::Cli;
namespace Feed = Autocoder::Feed;

namespace {

const QString kDriver = QStringLiteral(AUTOCODER_BINARY_DIR "/tests/run/autocoder-headless-driver");
const QString kKey = QStringLiteral("fake-ant-api03-FAKE-feed-1234567890");
const QString kMarker = QStringLiteral("Use plus, not minus (GUIDANCE-MARKER-42).");

QString dataPath(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

/// One watcher: every text frame it got, events (with `kind`) apart from control messages.
class Watcher : public QObject
{
public:
    explicit Watcher(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.contains(QStringLiteral("kind")))
                events.append(text.toUtf8());
            else
                controls.append(o);
        });
        connect(&socket, &QWebSocket::disconnected, this, [this]() {
            closeCode = int(socket.closeCode());
            closed = true;
        });
    }
    void open(const QUrl &url, const QByteArray &bearer = QByteArray())
    {
        QNetworkRequest request(url);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        socket.open(request);
    }
    void send(const QJsonObject &o)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    QList<RunEvent> parsed() const
    {
        QList<RunEvent> out;
        for (const QByteArray &line : events)
            out.append(RunEvent::fromJsonLine(line).valueOr(RunEvent()));
        return out;
    }
    bool has(const std::function<bool(const RunEvent &)> &match) const
    {
        const QList<RunEvent> all = parsed();
        return std::any_of(all.cbegin(), all.cend(), match);
    }

    QWebSocket socket;
    QList<QByteArray> events;
    QList<QJsonObject> controls;
    bool closed = false;
    int closeCode = -1;
};

/// The status line of a WebSocket handshake to @p url with @p query (e.g. a wrong token).
QByteArray handshakeStatus(quint16 port, const QByteArray &pathAndQuery,
                           const QByteArray &extraHeaders = QByteArray())
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return "no connection";
    s.write("GET " + pathAndQuery
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + extraHeaders + "\r\n");
    QByteArray reply;
    while (!reply.contains("\r\n") && s.waitForReadyRead(5000))
        reply += s.readAll();
    return reply.left(reply.indexOf("\r\n"));
}

/// The URL line the command prints on stderr: the whole URL, and the port.
const QRegularExpression &urlLine()
{
    static const QRegularExpression line(
        QStringLiteral("(?:^|\\n)(ws://127\\.0\\.0\\.1:(\\d+)/)\\n"));
    return line;
}

bool isAgentToolUse(const RunEvent &e, int iteration, const char *needle)
{
    return e.kind == EventKind::AgentToolUse && e.iteration() == iteration
        && QJsonDocument(e.data).toJson().contains(needle);
}

} // namespace

class HeadlessFeedTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badServeOptionsExitWithTwo();
    void e2eWatchedGuidedAndStopped();
    void e2eResumeServesWithTheGivenToken();
    void cleanupTestCase();

private:
    QProcessEnvironment baseEnv() const;
    QProcessEnvironment sandboxEnv(const QString &anthropicUrl) const;
    QTemporaryDir m_dir;
    QString m_runs; ///< the stopped run of e2eWatchedGuidedAndStopped, for the resume
    QString m_runId;
};

QProcessEnvironment HeadlessFeedTest::baseEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), kKey);
    env.remove(QStringLiteral("ANTHROPIC_BASE_URL"));
    env.remove(QString::fromLatin1(Feed::TokenEnvironmentVariable));
    env.remove(QString::fromLatin1(Feed::ReadOnlyTokenEnvironmentVariable));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    return env;
}

QProcessEnvironment HeadlessFeedTest::sandboxEnv(const QString &anthropicUrl) const
{
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), anthropicUrl);
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD"),
               QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd"));
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"),
               m_dir.filePath(QStringLiteral("sandboxd")));
    return env;
}

void HeadlessFeedTest::badServeOptionsExitWithTwo()
{
    // A port someone holds, a public address without the flag, equal tokens: refused before
    // any sandbox, with exit code 2 and words that say why.
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost));
    const QString spec = dataPath(QStringLiteral("e2e/sum-spec.json"));
    struct Case
    {
        QStringList serve;
        QByteArray token;
        QByteArray readOnly;
        QByteArray says;
    };
    const QList<Case> cases {
        { { QStringLiteral("--serve-events"), QString::number(holder.serverPort()) },
          {},
          {},
          "Cannot serve events on" },
        { { QStringLiteral("--serve-events"), QStringLiteral("0.0.0.0:0") },
          {},
          {},
          "--serve-events-public" },
        { { QStringLiteral("--serve-events-public") }, {}, {}, "--serve-events" },
        { { QStringLiteral("--serve-events"), QStringLiteral("localhost:http") },
          {},
          {},
          "not a port" },
        { { QStringLiteral("--serve-events"), QStringLiteral("0") },
          "same-token",
          "same-token",
          "must differ" },
    };
    for (const Case &c : cases) {
        QProcessEnvironment env = baseEnv();
        // Nothing may start: a sandbox server that is not there would fail differently.
        env.insert(QStringLiteral("AUTOCODER_SANDBOXD"), QStringLiteral("/nonexistent"));
        if (!c.token.isEmpty())
            env.insert(QString::fromLatin1(Feed::TokenEnvironmentVariable),
                       QString::fromLatin1(c.token));
        if (!c.readOnly.isEmpty())
            env.insert(QString::fromLatin1(Feed::ReadOnlyTokenEnvironmentVariable),
                       QString::fromLatin1(c.readOnly));
        QProcess p;
        p.setProcessEnvironment(env);
        const QString runs = m_dir.filePath(QStringLiteral("bad-runs"));
        p.start(kDriver,
                QStringList { QStringLiteral("run"), QStringLiteral("--spec"), spec,
                              QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad-out")),
                              QStringLiteral("--runs-dir"), runs }
                    + c.serve);
        QVERIFY(p.waitForFinished(15000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == int(ExitBadInput), err.constData());
        QVERIFY2(err.contains(c.says), err.constData());
        QVERIFY(!err.contains("same-token"));
        QVERIFY(QDir(runs).isEmpty()); // no run was started
    }
}

void HeadlessFeedTest::e2eWatchedGuidedAndStopped()
{
    const QString templates = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    if (!QFile::exists(templates + QStringLiteral("/claude/.ready")))
        AUTOCODER_SKIP("the 'claude' sandbox template is not prepared (run the set-up script)");
    // Iteration 1's agent thinks for 5 s (guidance arrives then), writes a - b: red.
    // Iteration 2's agent waits for 45 s: the stop arrives then.
    QString error;
    Autocoder::Testing::FakeAnthropicServer fake(
        Autocoder::Testing::FakeAnthropicScenario::fromFile(
            dataPath(QStringLiteral("e2e/g-watched-and-steered.json")), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    fake.setExpectedApiKey(kKey);
    QVERIFY(fake.listen());
    const QProcessEnvironment env = sandboxEnv(fake.baseUrl());
    const QString out = m_dir.filePath(QStringLiteral("watched-out"));
    const QString runs = m_dir.filePath(QStringLiteral("watched-runs"));

    QProcess driver;
    driver.setProcessEnvironment(env);
    QByteArray stdoutBytes;
    QByteArray stderrBytes;
    connect(&driver, &QProcess::readyReadStandardOutput, this,
            [&]() { stdoutBytes += driver.readAllStandardOutput(); });
    connect(&driver, &QProcess::readyReadStandardError, this,
            [&]() { stderrBytes += driver.readAllStandardError(); });
    QSignalSpy ended(&driver, &QProcess::finished);
    driver.start(kDriver,
                 { QStringLiteral("run"), QStringLiteral("--spec"),
                   dataPath(QStringLiteral("e2e/sum-spec.json")), QStringLiteral("--out"), out,
                   QStringLiteral("--json"), QStringLiteral("--runs-dir"), runs,
                   QStringLiteral("--serve-events"), QStringLiteral("127.0.0.1:0") });
    QVERIFY(driver.waitForStarted());

    // The URL, on a line of its own, tells the port.
    QRegularExpressionMatch url;
    QTRY_VERIFY2_WITH_TIMEOUT((url = urlLine().match(QString::fromUtf8(stderrBytes))).hasMatch()
                                  || !ended.isEmpty(),
                              stderrBytes.constData(), 60000);
    QVERIFY2(ended.isEmpty(), stderrBytes.constData());
    const quint16 port = quint16(url.captured(2).toUInt());
    QVERIFY(port > 0);
    const QStringList ids = QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(ids.size(), 1);
    const QString runDir = runs + QLatin1Char('/') + ids.first();

    // The tokens: files only their owner can read, named on stderr, never shown.
    QByteArray tokens[2];
    const QString files[2] = { runDir + QLatin1Char('/') + Feed::TokenFileName,
                               runDir + QLatin1Char('/') + Feed::ReadOnlyTokenFileName };
    for (int i = 0; i < 2; ++i) {
        struct stat st = {};
        QCOMPARE(::lstat(QFile::encodeName(files[i]).constData(), &st), 0);
        QVERIFY(S_ISREG(st.st_mode));
        QCOMPARE(int(st.st_mode & 07777), 0600);
        QFile f(files[i]);
        QVERIFY(f.open(QIODevice::ReadOnly));
        tokens[i] = f.readAll().trimmed();
        QVERIFY(tokens[i].size() >= 40);
        QVERIFY2(stderrBytes.contains(files[i].toUtf8()), stderrBytes.constData());
    }
    const QByteArray token = tokens[0];
    const QByteArray readOnlyToken = tokens[1];
    QVERIFY(token != readOnlyToken);

    // No token, a wrong one, or a run that is not this one: refused at the handshake.
    QCOMPARE(handshakeStatus(port, "/"), QByteArray("HTTP/1.1 401 Unauthorized"));
    QCOMPARE(handshakeStatus(port, "/?token=" + token.left(token.size() - 1) + "x"),
             QByteArray("HTTP/1.1 401 Unauthorized"));
    QCOMPARE(handshakeStatus(port, "/", "Authorization: Bearer not-the-token\r\n"),
             QByteArray("HTTP/1.1 401 Unauthorized"));
    QVERIFY(handshakeStatus(port, "/runs/not-this-run?token=" + token).contains(" 404 "));

    // A watcher from the start (bearer header), and one with the read-only token that tries
    // to stop the run.
    Watcher early;
    early.open(QUrl(url.captured(1) + QStringLiteral("?client=laptop")), token);
    Watcher reader;
    reader.open(QUrl(url.captured(1) + QStringLiteral("?client=reader&token=")
                     + QString::fromLatin1(readOnlyToken)));
    QTRY_VERIFY_WITH_TIMEOUT(early.socket.state() == QAbstractSocket::ConnectedState
                                 && reader.socket.state() == QAbstractSocket::ConnectedState,
                             10000);
    reader.send({ { QStringLiteral("type"), QStringLiteral("stop") } });
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(reader.controls.cbegin(), reader.controls.cend(),
                                         [](const QJsonObject &o) {
                                             return o.value(QStringLiteral("type"))
                                                 == QLatin1String("error");
                                         }),
                             10000);

    // Guidance while iteration 1's agent thinks: it goes to iteration 2's turn.
    QTRY_VERIFY_WITH_TIMEOUT(early.has([](const RunEvent &e) {
        return isAgentToolUse(e, 1, "sleep 5.1");
    }) || !ended.isEmpty(),
                             180000);
    QVERIFY2(ended.isEmpty(), stderrBytes.constData());
    early.send({ { QStringLiteral("type"), QStringLiteral("guidance") },
                 { QStringLiteral("text"), kMarker } });

    // Iteration 2's agent waits: a watcher joins late, catches up, and the first one stops
    // the run.
    QTRY_VERIFY_WITH_TIMEOUT(early.has([](const RunEvent &e) {
        return isAgentToolUse(e, 2, "sleep 45.2");
    }) || !ended.isEmpty(),
                             180000);
    QVERIFY2(ended.isEmpty(), stderrBytes.constData());
    Watcher late;
    late.open(
        QUrl(url.captured(1) + QStringLiteral("?client=late&token=") + QString::fromLatin1(token)));
    QTRY_VERIFY_WITH_TIMEOUT(late.events.size() >= early.events.size(), 15000);
    QCOMPARE(late.events, early.events.mid(0, late.events.size()));
    early.send({ { QStringLiteral("type"), QStringLiteral("stop") } });

    QTRY_VERIFY2_WITH_TIMEOUT(!ended.isEmpty(), stderrBytes.constData(), 60000);
    const int exitCode = driver.exitCode();
    QVERIFY2(exitCode == int(ExitNotGreen), (stderrBytes + stdoutBytes.right(2000)).constData());
    // Every watcher saw the whole run, then a close that says it ended.
    for (Watcher *w : { &early, &late, &reader })
        QTRY_VERIFY_WITH_TIMEOUT(w->closed, 5000);
    QCOMPARE(early.closeCode, Feed::Close::RunEnded);
    QCOMPARE(late.closeCode, Feed::Close::RunEnded);

    // Identical sequences, equal to the journal line for line, byte for byte.
    QFile journalFile(runDir + QLatin1Char('/') + RunJournal::eventsFileName());
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    const QByteArray journalBytes = journalFile.readAll();
    const QList<QByteArray> journal = journalBytes.trimmed().split('\n');
    QCOMPARE(early.events, journal);
    QCOMPARE(late.events, journal);
    QCOMPARE(reader.events, journal);
    // ... and to what --json printed.
    QCOMPARE(stdoutBytes.trimmed().split('\n'), journal);

    // Stopped, with who asked; the guidance with whose it was, in the next turn's prompt.
    const QList<RunEvent> events = RunJournal::readEvents(runDir);
    QList<StopRequested> stops;
    QList<UserGuidance> guidance;
    for (const RunEvent &e : events) {
        if (const auto p = e.payload<StopRequested>())
            stops.append(*p);
        if (const auto p = e.payload<UserGuidance>())
            guidance.append(*p);
    }
    QCOMPARE(stops.size(), 1); // the read-only watcher's stop was not taken
    QCOMPARE(stops.first().source, QStringLiteral("feed:laptop"));
    QCOMPARE(stops.first().mode, QStringLiteral("kill"));
    QCOMPARE(guidance.size(), 1);
    QCOMPARE(guidance.first().source, QStringLiteral("feed:laptop"));
    QCOMPARE(guidance.first().text, kMarker);
    const auto finished = events.last().payload<RunFinished>();
    QVERIFY(finished);
    QCOMPARE(finished->outcome, RunOutcome::Stopped);
    QCOMPARE(fake.prompts().size(), 2);
    QVERIFY(!fake.prompts().at(0).contains(kMarker));
    QVERIFY2(fake.prompts().at(1).contains(kMarker), qPrintable(fake.prompts().at(1)));

    // The work is kept: a snapshot of the stopped iteration, saved to --out, and the way on.
    QVERIFY(!QDir(runDir + QStringLiteral("/snapshots")).isEmpty());
    QVERIFY(QFile::exists(out + QStringLiteral("/src/sum.ts")));
    QVERIFY2(stderrBytes.contains("To go on: autocoder resume " + ids.first().toUtf8()),
             stderrBytes.constData());
    QVERIFY(stderrBytes.contains("--serve-events 127.0.0.1:0"));

    // The tokens are nowhere but in their files: not printed, journaled or reported.
    for (const QByteArray &t : { token, readOnlyToken }) {
        QVERIFY(!stdoutBytes.contains(t));
        QVERIFY(!stderrBytes.contains(t));
        for (const QString &root : { runDir, out }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path == files[0] || path == files[1])
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(t), qPrintable(path));
            }
        }
    }
    m_runs = runs;
    m_runId = ids.first();
}

void HeadlessFeedTest::e2eResumeServesWithTheGivenToken()
{
    if (m_runId.isEmpty())
        AUTOCODER_SKIP("needs the stopped run of e2eWatchedGuidedAndStopped");
    QString error;
    Autocoder::Testing::FakeAnthropicServer fake(
        Autocoder::Testing::FakeAnthropicScenario::fromFile(
            dataPath(QStringLiteral("e2e/h-resumed-green.json")), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    fake.setExpectedApiKey(kKey);
    QVERIFY(fake.listen());
    QProcessEnvironment env = sandboxEnv(fake.baseUrl());
    const QByteArray given = "a-token-the-person-chose-0123456789";
    env.insert(QString::fromLatin1(Feed::TokenEnvironmentVariable), QString::fromLatin1(given));
    const QString runDir = m_runs + QLatin1Char('/') + m_runId;
    const QString tokenFile = runDir + QLatin1Char('/') + Feed::TokenFileName;
    const QString readOnlyFile = runDir + QLatin1Char('/') + Feed::ReadOnlyTokenFileName;
    const auto contentOf = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    };
    const QByteArray oldToken = contentOf(tokenFile);
    const QByteArray readOnlyToken = contentOf(readOnlyFile);
    QVERIFY(!oldToken.isEmpty() && !readOnlyToken.isEmpty());

    QProcess driver;
    driver.setProcessEnvironment(env);
    QByteArray stdoutBytes;
    QByteArray stderrBytes;
    connect(&driver, &QProcess::readyReadStandardOutput, this,
            [&]() { stdoutBytes += driver.readAllStandardOutput(); });
    connect(&driver, &QProcess::readyReadStandardError, this,
            [&]() { stderrBytes += driver.readAllStandardError(); });
    QSignalSpy ended(&driver, &QProcess::finished);
    const QString out = m_dir.filePath(QStringLiteral("resumed-out"));
    driver.start(kDriver,
                 { QStringLiteral("resume"), m_runId, QStringLiteral("--runs-dir"), m_runs,
                   QStringLiteral("--out"), out, QStringLiteral("--serve-events"),
                   QStringLiteral("0") });
    QVERIFY(driver.waitForStarted());
    QRegularExpressionMatch url;
    QTRY_VERIFY2_WITH_TIMEOUT((url = urlLine().match(QString::fromUtf8(stderrBytes))).hasMatch()
                                  || !ended.isEmpty(),
                              stderrBytes.constData(), 60000);
    QVERIFY2(ended.isEmpty(), stderrBytes.constData());
    QVERIFY2(stderrBytes.contains(Feed::TokenEnvironmentVariable), stderrBytes.constData());

    // The given token, and the run's read-only one kept from before; the old full one no more.
    const quint16 port = quint16(url.captured(2).toUInt());
    QCOMPARE(handshakeStatus(port, "/?token=" + oldToken), QByteArray("HTTP/1.1 401 Unauthorized"));
    Watcher watcher;
    watcher.open(QUrl(url.captured(1)), given);
    Watcher reader;
    reader.open(
        QUrl(url.captured(1) + QStringLiteral("?token=") + QString::fromLatin1(readOnlyToken)));
    QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 180000);
    QVERIFY2(driver.exitCode() == int(ExitGreen), (stderrBytes + stdoutBytes).constData());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.closed && reader.closed, 5000);
    QCOMPARE(watcher.closeCode, Feed::Close::RunEnded);

    // The whole journal, the stopped part and the resumed one, ending green.
    QFile journalFile(runDir + QLatin1Char('/') + RunJournal::eventsFileName());
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> journal = journalFile.readAll().trimmed().split('\n');
    QCOMPARE(watcher.events, journal);
    QCOMPARE(reader.events, journal);
    const auto last = RunEvent::fromJsonLine(journal.last());
    QVERIFY(last);
    QCOMPARE(last->payload<RunFinished>()->outcome, RunOutcome::Green);
    // The given token went nowhere: not into the file, not printed.
    QCOMPARE(contentOf(tokenFile), oldToken);
    QVERIFY(!stderrBytes.contains(given) && !stdoutBytes.contains(given));
    journalFile.seek(0);
    QVERIFY(!journalFile.readAll().contains(given));
    QVERIFY(QFile::exists(out + QStringLiteral("/RUN_REPORT.md")));
    QVERIFY(!contentOf(out + QStringLiteral("/RUN_REPORT.md")).contains(given));
}

void HeadlessFeedTest::cleanupTestCase()
{
    // The detached server the run started outlives the driver; its folder is about to go.
    for (const char *dir : { "sandboxd", "xdg/dev.autocoder.Autocoder/autocoder-sandboxd" })
        QVERIFY(
            LocalSandboxServer::shutdownServer(m_dir.filePath(QString::fromLatin1(dir)), 15000));
}

QTEST_GUILESS_MAIN(HeadlessFeedTest)
#include "tst_headless_feed.moc"
