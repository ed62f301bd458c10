#include "e2b/processstream.h"
#include "e2btestpeer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>

#include <optional>

using namespace Autocoder::E2b;
using namespace Autocoder::E2b::Testing;

namespace {

ProcessStartOptions bash(const QString &script)
{
    ProcessStartOptions o;
    o.cmd = QStringLiteral("/bin/bash");
    o.args = { QStringLiteral("-l"), QStringLiteral("-c"), script };
    return o;
}

/// Collects everything a stream emits, in order.
struct Recorder
{
    explicit Recorder(ProcessStream *s)
    {
        QObject::connect(s, &ProcessStream::started, &ctx, [this](quint32 pid) {
            log << QStringLiteral("start");
            this->pid = pid;
        });
        QObject::connect(s, &ProcessStream::stdoutReceived, &ctx, [this](const QByteArray &d) {
            out += d;
            log << QStringLiteral("stdout");
        });
        QObject::connect(s, &ProcessStream::stderrReceived, &ctx, [this](const QByteArray &d) {
            err += d;
            log << QStringLiteral("stderr");
        });
        QObject::connect(s, &ProcessStream::keepaliveReceived, &ctx, [this] { ++keepalives; });
        QObject::connect(s, &ProcessStream::ended, &ctx, [this](const ProcessExit &e) {
            exit = e;
            log << QStringLiteral("end");
        });
        QObject::connect(s, &ProcessStream::finished, &ctx, [this](const Error &e) {
            error = e;
            ++finishedCount;
            log << QStringLiteral("finished");
        });
    }
    QObject ctx;
    QStringList log;
    quint32 pid = 0;
    QByteArray out;
    QByteArray err;
    int keepalives = 0;
    std::optional<ProcessExit> exit;
    std::optional<Error> error;
    int finishedCount = 0;
};

} // namespace

class TestProcessStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void streamsEventsInOrder();
    void noConnectTimeoutHeaderUnlessAsked();
    void envsAndCwd();
    void killTimeoutEndsWithDeadline();
    void keepalives();
    void userViaBasicAuth();
    void stdinSendAndClose();
    void sendSignalKills();
    void listAndConnectByTag();
    void connectToUnknownProcess();
    void droppedStreamReattachesAndKeepsExitStatus();
    void truncatedFrameReattaches();
    void reattachTooLateReportsNotFound();
    void truncatedFrameWithoutIdentityFails();
    void garbageStreamIsProtocolError();
    void wrongContentTypeIsProtocolError();
    void sandboxGoneOnStart();
    void slowStartHitsHandshakeTimeout();
    void cancelDetachesWithoutKilling();
    void manyConcurrentStreams();
    void slotsMayDeleteTheStream();

private:
    TestPeer m_peer;
    SandboxInfo m_sandbox;
    std::unique_ptr<EnvdClient> m_client;
};

void TestProcessStream::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    QVERIFY2(m_peer.init(&why), qPrintable(why));
    QVERIFY(m_peer.createSandbox(&m_sandbox));
}

void TestProcessStream::init()
{
    if (m_peer.fake) {
        m_peer.fake->keepaliveIntervalMs = 200;
        m_peer.fake->clearLog();
    }
    m_client = std::make_unique<EnvdClient>(m_peer.config, EnvdTarget::fromSandbox(m_sandbox));
}

void TestProcessStream::cleanup()
{
    m_client.reset();
    if (m_peer.fake)
        m_peer.fake->setFault(FakeE2bServer::Fault::None, 0);
}

void TestProcessStream::cleanupTestCase()
{
    m_peer.cleanup();
}

void TestProcessStream::streamsEventsInOrder()
{
    QObject owner;
    ProcessStream *s =
        m_client->startProcess(bash(QStringLiteral("echo hello; echo oops >&2; exit 3")), &owner);
    Recorder r(s);
    QTRY_COMPARE(r.finishedCount, 1);
    QVERIFY2(r.error->isOk(), qPrintable(r.error->toString()));
    QCOMPARE(r.log.first(), QStringLiteral("start"));
    QCOMPARE(r.log.mid(r.log.size() - 2),
             QStringList({ QStringLiteral("end"), QStringLiteral("finished") }));
    QVERIFY(r.pid != 0);
    QCOMPARE(s->pid(), r.pid);
    QCOMPARE(r.out, QByteArray("hello\n"));
    QCOMPARE(r.err, QByteArray("oops\n"));
    QVERIFY(r.exit.has_value());
    QCOMPARE(r.exit->exitCode, 3);
    QVERIFY(r.exit->exited);
    QVERIFY(!r.exit->isSuccess());
    QCOMPARE(s->exit()->exitCode, 3);
}

