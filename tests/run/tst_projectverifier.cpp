#include "fakesandbox.h"

#include "run/projectarchive.h"
#include "run/projectverifier.h"
#include "run/runevent.h"
#include "run/runevents.h"
#include "run/safearchive.h"
#include "spec/projectspec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

namespace {

const QString kProject = QStringLiteral("/home/user/project");
const QByteArray kLockedTest = "import { sum } from '../src/sum';\ntest('adds', () => {});\n";

QByteArray bunOutput(int passed, int failed)
{
    QByteArray out = "bun test v1.1.38\n\ntests/sum.test.ts:\n";
    for (int i = 0; i < passed; ++i)
        out += "(pass) [R1] adds " + QByteArray::number(i) + " [0.10ms]\n";
    for (int i = 0; i < failed; ++i)
        out += "(fail) subtracts " + QByteArray::number(i) + " [0.10ms]\n";
    out += "\n " + QByteArray::number(passed) + " pass\n " + QByteArray::number(failed) + " fail\n";
    return out;
}

} // namespace

class ProjectVerifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void missingReceiptIsAnErrorNamingTheFile();
    void badJsonIsAnError();
    void receiptWithoutSpecIsAnError();
    void noBackendIsAnError();
    void matchingReplayMatches();
    void changedSourceFileIsABlockingDifference();
    void changedTestCountIsAMismatch();
    void editedSpecIsABlockingDifference();
    void mutationSampleUsesTheReceiptsSeed();
    void cancelKillsTheSandbox();
    void sandboxThatCannotBeMadeIsAnError();
    void deletingARunningVerifierRemovesItsSandbox();
    void archiveHoldsTheProjectOnly();
    void receiptCannotOpenTheSandboxToOtherHosts();

private:
    Autocoder::Spec::ProjectSpec spec() const;
    void writeProject();
    void writeFile(const QString &relative, const QByteArray &content);
    /// Runs one verification of the project folder and waits for its outcome.
    VerificationOutcome verify(QList<RunEvent> *events = nullptr);
    /// A receipt that matches the project: what a first replay found, saved as the receipt.
    void writeMatchingReceipt();
    FakeHandler handler();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSandboxProvider> m_provider;
    QString m_projectDir;
    int m_passed = 3; ///< what the fake test command reports
    bool m_testHangs = false;
    QMap<QString, QByteArray> m_filesAtTest; ///< the sandbox's files when the tests ran
    int m_mutantsRun = 0;
};

void ProjectVerifierTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_projectDir = m_dir->filePath(QStringLiteral("project"));
    m_passed = 3;
    m_testHangs = false;
    m_provider = std::make_unique<FakeSandboxProvider>(handler());
    writeProject();
}

Autocoder::Spec::ProjectSpec ProjectVerifierTest::spec() const
{
    Autocoder::Spec::ProjectSpec s =
        Autocoder::Spec::ProjectSpec::forKind(QStringLiteral("bun-library"));
    s.name = QStringLiteral("sum-lib");
    s.description = QStringLiteral("A sum function.");
    s.requirements = QStringList { QStringLiteral("export sum(a, b)") };
    s.lockedTests = { { QStringLiteral("tests/sum.test.ts"), QString::fromUtf8(kLockedTest) } };
    s.commands.install = QStringLiteral("bun install");
    s.commands.test = QStringLiteral("bun test");
    s.commands.build = QString();
    s.commands.lint = QString();
    s.limits.wallClockMinutes = 5;
    return s;
}

FakeHandler ProjectVerifierTest::handler()
{
    return [this](const SandboxProcessRequest &r, FakeSandboxSession &s) -> FakeScript {
        FakeScript out;
        if (r.tag.startsWith(QLatin1String("install-"))) {
            out.stdoutData = "bun install v1.1.38\nChecked 0 installs\n";
            return out;
        }
        if (r.tag.startsWith(QLatin1String("test-"))) {
            out.hang = m_testHangs;
            m_filesAtTest = s.files;
            // The test result follows the code that was uploaded, as a real runner's would.
            const bool sums =
                s.files.value(kProject + QStringLiteral("/src/sum.ts")).contains("a + b");
            out.stderrData = bunOutput(sums ? m_passed : 0, sums ? 0 : 1);
            out.exitCode = sums ? 0 : 1;
            return out;
        }
        if (r.tag.startsWith(QLatin1String("mutant-"))) {
            ++m_mutantsRun;
            out.exitCode = 1; // the tests catch every mutant
            return out;
        }
        return out; // anything else (versions, copies) answers nothing and succeeds
    };
}

