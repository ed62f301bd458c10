#include "../run/fakesandbox.h"
#include "headlesscli.h"
#include "headlessverify.h"

#include "run/projectverifier.h"
#include "spec/projectspec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Autocoder;
using namespace Autocoder::Run::Testing;
using Autocoder::Cli::CliCommand;
using Autocoder::Cli::HeadlessVerify;
using Autocoder::Run::ReceiptDifference;
using Autocoder::Run::VerificationOutcome;
using Autocoder::Run::VerificationReceipt;

/// `autocoder verify DIR` end to end in this process, against the fake sandbox: the exit
/// codes and what is printed (the real sandbox's run is the end-to-end tests').
class HeadlessVerifyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void matchExitsWithZero();
    void mismatchExitsWithOne();
    void noReceiptExitsWithTwo();
    void notAFolderExitsWithTwo();
    void commandLineExitsWithTwoWithoutSandbox_data();
    void commandLineExitsWithTwoWithoutSandbox();
    void humanReport();
    void jsonReport();

private:
    void writeFile(const QString &relative, const QByteArray &content);
    void writeMatchingReceipt();
    int verify(bool json = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSandboxProvider> m_provider;
    QString m_projectDir;
    int m_passed = 2;
};

void HeadlessVerifyTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_projectDir = m_dir->filePath(QStringLiteral("sum-lib"));
    m_passed = 2;
    m_provider = std::make_unique<FakeSandboxProvider>(
        [this](const Run::SandboxProcessRequest &r, FakeSandboxSession &) -> FakeScript {
            FakeScript out;
            if (r.tag.startsWith(QLatin1String("test-"))) {
                QByteArray lines;
                for (int i = 0; i < m_passed; ++i)
                    lines += "(pass) adds " + QByteArray::number(i) + " [0.10ms]\n";
                out.stderrData = "bun test v1.1.38\n\ntests/sum.test.ts:\n" + lines + "\n "
                    + QByteArray::number(m_passed) + " pass\n 0 fail\n";
            }
            return out;
        });
    writeFile(QStringLiteral("src/sum.ts"),
              "export const sum = (a: number, b: number) => a + b;\n");
    writeFile(QStringLiteral("tests/sum.test.ts"), "test('adds', () => {});\n");
}

void HeadlessVerifyTest::writeFile(const QString &relative, const QByteArray &content)
{
    const QString path = m_projectDir + QLatin1Char('/') + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void HeadlessVerifyTest::writeMatchingReceipt()
{
    Spec::ProjectSpec spec = Spec::ProjectSpec::forKind(QStringLiteral("bun-library"));
    spec.name = QStringLiteral("sum-lib");
    spec.commands.install = QStringLiteral("bun install");
    spec.commands.test = QStringLiteral("bun test");
    spec.commands.build = QString();
    spec.commands.lint = QString();
    VerificationReceipt seed;
    seed.createdAt = QDateTime::currentDateTimeUtc();
    seed.specSha256 = QString(64, QLatin1Char('0'));
    seed.testOutputSha256 = QString(64, QLatin1Char('0'));
    seed.spec = spec.toJsonObject();
    writeFile(QLatin1String(VerificationReceipt::FileName), seed.toJsonBytes());
    // What a first replay finds is what the project proves.
    Run::ProjectVerifier verifier(m_provider.get());
    QSignalSpy finished(&verifier, &Run::ProjectVerifier::finished);
    verifier.start(m_projectDir, {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    VerificationReceipt receipt = finished.first().first().value<VerificationOutcome>().found;
    if (receipt.spec.isEmpty())
        receipt.spec = seed.spec;
    if (receipt.testOutputSha256.isEmpty())
        receipt.testOutputSha256 = seed.testOutputSha256;
    writeFile(QLatin1String(VerificationReceipt::FileName), receipt.toJsonBytes());
}

int HeadlessVerifyTest::verify(bool json)
{
    CliCommand command;
    command.kind = CliCommand::Kind::Verify;
    command.projectDir = m_projectDir;
    command.json = json;
    HeadlessVerify verifying(command);
    std::optional<int> code;
    QObject context;
    connect(&verifying, &HeadlessVerify::done, &context, [&code](int c) { code = c; });
    // What `autocoder verify` does once its backend is up; start() checks the folder first.
    if (QFileInfo::exists(
            QDir(m_projectDir).filePath(QLatin1String(VerificationReceipt::FileName))))
        verifying.startWith(m_provider.get());
    else
        verifying.start({});
    if (!QTest::qWaitFor([&code]() { return code.has_value(); }, 20000))
        return -1;
    return *code;
}

void HeadlessVerifyTest::matchExitsWithZero()
{
    writeMatchingReceipt();
    QCOMPARE(verify(), int(Cli::ExitGreen));
    QCOMPARE(verify(true), 0);
}

void HeadlessVerifyTest::mismatchExitsWithOne()
{
    writeMatchingReceipt();
    writeFile(QStringLiteral("src/sum.ts"),
              "export const sum = (a: number, b: number) => b + a;\n");
    QCOMPARE(verify(), int(Cli::ExitNotGreen));
    writeMatchingReceipt();
    m_passed = 1;
    QCOMPARE(verify(true), 1);
}

void HeadlessVerifyTest::noReceiptExitsWithTwo()
{
    const int before = int(m_provider->requests.size());
    QCOMPARE(verify(), int(Cli::ExitBadInput));
    QCOMPARE(int(m_provider->requests.size()), before); // no sandbox, no backend
}

void HeadlessVerifyTest::notAFolderExitsWithTwo()
{
    m_projectDir = m_dir->filePath(QStringLiteral("nowhere"));
    QCOMPARE(verify(true), int(Cli::ExitBadInput));
}

void HeadlessVerifyTest::commandLineExitsWithTwoWithoutSandbox_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("no folder") << QStringList { QStringLiteral("verify") } << QString()
                               << QStringLiteral("Usage: autocoder verify");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("verify"), QStringLiteral("d"), QStringLiteral("--nope") }
        << QString() << QStringLiteral("nope");
    QTest::newRow("not a folder") << QStringList { QStringLiteral("verify"),
                                                   QStringLiteral("/nonexistent/sum-lib") }
                                  << QStringLiteral("Cannot verify /nonexistent/sum-lib")
                                  << QString();
    QTest::newRow("no receipt, json")
        << QStringList { QStringLiteral("verify"), QStringLiteral("@PROJECT@"),
                         QStringLiteral("--json") }
        << QStringLiteral("\"status\":\"error\"") << QString();
}

void HeadlessVerifyTest::commandLineExitsWithTwoWithoutSandbox()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    args.replaceInStrings(QStringLiteral("@PROJECT@"), m_projectDir);
    QProcess driver;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing here may start a sandbox server: it would show up in this data folder.
    env.insert(QStringLiteral("AUTOCODER_SANDBOXD_DATA_DIR"),
               m_dir->filePath(QStringLiteral("sbx")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    driver.setProcessEnvironment(env);
    driver.start(QStringLiteral(AUTOCODER_BINARY_DIR "/tests/run/autocoder-headless-driver"), args);
    QVERIFY(driver.waitForFinished(30000));
    QCOMPARE(driver.exitStatus(), QProcess::NormalExit);
    QCOMPARE(driver.exitCode(), int(Cli::ExitBadInput));
    const QString out = QString::fromLocal8Bit(driver.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(driver.readAllStandardError());
    if (!stdoutHas.isEmpty())
        QVERIFY2(out.contains(stdoutHas), qPrintable(out));
    if (!stderrHas.isEmpty())
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("sbx"))));
}

