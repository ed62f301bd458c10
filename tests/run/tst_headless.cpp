#include "fakeanthropicserver.h"
#include "skip.h"

#include "clicommand.h"
#include "headlesscli.h"

#include "run/headlessprinter.h"
#include "run/localsandboxserver.h"
#include "run/runjournal.h"
#include "run/runstate.h"
#include "sandboxd/datadirlock.h"
#include "sandboxd/serveraddressfile.h"
#include "spec/specvalidator.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QMultiHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

using namespace Autocoder::Run;
using namespace Autocoder::Cli;

namespace {

const QString kDriver = QStringLiteral(AUTOCODER_BINARY_DIR "/tests/run/autocoder-headless-driver");
const QString kKey = QStringLiteral("fake-ant-api03-FAKE-headless-1234567890");

QString dataPath(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

/// Live processes whose command line contains \a needle (a sandbox's processes are host
/// processes in their own pid namespace), as "pid cmdline".
QStringList processesContaining(const QByteArray &needle)
{
    QStringList found;
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool ok = false;
        pid.toInt(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray cmd = f.readAll();
        cmd.replace('\0', ' ');
        if (cmd.contains(needle))
            found.append(pid + QLatin1Char(' ') + QString::fromUtf8(cmd.left(300)));
    }
    return found;
}

/// The processes below \a root (a sandbox server's are its sandboxes'), as "pid cmdline".
QStringList descendantsOf(qint64 root)
{
    QMultiHash<qint64, qint64> children;
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (close > 0 && fields.size() > 1 && fields.at(0) != "Z")
            children.insert(fields.at(1).toLongLong(), pid.toLongLong());
    }
    QStringList found;
    QList<qint64> todo { root };
    while (!todo.isEmpty()) {
        const QList<qint64> direct = children.values(todo.takeFirst());
        for (qint64 child : direct) {
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(child));
            QByteArray cmd = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            cmd.replace('\0', ' ');
            found.append(QString::number(child) + QLatin1Char(' ')
                         + QString::fromUtf8(cmd.left(200)));
            todo.append(child);
        }
    }
    return found;
}

bool pidAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.mid(close + 2, 1) != "Z";
}

/// step.started events of \a step in iteration \a iteration.
int stepsStarted(const QList<RunEvent> &events, const QString &step, int iteration)
{
    return int(std::count_if(events.cbegin(), events.cend(), [&](const RunEvent &e) {
        return e.kind == EventKind::StepStarted
            && e.data.value(QStringLiteral("step")).toString() == step
            && e.data.value(QStringLiteral("iteration")).toInt() == iteration;
    }));
}

} // namespace

class HeadlessTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognisesSubcommands();
    void badInputExitsWithTwo_data();
    void badInputExitsWithTwo();
    void listsRuns();
    void humanLines();
    void exampleSpecIsValid();
    void interruptWhileStartingExitsWithOne_data();
    void interruptWhileStartingExitsWithOne();
    void e2eRunGreenWithJson();
    void e2eRunNotGreenExitsWithOne();
    void e2eResumeAfterKill9Reattaches();
    void cleanupTestCase();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result runDriver(const QStringList &args, const QProcessEnvironment &env,
                     int timeoutMs = 30000);
    QProcessEnvironment baseEnv() const;
    QTemporaryDir m_dir;
};