void ProjectVerifierTest::writeFile(const QString &relative, const QByteArray &content)
{
    const QString path = m_projectDir + QLatin1Char('/') + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void ProjectVerifierTest::writeProject()
{
    writeFile(QStringLiteral("package.json"), "{ \"name\": \"sum-lib\" }\n");
    writeFile(QStringLiteral("src/sum.ts"),
              "export const sum = (a: number, b: number) => a + b;\n");
    writeFile(QStringLiteral("tests/sum.test.ts"), kLockedTest);
    writeFile(QStringLiteral("RUN_REPORT.md"), "# sum-lib\n");
    // Never uploaded, never digested.
    writeFile(QStringLiteral("node_modules/left-pad/index.js"), "module.exports = 1;\n");
}

VerificationOutcome ProjectVerifierTest::verify(QList<RunEvent> *events)
{
    ProjectVerifier verifier(m_provider.get());
    std::optional<VerificationOutcome> outcome;
    QObject context;
    connect(&verifier, &ProjectVerifier::finished, &context,
            [&outcome](const VerificationOutcome &o) { outcome = o; });
    if (events)
        connect(&verifier, &ProjectVerifier::eventEmitted, &context,
                [events](const RunEvent &e) { events->append(e); });
    verifier.start(m_projectDir, {});
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    }();
    return outcome.value_or(VerificationOutcome());
}

void ProjectVerifierTest::writeMatchingReceipt()
{
    // A first replay against a receipt that holds just the spec finds what the project does.
    VerificationReceipt seed;
    seed.createdAt = QDateTime::currentDateTimeUtc();
    seed.specSha256 = QString(64, QLatin1Char('0'));
    seed.testOutputSha256 = QString(64, QLatin1Char('0'));
    seed.spec = spec().toJsonObject();
    writeFile(QLatin1String(VerificationReceipt::FileName), seed.toJsonBytes());
    const VerificationOutcome first = verify();
    QVERIFY2(first.status != VerificationOutcome::Status::Error, qPrintable(first.error));
    VerificationReceipt receipt = first.found;
    if (receipt.spec.isEmpty())
        receipt.spec = seed.spec;
    if (receipt.testOutputSha256.isEmpty()) // a gate that does not hash its output yet
        receipt.testOutputSha256 = seed.testOutputSha256;
    writeFile(QLatin1String(VerificationReceipt::FileName), receipt.toJsonBytes());
}

void ProjectVerifierTest::missingReceiptIsAnErrorNamingTheFile()
{
    const VerificationOutcome o = verify();
    QCOMPARE(o.status, VerificationOutcome::Status::Error);
    QVERIFY2(o.error.contains(QLatin1String("VERIFICATION.json")), qPrintable(o.error));
    QVERIFY(m_provider->requests.isEmpty()); // no sandbox for nothing to replay
}

void ProjectVerifierTest::badJsonIsAnError()
{
    writeFile(QLatin1String(VerificationReceipt::FileName), "{ \"formatVersion\": 1, ");
    const VerificationOutcome o = verify();
    QCOMPARE(o.status, VerificationOutcome::Status::Error);
    QVERIFY2(o.error.contains(QLatin1String("VERIFICATION.json")), qPrintable(o.error));
    QVERIFY(m_provider->requests.isEmpty());
}

