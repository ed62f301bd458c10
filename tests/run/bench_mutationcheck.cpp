// What the mutation check costs on a 50-file project, in the real local sandbox with real
// bun: a replay (ProjectVerifier) of a generated project runs install, the tests and the
// mutation check exactly as a run's gate does; the figures come from its step events.
#include "e2efixture.h"

#include "run/projectverifier.h"
#include "run/receiptbuilder.h"

#include <QElapsedTimer>

using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

// One small module with the usual mix of comparisons, arithmetic, constants and returns,
// and a test file whose tests check it.
QByteArray module(int i)
{
    return QStringLiteral(
               R"(export function clamp%1(value: number, low: number, high: number): number {
  if (value < low) {
    return low;
  }
  if (value > high) {
    return high;
  }
  return value;
}

export function label%1(count: number): string {
  if (count === 0) {
    return "none";
  }
  return count === 1 ? "one" : "many";
}

export function total%1(values: number[]): number {
  let sum = %1;
  for (const v of values) {
    sum = sum + v * 2;
  }
  return sum;
}
)")
        .arg(i)
        .toUtf8();
}

QByteArray moduleTest(int i)
{
    return QStringLiteral(R"(import { expect, test } from "bun:test";
import { clamp%1, label%1, total%1 } from "../src/module%1";

test("[R1] clamp%1 keeps values inside the range", () => {
  expect(clamp%1(-1, 0, 10)).toBe(0);
  expect(clamp%1(11, 0, 10)).toBe(10);
  expect(clamp%1(5, 0, 10)).toBe(5);
});

test("[R1] label%1 names counts", () => {
  expect(label%1(0)).toBe("none");
  expect(label%1(1)).toBe("one");
  expect(label%1(2)).toBe("many");
});

test("[R1] total%1 doubles and adds", () => {
  expect(total%1([1, 2])).toBe(%1 + 6);
});
)")
        .arg(i)
        .toUtf8();
}

} // namespace

class BenchMutationCheck : public E2eTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { stopServer(); }
    void checkFiftyFiles();

private:
    QString m_project;
};

void BenchMutationCheck::initTestCase()
{
    initServer();
    if (!m_skipReason.isEmpty())
        return;
    m_project = m_dir.filePath(QStringLiteral("project"));
    writeFile(m_project + QStringLiteral("/package.json"),
              "{\n  \"name\": \"fifty\",\n  \"version\": \"0.1.0\",\n  \"type\": \"module\"\n}\n");
    for (int i = 0; i < 50; ++i) {
        writeFile(m_project + QStringLiteral("/src/module%1.ts").arg(i), module(i));
        writeFile(m_project + QStringLiteral("/tests/module%1.test.ts").arg(i), moduleTest(i));
    }
    Autocoder::Spec::ProjectSpec spec;
    spec.name = QStringLiteral("fifty");
    spec.description = QStringLiteral("Fifty small modules.");
    spec.requirements = { QStringLiteral("Every module clamps, labels and totals.") };
    spec.commands.install = QStringLiteral("bun install");
    spec.commands.test = QStringLiteral("bun test");
    spec.commands.build.clear();
    spec.commands.lint.clear();
    VerificationReceipt receipt;
    receipt.spec = spec.toJsonObject();
    receipt.specSha256 = ReceiptBuilder::specSha256(spec);
    receipt.createdAt = QDateTime::currentDateTimeUtc();
    // Only what the replay reads has to be right; the comparison is not what is measured.
    receipt.testOutputSha256 = VerificationReceipt::sha256Hex(QByteArray());
    writeFile(m_project + QLatin1Char('/') + QLatin1String(VerificationReceipt::FileName),
              receipt.toJsonBytes());
}

void BenchMutationCheck::checkFiftyFiles()
{
    if (!m_skipReason.isEmpty())
        AUTOCODER_SKIP(qPrintable(m_skipReason));
    QMap<QString, qint64> stepMs;
    QJsonObject mutation;
    std::optional<VerificationOutcome> outcome;
    qint64 wallMs = 0;
    QBENCHMARK_ONCE
    {
        ProjectVerifier verifier(m_provider.get());
        connect(&verifier, &ProjectVerifier::eventEmitted, this, [&](const RunEvent &e) {
            if (e.kind == EventKind::StepFinished)
                stepMs.insert(e.data.value(QStringLiteral("step")).toString(),
                              qint64(e.data.value(QStringLiteral("durationMs")).toDouble()));
            else if (e.kind == EventKind::GateMutation)
                mutation = e.data.value(QStringLiteral("result")).toObject();
        });
        connect(&verifier, &ProjectVerifier::finished, this,
                [&](const VerificationOutcome &o) { outcome = o; });
        QElapsedTimer timer;
        timer.start();
        verifier.start(m_project, {});
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 600000);
        wallMs = timer.elapsed();
    }
    QVERIFY2(outcome->status != VerificationOutcome::Status::Error, qPrintable(outcome->error));
    const QJsonObject counts = mutation.value(QStringLiteral("counts")).toObject();
    qInfo("50 files: install %lld ms, tests %lld ms, mutation check %lld ms for %d mutants "
          "(%d killed, %d survived, %d timed out) of %d candidates; whole replay %lld ms",
          stepMs.value(QStringLiteral("install")), stepMs.value(QStringLiteral("test")),
          stepMs.value(QStringLiteral("mutation")), counts.value(QStringLiteral("total")).toInt(),
          counts.value(QStringLiteral("killed")).toInt(),
          counts.value(QStringLiteral("survived")).toInt(),
          counts.value(QStringLiteral("timedOut")).toInt(),
          mutation.value(QStringLiteral("candidates")).toInt(), wallMs);
    QCOMPARE(mutation.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 20);
}

QTEST_GUILESS_MAIN(BenchMutationCheck)
#include "bench_mutationcheck.moc"