HeadlessTest::Result HeadlessTest::runDriver(const QStringList &args,
                                             const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(kDriver, args);
    Result r;
    // Wait with the event loop running: an in-process fake server may have to answer.
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timeout";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment HeadlessTest::baseEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), kKey);
    env.remove(QStringLiteral("ANTHROPIC_BASE_URL"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    return env;
}

void HeadlessTest::recognisesSubcommands()
{
    QVERIFY(isHeadlessCommand(
        { QStringLiteral("run"), QStringLiteral("--spec"), QStringLiteral("x") }));
    QVERIFY(isHeadlessCommand({ QStringLiteral("/usr/bin/autocoder"), QStringLiteral("runs") }));
    QVERIFY(isHeadlessCommand({ QStringLiteral("resume"), QStringLiteral("id") }));
    QVERIFY(!isHeadlessCommand({}));
    QVERIFY(!isHeadlessCommand({ QStringLiteral("--help") }));
    QVERIFY(!isHeadlessCommand({ QStringLiteral("/usr/bin/autocoder") }));
}

void HeadlessTest::badInputExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("message");
    const QString spec = dataPath(QStringLiteral("e2e/sum-spec.json"));
    const QString out = m_dir.filePath(QStringLiteral("never"));
    QTest::newRow("no key") << QStringList { QStringLiteral("run"), QStringLiteral("--spec"), spec,
                                             QStringLiteral("--out"), out }
                            << false << "ANTHROPIC_API_KEY";
    QTest::newRow("no spec") << QStringList { QStringLiteral("run"), QStringLiteral("--out"), out }
                             << true << "Usage";
    QTest::newRow("no out") << QStringList { QStringLiteral("run"), QStringLiteral("--spec"), spec }
                            << true << "Usage";
    QTest::newRow("missing spec file")
        << QStringList { QStringLiteral("run"), QStringLiteral("--spec"),
                         QStringLiteral("/nonexistent.json"), QStringLiteral("--out"), out }
        << true << "Cannot read";
    QTest::newRow("not json") << QStringList { QStringLiteral("run"), QStringLiteral("--spec"),
                                               dataPath(QStringLiteral("parsers/garbage.txt")),
                                               QStringLiteral("--out"), out }
                              << true << "garbage.txt";
    QTest::newRow("out not empty")
        << QStringList { QStringLiteral("run"), QStringLiteral("--spec"), spec,
                         QStringLiteral("--out"), QStringLiteral(AUTOCODER_TEST_DATA_DIR) }
        << true << "not an empty folder";
    QTest::newRow("bad backend") << QStringList {
        QStringLiteral("run"),       QStringLiteral("--spec"), spec, QStringLiteral("--out"), out,
        QStringLiteral("--backend"), QStringLiteral("moon")
    } << true << "Unknown backend";
    QTest::newRow("bad option") << QStringList { QStringLiteral("run"),
                                                 QStringLiteral("--frobnicate") }
                                << true << "frobnicate";
    QTest::newRow("resume bad id")
        << QStringList { QStringLiteral("resume"), QStringLiteral("../x") } << true << "Usage";
    QTest::newRow("resume unknown")
        << QStringList { QStringLiteral("resume"), QStringLiteral("20990101-000000-abcd") } << true
        << "state.json";
    QTest::newRow("unknown command") << QStringList { QStringLiteral("fly") } << true << "Usage";
}

void HeadlessTest::badInputExitsWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withKey);
    QFETCH(QString, message);
    QProcessEnvironment env = baseEnv();
    if (!withKey)
        env.remove(QStringLiteral("ANTHROPIC_API_KEY"));
    const Result r = runDriver(args, env);
    QCOMPARE(r.exitCode, int(ExitBadInput));
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never"))));
}

void HeadlessTest::listsRuns()
{
    const QString runs = m_dir.filePath(QStringLiteral("list-runs"));
    RunJournal j;
    QVERIFY(j.open(runs + QStringLiteral("/20260101-000000-aaaa"), nullptr, nullptr));
    RunState s;
    s.id = QStringLiteral("20260101-000000-aaaa");
    s.name = QStringLiteral("listed-project");
    s.status = QStringLiteral("finished");
    s.outcome = QStringLiteral("green");
    s.iteration = 2;
    s.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(j.writeState(s));
    Result r = runDriver({ QStringLiteral("runs"), QStringLiteral("--runs-dir"), runs }, baseEnv());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("listed-project"));
    QVERIFY(r.out.contains("green"));
    r = runDriver(
        { QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--runs-dir"), runs },
        baseEnv());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed()).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("listed-project"));
    QCOMPARE(o.value(QStringLiteral("iteration")).toInt(), 2);
    r = runDriver({ QStringLiteral("runs"), QStringLiteral("--runs-dir"),
                    m_dir.filePath(QStringLiteral("empty")) },
                  baseEnv());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("No runs yet"));
}

void HeadlessTest::humanLines()
{
    RunEvent e;
    e.runId = QStringLiteral("r");
    e.kind = EventKind::GateTests;
    e.data = { { QStringLiteral("iteration"), 2 },
               { QStringLiteral("passed"), 3 },
               { QStringLiteral("failed"), 1 },
               { QStringLiteral("skipped"), 0 },
               { QStringLiteral("tests"),
                 QJsonArray {
                     QJsonObject { { QStringLiteral("name"), QStringLiteral("a > b") },
                                   { QStringLiteral("status"), QStringLiteral("failed") } } } } };
    const QString line = HeadlessPrinter::humanLine(e);
    QVERIFY(line.startsWith(QLatin1String("[2] tests: 3 passed, 1 failed, 0 skipped\n")));
    QVERIFY(line.contains(QLatin1String("FAIL a > b")));
    e.kind = EventKind::ProcessOutput;
    QVERIFY(HeadlessPrinter::humanLine(e).isEmpty());
    e.kind = EventKind::RunFinished;
    e.data = { { QStringLiteral("outcome"), QStringLiteral("green") },
               { QStringLiteral("iterations"), 2 },
               { QStringLiteral("costUsd"), 0.5 } };
    QVERIFY(HeadlessPrinter::humanLine(e).startsWith(
        QLatin1String("Run finished: green after 2 iteration(s), $0.5000.")));
    QVERIFY(HeadlessPrinter::jsonLine(e).endsWith('\n'));
}

