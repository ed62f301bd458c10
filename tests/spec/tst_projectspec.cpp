#include "spec/kindpresets.h"
#include "spec/projectspec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Autocoder::Spec::KindPresets;
using Autocoder::Spec::ProjectSpec;

class TestProjectSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        const ProjectSpec spec;
        QCOMPARE(spec.version, 1);
        QCOMPARE(spec.kind, QStringLiteral("bun-library"));
        QCOMPARE(spec.commands.install, QStringLiteral("bun install"));
        QCOMPARE(spec.commands.test, QStringLiteral("bun test"));
        QCOMPARE(spec.commands.build, QStringLiteral("bun run build"));
        QCOMPARE(spec.commands.lint, QString());
        QCOMPARE(spec.limits.maxIterations, 5);
        QCOMPARE(spec.limits.budgetUsd, 5.0);
        QCOMPARE(spec.model, QStringLiteral("claude-sonnet-4-6"));
        QCOMPARE(spec.sandbox.backend, QStringLiteral("local"));
        QCOMPARE(spec.sandbox.templateName, QStringLiteral("claude"));
    }

    void forKind()
    {
        const ProjectSpec node = ProjectSpec::forKind(QStringLiteral("node-library"));
        QCOMPARE(node.kind, QStringLiteral("node-library"));
        QCOMPARE(node.commands.install, QStringLiteral("npm install"));
        QCOMPARE(node.commands.test, QStringLiteral("node --test"));
        const ProjectSpec unknown = ProjectSpec::forKind(QStringLiteral("cobol-mainframe"));
        QCOMPARE(unknown.kind, QStringLiteral("bun-library"));
    }

    void presets()
    {
        const QStringList ids = KindPresets::ids();
        QCOMPARE(ids,
                 (QStringList { QStringLiteral("bun-library"), QStringLiteral("bun-cli"),
                                QStringLiteral("bun-web"), QStringLiteral("node-library") }));
        const auto all = KindPresets::all();
        for (const auto &p : all) {
            QVERIFY(!p.displayName.isEmpty());
            QVERIFY(!p.starterDescription.isEmpty());
            QVERIFY(!p.defaultCommands.test.isEmpty());
        }
        QVERIFY(!KindPresets::find(QStringLiteral("nope")).isValid());
        QCOMPARE(KindPresets::find(QStringLiteral("bun-web")).defaultCommands.build,
                 QStringLiteral("bun run build"));
    }

    void roundTrip()
    {
        ProjectSpec spec = ProjectSpec::forKind(QStringLiteral("bun-cli"));
        spec.name = QStringLiteral("wc-tool");
        spec.description =
            QStringLiteral("Counts words.\nSecond line with \"quotes\" and ünïcödé.");
        spec.requirements = { QStringLiteral("count words"), QStringLiteral("count lines") };
        spec.acceptanceCriteria = { QStringLiteral("`wc-tool a.txt` prints 3 numbers") };
        spec.lockedTests = { { QStringLiteral("tests/wc.test.ts"),
                               QStringLiteral("import x;\n") } };
        spec.commands.lint = QStringLiteral("bunx tsc --noEmit");
        spec.model = QStringLiteral("claude-opus-4-1");
        spec.limits = { 7, 2.75, 90, 300, 20, 33 };
        spec.sandbox = { QStringLiteral("e2b"),
                         QStringLiteral("my-template"),
                         { QStringLiteral("pypi.org") } };

        const Autocoder::Result<ProjectSpec> back = ProjectSpec::parse(spec.toJson());
        QVERIFY2(back.isOk(), qPrintable(back.isOk() ? QString() : back.error()));
        QCOMPARE(*back, spec);
        QCOMPARE(back->toJson(), spec.toJson());
    }

    void contractExample()
    {
        const QByteArray json =
            R"({"version":1, "name":"todo-lib", "kind":"bun-library", "description":"...",
 "requirements":["..."], "acceptanceCriteria":["..."],
 "lockedTests":[{"path":"tests/sum.test.ts","content":"..."}],
 "commands":{"install":"bun install","test":"bun test","build":"bun run build","lint":""},
 "model":"claude-sonnet-4-6",
 "limits":{"maxIterations":5,"budgetUsd":5.0,"wallClockMinutes":60,"commandTimeoutSeconds":600,"agentTimeoutMinutes":30,"maxTurns":40},
 "sandbox":{"backend":"local","template":"claude"}})";
        const auto parsed = ProjectSpec::parse(json);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error()));
        const ProjectSpec &spec = *parsed;
        QCOMPARE(spec.name, QStringLiteral("todo-lib"));
        QCOMPARE(spec.lockedTests.size(), 1);
        QCOMPARE(spec.lockedTests.first().path, QStringLiteral("tests/sum.test.ts"));
        QCOMPARE(spec.limits.maxTurns, 40);
        QCOMPARE(spec.sandbox.templateName, QStringLiteral("claude"));
    }

    void missingMembersTakeDefaults()
    {
        const auto parsed = ProjectSpec::parse(
            R"({"version":1,"name":"x","kind":"node-library","commands":{"lint":"npm run lint"},"limits":{"maxIterations":9}})");
        QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error()));
        const ProjectSpec &spec = *parsed;
        QCOMPARE(spec.commands.install, QStringLiteral("npm install")); // from the kind's preset
        QCOMPARE(spec.commands.test, QStringLiteral("node --test"));
        QCOMPARE(spec.commands.lint, QStringLiteral("npm run lint"));
        QCOMPARE(spec.limits.maxIterations, 9);
        QCOMPARE(spec.limits.budgetUsd, 5.0);
        QCOMPARE(spec.model, QStringLiteral("claude-sonnet-4-6"));
    }

    void unknownMembersIgnored()
    {
        const auto spec = ProjectSpec::parse(
            R"({"version":1,"name":"x","futureThing":{"a":1},"limits":{"newLimit":3}})");
        QVERIFY2(spec.isOk(), qPrintable(spec.isOk() ? QString() : spec.error()));
        QCOMPARE(spec->name, QStringLiteral("x"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention"); // a word the message must contain

        QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON");
        QTest::newRow("garbage") << QByteArray("{not json") << QStringLiteral("JSON");
        QTest::newRow("truncated")
            << QByteArray(R"({"version":1,"name":"x")") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("object");
        QTest::newRow("no version") << QByteArray(R"({"name":"x"})") << QStringLiteral("version");
        QTest::newRow("version string")
            << QByteArray(R"({"version":"1"})") << QStringLiteral("version");
        QTest::newRow("version fraction")
            << QByteArray(R"({"version":1.5})") << QStringLiteral("version");
        QTest::newRow("future version")
            << QByteArray(R"({"version":2,"name":"x"})") << QStringLiteral("newer");
        QTest::newRow("version zero") << QByteArray(R"({"version":0})") << QStringLiteral("0");
        QTest::newRow("name number")
            << QByteArray(R"({"version":1,"name":42})") << QStringLiteral("name");
        QTest::newRow("requirements object")
            << QByteArray(R"({"version":1,"requirements":{"a":1}})")
            << QStringLiteral("requirements");
        QTest::newRow("requirement number") << QByteArray(R"({"version":1,"requirements":["a",2]})")
                                            << QStringLiteral("requirements[1]");
        QTest::newRow("criteria string") << QByteArray(R"({"version":1,"acceptanceCriteria":"x"})")
                                         << QStringLiteral("acceptanceCriteria");
        QTest::newRow("lockedTests object")
            << QByteArray(R"({"version":1,"lockedTests":{}})") << QStringLiteral("lockedTests");
        QTest::newRow("lockedTest string") << QByteArray(R"({"version":1,"lockedTests":["a"]})")
                                           << QStringLiteral("lockedTests[0]");
        QTest::newRow("lockedTest path number")
            << QByteArray(R"({"version":1,"lockedTests":[{"path":1,"content":""}]})")
            << QStringLiteral("lockedTests[0].path");
        QTest::newRow("commands array")
            << QByteArray(R"({"version":1,"commands":[]})") << QStringLiteral("commands");
        QTest::newRow("command number") << QByteArray(R"({"version":1,"commands":{"test":1}})")
                                        << QStringLiteral("commands.test");
        QTest::newRow("limits string")
            << QByteArray(R"({"version":1,"limits":"many"})") << QStringLiteral("limits");
        QTest::newRow("maxIterations string")
            << QByteArray(R"({"version":1,"limits":{"maxIterations":"5"}})")
            << QStringLiteral("limits.maxIterations");
        QTest::newRow("maxIterations fraction")
            << QByteArray(R"({"version":1,"limits":{"maxIterations":2.5}})")
            << QStringLiteral("limits.maxIterations");
        QTest::newRow("maxTurns huge") << QByteArray(R"({"version":1,"limits":{"maxTurns":1e300}})")
                                       << QStringLiteral("limits.maxTurns");
        QTest::newRow("budget bool") << QByteArray(R"({"version":1,"limits":{"budgetUsd":true}})")
                                     << QStringLiteral("limits.budgetUsd");
        QTest::newRow("sandbox template number")
            << QByteArray(R"({"version":1,"sandbox":{"template":3}})")
            << QStringLiteral("sandbox.template");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        const auto spec = ProjectSpec::parse(json);
        QVERIFY(!spec.isOk());
        QVERIFY(!spec.error().isEmpty());
        QVERIFY2(spec.error().contains(mention), qPrintable(spec.error()));
    }
};

QTEST_GUILESS_MAIN(TestProjectSpec)
#include "tst_projectspec.moc"