void TestProcessStream::noConnectTimeoutHeaderUnlessAsked()
{
    REQUIRE_FAKE();
    m_peer.fake->clearLog();
    QObject owner;
    Recorder r(m_client->startProcess(bash(QStringLiteral("true")), &owner));
    QTRY_COMPARE(r.finishedCount, 1);
    const auto reqs = m_peer.fake->requests();
    QCOMPARE(reqs.size(), 1);
    QCOMPARE(reqs[0].path, QStringLiteral("/process.Process/Start"));
    QVERIFY(!reqs[0].headers.contains("connect-timeout-ms"));
    QCOMPARE(reqs[0].headers.value("keepalive-ping-interval"), QByteArray("50"));
    QCOMPARE(reqs[0].headers.value("content-type"), QByteArray("application/connect+json"));
    QVERIFY(!reqs[0].headers.contains("authorization")); // default user
    QCOMPARE(r.exit->exitCode, 0);
}

void TestProcessStream::envsAndCwd()
{
    QObject owner;
    std::optional<Result<bool>> made;
    m_client->makeDir(QStringLiteral("/home/user/work"), &owner,
                      [&](const Result<bool> &r) { made = r; });
    QTRY_VERIFY(made.has_value());
    QVERIFY(made->isOk());
    ProcessStartOptions o = bash(QStringLiteral("echo $GREETING; echo $PWD"));
    o.envs.insert(QStringLiteral("GREETING"), QStringLiteral("hi there"));
    o.cwd = QStringLiteral("/home/user/work");
    Recorder r(m_client->startProcess(o, &owner));
    QTRY_COMPARE(r.finishedCount, 1);
    QVERIFY2(r.error->isOk(), qPrintable(r.error->toString()));
    QCOMPARE(r.out, QByteArray("hi there\n/home/user/work\n"));

    o.cwd = QStringLiteral("/home/user/no-such-dir");
    Recorder bad(m_client->startProcess(o, &owner));
    QTRY_COMPARE(bad.finishedCount, 1);
    QCOMPARE(bad.error->kind, Error::Kind::InvalidArgument);
    QCOMPARE(bad.error->connectCode, QStringLiteral("invalid_argument"));
}

void TestProcessStream::killTimeoutEndsWithDeadline()
{
    QObject owner;
    ProcessStartOptions o = bash(QStringLiteral("sleep 5"));
    o.killTimeout = std::chrono::milliseconds(300);
    QElapsedTimer t;
    t.start();
    Recorder r(m_client->startProcess(o, &owner));
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 4000);
    QVERIFY(t.elapsed() < 4000);
    QCOMPARE(r.error->kind, Error::Kind::Timeout);
    QCOMPARE(r.error->connectCode, QStringLiteral("deadline_exceeded"));
    if (r.exit) { // a real envd may or may not get the end event out first
        QCOMPARE(r.exit->exitCode, -1);
        QVERIFY(!r.exit->exited);
    }
}

void TestProcessStream::keepalives()
{
    QObject owner;
    Recorder r(m_client->startProcess(bash(QStringLiteral("sleep 0.7")), &owner));
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 5000);
    QVERIFY(r.error->isOk());
    if (m_peer.fake)
        QVERIFY(r.keepalives >= 2);
}

void TestProcessStream::userViaBasicAuth()
{
    QObject owner;
    ProcessStartOptions o = bash(QStringLiteral("echo as-root"));
    o.user = QStringLiteral("root");
    Recorder ok(m_client->startProcess(o, &owner));
    QTRY_COMPARE(ok.finishedCount, 1);
    QVERIFY2(ok.error->isOk(), qPrintable(ok.error->toString()));
    if (m_peer.fake)
        QCOMPARE(m_peer.fake->requests().last().headers.value("authorization"),
                 QByteArray("Basic cm9vdDo="));

    o.user = QStringLiteral("mallory");
    Recorder bad(m_client->startProcess(o, &owner));
    QTRY_COMPARE(bad.finishedCount, 1);
    QCOMPARE(bad.error->kind, Error::Kind::Unauthorized);
    QCOMPARE(bad.error->connectCode, QStringLiteral("unauthenticated"));
    QVERIFY(!bad.exit.has_value());
}

