#include "mutation/mutationresult.h"
#include "run/receiptdifference.h"
#include "run/requirementcoverage.h"
#include "run/testrecord.h"
#include "run/verificationreceipt.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Autocoder;
using namespace Autocoder::Run;
using Kind = ReceiptDifference::Kind;

namespace {

QString sha(const char *text)
{
    return VerificationReceipt::sha256Hex(QByteArray(text));
}

TestRecord test(const QString &name, QLatin1String status)
{
    TestRecord r;
    r.name = name;
    r.status = status;
    return r;
}

Mutation::MutantResult mutant(int line, Mutation::MutationOutcome outcome)
{
    Mutation::MutantResult m;
    m.mutant.file = QStringLiteral("src/slug.ts");
    m.mutant.line = line;
    m.mutant.column = 3;
    m.mutant.offset = line * 10;
    m.mutant.original = QStringLiteral("<");
    m.mutant.replacement = QStringLiteral(">=");
    m.outcome = outcome;
    return m;
}

Mutation::MutationResult mutationResult()
{
    Mutation::MutationResult r;
    r.seed = 7;
    r.maxMutants = 4;
    r.candidates = 4;
    r.operators = { Mutation::MutationOperator::Id::ComparisonFlip };
    r.mutants = { mutant(1, Mutation::MutationOutcome::Killed),
                  mutant(2, Mutation::MutationOutcome::Killed),
                  mutant(3, Mutation::MutationOutcome::Killed),
                  mutant(4, Mutation::MutationOutcome::Survived) };
    return r;
}

VerificationReceipt receipt(bool withMutation = true)
{
    VerificationReceipt r;
    r.autocoderVersion = QStringLiteral("0.9.0");
    r.createdAt = QDateTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC);
    r.specSha256 = sha("spec");
    r.lockedTests = { { QStringLiteral("tests/a.test.ts"), sha("a"), false } };
    r.commands = { { QStringLiteral("install"), QStringLiteral("bun install"), 0 },
                   { QStringLiteral("test"), QStringLiteral("bun test"), 0 } };
    r.toolchain = { { QStringLiteral("bun"), QStringLiteral("1.1.38") },
                    { QStringLiteral("node"), QStringLiteral("v22.11.0") } };
    r.requirements = RequirementCoverage::compute(
        { QStringLiteral("lowercases"), QStringLiteral("dashes") },
        { test(QStringLiteral("lower [R1]"), QLatin1String("passed")),
          test(QStringLiteral("dash [R2]"), QLatin1String("passed")) });
    if (withMutation)
        r.mutation = mutationResult();
    r.testOutputSha256 = sha("2 pass");
    r.testCounts = { 2, 0, 0 };
    r.files = { { QStringLiteral("package.json"), sha("{}"), false },
                { QStringLiteral("src/slug.ts"), sha("export"), false } };
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList paths(const QList<VerificationReceipt::FileDigest> &list)
{
    QStringList out;
    for (const auto &d : list)
        out.append(d.path);
    return out;
}

QJsonObject withRemoved(QJsonObject o, const QStringList &path)
{
    if (path.size() == 1) {
        o.remove(path.first());
        return o;
    }
    o.insert(path.first(), withRemoved(o.value(path.first()).toObject(), path.mid(1)));
    return o;
}

QJsonObject withValue(QJsonObject o, const QStringList &path, const QJsonValue &v)
{
    if (path.size() == 1) {
        o.insert(path.first(), v);
        return o;
    }
    o.insert(path.first(), withValue(o.value(path.first()).toObject(), path.mid(1), v));
    return o;
}

} // namespace

class TestVerificationReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void identicalMatches();
    void differences_data();
    void differences();
    void informationalDoesNotBlock();
    void mutationPresence();
    void digestFolder();
    void digestDetectsChanges();
    void symlinkIsNotFollowed();
    void digestRefusesMissingFolder();
    void badJson_data();
    void badJson();
    void largeProject();
};

void TestVerificationReceipt::roundTrip_data()
{
    QTest::addColumn<bool>("withMutation");
    QTest::newRow("with mutation") << true;
    QTest::newRow("without mutation") << false;
}

