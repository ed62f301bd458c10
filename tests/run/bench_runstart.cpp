// Time from Start to the first agent event, with the real pieces: the local sandbox server
// (already running, as it is after the first run), the real `claude` CLI in the sandbox and
// the scripted fake model answering at once. Two figures, each the median of several runs:
// - RunController::start() to the first agent.* event, in process;
// - `autocoder run` (its headless code, as a process) started to its first agent.* line.
// Needs the prepared 'claude' template (AUTOCODER_TEMPLATES_DIR); skips without it.
#include "fakeanthropicserver.h"

#include "run/e2bsandboxprovider.h"
#include "run/localsandboxserver.h"
#include "run/runcontroller.h"
#include "run/runevent.h"
#include "spec/projectspec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace Autocoder::Run;
using Autocoder::Testing::FakeAnthropicScenario;
using Autocoder::Testing::FakeAnthropicServer;

namespace {

const QString kKey = QStringLiteral("fake-ant-api03-FAKE-bench-start-12345678");
const QString kSandboxd = QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd");
const QString kDriver = QStringLiteral(AUTOCODER_BINARY_DIR "/tests/run/autocoder-headless-driver");
constexpr int kSamples = 5;

QString templatesDir()
{
    const QString fromEnv = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(AUTOCODER_TEMPLATES_DIR) : fromEnv;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

QString samples(const QList<qint64> &values)
{
    QStringList out;
    for (qint64 v : values)
        out << QString::number(v);
    return out.join(QStringLiteral(", "));
}

} // namespace

class RunStartBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startToFirstAgentEvent();
    void commandToFirstAgentEvent();
    void cleanupTestCase();

private:
    Autocoder::Spec::ProjectSpec spec() const;
    /// One run: ms from start() to its first agent.* event, then cancelled; -1 on failure.
    qint64 oneRun();

    QTemporaryDir m_dir;
    std::unique_ptr<FakeAnthropicServer> m_fake;
    std::unique_ptr<LocalSandboxServer> m_server;
    std::unique_ptr<E2bSandboxProvider> m_provider;
};