void ProjectVerifierTest::receiptWithoutSpecIsAnError()
{
    VerificationReceipt r;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.specSha256 = QString(64, QLatin1Char('0'));
    r.testOutputSha256 = QString(64, QLatin1Char('0'));
    writeFile(QLatin1String(VerificationReceipt::FileName), r.toJsonBytes());
    const VerificationOutcome o = verify();
    QCOMPARE(o.status, VerificationOutcome::Status::Error);
    QVERIFY2(o.error.contains(QLatin1String("spec")), qPrintable(o.error));
    QVERIFY(m_provider->requests.isEmpty());
}

void ProjectVerifierTest::noBackendIsAnError()
{
    writeMatchingReceipt();
    ProjectVerifier verifier(nullptr);
    QSignalSpy finished(&verifier, &ProjectVerifier::finished);
    verifier.start(m_projectDir, {});
    QVERIFY(finished.isEmpty()); // never on the caller's stack
    QTRY_COMPARE(finished.size(), 1);
    const auto o = finished.first().first().value<VerificationOutcome>();
    QCOMPARE(o.status, VerificationOutcome::Status::Error);
    QVERIFY(!o.error.isEmpty());
}

void ProjectVerifierTest::matchingReplayMatches()
{
    writeMatchingReceipt();
    const int sandboxesBefore = int(m_provider->requests.size());
    QList<RunEvent> events;
    const VerificationOutcome o = verify(&events);
    QCOMPARE(o.status, VerificationOutcome::Status::Match);
    QVERIFY(o.error.isEmpty());
    QVERIFY(VerificationReceipt::matches(o.differences));
    // A fresh sandbox, removed at the end, that held the project as saved (no node_modules,
    // no receipt) and ran the spec's commands.
    QCOMPARE(int(m_provider->requests.size()), sandboxesBefore + 1);
    QVERIFY(!m_provider->sessions.last() || !m_provider->sessions.last()->isAliveNow());
    QCOMPARE(int(m_provider->sessionKills.size()), sandboxesBefore + 1);
    QCOMPARE(m_filesAtTest.value(kProject + QStringLiteral("/src/sum.ts")),
             QByteArray("export const sum = (a: number, b: number) => a + b;\n"));
    QVERIFY(m_filesAtTest.contains(kProject + QStringLiteral("/package.json")));
    QVERIFY(!m_filesAtTest.contains(kProject + QStringLiteral("/node_modules/left-pad/index.js")));
    QVERIFY(!m_filesAtTest.contains(kProject + QStringLiteral("/VERIFICATION.json")));
    QStringList files;
    for (const auto &f : o.found.files)
        files << f.path;
    QVERIFY(files.contains(QStringLiteral("src/sum.ts")));
    QVERIFY(!files.contains(QStringLiteral("RUN_REPORT.md")));
    QVERIFY(!files.contains(QStringLiteral("node_modules/left-pad/index.js")));
    // Progress went out as run events: steps started and finished.
    bool testStarted = false;
    for (const RunEvent &e : std::as_const(events))
        testStarted = testStarted
            || (e.kind == EventKind::StepStarted
                && e.data.value(QStringLiteral("step")).toString() == QLatin1String("test"));
    QVERIFY(testStarted);
}

void ProjectVerifierTest::changedSourceFileIsABlockingDifference()
{
    writeMatchingReceipt();
    writeFile(QStringLiteral("src/sum.ts"),
              "export const sum = (a: number, b: number) => a + b; // ok\n");
    const VerificationOutcome o = verify();
    QCOMPARE(o.status, VerificationOutcome::Status::Mismatch);
    bool found = false;
    for (const ReceiptDifference &d : o.differences) {
        if (d.key == QLatin1String("files/src/sum.ts")) {
            found = true;
            QVERIFY(d.blocking);
            QCOMPARE(d.kind, ReceiptDifference::Kind::Changed);
        }
    }
    QVERIFY(found);
}

void ProjectVerifierTest::changedTestCountIsAMismatch()
{
    writeMatchingReceipt();
    m_passed = 2; // the same files, but the runner now reports one test fewer
    const VerificationOutcome o = verify();
    QCOMPARE(o.status, VerificationOutcome::Status::Mismatch);
    bool found = false;
    for (const ReceiptDifference &d : o.differences) {
        if (d.key == QLatin1String("testOutput/counts/passed")) {
            found = true;
            QVERIFY(d.blocking);
            QCOMPARE(d.expected, QStringLiteral("3"));
            QCOMPARE(d.found, QStringLiteral("2"));
        }
    }
    QVERIFY(found);
}