void TestVerificationReceipt::roundTrip()
{
    QFETCH(bool, withMutation);
    const VerificationReceipt r = receipt(withMutation);
    const QByteArray bytes = r.toJsonBytes();
    const Result<VerificationReceipt> back = VerificationReceipt::fromJson(bytes);
    QVERIFY2(back.isOk(), qPrintable(back.isOk() ? QString() : back.error()));
    QCOMPARE(back->toJsonBytes(), bytes);
    QCOMPARE(back->createdAt, r.createdAt);
    QCOMPARE(back->files, r.files);
    QCOMPARE(back->commands, r.commands);
    QCOMPARE(back->requirements, r.requirements);
    QCOMPARE(back->mutation.has_value(), withMutation);
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2026-11-30T23:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("mutation")).isNull(), !withMutation);
    QVERIFY(VerificationReceipt::compare(r, *back).isEmpty());
}

void TestVerificationReceipt::identicalMatches()
{
    QVERIFY(VerificationReceipt::compare(receipt(), receipt()).isEmpty());
    QVERIFY(receipt().matches(receipt()));
}

void TestVerificationReceipt::differences_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("blocking");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("found");

    const auto row = [](const char *name, int change, const QString &key, Kind kind, bool blocking,
                        const QString &expected, const QString &found) {
        QTest::newRow(name) << change << key << int(kind) << blocking << expected << found;
    };
    row("spec", 0, QStringLiteral("specSha256"), Kind::Changed, true, sha("spec"), sha("other"));
    row("locked changed", 1, QStringLiteral("lockedTests/tests/a.test.ts"), Kind::Changed, true,
        sha("a"), sha("b"));
    row("locked missing", 2, QStringLiteral("lockedTests/tests/a.test.ts"), Kind::Missing, true,
        sha("a"), QString());
    row("exit code", 3, QStringLiteral("commands/test/exitCode"), Kind::Changed, true,
        QStringLiteral("0"), QStringLiteral("1"));
    row("command", 4, QStringLiteral("commands/install/command"), Kind::Changed, true,
        QStringLiteral("bun install"), QStringLiteral("npm install"));
    row("requirement status", 5, QStringLiteral("requirements/R2/status"), Kind::Changed, true,
        QStringLiteral("covered"), QStringLiteral("failing"));
    row("mutation score", 6, QStringLiteral("mutation/score"), Kind::Changed, true,
        QStringLiteral("0.75"), QStringLiteral("1"));
    row("toolchain", 7, QStringLiteral("toolchain/bun"), Kind::Changed, false,
        QStringLiteral("1.1.38"), QStringLiteral("1.2.0"));
    row("failed count", 8, QStringLiteral("testOutput/counts/failed"), Kind::Changed, true,
        QStringLiteral("0"), QStringLiteral("1"));
    row("file changed", 9, QStringLiteral("files/src/slug.ts"), Kind::Changed, true, sha("export"),
        sha("export "));
    row("file added", 10, QStringLiteral("files/src/extra.ts"), Kind::Added, true, QString(),
        sha("x"));
    row("created", 11, QStringLiteral("createdAt"), Kind::Changed, false,
        QStringLiteral("2026-11-30T23:00:00Z"), QStringLiteral("2026-12-01T08:00:00Z"));
    row("version", 12, QStringLiteral("autocoderVersion"), Kind::Changed, false,
        QStringLiteral("0.9.0"), QStringLiteral("0.9.1"));
    row("tool added", 13, QStringLiteral("toolchain/claude"), Kind::Added, false, QString(),
        QStringLiteral("2.0.1"));
    row("output digest", 14, QStringLiteral("testOutput/sha256"), Kind::Changed, false,
        sha("2 pass"), sha("2 pass (12ms)"));
    row("requirement missing", 15, QStringLiteral("requirements/R2/status"), Kind::Missing, true,
        QStringLiteral("covered"), QString());
    row("file missing", 16, QStringLiteral("files/package.json"), Kind::Missing, true, sha("{}"),
        QString());
    row("step added", 17, QStringLiteral("commands/lint/exitCode"), Kind::Added, true, QString(),
        QStringLiteral("0"));
}