void HeadlessTest::exampleSpecIsValid()
{
    QFile f(QStringLiteral(AUTOCODER_TEST_DATA_DIR "/../../docs/examples/hello-bun.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto spec = Autocoder::Spec::ProjectSpec::parse(f.readAll());
    QVERIFY2(spec, spec ? "" : qPrintable(spec.error()));
    QVERIFY(Autocoder::Spec::SpecValidator::validate(*spec).isEmpty());
    QCOMPARE(spec->lockedTests.size(), 1);
}

void HeadlessTest::interruptWhileStartingExitsWithOne_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void HeadlessTest::interruptWhileStartingExitsWithOne()
{
    QFETCH(int, signal);
    // A sandbox server that never gets ready keeps the command waiting for its backend.
    const QString bin = m_dir.filePath(QStringLiteral("slow-bin"));
    QVERIFY(QDir().mkpath(bin));
    QFile server(bin + QStringLiteral("/autocoder-sandboxd"));
    QVERIFY(server.open(QIODevice::WriteOnly));
    server.write("#!/bin/sh\nexec sleep 10\n");
    server.close();
    QVERIFY(server.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD"), server.fileName());
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"),
               m_dir.filePath(QStringLiteral("slow-sandboxd-%1").arg(signal)));
    const QString out = m_dir.filePath(QStringLiteral("interrupted-out"));

    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(kDriver,
            { QStringLiteral("run"), QStringLiteral("--spec"),
              dataPath(QStringLiteral("e2e/sum-spec.json")), QStringLiteral("--out"), out,
              QStringLiteral("--backend"), QStringLiteral("local"), QStringLiteral("--runs-dir"),
              m_dir.filePath(QStringLiteral("interrupted-runs")) });
    QVERIFY(p.waitForStarted());
    // Give it time to install its handlers and start waiting for the server.
    QVERIFY(!finished.wait(1500));
    QCOMPARE(::kill(pid_t(p.processId()), signal), 0);
    QVERIFY2(finished.wait(5000), "the command did not end after the signal");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == int(ExitNotGreen), err.constData());
    QVERIFY2(err.contains("Interrupted"), err.constData());
    QVERIFY(!QFile::exists(out));
}

void HeadlessTest::e2eRunGreenWithJson()
{
    const QString templates = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    if (!qEnvironmentVariableIsSet("AUTOCODER_RUN_E2E")
        && !QFile::exists(templates + QStringLiteral("/claude/.ready")))
        AUTOCODER_SKIP("the 'claude' sandbox template is not prepared (run the set-up script)");
    QString error;
    Autocoder::Testing::FakeAnthropicServer fake(
        Autocoder::Testing::FakeAnthropicScenario::fromFile(
            dataPath(QStringLiteral("e2e/a-fix-after-feedback.json")), &error));
    fake.setExpectedApiKey(kKey);
    QVERIFY(fake.listen());
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), fake.baseUrl());
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD"),
               QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd"));
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"),
               m_dir.filePath(QStringLiteral("sandboxd")));
    const QString out = m_dir.filePath(QStringLiteral("headless-out"));
    const QString runs = m_dir.filePath(QStringLiteral("headless-runs"));
    const Result r = runDriver({ QStringLiteral("run"), QStringLiteral("--spec"),
                                 dataPath(QStringLiteral("e2e/sum-spec.json")),
                                 QStringLiteral("--out"), out, QStringLiteral("--json"),
                                 QStringLiteral("--runs-dir"), runs, QStringLiteral("--git") },
                               env, 240000);
    QVERIFY2(r.exitCode == 0, (r.err + r.out.right(3000)).constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines.size() > 10);
    for (const QByteArray &line : lines)
        QVERIFY2(RunEvent::fromJsonLine(line).isOk(), line.constData());
    const RunEvent last = *RunEvent::fromJsonLine(lines.last());
    QCOMPARE(last.kind, QString(EventKind::RunFinished));
    QCOMPARE(last.data.value(QStringLiteral("outcome")).toString(), QStringLiteral("green"));
    QVERIFY(QFile::exists(out + QStringLiteral("/src/sum.ts")));
    QVERIFY(QFile::exists(out + QStringLiteral("/.git")));
    QVERIFY(QFile::exists(out + QStringLiteral("/RUN_REPORT.md")));
    QVERIFY(!r.out.contains(kKey.toUtf8()));
    QVERIFY(!r.err.contains(kKey.toUtf8()));
}