void TestProcessStream::stdinSendAndClose()
{
    QObject owner;
    ProcessStartOptions o = bash(QStringLiteral("cat"));
    o.stdinEnabled = true;
    ProcessStream *s = m_client->startProcess(o, &owner);
    Recorder r(s);
    QTRY_VERIFY(r.pid != 0);
    std::optional<Error> sent;
    m_client->sendInput(ProcessSelector::byPid(r.pid), "abc\n", &owner,
                        [&](const Error &e) { sent = e; });
    QTRY_VERIFY(sent.has_value());
    QVERIFY2(sent->isOk(), qPrintable(sent->toString()));
    QTRY_COMPARE(r.out, QByteArray("abc\n"));
    std::optional<Error> closed;
    m_client->closeStdin(ProcessSelector::byPid(r.pid), &owner,
                         [&](const Error &e) { closed = e; });
    QTRY_VERIFY(closed.has_value());
    QVERIFY2(closed->isOk(), qPrintable(closed->toString()));
    QTRY_COMPARE(r.finishedCount, 1);
    QCOMPARE(r.exit->exitCode, 0);
}

void TestProcessStream::sendSignalKills()
{
    QObject owner;
    Recorder r(m_client->startProcess(bash(QStringLiteral("sleep 10")), &owner));
    QTRY_VERIFY(r.pid != 0);
    std::optional<Error> signalled;
    m_client->sendSignal(ProcessSelector::byPid(r.pid), EnvdClient::Signal::Sigkill, &owner,
                         [&](const Error &e) { signalled = e; });
    QTRY_VERIFY(signalled.has_value());
    QVERIFY(signalled->isOk());
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 5000);
    QVERIFY(r.error->isOk());
    QCOMPARE(r.exit->exitCode, -1);
    QCOMPARE(r.exit->status, QStringLiteral("signal: killed"));

    std::optional<Error> again;
    m_client->sendSignal(ProcessSelector::byPid(r.pid), EnvdClient::Signal::Sigkill, &owner,
                         [&](const Error &e) { again = e; });
    QTRY_VERIFY(again.has_value());
    QCOMPARE(again->kind, Error::Kind::NotFound);
}

void TestProcessStream::listAndConnectByTag()
{
    QObject owner;
    ProcessStartOptions o = bash(QStringLiteral("echo a; sleep 0.8; echo b; exit 5"));
    o.tag = QStringLiteral("gate-build-1");
    Recorder first(m_client->startProcess(o, &owner));
    QTRY_VERIFY(first.pid != 0);

    std::optional<Result<QList<ProcessInfo>>> list;
    m_client->listProcesses(&owner, [&](const Result<QList<ProcessInfo>> &r) { list = r; });
    QTRY_VERIFY(list.has_value());
    QVERIFY2(list->isOk(), qPrintable(errorOf(*list).toString()));
    bool found = false;
    for (const auto &p : list->value())
        found =
            found || (p.tag == o.tag && p.pid == first.pid && p.cmd == QStringLiteral("/bin/bash"));
    QVERIFY(found);

    ProcessStream *second = m_client->connectProcess(ProcessSelector::byTag(o.tag), &owner);
    Recorder r(second);
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 5000);
    QVERIFY2(r.error->isOk(), qPrintable(r.error->toString()));
    QCOMPARE(r.pid, first.pid);
    QVERIFY(r.out.contains("b\n"));
    QCOMPARE(r.exit->exitCode, 5);
    QTRY_COMPARE(first.finishedCount, 1);
    QCOMPARE(first.exit->exitCode, 5);
}

void TestProcessStream::connectToUnknownProcess()
{
    QObject owner;
    Recorder r(m_client->connectProcess(ProcessSelector::byPid(999999), &owner));
    QTRY_COMPARE(r.finishedCount, 1);
    QCOMPARE(r.error->kind, Error::Kind::NotFound);

    Recorder invalid(m_client->connectProcess(ProcessSelector(), &owner));
    QTRY_COMPARE(invalid.finishedCount, 1);
    QCOMPARE(invalid.error->kind, Error::Kind::InvalidArgument);
}

void TestProcessStream::droppedStreamReattachesAndKeepsExitStatus()
{
    REQUIRE_FAKE();
    m_peer.fake->keepaliveIntervalMs = 5000;
    m_peer.fake->dropAfterEnvelopes = 2; // start + "one", then the TCP connection dies
    m_peer.fake->setFault(FakeE2bServer::Fault::DropMidStream, 1,
                          QStringLiteral("/process.Process/Start"));
    QObject owner;
    ProcessStream *s = m_client->startProcess(
        bash(QStringLiteral("echo one; sleep 0.8; echo two; exit 4")), &owner);
    Recorder r(s);
    QSignalSpy reconnecting(s, &ProcessStream::reconnecting);
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 8000);
    QVERIFY2(r.error->isOk(), qPrintable(r.error->toString()));
    QCOMPARE(reconnecting.size(), 1);
    QCOMPARE(s->reconnects(), 1);
    QCOMPARE(r.log.count(QStringLiteral("start")), 1); // re-attach does not re-announce
    QVERIFY(r.out.startsWith("one\n"));
    QVERIFY(r.out.contains("two\n"));
    QCOMPARE(r.exit->exitCode, 4);
    QCOMPARE(m_peer.fake->requestCount(QStringLiteral("/process.Process/Connect")), 1);
}