void TestVerificationReceipt::differences()
{
    QFETCH(int, change);
    QFETCH(QString, key);
    QFETCH(int, kind);
    QFETCH(bool, blocking);
    QFETCH(QString, expected);
    QFETCH(QString, found);

    VerificationReceipt f = receipt();
    switch (change) {
    case 0:
        f.specSha256 = sha("other");
        break;
    case 1:
        f.lockedTests[0].sha256 = sha("b");
        break;
    case 2:
        f.lockedTests.clear();
        break;
    case 3:
        f.commands[1].exitCode = 1;
        break;
    case 4:
        f.commands[0].command = QStringLiteral("npm install");
        break;
    case 5:
        f.requirements = RequirementCoverage::compute(
            { QStringLiteral("lowercases"), QStringLiteral("dashes") },
            { test(QStringLiteral("lower [R1]"), QLatin1String("passed")),
              test(QStringLiteral("dash [R2]"), QLatin1String("failed")) });
        break;
    case 6:
        f.mutation->setOutcome(f.mutation->mutants[3].mutant.id(),
                               Mutation::MutationOutcome::Killed);
        break;
    case 7:
        f.toolchain[QStringLiteral("bun")] = QStringLiteral("1.2.0");
        break;
    case 8:
        f.testCounts.failed = 1;
        break;
    case 9:
        f.files[1].sha256 = sha("export ");
        break;
    case 10:
        f.files.append({ QStringLiteral("src/extra.ts"), sha("x"), false });
        break;
    case 11:
        f.createdAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        break;
    case 12:
        f.autocoderVersion = QStringLiteral("0.9.1");
        break;
    case 13:
        f.toolchain[QStringLiteral("claude")] = QStringLiteral("2.0.1");
        break;
    case 14:
        f.testOutputSha256 = sha("2 pass (12ms)");
        break;
    case 15:
        f.requirements = RequirementCoverage::compute(
            { QStringLiteral("lowercases") },
            { test(QStringLiteral("lower [R1]"), QLatin1String("passed")) });
        break;
    case 16:
        f.files.removeFirst();
        break;
    case 17:
        f.commands.append({ QStringLiteral("lint"), QStringLiteral("eslint ."), 0 });
        break;
    }

    const QList<ReceiptDifference> diffs = VerificationReceipt::compare(receipt(), f);
    const auto it = std::find_if(diffs.cbegin(), diffs.cend(),
                                 [&](const ReceiptDifference &d) { return d.key == key; });
    QVERIFY2(it != diffs.cend(), qPrintable(key));
    QCOMPARE(int(it->kind), kind);
    QCOMPARE(it->blocking, blocking);
    QCOMPARE(it->expected, expected);
    QCOMPARE(it->found, found);
    QCOMPARE(VerificationReceipt::matches(diffs), !blocking);
    // The reverse comparison swaps sides and turns Missing into Added.
    const QList<ReceiptDifference> back = VerificationReceipt::compare(f, receipt());
    const auto rev = std::find_if(back.cbegin(), back.cend(),
                                  [&](const ReceiptDifference &d) { return d.key == key; });
    QVERIFY(rev != back.cend());
    QCOMPARE(rev->expected, found);
    QCOMPARE(rev->found, expected);
}

void TestVerificationReceipt::informationalDoesNotBlock()
{
    VerificationReceipt f = receipt();
    f.createdAt = f.createdAt.addDays(3);
    f.autocoderVersion = QStringLiteral("1.0.0");
    f.toolchain.remove(QStringLiteral("node"));
    f.toolchain[QStringLiteral("bun")] = QStringLiteral("9");
    f.testOutputSha256 = sha("different timing");
    const QList<ReceiptDifference> diffs = VerificationReceipt::compare(receipt(), f);
    QCOMPARE(diffs.size(), 5);
    for (const ReceiptDifference &d : diffs)
        QVERIFY2(!d.blocking, qPrintable(d.key));
    QVERIFY(VerificationReceipt::matches(diffs));
    QVERIFY(receipt().matches(f));

    f.testCounts.skipped = 1;
    QVERIFY(!receipt().matches(f));
}

