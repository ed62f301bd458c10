#include "run/requirementcoverage.h"
#include "run/runevent.h"
#include "run/testrecord.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Autocoder::Run;

namespace {

using Status = RequirementCoverage::Status;

TestRecord test(const QString &name, QLatin1String status, const QString &file = {})
{
    TestRecord r;
    r.name = name;
    r.file = file;
    r.status = status;
    return r;
}

const QStringList kThree { QStringLiteral("slugify lowercases"),
                           QStringLiteral("slugify replaces spaces with dashes"),
                           QStringLiteral("slugify trims dashes") };

QStringList testNames(const RequirementCoverage::Requirement &r)
{
    QStringList names;
    for (const RequirementCoverage::TaggedTest &t : r.tests)
        names.append(t.name);
    return names;
}

} // namespace

class TestRequirementCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requirementId();
    void tagsIn_data();
    void tagsIn();
    void tagsPerTestAreBounded();
    void isTagId();
    void covered();
    void failing();
    void uncovered();
    void skippedNeverCovers();
    void oneTestCoversSeveral();
    void unknownTagsAreReported();
    void acceptanceTagsAreListed();
    void duplicateTestNames();
    void noRequirements();
    void fromTestReport();
    void statusIds();
    void hugeTestName();
    void manyTests();
    void tagNotesAreBounded();
    void jsonKeys();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
};

void TestRequirementCoverage::requirementId()
{
    QCOMPARE(RequirementCoverage::requirementId(0), QStringLiteral("R1"));
    QCOMPARE(RequirementCoverage::requirementId(1), QStringLiteral("R2"));
    QCOMPARE(RequirementCoverage::requirementId(11), QStringLiteral("R12"));
    QCOMPARE(RequirementCoverage::requirementId(-1), QString());
}

void TestRequirementCoverage::tagsIn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tags");

    const auto add = [](const char *row, const char *name, const QStringList &tags) {
        QTest::newRow(row) << QString::fromUtf8(name) << tags;
    };
    const QString r1 = QStringLiteral("R1");
    const QString r2 = QStringLiteral("R2");
    const QString r3 = QStringLiteral("R3");
    const QString a1 = QStringLiteral("A1");

    add("none", "slugify handles spaces", {});
    add("empty", "", {});
    add("one", "handles spaces [R2]", { r2 });
    add("at start", "[R2] handles spaces", { r2 });
    add("adjacent", "trims [R1][R3]", { r1, r3 });
    add("comma", "trims [R1, R3]", { r1, r3 });
    add("comma no space", "trims [R1,R3]", { r1, r3 });
    add("spaces inside", "trims [ R2 ]", { r2 });
    add("tab inside", "trims [\tR2 ,\tR3 ]", { r2, r3 });
    add("describe prefix", "slugify [R1] > handles spaces", { r1 });
    add("prefix and leaf", "slugify [R1] > handles spaces [R3]", { r1, r3 });
    add("order kept", "x [R3] y [R1] z [R2]", { r3, r1, r2 });
    add("duplicates dropped", "[R1] a [R1][R1, R1]", { r1 });
    add("acceptance", "shows an error [A1]", { a1 });
    add("mixed", "[R2][A1] rejects empty input", { r2, a1 });
    add("multi digit", "big [R12][A30]", { QStringLiteral("R12"), QStringLiteral("A30") });
    add("six digits", "[R999999]", { QStringLiteral("R999999") });
    add("nested bracket", "[[R1]]", { r1 });
    add("open inside", "[x [R2]", { r2 });
    add("many", "[R1][R2][R3][R4][R5][R6][R7][R8]",
        { r1, r2, r3, QStringLiteral("R4"), QStringLiteral("R5"), QStringLiteral("R6"),
          QStringLiteral("R7"), QStringLiteral("R8") });

    add("lower case", "handles spaces [r2]", {});
    add("lower acceptance", "[a1]", {});
    add("bare id", "R1 handles spaces", {});
    add("parentheses", "(R1) handles spaces", {});
    add("braces", "{R1}", {});
    add("zero", "[R0]", {});
    add("leading zero", "[R01]", {});
    add("no number", "[R]", {});
    add("seven digits", "[R1000000]", {});
    add("suffix", "[R1a]", {});
    add("double letter", "[RR1]", {});
    add("other letter", "[B1]", {});
    add("negative", "[R-1]", {});
    add("decimal", "[R1.2]", {});
    add("space separated", "[R1 R2]", {});
    add("trailing comma", "[R1,]", {});
    add("empty part", "[R1,,R2]", {});
    add("prose", "[see R1]", {});
    add("empty group", "[]", {});
    add("unclosed", "handles [R1", {});
    add("close first", "]R1[", {});
    add("arabic digit", "[R\xd9\xa1]", {});
    add("fullwidth digit", "[R\xef\xbc\x91]", {});
    add("bad group next to good", "[R1 R2][R3]", { r3 });
}