void TestProcessStream::reattachTooLateReportsNotFound()
{
    REQUIRE_FAKE();
    // The process ends while we are disconnected: envd forgets it, so the re-attach gets
    // not_found and the exit status is honestly reported as unknown (no exit()).
    m_peer.fake->keepaliveIntervalMs = 5000;
    m_peer.fake->dropAfterEnvelopes = 2;
    m_peer.fake->setFault(FakeE2bServer::Fault::DropMidStream, 1,
                          QStringLiteral("/process.Process/Start"));
    QObject owner;
    ProcessStream *s = m_client->startProcess(bash(QStringLiteral("echo one; exit 4")), &owner);
    Recorder r(s);
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 8000);
    QCOMPARE(s->reconnects(), 1);
    QCOMPARE(r.error->kind, Error::Kind::NotFound);
    QVERIFY(!s->exit().has_value());
}

void TestProcessStream::truncatedFrameReattaches()
{
    REQUIRE_FAKE();
    m_peer.fake->setFault(FakeE2bServer::Fault::TruncatedFrame, 1,
                          QStringLiteral("/process.Process/Start"));
    QObject owner;
    ProcessStream *s = m_client->startProcess(bash(QStringLiteral("sleep 0.6; exit 2")), &owner);
    Recorder r(s);
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 8000);
    QVERIFY2(r.error->isOk(), qPrintable(r.error->toString()));
    QCOMPARE(s->reconnects(), 1);
    QCOMPARE(r.exit->exitCode, 2);
    QVERIFY(!r.out.contains("partial")); // the half frame never surfaced
}

void TestProcessStream::truncatedFrameWithoutIdentityFails()
{
    REQUIRE_FAKE();
    // Reconnects disabled: the truncated stream must end as an error, not hang.
    m_peer.fake->setFault(FakeE2bServer::Fault::TruncatedFrame, 1,
                          QStringLiteral("/process.Process/Start"));
    QObject owner;
    ProcessStartOptions o = bash(QStringLiteral("sleep 0.3"));
    o.maxReconnects = 0;
    Recorder r(m_client->startProcess(o, &owner));
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 5000);
    QVERIFY(r.error->kind == Error::Kind::Network || r.error->kind == Error::Kind::Protocol);
    QVERIFY(!r.exit.has_value());
}

void TestProcessStream::garbageStreamIsProtocolError()
{
    REQUIRE_FAKE();
    m_peer.fake->setFault(FakeE2bServer::Fault::Garbage, 1,
                          QStringLiteral("/process.Process/Start"));
    QObject owner;
    ProcessStartOptions o = bash(QStringLiteral("true"));
    o.tag = QStringLiteral("garbage"); // even with a tag: garbage is not a dropped connection
    Recorder r(m_client->startProcess(o, &owner));
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 5000);
    QCOMPARE(r.error->kind, Error::Kind::Protocol);
    QVERIFY2(r.error->message.contains(QStringLiteral("invalid envelope flags")),
             qPrintable(r.error->message));
    QCOMPARE(m_peer.fake->requestCount(QStringLiteral("/process.Process/Connect")), 0);
}

void TestProcessStream::wrongContentTypeIsProtocolError()
{
    REQUIRE_FAKE();
    m_peer.fake->setFault(FakeE2bServer::Fault::WrongContentType, 1,
                          QStringLiteral("/process.Process/Start"));
    QObject owner;
    Recorder r(m_client->startProcess(bash(QStringLiteral("true")), &owner));
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 5000);
    QCOMPARE(r.error->kind, Error::Kind::Protocol);
    QVERIFY(r.error->message.contains(QStringLiteral("text/html")));
}

void TestProcessStream::sandboxGoneOnStart()
{
    EnvdTarget target = EnvdTarget::fromSandbox(m_sandbox);
    target.sandboxId = QStringLiteral("igone111111111111111");
    EnvdClient gone(m_peer.config, target);
    QObject owner;
    Recorder r(gone.startProcess(bash(QStringLiteral("true")), &owner));
    QTRY_COMPARE(r.finishedCount, 1);
    QCOMPARE(r.error->kind, Error::Kind::NotFound);
    QVERIFY(r.error->sandboxGone);
}