void HeadlessVerifyTest::humanReport()
{
    VerificationOutcome o;
    o.status = VerificationOutcome::Status::Match;
    o.differences = { { QStringLiteral("toolchain/bun"), QStringLiteral("1.1.38"),
                        QStringLiteral("1.1.40"), ReceiptDifference::Kind::Changed, false } };
    QString text = HeadlessVerify::humanReport(QStringLiteral("/p"), o);
    QVERIFY2(text.startsWith(QLatin1String("Verified: /p matches its receipt\n")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("toolchain/bun: expected 1.1.38, found 1.1.40")));

    o.status = VerificationOutcome::Status::Mismatch;
    o.differences.append({ QStringLiteral("files/src/sum.ts"), QStringLiteral("aa"),
                           QStringLiteral("bb"), ReceiptDifference::Kind::Changed, true });
    o.differences.append({ QStringLiteral("files/src/new.ts"), QString(), QStringLiteral("cc"),
                           ReceiptDifference::Kind::Added, true });
    text = HeadlessVerify::humanReport(QStringLiteral("/p"), o);
    QVERIFY2(text.startsWith(QLatin1String("/p does not match its receipt:\n")), qPrintable(text));
    // Blocking first, the informational after.
    QVERIFY(text.indexOf(QLatin1String("files/src/sum.ts: expected aa, found bb"))
            < text.indexOf(QLatin1String("toolchain/bun")));
    QVERIFY(text.contains(QLatin1String("files/src/new.ts: not in the receipt (found cc)")));

    o = VerificationOutcome();
    o.error = QStringLiteral("no receipt");
    QCOMPARE(HeadlessVerify::humanReport(QStringLiteral("/p"), o),
             QStringLiteral("Cannot verify /p: no receipt\n"));
    QCOMPARE(HeadlessVerify::exitCodeFor(o), 2);
}

void HeadlessVerifyTest::jsonReport()
{
    VerificationOutcome o;
    o.status = VerificationOutcome::Status::Mismatch;
    o.differences = { { QStringLiteral("toolchain/bun"), QStringLiteral("1"), QStringLiteral("2"),
                        ReceiptDifference::Kind::Changed, false },
                      { QStringLiteral("files/a.ts"), QStringLiteral("x"), QString(),
                        ReceiptDifference::Kind::Missing, true } };
    const QJsonObject json = QJsonDocument::fromJson(HeadlessVerify::jsonReport(o)).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
    QCOMPARE(json.value(QStringLiteral("error")).toString(), QString());
    const QJsonArray differences = json.value(QStringLiteral("differences")).toArray();
    QCOMPARE(differences.size(), 2);
    const QJsonObject first = differences.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("files/a.ts"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("missing"));
    QCOMPARE(first.value(QStringLiteral("expected")).toString(), QStringLiteral("x"));
    QCOMPARE(first.value(QStringLiteral("found")).toString(), QString());
    QCOMPARE(first.value(QStringLiteral("blocking")).toBool(), true);
    QCOMPARE(differences.at(1).toObject().value(QStringLiteral("blocking")).toBool(), false);
    QVERIFY(!HeadlessVerify::jsonReport(o).contains('\n'));

    o = VerificationOutcome();
    o.status = VerificationOutcome::Status::Match;
    QCOMPARE(QJsonDocument::fromJson(HeadlessVerify::jsonReport(o))
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("match"));
    o.status = VerificationOutcome::Status::Error;
    o.error = QStringLiteral("boom");
    const QJsonObject error = QJsonDocument::fromJson(HeadlessVerify::jsonReport(o)).object();
    QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("boom"));
}

QTEST_GUILESS_MAIN(HeadlessVerifyTest)
#include "tst_headlessverify.moc"