void TestRequirementCoverage::tagsIn()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tags);
    QCOMPARE(RequirementCoverage::tagsIn(name), tags);
}

void TestRequirementCoverage::tagsPerTestAreBounded()
{
    QString name;
    for (int i = 1; i <= 100; ++i)
        name += QStringLiteral("[R%1]").arg(i);
    const QStringList tags = RequirementCoverage::tagsIn(name);
    QCOMPARE(tags.size(), RequirementCoverage::MaxTagsPerTest);
    QCOMPARE(tags.first(), QStringLiteral("R1"));
    QCOMPARE(tags.last(), QStringLiteral("R%1").arg(RequirementCoverage::MaxTagsPerTest));

    // One group of 33 ids, short enough to be read: the bound holds inside a group too.
    QString one = QStringLiteral("[R1");
    for (int i = 2; i <= 33; ++i)
        one += QStringLiteral(",R%1").arg(i);
    one += QLatin1Char(']');
    QVERIFY(one.size() <= RequirementCoverage::MaxGroupLength + 2);
    QCOMPARE(RequirementCoverage::tagsIn(one).size(), RequirementCoverage::MaxTagsPerTest);

    // A group longer than MaxGroupLength is skipped whole, not read in part.
    QString group = QStringLiteral("[R1");
    while (group.size() <= RequirementCoverage::MaxGroupLength)
        group += QStringLiteral(", R1");
    QCOMPARE(RequirementCoverage::tagsIn(group + QLatin1Char(']')), QStringList());
}

void TestRequirementCoverage::isTagId()
{
    QVERIFY(RequirementCoverage::isTagId(QStringLiteral("R1")));
    QVERIFY(RequirementCoverage::isTagId(QStringLiteral("A7")));
    QVERIFY(RequirementCoverage::isTagId(QStringLiteral("R10")));
    QVERIFY(!RequirementCoverage::isTagId(QStringLiteral("R0")));
    QVERIFY(!RequirementCoverage::isTagId(QStringLiteral("R01")));
    QVERIFY(!RequirementCoverage::isTagId(QStringLiteral("r1")));
    QVERIFY(!RequirementCoverage::isTagId(QStringLiteral(" R1")));
    QVERIFY(!RequirementCoverage::isTagId(QStringLiteral("[R1]")));
    QVERIFY(!RequirementCoverage::isTagId(QString()));
}

void TestRequirementCoverage::covered()
{
    const RequirementCoverage c = RequirementCoverage::compute(
        { kThree.at(0) },
        { test(QStringLiteral("lowercases [R1]"), TestStatus::Passed, QStringLiteral("a.test.ts")),
          test(QStringLiteral("keeps digits [R1]"), TestStatus::Failed) });
    QCOMPARE(c.requirements().size(), 1);
    const RequirementCoverage::Requirement &r = c.requirements().first();
    QCOMPARE(r.id, QStringLiteral("R1"));
    QCOMPARE(r.text, kThree.at(0));
    QCOMPARE(r.status, Status::Covered);
    QCOMPARE(r.tests.size(), 2);
    QCOMPARE(r.tests.at(0).name, QStringLiteral("lowercases [R1]"));
    QCOMPARE(r.tests.at(0).file, QStringLiteral("a.test.ts"));
    QCOMPARE(r.tests.at(0).status, QString(TestStatus::Passed));
    QCOMPARE(r.tests.at(1).status, QString(TestStatus::Failed));
    QVERIFY(c.allCovered());
    QCOMPARE(c.uncovered(), QStringList());
    QCOMPARE(c.failing(), QStringList());
}