void ProjectVerifierTest::editedSpecIsABlockingDifference()
{
    writeMatchingReceipt();
    QFile f(m_projectDir + QLatin1Char('/') + QLatin1String(VerificationReceipt::FileName));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto receipt = VerificationReceipt::fromJson(f.readAll());
    f.close();
    QVERIFY(receipt.isOk());
    // The spec in the receipt is no longer the one its hash names (a weaker test command).
    receipt->spec.insert(QStringLiteral("description"), QStringLiteral("Something else."));
    writeFile(QLatin1String(VerificationReceipt::FileName), receipt->toJsonBytes());
    const VerificationOutcome o = verify();
    QCOMPARE(o.status, VerificationOutcome::Status::Mismatch);
    bool found = false;
    for (const ReceiptDifference &d : o.differences)
        found = found || (d.key == QLatin1String("specSha256") && d.blocking);
    QVERIFY(found);
}

void ProjectVerifierTest::mutationSampleUsesTheReceiptsSeed()
{
    writeMatchingReceipt();
    QFile f(m_projectDir + QLatin1Char('/') + QLatin1String(VerificationReceipt::FileName));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto receipt = VerificationReceipt::fromJson(f.readAll());
    f.close();
    QVERIFY(receipt.isOk());
    QVERIFY2(receipt->mutation.has_value(), "a green replay runs the mutation check");
    QCOMPARE(receipt->mutation->status, Autocoder::Mutation::MutationResult::Status::Completed);
    receipt->mutation->seed = 987654321;
    writeFile(QLatin1String(VerificationReceipt::FileName), receipt->toJsonBytes());
    m_mutantsRun = 0;
    const VerificationOutcome o = verify();
    QVERIFY2(o.status != VerificationOutcome::Status::Error, qPrintable(o.error));
    QVERIFY(o.found.mutation.has_value());
    QCOMPARE(o.found.mutation->seed, quint64(987654321));
    QVERIFY(m_mutantsRun > 0);
}

void ProjectVerifierTest::cancelKillsTheSandbox()
{
    writeMatchingReceipt();
    m_testHangs = true;
    ProjectVerifier verifier(m_provider.get());
    std::optional<VerificationOutcome> outcome;
    bool testRunning = false;
    connect(&verifier, &ProjectVerifier::finished, this,
            [&outcome](const VerificationOutcome &o) { outcome = o; });
    connect(&verifier, &ProjectVerifier::eventEmitted, this, [&testRunning](const RunEvent &e) {
        if (e.kind == EventKind::StepStarted
            && e.data.value(QStringLiteral("step")).toString() == QLatin1String("test"))
            testRunning = true;
    });
    verifier.start(m_projectDir, {});
    QTRY_VERIFY(testRunning);
    QPointer<FakeSandboxSession> session = m_provider->sessions.last();
    QVERIFY(session);
    QVERIFY(!session->runningTags().isEmpty());
    verifier.cancel();
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->status, VerificationOutcome::Status::Error);
    QCOMPARE(outcome->error, QStringLiteral("Cancelled"));
    QVERIFY(!session || !session->isAliveNow());
    QVERIFY(m_provider->sessionKills.size() >= 2); // the first replay's and this one's
    verifier.cancel(); // after the end: nothing more
    QTest::qWait(50);
}

void ProjectVerifierTest::sandboxThatCannotBeMadeIsAnError()
{
    writeMatchingReceipt();
    m_provider->failCreate = true;
    const VerificationOutcome o = verify();
    QCOMPARE(o.status, VerificationOutcome::Status::Error);
    QVERIFY(!o.error.isEmpty());
}