void TestProcessStream::slowStartHitsHandshakeTimeout()
{
    REQUIRE_FAKE();
    ConnectionConfig config = m_peer.config;
    config.streamStartTimeout = std::chrono::milliseconds(300);
    EnvdClient client(config, EnvdTarget::fromSandbox(m_sandbox));
    m_peer.fake->slowDelayMs = 3000;
    m_peer.fake->setFault(FakeE2bServer::Fault::Slow, 1, QStringLiteral("/process.Process/Start"));
    QObject owner;
    QElapsedTimer t;
    t.start();
    Recorder r(client.startProcess(bash(QStringLiteral("true")), &owner));
    QTRY_COMPARE_WITH_TIMEOUT(r.finishedCount, 1, 3000);
    QCOMPARE(r.error->kind, Error::Kind::Timeout);
    QVERIFY(t.elapsed() < 2500);
}

void TestProcessStream::cancelDetachesWithoutKilling()
{
    QObject owner;
    ProcessStartOptions o = bash(QStringLiteral("sleep 1.5"));
    o.tag = QStringLiteral("cancel-me");
    ProcessStream *s = m_client->startProcess(o, &owner);
    Recorder r(s);
    QTRY_VERIFY(r.pid != 0);
    s->cancel();
    QCOMPARE(r.finishedCount, 1); // synchronous
    QCOMPARE(r.error->kind, Error::Kind::Cancelled);
    s->cancel(); // idempotent
    QCOMPARE(r.finishedCount, 1);

    std::optional<Result<QList<ProcessInfo>>> list;
    m_client->listProcesses(&owner, [&](const Result<QList<ProcessInfo>> &res) { list = res; });
    QTRY_VERIFY(list.has_value());
    bool running = false;
    for (const auto &p : list->value())
        running = running || p.pid == r.pid;
    QVERIFY(running);

    // Destroying a stream mid-flight is also safe.
    QPointer<ProcessStream> doomed =
        m_client->startProcess(bash(QStringLiteral("sleep 0.5")), &owner);
    QTest::qWait(50);
    delete doomed.data();
    QTest::qWait(50);
}

void TestProcessStream::manyConcurrentStreams()
{
    // More than QNAM's 6 connections per host: each stream has its own manager, so all 10
    // must be running at once (queued ones would only start after a first one ended).
    QObject owner;
    std::vector<std::unique_ptr<Recorder>> recorders;
    int startedBeforeAnyEnd = 0;
    bool anyEnded = false;
    for (int i = 0; i < 10; ++i) {
        ProcessStream *s =
            m_client->startProcess(bash(QStringLiteral("sleep 1; echo %1").arg(i)), &owner);
        connect(s, &ProcessStream::started, &owner, [&] {
            if (!anyEnded)
                ++startedBeforeAnyEnd;
        });
        connect(s, &ProcessStream::ended, &owner, [&] { anyEnded = true; });
        recorders.push_back(std::make_unique<Recorder>(s));
    }
    for (const auto &r : recorders)
        QTRY_COMPARE_WITH_TIMEOUT(r->finishedCount, 1, 15000);
    for (int i = 0; i < 10; ++i) {
        QVERIFY(recorders[size_t(i)]->error->isOk());
        QCOMPARE(recorders[size_t(i)]->out, QByteArray::number(i) + '\n');
    }
    QCOMPARE(startedBeforeAnyEnd, 10);
}

void TestProcessStream::slotsMayDeleteTheStream()
{
    QObject owner;
    // Deleted from `started`, from an output event, from `ended`, from `finished`.
    for (int which = 0; which < 4; ++which) {
        QPointer<ProcessStream> s =
            m_client->startProcess(bash(QStringLiteral("echo a; echo b; exit 1")), &owner);
        bool fired = false;
        const auto kill = [&] {
            fired = true;
            delete s.data();
        };
        switch (which) {
        case 0:
            connect(s, &ProcessStream::started, &owner, kill);
            break;
        case 1:
            connect(s, &ProcessStream::stdoutReceived, &owner, kill);
            break;
        case 2:
            connect(s, &ProcessStream::ended, &owner, kill);
            break;
        default:
            connect(s, &ProcessStream::finished, &owner, kill);
            break;
        }
        QTRY_VERIFY(fired);
        QVERIFY(s.isNull());
        QTest::qWait(20);
    }
}

QTEST_GUILESS_MAIN(TestProcessStream)
#include "tst_processstream.moc"