void TestRequirementCoverage::failing()
{
    const RequirementCoverage c =
        RequirementCoverage::compute(kThree.mid(0, 2),
                                     { test(QStringLiteral("lowercases [R1]"), TestStatus::Passed),
                                       test(QStringLiteral("spaces [R2]"), TestStatus::Failed),
                                       test(QStringLiteral("tabs [R2]"), TestStatus::Failed) });
    QCOMPARE(c.requirements().at(0).status, Status::Covered);
    QCOMPARE(c.requirements().at(1).status, Status::Failing);
    QCOMPARE(c.failing(), QStringList { QStringLiteral("R2") });
    QCOMPARE(c.uncovered(), QStringList());
    QVERIFY(!c.allCovered());
}

void TestRequirementCoverage::uncovered()
{
    const RequirementCoverage c = RequirementCoverage::compute(
        kThree,
        { test(QStringLiteral("lowercases [R1]"), TestStatus::Passed),
          test(QStringLiteral("untagged test of spaces"), TestStatus::Passed) });
    QCOMPARE(c.requirements().at(1).status, Status::Uncovered);
    QCOMPARE(c.requirements().at(2).status, Status::Uncovered);
    QVERIFY(c.requirements().at(1).tests.isEmpty());
    QCOMPARE(c.uncovered(), (QStringList { QStringLiteral("R2"), QStringLiteral("R3") }));
    QCOMPARE(c.failing(), QStringList());
    QVERIFY(!c.allCovered());

    const RequirementCoverage none = RequirementCoverage::compute(kThree, QList<TestRecord> {});
    QCOMPARE(none.uncovered().size(), 3);
    QVERIFY(!none.allCovered());
}

void TestRequirementCoverage::skippedNeverCovers()
{
    const RequirementCoverage c = RequirementCoverage::compute(
        kThree.mid(0, 2),
        { test(QStringLiteral("lowercases [R1]"), TestStatus::Skipped),
          test(QStringLiteral("spaces [R2]"), TestStatus::Passed),
          // A runner's own word for a test that did not run ("todo") covers nothing either.
          test(QStringLiteral("tabs [R1]"), QLatin1String("todo")) });
    QCOMPARE(c.requirements().at(0).status, Status::Failing);
    QCOMPARE(c.requirements().at(0).tests.size(), 2);
    QCOMPARE(c.requirements().at(1).status, Status::Covered);
    QVERIFY(!c.allCovered());
    QCOMPARE(c.failing(), QStringList { QStringLiteral("R1") });
}

void TestRequirementCoverage::oneTestCoversSeveral()
{
    const RequirementCoverage c = RequirementCoverage::compute(
        kThree, { test(QStringLiteral("slugify [R1] > spaces [R2, R3]"), TestStatus::Passed) });
    QVERIFY(c.allCovered());
    for (const RequirementCoverage::Requirement &r : c.requirements())
        QCOMPARE(testNames(r), QStringList { QStringLiteral("slugify [R1] > spaces [R2, R3]") });
}

void TestRequirementCoverage::unknownTagsAreReported()
{
    const RequirementCoverage c =
        RequirementCoverage::compute(kThree,
                                     { test(QStringLiteral("a [R1][R9]"), TestStatus::Passed),
                                       test(QStringLiteral("b [R4]"), TestStatus::Passed) });
    QCOMPARE(c.unknownTags().size(), 2);
    QCOMPARE(c.unknownTags().at(0).test, QStringLiteral("a [R1][R9]"));
    QCOMPARE(c.unknownTags().at(0).tag, QStringLiteral("R9"));
    QCOMPARE(c.unknownTags().at(1).test, QStringLiteral("b [R4]"));
    QCOMPARE(c.unknownTags().at(1).tag, QStringLiteral("R4"));
    QCOMPARE(c.unknownTagsOmitted(), 0);
    // The known tag of the same test still counts.
    QCOMPARE(c.requirements().at(0).status, Status::Covered);
    QCOMPARE(c.requirements().at(2).status, Status::Uncovered);
    QVERIFY(c.acceptanceTags().isEmpty());
}