void TestVerificationReceipt::mutationPresence()
{
    VerificationReceipt none = receipt(false);
    const QList<ReceiptDifference> missing = VerificationReceipt::compare(receipt(), none);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().key, QStringLiteral("mutation"));
    QCOMPARE(missing.first().kind, Kind::Missing);
    QVERIFY(missing.first().blocking);
    QCOMPARE(VerificationReceipt::compare(none, receipt()).first().kind, Kind::Added);
    QVERIFY(VerificationReceipt::compare(none, none).isEmpty());

    // A survivor swapped for another keeps every count but is still a different result.
    VerificationReceipt swapped = receipt();
    swapped.mutation->setOutcome(swapped.mutation->mutants[3].mutant.id(),
                                 Mutation::MutationOutcome::Killed);
    swapped.mutation->setOutcome(swapped.mutation->mutants[0].mutant.id(),
                                 Mutation::MutationOutcome::Survived);
    const QList<ReceiptDifference> diffs = VerificationReceipt::compare(receipt(), swapped);
    QStringList keys;
    for (const ReceiptDifference &d : diffs)
        keys.append(d.key);
    QCOMPARE(keys,
             QStringList({ QStringLiteral("mutation/survivors/src/slug.ts:1:3:comparison-flip"),
                           QStringLiteral("mutation/survivors/src/slug.ts:4:3:comparison-flip") }));
    QVERIFY(!VerificationReceipt::matches(diffs));

    // A timed-out mutant counts as killed, as the score does; an error is informational.
    VerificationReceipt timedOut = receipt();
    timedOut.mutation->setOutcome(timedOut.mutation->mutants[0].mutant.id(),
                                  Mutation::MutationOutcome::TimedOut);
    QVERIFY(VerificationReceipt::compare(receipt(), timedOut).isEmpty());
    VerificationReceipt errored = receipt();
    errored.mutation->mutants.append(mutant(9, Mutation::MutationOutcome::Error));
    const QList<ReceiptDifference> errors = VerificationReceipt::compare(receipt(), errored);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().key, QStringLiteral("mutation/counts/error"));
    QVERIFY(!errors.first().blocking);
}

void TestVerificationReceipt::digestFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/slug.ts")), "export const a = 1;\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("package.json")), "{}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".gitignore")), "node_modules\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("VERIFICATION.json")), "{}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("node_modules/x/index.js")), "x"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("packages/a/node_modules/y.js")), "y"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".git/HEAD")), "ref"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("docs/VERIFICATION.json")), "nested, kept"));

    const auto digest = VerificationReceipt::digestFolder(dir.path());
    QVERIFY2(digest.isOk(), qPrintable(digest.isOk() ? QString() : digest.error()));
    QCOMPARE(paths(*digest),
             QStringList({ QStringLiteral(".gitignore"), QStringLiteral("docs/VERIFICATION.json"),
                           QStringLiteral("package.json"), QStringLiteral("src/slug.ts") }));
    QCOMPARE(digest->at(3).sha256, sha("export const a = 1;\n"));
    QVERIFY(!digest->at(3).symlink);
}

