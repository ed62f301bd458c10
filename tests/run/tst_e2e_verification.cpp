// What "green" means, end to end with real parts: the real `claude` CLI and real `bun` in the
// real local sandbox server, against the scripted fake Anthropic API; then `autocoder verify`
// (the real binary, with its own local server) on the saved project.
#include "e2efixture.h"
#include "exportrun.h"

#include "run/verificationreceipt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

namespace {

const QString kSpec = QStringLiteral("slug-spec.json");

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class E2eVerificationTest : public E2eTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { initServer(); }
    void cleanupTestCase();
    void vacuousTestsAreNotGreenUntilTheyCatchMutants();
    void untaggedRequirementBlocksGreen();

private:
    CliResult verify(const QString &projectDir);
};

void E2eVerificationTest::cleanupTestCase()
{
    stopServer();
    // `autocoder verify` left its own local server running, as it does for a user (it outlives
    // its clients); this one's data folder is about to go.
    const QString cliServer = m_dir.filePath(QStringLiteral("cli-sandboxd"));
    if (!QFile::exists(cliServer))
        return;
    LocalSandboxServer server;
    QSignalSpy ready(&server, &LocalSandboxServer::ready);
    QSignalSpy failed(&server, &LocalSandboxServer::failed);
    LocalSandboxServer::Options o;
    o.program = QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd");
    o.dataDir = cliServer;
    o.templatesDir = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    server.start(o);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
    if (!ready.isEmpty())
        QVERIFY(server.shutdownServer(15000));
}

/// `autocoder verify DIR --json` as a user runs it: its own settings, data and local server.
CliResult E2eVerificationTest::verify(const QString &projectDir)
{
    const QString home = m_dir.filePath(QStringLiteral("cli-home"));
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD"),
               QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd"));
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"),
               m_dir.filePath(QStringLiteral("cli-sandboxd")));
    env.remove(QStringLiteral("ANTHROPIC_API_KEY")); // a replay runs no agent
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AUTOCODER_BINARY_DIR "/bin/autocoder"),
            { QStringLiteral("verify"), projectDir, QStringLiteral("--json") });
    CliResult r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void E2eVerificationTest::vacuousTestsAreNotGreenUntilTheyCatchMutants()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    auto run = makeRun(QStringLiteral("i-vacuous-then-real.json"));
    QString error;
    QVERIFY2(run->controller->start(loadSpec(kSpec, 3), optionsFor(*run), &error),
             qPrintable(error));
    m_runFolders.append(run->controller->runDir());
    const QString outcome = waitFinished(*run, 400000);
    QVERIFY2(outcome == Outcome::Green, qPrintable(outcome + QLatin1Char('\n') + dump(*run)));
    QCOMPARE(run->controller->state().iteration, 2);

    // Iteration 1: every test passed and every requirement was tagged, yet the tests checked
    // nothing: the mutants survived and the iteration was not green.
    const QList<QJsonObject> finished = eventsOf(*run, EventKind::IterationFinished);
    QCOMPARE(finished.size(), 2);
    QVERIFY(!finished.at(0).value(QStringLiteral("green")).toBool());
    const QString failing1 =
        finished.at(0).value(QStringLiteral("failing")).toVariant().toStringList().join(u'\n');
    QVERIFY2(failing1.contains(QLatin1String("src/slug.ts")), qPrintable(failing1));
    QVERIFY(finished.at(1).value(QStringLiteral("green")).toBool());

    const QList<QJsonObject> mutation = eventsOf(*run, EventKind::GateMutation);
    QCOMPARE(mutation.size(), 2);
    const QJsonObject first = mutation.at(0).value(QStringLiteral("result")).toObject();
    const QJsonObject second = mutation.at(1).value(QStringLiteral("result")).toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(!first.value(QStringLiteral("passed")).toBool());
    const QJsonObject counts1 = first.value(QStringLiteral("counts")).toObject();
    QVERIFY2(counts1.value(QStringLiteral("survived")).toInt() >= 3,
             qPrintable(QJsonDocument(first).toJson()));
    QVERIFY2(second.value(QStringLiteral("passed")).toBool(),
             qPrintable(QJsonDocument(second).toJson()));
    QCOMPARE(
        second.value(QStringLiteral("counts")).toObject().value(QStringLiteral("survived")).toInt(),
        0);
    // Tests and locked files are never mutated.
    for (const QJsonValue &m : second.value(QStringLiteral("mutants")).toArray())
        QCOMPARE(m.toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("src/slug.ts"));

    // The second turn's prompt named the surviving mutants, with their diffs.
    const QString feedback = run->fake->prompts().value(1);
    QVERIFY2(feedback.contains(QLatin1String("src/slug.ts:"), Qt::CaseSensitive)
                 && feedback.contains(QLatin1String("mutant"), Qt::CaseInsensitive)
                 && feedback.contains(QLatin1String("+++ b/src/slug.ts")),
             qPrintable(feedback));

    // Every requirement is covered by a passing test in the green iteration.
    const QList<QJsonObject> requirements = eventsOf(*run, EventKind::GateRequirements);
    QVERIFY(!requirements.isEmpty());
    QVERIFY(requirements.last()
                .value(QStringLiteral("coverage"))
                .toObject()
                .value(QStringLiteral("allCovered"))
                .toBool());

    // The run's last line carries what backs its verdict.
    const QJsonObject end = eventsOf(*run, EventKind::RunFinished).value(0);
    QVERIFY(end.value(QStringLiteral("requirements"))
                .toObject()
                .value(QStringLiteral("allCovered"))
                .toBool());
    QVERIFY(
        end.value(QStringLiteral("mutation")).toObject().value(QStringLiteral("passed")).toBool());

    // The saved project carries its receipt.
    QVERIFY(exportRun(run->controller->runDir(), run->outDir));
    const auto receipt = VerificationReceipt::fromJson(
        readAll(run->outDir + QLatin1Char('/') + QLatin1String(VerificationReceipt::FileName)));
    QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error()));
    QVERIFY(receipt->requirements.allCovered());
    QVERIFY(receipt->mutation && receipt->mutation->meetsThreshold());
    QVERIFY(receipt->toolchain.contains(QStringLiteral("bun")));
    QCOMPARE(receipt->testCounts.passed, 3);
    QVERIFY(!receipt->files.isEmpty());

    // A replay in a fresh sandbox reproduces it...
    const CliResult same = verify(run->outDir);
    QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
    QCOMPARE(QJsonDocument::fromJson(same.out).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("match"));

    // ...and one changed line of source is found.
    const QString source = run->outDir + QStringLiteral("/src/slug.ts");
    QByteArray text = readAll(source);
    QVERIFY(text.contains("join(\"-\")"));
    text.replace("join(\"-\")", "join(\"_\")");
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const CliResult changed = verify(run->outDir);
    QVERIFY2(changed.exitCode == 1, qPrintable(changed.out + changed.err));
    const QJsonObject report = QJsonDocument::fromJson(changed.out).object();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
    QVERIFY2(changed.out.contains("src/slug.ts"), changed.out.constData());
}