void TestRequirementCoverage::acceptanceTagsAreListed()
{
    const RequirementCoverage c = RequirementCoverage::compute(
        kThree.mid(0, 1),
        { test(QStringLiteral("error shown [A1]"), TestStatus::Passed),
          test(QStringLiteral("lowercases [R1][A2]"), TestStatus::Passed) });
    QCOMPARE(c.acceptanceTags().size(), 2);
    QCOMPARE(c.acceptanceTags().at(0).tag, QStringLiteral("A1"));
    QCOMPARE(c.acceptanceTags().at(0).test, QStringLiteral("error shown [A1]"));
    QCOMPARE(c.acceptanceTags().at(1).tag, QStringLiteral("A2"));
    QVERIFY(c.unknownTags().isEmpty());
    // An A-tag never stands in for a requirement.
    QCOMPARE(testNames(c.requirements().at(0)),
             QStringList { QStringLiteral("lowercases [R1][A2]") });

    const RequirementCoverage onlyA = RequirementCoverage::compute(
        kThree.mid(0, 1), { test(QStringLiteral("error shown [A1]"), TestStatus::Passed) });
    QCOMPARE(onlyA.uncovered(), QStringList { QStringLiteral("R1") });
}

void TestRequirementCoverage::duplicateTestNames()
{
    // The same name in two files is two tests: both are listed, and the passing one covers.
    const QString name = QStringLiteral("slugify [R1] > handles spaces");
    const RequirementCoverage c = RequirementCoverage::compute(
        kThree.mid(0, 1),
        { test(name, TestStatus::Failed, QStringLiteral("a.test.ts")),
          test(name, TestStatus::Passed, QStringLiteral("b.test.ts")) });
    const RequirementCoverage::Requirement &r = c.requirements().first();
    QCOMPARE(r.tests.size(), 2);
    QCOMPARE(r.tests.at(0).file, QStringLiteral("a.test.ts"));
    QCOMPARE(r.tests.at(1).file, QStringLiteral("b.test.ts"));
    QCOMPARE(r.status, Status::Covered);

    const RequirementCoverage bothFail = RequirementCoverage::compute(
        kThree.mid(0, 1),
        { test(name, TestStatus::Failed, QStringLiteral("a.test.ts")),
          test(name, TestStatus::Failed, QStringLiteral("b.test.ts")) });
    QCOMPARE(bothFail.requirements().first().status, Status::Failing);
}

void TestRequirementCoverage::noRequirements()
{
    const RequirementCoverage c =
        RequirementCoverage::compute({},
                                     { test(QStringLiteral("a [R1]"), TestStatus::Passed),
                                       test(QStringLiteral("b"), TestStatus::Passed) });
    QVERIFY(c.requirements().isEmpty());
    QVERIFY(c.allCovered());
    QCOMPARE(c.uncovered(), QStringList());
    QCOMPARE(c.unknownTags().size(), 1);
    QCOMPARE(c.unknownTags().first().tag, QStringLiteral("R1"));
}

void TestRequirementCoverage::fromTestReport()
{
    TestReport report;
    report.format = QStringLiteral("bun");
    report.tests = { test(QStringLiteral("a [R1]"), TestStatus::Passed),
                     test(QStringLiteral("b [R2]"), TestStatus::Failed) };
    const RequirementCoverage c = RequirementCoverage::compute(kThree, report);
    QCOMPARE(c, RequirementCoverage::compute(kThree, report.tests));
    QCOMPARE(c.requirements().at(0).status, Status::Covered);
    QCOMPARE(c.requirements().at(1).status, Status::Failing);
}

void TestRequirementCoverage::statusIds()
{
    for (Status s : { Status::Covered, Status::Failing, Status::Uncovered })
        QCOMPARE(RequirementCoverage::statusFromId(RequirementCoverage::statusId(s)), s);
    QCOMPARE(RequirementCoverage::statusId(Status::Covered), QStringLiteral("covered"));
    QCOMPARE(RequirementCoverage::statusId(Status::Failing), QStringLiteral("failing"));
    QCOMPARE(RequirementCoverage::statusId(Status::Uncovered), QStringLiteral("uncovered"));
    QVERIFY(!RequirementCoverage::statusFromId(QStringLiteral("Covered")));
    QVERIFY(!RequirementCoverage::statusFromId(QString()));
}