void TestVerificationReceipt::digestDetectsChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("src/slug.ts"));
    QVERIFY(writeFile(source, "line 1\nline 2\nline 3\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/other.ts")), "other\n"));
    VerificationReceipt saved = receipt();
    saved.files = *VerificationReceipt::digestFolder(dir.path());

    const auto replay = [&] {
        VerificationReceipt r = receipt();
        r.files = *VerificationReceipt::digestFolder(dir.path());
        return VerificationReceipt::compare(saved, r);
    };
    QVERIFY(replay().isEmpty());
    // Changes in skipped places are not differences.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("node_modules/z.js")), "z"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("VERIFICATION.json")), "{\"x\":1}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".git/index")), "i"));
    QVERIFY(replay().isEmpty());

    QVERIFY(writeFile(source, "line 1\nline two\nline 3\n"));
    QList<ReceiptDifference> diffs = replay();
    QCOMPARE(diffs.size(), 1);
    QCOMPARE(diffs.first().key, QStringLiteral("files/src/slug.ts"));
    QCOMPARE(diffs.first().kind, Kind::Changed);
    QVERIFY(diffs.first().blocking);
    QVERIFY(writeFile(source, "line 1\nline 2\nline 3\n"));

    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/new.ts")), "new\n"));
    diffs = replay();
    QCOMPARE(diffs.size(), 1);
    QCOMPARE(diffs.first().key, QStringLiteral("files/src/new.ts"));
    QCOMPARE(diffs.first().kind, Kind::Added);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("src/new.ts"))));

    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("src/other.ts"))));
    diffs = replay();
    QCOMPARE(diffs.size(), 1);
    QCOMPARE(diffs.first().key, QStringLiteral("files/src/other.ts"));
    QCOMPARE(diffs.first().kind, Kind::Missing);
    QVERIFY(!VerificationReceipt::matches(diffs));
}

void TestVerificationReceipt::symlinkIsNotFollowed()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links need a Unix file system here");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "a"));
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("passwd"))));
    QVERIFY(QFile::link(QStringLiteral("/etc"), dir.filePath(QStringLiteral("etc"))));
    const auto digest = VerificationReceipt::digestFolder(dir.path());
    QVERIFY2(digest.isOk(), qPrintable(digest.isOk() ? QString() : digest.error()));
    // The linked folder is one entry, not its contents.
    QCOMPARE(
        paths(*digest),
        QStringList({ QStringLiteral("a.txt"), QStringLiteral("etc"), QStringLiteral("passwd") }));
    QCOMPARE(digest->at(2).sha256, sha("/etc/passwd"));
    QVERIFY(digest->at(2).symlink);
    QCOMPARE(digest->at(1).sha256, sha("/etc"));

    // A link to the same bytes a file holds is still not that file.
    VerificationReceipt a = receipt();
    a.files = { { QStringLiteral("x"), sha("/etc/passwd"), true } };
    VerificationReceipt b = receipt();
    b.files = { { QStringLiteral("x"), sha("/etc/passwd"), false } };
    QVERIFY(!a.matches(b));
#endif
}

void TestVerificationReceipt::digestRefusesMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!VerificationReceipt::digestFolder(dir.filePath(QStringLiteral("absent"))).isOk());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("f")), "f"));
    QVERIFY(!VerificationReceipt::digestFolder(dir.filePath(QStringLiteral("f"))).isOk());
}