void HeadlessTest::e2eRunNotGreenExitsWithOne()
{
    const QString templates = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    if (!QFile::exists(templates + QStringLiteral("/claude/.ready")))
        AUTOCODER_SKIP("the 'claude' sandbox template is not prepared (run the set-up script)");
    QString error;
    Autocoder::Testing::FakeAnthropicServer fake(
        Autocoder::Testing::FakeAnthropicScenario::fromFile(
            dataPath(QStringLiteral("e2e/b-never-converges.json")), &error));
    QVERIFY(fake.listen());
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), fake.baseUrl());
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD"),
               QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd"));
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"),
               m_dir.filePath(QStringLiteral("sandboxd2")));
    const Result r =
        runDriver({ QStringLiteral("run"), QStringLiteral("--spec"),
                    dataPath(QStringLiteral("e2e/sum-spec.json")), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("headless-out2")), QStringLiteral("--runs-dir"),
                    m_dir.filePath(QStringLiteral("headless-runs2")) },
                  env, 240000);
    QVERIFY2(r.exitCode == int(ExitNotGreen), (r.err + r.out.right(3000)).constData());
    QVERIFY(r.out.contains("Run finished: no_progress")
            || r.out.contains("Run finished: max_iterations"));
    QVERIFY(r.out.contains("tests: 0 passed, 1 failed"));
}