void TestRequirementCoverage::hugeTestName()
{
    // 1 MB of brackets: every '[' opens a group that the next '[' abandons, the worst case
    // for a scanner that looks back.
    const QString brackets(1024 * 1024, QLatin1Char('['));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(RequirementCoverage::tagsIn(brackets + QStringLiteral("R1]")),
             QStringList { QStringLiteral("R1") });
    QCOMPARE(RequirementCoverage::tagsIn(QString(1024 * 1024, QLatin1Char(']'))), QStringList());
    // 1 MB of tags: reading stops at the bound.
    QString tags;
    while (tags.size() < 1024 * 1024)
        tags += QStringLiteral("[R1][A2]");
    QCOMPARE(RequirementCoverage::tagsIn(tags).size(), 2);
    QString longGroup =
        QStringLiteral("[") + QString(1024 * 1024, QLatin1Char('R')) + QStringLiteral("] [R2]");
    QCOMPARE(RequirementCoverage::tagsIn(longGroup), QStringList { QStringLiteral("R2") });
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    const RequirementCoverage c = RequirementCoverage::compute(
        kThree, { test(brackets + QStringLiteral("R2]"), TestStatus::Passed) });
    QCOMPARE(c.requirements().at(1).status, Status::Covered);
}

void TestRequirementCoverage::manyTests()
{
    QList<TestRecord> tests;
    for (int i = 0; i < 10000; ++i)
        tests.append(test(QStringLiteral("case %1 [R%2]").arg(i).arg(i % 3 + 1),
                          i % 2 ? TestStatus::Passed : TestStatus::Failed));
    QElapsedTimer timer;
    timer.start();
    const RequirementCoverage c = RequirementCoverage::compute(kThree, tests);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(c.allCovered());
    int total = 0;
    for (const RequirementCoverage::Requirement &r : c.requirements())
        total += int(r.tests.size());
    QCOMPARE(total, 10000);
    const Autocoder::Result<RequirementCoverage> back =
        RequirementCoverage::fromJson(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
    QVERIFY(back);
    QCOMPARE(*back, c);
}

void TestRequirementCoverage::tagNotesAreBounded()
{
    QList<TestRecord> tests;
    for (int i = 0; i < 10000; ++i)
        tests.append(test(QStringLiteral("case %1 [R9][A1]").arg(i), TestStatus::Passed));
    const RequirementCoverage c = RequirementCoverage::compute(kThree, tests);
    QCOMPARE(c.unknownTags().size(), RequirementCoverage::MaxTagNotes);
    QCOMPARE(c.unknownTagsOmitted(), 10000 - RequirementCoverage::MaxTagNotes);
    QCOMPARE(c.acceptanceTags().size(), RequirementCoverage::MaxTagNotes);
    QCOMPARE(c.acceptanceTagsOmitted(), 10000 - RequirementCoverage::MaxTagNotes);
    QCOMPARE(c.unknownTags().first().test, QStringLiteral("case 0 [R9][A1]"));
}

void TestRequirementCoverage::jsonKeys()
{
    const RequirementCoverage c = RequirementCoverage::compute(
        kThree.mid(0, 2),
        { test(QStringLiteral("a [R1][R7][A1]"), TestStatus::Passed, QStringLiteral("a.ts")) });
    const QJsonObject o = c.toJson();
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("allCovered")), QJsonValue(false));
    const QJsonArray reqs = o.value(QStringLiteral("requirements")).toArray();
    QCOMPARE(reqs.size(), 2);
    const QJsonObject r1 = reqs.at(0).toObject();
    QCOMPARE(r1.value(QStringLiteral("id")).toString(), QStringLiteral("R1"));
    QCOMPARE(r1.value(QStringLiteral("text")).toString(), kThree.at(0));
    QCOMPARE(r1.value(QStringLiteral("status")).toString(), QStringLiteral("covered"));
    const QJsonObject t = r1.value(QStringLiteral("tests")).toArray().at(0).toObject();
    QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("a [R1][R7][A1]"));
    QCOMPARE(t.value(QStringLiteral("file")).toString(), QStringLiteral("a.ts"));
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    QCOMPARE(reqs.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("uncovered"));
    QCOMPARE(
        o.value(QStringLiteral("unknownTags")).toArray(),
        (QJsonArray { QJsonObject { { QStringLiteral("test"), QStringLiteral("a [R1][R7][A1]") },
                                    { QStringLiteral("tag"), QStringLiteral("R7") } } }));
    QCOMPARE(o.value(QStringLiteral("acceptanceTags"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("tag")),
             QJsonValue(QStringLiteral("A1")));
    QCOMPARE(o.value(QStringLiteral("unknownTagsOmitted")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("acceptanceTagsOmitted")), QJsonValue(0));
}