void ProjectVerifierTest::deletingARunningVerifierRemovesItsSandbox()
{
    writeMatchingReceipt();
    m_testHangs = true;
    auto verifier = std::make_unique<ProjectVerifier>(m_provider.get());
    bool testRunning = false;
    connect(
        verifier.get(), &ProjectVerifier::eventEmitted, this, [&testRunning](const RunEvent &e) {
            testRunning = testRunning
                || (e.kind == EventKind::StepStarted
                    && e.data.value(QStringLiteral("step")).toString() == QLatin1String("test"));
        });
    verifier->start(m_projectDir, {});
    QTRY_VERIFY(testRunning);
    const QString id = m_provider->requests.isEmpty() || m_provider->sessions.isEmpty()
        ? QString()
        : m_provider->sessions.last()->sandboxId();
    QVERIFY(!id.isEmpty());
    verifier.reset();
    QTRY_VERIFY(m_provider->killedIds.contains(id));
}

void ProjectVerifierTest::archiveHoldsTheProjectOnly()
{
    writeFile(QStringLiteral(".git/config"), "[core]\n");
    writeFile(QStringLiteral("sub/node_modules/x.js"), "x");
    writeFile(QLatin1String(VerificationReceipt::FileName), "{}");
    writeFile(QStringLiteral("docs/VERIFICATION.json"), "kept: not the top-level receipt");
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), m_projectDir + QStringLiteral("/passwd")));
    QVERIFY(QFile::link(m_dir->path(), m_projectDir + QStringLiteral("/outside")));
    QVERIFY(QFile::setPermissions(m_projectDir + QStringLiteral("/package.json"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString archive = m_dir->filePath(QStringLiteral("p.tar.gz"));
    const Autocoder::Result<int> packed = ProjectArchive::pack(m_projectDir, archive);
    QVERIFY2(packed.isOk(), qPrintable(packed.isOk() ? QString() : packed.error()));
    QMap<QString, QByteArray> files;
    QVERIFY(SafeArchive::readAll(archive, &files).isOk());
    QCOMPARE(
        files.keys(),
        (QStringList { QStringLiteral("RUN_REPORT.md"), QStringLiteral("docs/VERIFICATION.json"),
                       QStringLiteral("package.json"), QStringLiteral("src/sum.ts"),
                       QStringLiteral("tests/sum.test.ts") }));
    QCOMPARE(*packed, 5);
    QVERIFY(!ProjectArchive::pack(m_dir->filePath(QStringLiteral("nowhere")), archive).isOk());
}

void ProjectVerifierTest::receiptCannotOpenTheSandboxToOtherHosts()
{
    writeMatchingReceipt();
    // Someone hands over a project whose receipt asks for more of the network.
    QFile saved(m_projectDir + QLatin1Char('/') + QLatin1String(VerificationReceipt::FileName));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    auto receipt = VerificationReceipt::fromJson(saved.readAll());
    saved.close();
    QVERIFY(receipt);
    Autocoder::Spec::ProjectSpec wide = spec();
    wide.sandbox.allowOut = { QStringLiteral("exfil.example.com"), QStringLiteral("0.0.0.0/0") };
    receipt->spec = wide.toJsonObject();
    writeFile(QLatin1String(VerificationReceipt::FileName), receipt->toJsonBytes());
    QList<RunEvent> events;
    const VerificationOutcome o = verify(&events);
    QVERIFY2(o.status != VerificationOutcome::Status::Error, qPrintable(o.error));
    const QStringList allowed = m_provider->requests.last().allowOut;
    QVERIFY2(!allowed.contains(QStringLiteral("exfil.example.com"))
                 && !allowed.contains(QStringLiteral("0.0.0.0/0")),
             qPrintable(allowed.join(u' ')));
    QVERIFY(allowed.contains(QStringLiteral("registry.npmjs.org"))); // what bun install needs
    bool warned = false;
    for (const RunEvent &e : std::as_const(events))
        warned = warned
            || (e.kind == EventKind::Log
                && e.data.value(QStringLiteral("text"))
                       .toString()
                       .contains(QLatin1String("exfil.example.com")));
    QVERIFY(warned);
}

QTEST_GUILESS_MAIN(ProjectVerifierTest)
#include "tst_projectverifier.moc"