void E2eVerificationTest::untaggedRequirementBlocksGreen()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    auto run = makeRun(QStringLiteral("j-untagged-requirement.json"));
    QString error;
    QVERIFY2(run->controller->start(loadSpec(kSpec, 1), optionsFor(*run), &error),
             qPrintable(error));
    m_runFolders.append(run->controller->runDir());
    const QString outcome = waitFinished(*run);
    // Every test passed, but nothing is tagged [R2]: not green, and R2 is named.
    QVERIFY2(outcome == Outcome::MaxIterations,
             qPrintable(outcome + QLatin1Char('\n') + dump(*run)));
    const QList<QJsonObject> tests = eventsOf(*run, EventKind::GateTests);
    QCOMPARE(tests.size(), 1);
    QCOMPARE(tests.at(0).value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(tests.at(0).value(QStringLiteral("passed")).toInt(), 3);
    QVERIFY2(run->controller->state().message.contains(QLatin1String("R2")),
             qPrintable(run->controller->state().message));
    const QList<QJsonObject> finished = eventsOf(*run, EventKind::IterationFinished);
    QCOMPARE(finished.size(), 1);
    const QString failing =
        finished.at(0).value(QStringLiteral("failing")).toVariant().toStringList().join(u'\n');
    QVERIFY2(failing.contains(QLatin1String("R2")) && !failing.contains(QLatin1String("R1")),
             qPrintable(failing));
    const QList<QJsonObject> requirements = eventsOf(*run, EventKind::GateRequirements);
    QCOMPARE(requirements.size(), 1);
    const QJsonArray rows = requirements.at(0)
                                .value(QStringLiteral("coverage"))
                                .toObject()
                                .value(QStringLiteral("requirements"))
                                .toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("covered"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("uncovered"));
    // The run's last line says the same; the mutation check was never reached.
    const QJsonObject end = eventsOf(*run, EventKind::RunFinished).value(0);
    QCOMPARE(end.value(QStringLiteral("requirements")).toObject(),
             requirements.at(0).value(QStringLiteral("coverage")).toObject());
    QVERIFY(end.contains(QStringLiteral("mutation")));
    QVERIFY(end.value(QStringLiteral("mutation")).isNull());
    // A run that is not green leaves no receipt to save.
    QVERIFY(!QFile::exists(run->controller->runDir() + QLatin1Char('/')
                           + QLatin1String(VerificationReceipt::RunFileName)));
}

QTEST_GUILESS_MAIN(E2eVerificationTest)
#include "tst_e2e_verification.moc"