void TestRequirementCoverage::jsonRoundTrip()
{
    QList<TestRecord> tests {
        test(QStringLiteral("slugify [R1] > lowercases"), TestStatus::Passed,
             QStringLiteral("a.ts")),
        test(QStringLiteral("spaces [R2]"), TestStatus::Failed),
        test(QStringLiteral("skipped [R2]"), TestStatus::Skipped),
        test(QStringLiteral("stray [R8][A3]"), TestStatus::Passed),
        test(QStringLiteral("unicode ✓ \"quoted\" [R1]"), TestStatus::Passed),
    };
    for (int i = 0; i < RequirementCoverage::MaxTagNotes + 5; ++i)
        tests.append(test(QStringLiteral("n%1 [R99]").arg(i), TestStatus::Passed));
    for (int i = 0; i < RequirementCoverage::MaxTagNotes + 1; ++i)
        tests.append(test(QStringLiteral("m%1 [A1]").arg(i), TestStatus::Passed));
    const RequirementCoverage c = RequirementCoverage::compute(kThree, tests);
    // Both lists past their bound, so the omitted counts travel too.
    QCOMPARE(c.unknownTagsOmitted(), 6); // R8 and R99 ×205 against a bound of 200
    QCOMPARE(c.acceptanceTagsOmitted(), 2); // A3 and A1 ×201

    const Autocoder::Result<RequirementCoverage> fromObject =
        RequirementCoverage::fromJson(c.toJson());
    QVERIFY2(fromObject, qPrintable(fromObject.isOk() ? QString() : fromObject.error()));
    QCOMPARE(*fromObject, c);
    const Autocoder::Result<RequirementCoverage> fromBytes =
        RequirementCoverage::fromJson(QJsonDocument(c.toJson()).toJson());
    QVERIFY(fromBytes);
    QCOMPARE(*fromBytes, c);
    QCOMPARE(fromBytes->toJson(), c.toJson());

    const RequirementCoverage empty =
        RequirementCoverage::compute(QStringList {}, QList<TestRecord> {});
    const Autocoder::Result<RequirementCoverage> emptyBack =
        RequirementCoverage::fromJson(empty.toJson());
    QVERIFY(emptyBack);
    QCOMPARE(*emptyBack, empty);

    // Equality sees every field, so the round trips above compare something.
    QVERIFY(c != RequirementCoverage::compute(kThree, tests.mid(0, 4)));
    for (const QString &key :
         { QStringLiteral("unknownTagsOmitted"), QStringLiteral("acceptanceTagsOmitted") }) {
        QJsonObject o = c.toJson();
        o.insert(key, o.value(key).toInt() + 1);
        const Autocoder::Result<RequirementCoverage> changed = RequirementCoverage::fromJson(o);
        QVERIFY(changed);
        QVERIFY2(*changed != c, qPrintable(key));
    }
    QVERIFY(c != empty);
}