void HeadlessTest::e2eResumeAfterKill9Reattaches()
{
    const QString templates = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    if (!QFile::exists(templates + QStringLiteral("/claude/.ready")))
        AUTOCODER_SKIP("the 'claude' sandbox template is not prepared (run the set-up script)");
    // Iteration 1 is red (a * b); iteration 2's turn thinks for a while (sleep 7.3 in its
    // Bash tool), then fixes the code.
    QString error;
    Autocoder::Testing::FakeAnthropicServer fake(
        Autocoder::Testing::FakeAnthropicScenario::fromFile(
            dataPath(QStringLiteral("e2e/f-reattach-after-crash.json")), &error));
    fake.setExpectedApiKey(kKey);
    QVERIFY(fake.listen());
    const QString dataDir = m_dir.filePath(QStringLiteral("sandboxd3"));
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), fake.baseUrl());
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD"),
               QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd"));
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"), dataDir);
    const QString runs = m_dir.filePath(QStringLiteral("killed-runs"));
    const QString out = m_dir.filePath(QStringLiteral("killed-out"));

    QProcess first;
    first.setProcessEnvironment(env);
    QSignalSpy firstEnded(&first, &QProcess::finished);
    first.start(kDriver,
                { QStringLiteral("run"), QStringLiteral("--spec"),
                  dataPath(QStringLiteral("e2e/sum-spec.json")), QStringLiteral("--json"),
                  QStringLiteral("--runs-dir"), runs, QStringLiteral("--out"),
                  out + QStringLiteral("-never") });
    QVERIFY(first.waitForStarted());
    // Wait (from the run's own journal) until iteration 1 is over and iteration 2's agent is
    // inside its long tool call.
    QString runDir;
    const auto underWay = [&]() {
        const QStringList ids = QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (ids.size() != 1)
            return false;
        runDir = runs + QLatin1Char('/') + ids.first();
        const QList<RunEvent> events = RunJournal::readEvents(runDir);
        const bool iterationOneDone =
            std::any_of(events.cbegin(), events.cend(), [](const RunEvent &e) {
                return e.kind == EventKind::IterationFinished
                    && e.data.value(QStringLiteral("iteration")).toInt() == 1;
            });
        return iterationOneDone && stepsStarted(events, QStringLiteral("agent"), 2) == 1
            && !processesContaining("sleep 7.3").isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(underWay() || !firstEnded.isEmpty(), 180000);
    QVERIFY2(firstEnded.isEmpty(), first.readAllStandardError().constData());
    RunState before;
    QVERIFY(RunJournal::readState(runDir, &before));
    QVERIFY(!before.sandboxId.isEmpty());
    const auto server = Autocoder::Sandboxd::ServerAddressFile::read(dataDir);
    QVERIFY(server);

    // The command dies without a chance to clean up.
    QCOMPARE(::kill(pid_t(first.processId()), SIGKILL), 0);
    QVERIFY(firstEnded.wait(10000));
    QVERIFY(pidAlive(server->pid));
    QVERIFY(Autocoder::Sandboxd::DataDirLock::isHeld(dataDir));
    const QString sandboxDir = dataDir + QStringLiteral("/sandboxes/") + before.sandboxId;
    QVERIFY2(QFileInfo::exists(sandboxDir), "the sandbox did not survive its client");
    QVERIFY(!processesContaining("sleep 7.3").isEmpty());
    const QStringList sandboxProcesses = descendantsOf(server->pid);
    QVERIFY(!sandboxProcesses.filter(QStringLiteral("claude")).isEmpty());
    QCOMPARE(fake.turnsStarted(), 2);

    const Result r = runDriver({ QStringLiteral("resume"), before.id, QStringLiteral("--json"),
                                 QStringLiteral("--runs-dir"), runs, QStringLiteral("--out"), out },
                               env, 240000);
    QVERIFY2(r.exitCode == 0, (r.err + r.out.right(3000)).constData());
    const RunEvent last = *RunEvent::fromJsonLine(r.out.trimmed().split('\n').last());
    QCOMPARE(last.kind, QString(EventKind::RunFinished));
    QCOMPARE(last.data.value(QStringLiteral("outcome")).toString(), QStringLiteral("green"));
    QVERIFY(QFile(out + QStringLiteral("/src/sum.ts")).open(QIODevice::ReadOnly));

    // The same server and sandbox, the running turn picked up: no new sandbox, no second
    // iteration 1, no third agent turn at the model.
    const auto after = Autocoder::Sandboxd::ServerAddressFile::read(dataDir);
    QVERIFY(after);
    QCOMPARE(after->pid, server->pid);
    QCOMPARE(fake.turnsStarted(), 2);
    const QList<RunEvent> events = RunJournal::readEvents(runDir);
    QCOMPARE(stepsStarted(events, QStringLiteral("sandbox"), 0), 1);
    QCOMPARE(stepsStarted(events, QStringLiteral("agent"), 1), 1);
    QCOMPARE(stepsStarted(events, QStringLiteral("test"), 1), 1);
    // Iteration 2's agent step: started, then re-attached to (not a new turn: see above).
    QVERIFY(stepsStarted(events, QStringLiteral("agent"), 2) <= 2);
    QCOMPARE(stepsStarted(events, QStringLiteral("agent"), 3), 0);
    const bool reattached = std::any_of(events.cbegin(), events.cend(), [&](const RunEvent &e) {
        return e.kind == EventKind::Log
            && e.data.value(QStringLiteral("text")).toString().contains(before.sandboxId);
    });
    QVERIFY(reattached);
    // The agent's version came from the template, not from a process in the sandbox.
    const bool fromTemplate = std::any_of(events.cbegin(), events.cend(), [](const RunEvent &e) {
        return e.kind == EventKind::Log
            && e.data.value(QStringLiteral("text"))
                   .toString()
                   .contains(QLatin1String("from its template"));
    });
    QVERIFY(fromTemplate);

    // Nothing of the run is left: the sandbox is gone with every process in it. The shared
    // server stays (it exits by itself once idle), with no sandbox.
    QTRY_VERIFY2_WITH_TIMEOUT(descendantsOf(server->pid).isEmpty(),
                              qPrintable(descendantsOf(server->pid).join(QLatin1Char('\n'))),
                              15000);
    QVERIFY(processesContaining("sleep 7.3").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(sandboxDir), 15000);
    QVERIFY(pidAlive(server->pid));
    RunState finished;
    QVERIFY(RunJournal::readState(runDir, &finished));
    QCOMPARE(finished.status, QStringLiteral("finished"));
    QCOMPARE(finished.outcome, QStringLiteral("green"));
    QVERIFY(finished.sandboxId.isEmpty());
}

void HeadlessTest::cleanupTestCase()
{
    // The detached servers the runs started outlive the driver; their folders are about to go.
    for (const char *dir :
         { "sandboxd", "sandboxd2", "sandboxd3", "xdg/dev.autocoder.Autocoder/autocoder-sandboxd" })
        QVERIFY(
            LocalSandboxServer::shutdownServer(m_dir.filePath(QString::fromLatin1(dir)), 15000));
}

QTEST_GUILESS_MAIN(HeadlessTest)
#include "tst_headless.moc"