void RunStartBench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(templatesDir() + QStringLiteral("/claude/.ready")))
        QSKIP("the 'claude' sandbox template is not prepared (run the set-up script)");
    QString error;
    m_fake = std::make_unique<FakeAnthropicServer>(
        FakeAnthropicScenario::fromJson(R"({"turns": [{"steps": [{"text": "Done."}]}]})", &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_fake->setExpectedApiKey(kKey);
    QVERIFY(m_fake->listen());

    m_server = std::make_unique<LocalSandboxServer>();
    QSignalSpy ready(m_server.get(), &LocalSandboxServer::ready);
    QSignalSpy failed(m_server.get(), &LocalSandboxServer::failed);
    LocalSandboxServer::Options o;
    o.program = kSandboxd;
    o.dataDir = m_dir.filePath(QStringLiteral("sandboxd"));
    o.templatesDir = templatesDir();
    m_server->start(o);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    m_provider =
        std::make_unique<E2bSandboxProvider>(m_server->connectionConfig(), QStringLiteral("local"));
    // The first run after a server start warms the page cache (node, claude's bundle).
    QVERIFY(oneRun() > 0);
}

Autocoder::Spec::ProjectSpec RunStartBench::spec() const
{
    Autocoder::Spec::ProjectSpec s =
        Autocoder::Spec::ProjectSpec::forKind(QStringLiteral("bun-library"));
    s.name = QStringLiteral("bench-start");
    s.description = QStringLiteral("A sum function.");
    s.requirements = QStringList { QStringLiteral("export sum(a, b)") };
    s.lockedTests = { { QStringLiteral("tests/sum.test.ts"), QStringLiteral("// test\n") } };
    s.limits.maxIterations = 1;
    return s;
}

qint64 RunStartBench::oneRun()
{
    RunOptions options;
    options.runsRoot = m_dir.filePath(QStringLiteral("runs"));
    options.anthropicApiKey = kKey;
    options.anthropicBaseUrl = m_fake->baseUrl();
    options.extraSecrets = QStringList { m_server->apiKey() };
    RunController controller(m_provider.get());
    QElapsedTimer timer;
    qint64 firstAgentEvent = -1;
    connect(&controller, &RunController::eventEmitted, this, [&](const RunEvent &e) {
        if (firstAgentEvent < 0 && qEnvironmentVariableIsSet("AUTOCODER_BENCH_VERBOSE"))
            qInfo("%5lld ms %s", timer.elapsed(), e.toJsonLine().left(160).constData());
        if (firstAgentEvent < 0 && e.kind.startsWith(QLatin1String("agent.")))
            firstAgentEvent = timer.elapsed();
    });
    if (qEnvironmentVariableIsSet("AUTOCODER_BENCH_VERBOSE"))
        connect(m_fake.get(), &FakeAnthropicServer::requestHandled, &controller,
                [&](const QByteArray &path) {
                    qInfo("%5lld ms model API: %s", timer.elapsed(), path.constData());
                });
    QSignalSpy finished(&controller, &RunController::finished);
    QString error;
    timer.start();
    if (!controller.start(spec(), options, &error)) {
        qWarning("start: %s", qPrintable(error));
        return -1;
    }
    QElapsedTimer waited;
    waited.start();
    while (firstAgentEvent < 0 && finished.isEmpty() && !waited.hasExpired(120000))
        QTest::qWait(5);
    if (finished.isEmpty()) {
        controller.stop();
        if (!finished.wait(60000))
            qWarning("the run did not end after stop");
    }
    return firstAgentEvent;
}

void RunStartBench::startToFirstAgentEvent()
{
    QList<qint64> times;
    for (int i = 0; i < kSamples; ++i) {
        const qint64 ms = oneRun();
        QVERIFY2(ms > 0, "the run ended before any agent event");
        times << ms;
    }
    qInfo("RunController::start -> first agent event, ms: %s (median %lld)",
          qPrintable(samples(times)), median(times));
    QTest::setBenchmarkResult(qreal(median(times)), QTest::WalltimeMilliseconds);
}

void RunStartBench::commandToFirstAgentEvent()
{
    if (!QFile::exists(kDriver))
        QSKIP("autocoder-headless-driver is not built");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), kKey);
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), m_fake->baseUrl());
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD"), kSandboxd);
    // The server this benchmark already runs: the command finds and reuses it.
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"),
               m_dir.filePath(QStringLiteral("sandboxd")));
    env.insert(QStringLiteral("AUTOCODER_TEMPLATES_DIR"), templatesDir());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    const QString specFile = m_dir.filePath(QStringLiteral("spec.json"));
    {
        QFile f(specFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(spec().toJson());
    }
    QList<qint64> times;
    // Ctrl-C saves what the run has to --out: a new folder for every sample of every pass.
    static int outFolders = 0;
    for (int i = 0; i < kSamples; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        qint64 firstAgentEvent = -1;
        QByteArray pending;
        connect(&p, &QProcess::readyReadStandardOutput, this, [&]() {
            pending += p.readAllStandardOutput();
            if (firstAgentEvent < 0 && pending.contains("\"kind\":\"agent."))
                firstAgentEvent = timer.elapsed();
        });
        QSignalSpy finished(&p, &QProcess::finished);
        timer.start();
        p.start(kDriver,
                { QStringLiteral("run"), QStringLiteral("--spec"), specFile,
                  QStringLiteral("--json"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("out-%1").arg(++outFolders)),
                  QStringLiteral("--runs-dir"), m_dir.filePath(QStringLiteral("cli-runs")) });
        QTRY_VERIFY_WITH_TIMEOUT(firstAgentEvent >= 0 || !finished.isEmpty(), 120000);
        if (finished.isEmpty()) {
            ::kill(pid_t(p.processId()), SIGINT);
            if (!finished.wait(60000)) {
                p.kill();
                p.waitForFinished(5000);
            }
        }
        QVERIFY2(firstAgentEvent > 0, p.readAllStandardError().constData());
        times << firstAgentEvent;
    }
    qInfo("`autocoder run` started -> first agent event, ms: %s (median %lld)",
          qPrintable(samples(times)), median(times));
    QTest::setBenchmarkResult(qreal(median(times)), QTest::WalltimeMilliseconds);
}

void RunStartBench::cleanupTestCase()
{
    m_provider.reset();
    if (m_server)
        QVERIFY(m_server->shutdownServer(15000));
}

QTEST_GUILESS_MAIN(RunStartBench)
#include "bench_runstart.moc"