void TestRequirementCoverage::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // what the error must name, so each row fails alone

    const RequirementCoverage c = RequirementCoverage::compute(
        kThree.mid(0, 2), { test(QStringLiteral("a [R1]"), TestStatus::Passed) });
    const QJsonObject good = c.toJson();
    const auto bytes = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson();
    };
    const auto withKey = [&](const QString &key, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(key, v);
        return bytes(o);
    };
    const auto withRequirement = [&](int index, const QString &key, const QJsonValue &v) {
        QJsonObject o = good;
        QJsonArray reqs = o.value(QStringLiteral("requirements")).toArray();
        QJsonObject r = reqs.at(index).toObject();
        if (v.isUndefined())
            r.remove(key);
        else
            r.insert(key, v);
        reqs.replace(index, r);
        o.insert(QStringLiteral("requirements"), reqs);
        return bytes(o);
    };

    QTest::newRow("not json") << QByteArray("{\"version\": 1,") << QStringLiteral("offset");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("offset");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no version") << bytes(QJsonObject {}) << QStringLiteral("version");
    QTest::newRow("version 2") << withKey(QStringLiteral("version"), 2)
                               << QStringLiteral("version");
    QTest::newRow("version string")
        << withKey(QStringLiteral("version"), QStringLiteral("1")) << QStringLiteral("version");
    QTest::newRow("requirements object") << withKey(QStringLiteral("requirements"), QJsonObject {})
                                         << QStringLiteral("requirements:");
    QTest::newRow("requirement not object")
        << withKey(QStringLiteral("requirements"), QJsonArray { 1 })
        << QStringLiteral("requirements[0]: not an object");
    QTest::newRow("wrong id") << withRequirement(0, QStringLiteral("id"), QStringLiteral("R2"))
                              << QStringLiteral("requirements[0].id");
    QTest::newRow("no text") << withRequirement(0, QStringLiteral("text"), QJsonValue::Undefined)
                             << QStringLiteral("requirements[0].text");
    QTest::newRow("unknown status")
        << withRequirement(0, QStringLiteral("status"), QStringLiteral("fine"))
        << QStringLiteral("requirements[0].status");
    QTest::newRow("status contradicts tests")
        << withRequirement(1, QStringLiteral("status"), QStringLiteral("covered"))
        << QStringLiteral("requirements[1].status");
    QTest::newRow("tests not array")
        << withRequirement(0, QStringLiteral("tests"), QStringLiteral("a"))
        << QStringLiteral("requirements[0].tests");
    QTest::newRow("test without name") << withRequirement(
        0, QStringLiteral("tests"),
        QJsonArray { QJsonObject { { QStringLiteral("status"), QStringLiteral("passed") } } })
                                       << QStringLiteral("requirements[0].tests[0]");
    QTest::newRow("allCovered contradicts")
        << withKey(QStringLiteral("allCovered"), true) << QStringLiteral("allCovered");
    QJsonObject withoutUnknown = good;
    withoutUnknown.remove(QStringLiteral("unknownTags"));
    QTest::newRow("unknownTags missing") << bytes(withoutUnknown) << QStringLiteral("unknownTags");
    QTest::newRow("unknown tag malformed")
        << withKey(QStringLiteral("unknownTags"),
                   QJsonArray { QJsonObject { { QStringLiteral("test"), QStringLiteral("a") },
                                              { QStringLiteral("tag"), QStringLiteral("r9") } } })
        << QStringLiteral("unknownTags[0]");
    QTest::newRow("unknown tag is an A")
        << withKey(QStringLiteral("unknownTags"),
                   QJsonArray { QJsonObject { { QStringLiteral("test"), QStringLiteral("a") },
                                              { QStringLiteral("tag"), QStringLiteral("A1") } } })
        << QStringLiteral("unknownTags[0]");
    QTest::newRow("acceptance tag is an R")
        << withKey(QStringLiteral("acceptanceTags"),
                   QJsonArray { QJsonObject { { QStringLiteral("test"), QStringLiteral("a") },
                                              { QStringLiteral("tag"), QStringLiteral("R1") } } })
        << QStringLiteral("acceptanceTags[0]");
    QTest::newRow("negative omitted") << withKey(QStringLiteral("unknownTagsOmitted"), -1)
                                      << QStringLiteral("unknownTagsOmitted");
    QTest::newRow("fractional omitted") << withKey(QStringLiteral("acceptanceTagsOmitted"), 1.5)
                                        << QStringLiteral("acceptanceTagsOmitted");
    QJsonArray tooMany;
    for (int i = 0; i <= RequirementCoverage::MaxTagNotes; ++i)
        tooMany.append(QJsonObject { { QStringLiteral("test"), QStringLiteral("a") },
                                     { QStringLiteral("tag"), QStringLiteral("A1") } });
    QTest::newRow("null omitted") << withKey(QStringLiteral("unknownTagsOmitted"), QJsonValue())
                                  << QStringLiteral("unknownTagsOmitted");
    QTest::newRow("too many notes")
        << withKey(QStringLiteral("acceptanceTags"), tooMany) << QStringLiteral("acceptanceTags:");
}

void TestRequirementCoverage::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Autocoder::Result<RequirementCoverage> r = RequirementCoverage::fromJson(json);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(error), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestRequirementCoverage)
#include "tst_requirementcoverage.moc"