void TestVerificationReceipt::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");

    const QJsonObject good = receipt().toJson();
    const auto bytes = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("(document)");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("(document)");
    QTest::newRow("future version")
        << bytes(withValue(good, { QStringLiteral("formatVersion") }, 2))
        << QStringLiteral("formatVersion: version 2 is newer");
    QTest::newRow("no version") << bytes(withRemoved(good, { QStringLiteral("formatVersion") }))
                                << QStringLiteral("formatVersion: missing");
    QTest::newRow("version string")
        << bytes(withValue(good, { QStringLiteral("formatVersion") }, QStringLiteral("1")))
        << QStringLiteral("formatVersion: expected an integer");
    QTest::newRow("created bad") << bytes(
        withValue(good, { QStringLiteral("createdAt") }, QStringLiteral("yesterday")))
                                 << QStringLiteral("createdAt:");
    QTest::newRow("created without zone") << bytes(
        withValue(good, { QStringLiteral("createdAt") }, QStringLiteral("2026-11-30T23:00:00")))
                                          << QStringLiteral("createdAt:");
    QTest::newRow("spec short") << bytes(
        withValue(good, { QStringLiteral("specSha256") }, QStringLiteral("abc")))
                                << QStringLiteral("specSha256:");
    QTest::newRow("no files") << bytes(withRemoved(good, { QStringLiteral("files") }))
                              << QStringLiteral("files: missing");
    QJsonArray commands = good.value(QStringLiteral("commands")).toArray();
    QJsonObject c = commands.at(1).toObject();
    c.insert(QStringLiteral("exitCode"), QStringLiteral("0"));
    commands[1] = c;
    QTest::newRow("exit code string")
        << bytes(withValue(good, { QStringLiteral("commands") }, commands))
        << QStringLiteral("commands[1].exitCode: expected an integer");
    c.insert(QStringLiteral("exitCode"), 0);
    c.insert(QStringLiteral("step"), QStringLiteral("deploy"));
    commands[1] = c;
    QTest::newRow("unknown step") << bytes(
        withValue(good, { QStringLiteral("commands") }, commands))
                                  << QStringLiteral("commands[1].step:");
    QTest::newRow("toolchain not object")
        << bytes(withValue(good, { QStringLiteral("toolchain") }, QJsonArray()))
        << QStringLiteral("toolchain: expected an object");
    QTest::newRow("tool version number")
        << bytes(withValue(good, { QStringLiteral("toolchain"), QStringLiteral("bun") }, 1))
        << QStringLiteral("toolchain.bun:");
    QTest::newRow("no mutation key") << bytes(withRemoved(good, { QStringLiteral("mutation") }))
                                     << QStringLiteral("mutation: missing");
    QTest::newRow("mutation future")
        << bytes(withValue(good, { QStringLiteral("mutation"), QStringLiteral("version") }, 9))
        << QStringLiteral("mutation:");
    QTest::newRow("requirements bad")
        << bytes(withValue(good, { QStringLiteral("requirements"), QStringLiteral("version") }, 9))
        << QStringLiteral("requirements:");
    QTest::newRow("no counts") << bytes(
        withRemoved(good, { QStringLiteral("testOutput"), QStringLiteral("counts") }))
                               << QStringLiteral("testOutput.counts: missing");
    QTest::newRow("failed negative") << bytes(withValue(
        good, { QStringLiteral("testOutput"), QStringLiteral("counts"), QStringLiteral("failed") },
        -1)) << QStringLiteral("testOutput.counts.failed:");
    QJsonArray files = good.value(QStringLiteral("files")).toArray();
    files.append(files.at(0));
    QTest::newRow("repeated file") << bytes(withValue(good, { QStringLiteral("files") }, files))
                                   << QStringLiteral("files[2].path:");
    for (const char *escaping : { "../secret", "/etc/passwd", "src/../../x", "C:/x", "a//b" }) {
        QJsonArray hostile = good.value(QStringLiteral("files")).toArray();
        QJsonObject entry = hostile.at(0).toObject();
        entry.insert(QStringLiteral("path"), QString::fromLatin1(escaping));
        hostile[0] = entry;
        QTest::addRow("path %s", escaping)
            << bytes(withValue(good, { QStringLiteral("files") }, hostile))
            << QStringLiteral("files[0].path:");
    }
    QJsonArray locked;
    locked.append(QStringLiteral("tests/a.test.ts"));
    QTest::newRow("locked not object")
        << bytes(withValue(good, { QStringLiteral("lockedTests") }, locked))
        << QStringLiteral("lockedTests[0]: expected an object");
}

void TestVerificationReceipt::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const Result<VerificationReceipt> r = VerificationReceipt::fromJson(json);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().startsWith(key), qPrintable(r.error()));
}

void TestVerificationReceipt::largeProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 2000; ++i) {
        const QString path = dir.filePath(QStringLiteral("src/m%1/f%2.ts").arg(i % 40).arg(i));
        QVERIFY(writeFile(path, QByteArray("export const v = ") + QByteArray::number(i) + ";\n"));
    }
    QElapsedTimer timer;
    timer.start();
    const auto digest = VerificationReceipt::digestFolder(dir.path());
    const qint64 ms = timer.elapsed();
    QVERIFY(digest.isOk());
    QCOMPARE(digest->size(), 2000);
    QVERIFY(std::is_sorted(digest->cbegin(), digest->cend(),
                           [](const auto &a, const auto &b) { return a.path < b.path; }));
    // Generous for a shared CI machine; a quadratic walk or a re-read per file would miss it.
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

QTEST_GUILESS_MAIN(TestVerificationReceipt)
#include "tst_verificationreceipt.moc"
