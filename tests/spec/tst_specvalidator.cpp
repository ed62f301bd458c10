#include "spec/specvalidator.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <limits>

using Autocoder::Spec::ProjectSpec;
using Autocoder::Spec::SpecValidator;
using Autocoder::Spec::ValidationIssue;

using Mutator = std::function<void(ProjectSpec &)>;
Q_DECLARE_METATYPE(Mutator)

namespace {

ProjectSpec validSpec()
{
    ProjectSpec spec;
    spec.name = QStringLiteral("todo-lib");
    spec.description = QStringLiteral("A tiny todo list library.");
    spec.requirements = { QStringLiteral("add items"), QStringLiteral("remove items") };
    spec.acceptanceCriteria = { QStringLiteral("adding then removing leaves the list empty") };
    spec.lockedTests = { { QStringLiteral("tests/todo.test.ts"),
                           QStringLiteral("test('x', () => {});\n") } };
    return spec;
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines.append(i.field + QStringLiteral(": ") + i.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSpecValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validSpecHasNoIssues()
    {
        const auto issues = SpecValidator::validate(validSpec());
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    void issues_data()
    {
        QTest::addColumn<Mutator>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // exact, or a fragment when it starts with '~'

        auto row = [](const char *name, Mutator m, const char *field, const QString &message) {
            QTest::newRow(name) << m << QString::fromLatin1(field) << message;
        };
        row(
            "empty name", [](ProjectSpec &s) { s.name.clear(); }, "name",
            QStringLiteral("Give the project a name."));
        row(
            "blank name", [](ProjectSpec &s) { s.name = QStringLiteral("   "); }, "name",
            QStringLiteral("Give the project a name."));
        row(
            "slash in name", [](ProjectSpec &s) { s.name = QStringLiteral("a/b"); }, "name",
            QStringLiteral("~folder name"));
        row(
            "dotdot name", [](ProjectSpec &s) { s.name = QStringLiteral(".."); }, "name",
            QStringLiteral("~folder name"));
        row(
            "space in name", [](ProjectSpec &s) { s.name = QStringLiteral("my lib"); }, "name",
            QStringLiteral("~folder name"));
        row(
            "device name", [](ProjectSpec &s) { s.name = QStringLiteral("CON"); }, "name",
            QStringLiteral("~folder name"));
        row(
            "long name", [](ProjectSpec &s) { s.name = QString(65, QLatin1Char('a')); }, "name",
            QStringLiteral("~too long"));
        row(
            "unknown kind", [](ProjectSpec &s) { s.kind = QStringLiteral("cobol"); }, "kind",
            QStringLiteral("~cobol"));
        row(
            "no description", [](ProjectSpec &s) { s.description = QStringLiteral("\n"); },
            "description", QStringLiteral("Describe what the project should do."));
        row(
            "blank requirement", [](ProjectSpec &s) { s.requirements.append(QStringLiteral(" ")); },
            "requirements[2]", QStringLiteral("~requirement is empty"));
        row(
            "blank criterion", [](ProjectSpec &s) { s.acceptanceCriteria[0].clear(); },
            "acceptanceCriteria[0]", QStringLiteral("~empty"));
        row(
            "absolute locked path",
            [](ProjectSpec &s) { s.lockedTests[0].path = QStringLiteral("/etc/passwd"); },
            "lockedTests[0].path", QStringLiteral("~relative"));
        row(
            "home locked path",
            [](ProjectSpec &s) { s.lockedTests[0].path = QStringLiteral("~/x.test.ts"); },
            "lockedTests[0].path", QStringLiteral("~relative"));
        row(
            "drive locked path",
            [](ProjectSpec &s) { s.lockedTests[0].path = QStringLiteral("C:/x.test.ts"); },
            "lockedTests[0].path", QStringLiteral("~relative"));
        row(
            "dotdot locked path",
            [](ProjectSpec &s) { s.lockedTests[0].path = QStringLiteral("tests/../../x.test.ts"); },
            "lockedTests[0].path", QStringLiteral("~.."));
        row(
            "backslash locked path",
            [](ProjectSpec &s) { s.lockedTests[0].path = QStringLiteral("tests\\x.test.ts"); },
            "lockedTests[0].path", QStringLiteral("~backslashes"));
        row(
            "empty segment",
            [](ProjectSpec &s) { s.lockedTests[0].path = QStringLiteral("tests//x.test.ts"); },
            "lockedTests[0].path", QStringLiteral("~not usable"));
        row(
            "empty locked path", [](ProjectSpec &s) { s.lockedTests[0].path.clear(); },
            "lockedTests[0].path", QStringLiteral("~Give the locked test file a path"));
        row(
            "reserved locked path",
            [](ProjectSpec &s) { s.lockedTests[0].path = QStringLiteral("CLAUDE.md"); },
            "lockedTests[0].path", QStringLiteral("~reserved"));
        row(
            "duplicate locked path", [](ProjectSpec &s) { s.lockedTests.append(s.lockedTests[0]); },
            "lockedTests[1].path", QStringLiteral("~already uses this path"));
        row(
            "empty locked content", [](ProjectSpec &s) { s.lockedTests[0].content.clear(); },
            "lockedTests[0].content", QStringLiteral("~empty"));
        row(
            "no test command", [](ProjectSpec &s) { s.commands.test.clear(); }, "commands.test",
            QStringLiteral("~test command is required"));
        row(
            "multi-line build", [](ProjectSpec &s) { s.commands.build = QStringLiteral("a\nb"); },
            "commands.build", QStringLiteral("~one line"));
        row(
            "no model", [](ProjectSpec &s) { s.model.clear(); }, "model", QStringLiteral("~model"));
        row(
            "odd model", [](ProjectSpec &s) { s.model = QStringLiteral("x; rm -rf /"); }, "model",
            QStringLiteral("~only letters"));
        row(
            "zero iterations", [](ProjectSpec &s) { s.limits.maxIterations = 0; },
            "limits.maxIterations", QStringLiteral("Max iterations must be between 1 and 50."));
        row(
            "too many iterations", [](ProjectSpec &s) { s.limits.maxIterations = 51; },
            "limits.maxIterations", QStringLiteral("Max iterations must be between 1 and 50."));
        row(
            "zero budget", [](ProjectSpec &s) { s.limits.budgetUsd = 0; }, "limits.budgetUsd",
            QStringLiteral("~budget"));
        row(
            "nan budget",
            [](ProjectSpec &s) { s.limits.budgetUsd = std::numeric_limits<double>::quiet_NaN(); },
            "limits.budgetUsd", QStringLiteral("~budget"));
        row(
            "wall clock", [](ProjectSpec &s) { s.limits.wallClockMinutes = 0; },
            "limits.wallClockMinutes", QStringLiteral("~time limit"));
        row(
            "command timeout", [](ProjectSpec &s) { s.limits.commandTimeoutSeconds = 1; },
            "limits.commandTimeoutSeconds", QStringLiteral("~command timeout"));
        row(
            "agent timeout", [](ProjectSpec &s) { s.limits.agentTimeoutMinutes = -1; },
            "limits.agentTimeoutMinutes", QStringLiteral("~agent turn timeout"));
        row(
            "agent timeout beyond wall clock",
            [](ProjectSpec &s) {
                s.limits.wallClockMinutes = 10;
                s.limits.agentTimeoutMinutes = 20;
            },
            "limits.agentTimeoutMinutes", QStringLiteral("~cannot be longer"));
        row(
            "turns", [](ProjectSpec &s) { s.limits.maxTurns = 0; }, "limits.maxTurns",
            QStringLiteral("~turns"));
        row(
            "backend", [](ProjectSpec &s) { s.sandbox.backend = QStringLiteral("docker"); },
            "sandbox.backend", QStringLiteral("~local"));
        row(
            "template", [](ProjectSpec &s) { s.sandbox.templateName.clear(); }, "sandbox.template",
            QStringLiteral("~template"));
        row(
            "version", [](ProjectSpec &s) { s.version = 3; }, "version",
            QStringLiteral("~version"));
    }

    void issues()
    {
        QFETCH(Mutator, mutate);
        QFETCH(QString, field);
        QFETCH(QString, message);
        ProjectSpec spec = validSpec();
        mutate(spec);
        const auto issues = SpecValidator::validate(spec);
        QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
        QCOMPARE(issues.first().field, field);
        if (message.startsWith(QLatin1Char('~')))
            QVERIFY2(issues.first().message.contains(message.mid(1)),
                     qPrintable(issues.first().message));
        else
            QCOMPARE(issues.first().message, message);
        // Messages are sentences for people.
        QVERIFY(issues.first().message.endsWith(QLatin1Char('.')));
    }

    void severalIssuesInFieldOrder()
    {
        ProjectSpec spec = validSpec();
        spec.name.clear();
        spec.limits.maxIterations = 100;
        spec.lockedTests[0].path = QStringLiteral("../x");
        const auto issues = SpecValidator::validate(spec);
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).field, QStringLiteral("name"));
        QCOMPARE(issues.at(1).field, QStringLiteral("lockedTests[0].path"));
        QCOMPARE(issues.at(2).field, QStringLiteral("limits.maxIterations"));

        const auto limits = SpecValidator::validateField(spec, QStringLiteral("limits"));
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits.first().field, QStringLiteral("limits.maxIterations"));
        QCOMPARE(SpecValidator::validateField(spec, QStringLiteral("lockedTests")).size(), 1);
        QCOMPARE(SpecValidator::validateField(spec, QStringLiteral("lim")).size(), 0);
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("simple") << QStringLiteral("todo-lib") << true;
        QTest::newRow("dots") << QStringLiteral("my.lib_2") << true;
        QTest::newRow("digit first") << QStringLiteral("2048") << true;
        QTest::newRow("dot first") << QStringLiteral(".hidden") << false;
        QTest::newRow("dash first") << QStringLiteral("-rf") << false;
        QTest::newRow("trailing dot") << QStringLiteral("lib.") << false;
        QTest::newRow("nul") << QStringLiteral("nul.txt") << false;
        QTest::newRow("lpt1") << QStringLiteral("LPT1") << false;
        QTest::newRow("unicode") << QStringLiteral("bücher") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("colon") << QStringLiteral("a:b") << false;
    }

    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(SpecValidator::isSafeProjectName(name), safe);
    }

    void safePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("file") << QStringLiteral("sum.test.ts") << true;
        QTest::newRow("nested") << QStringLiteral("tests/unit/sum.test.ts") << true;
        QTest::newRow("dotfile") << QStringLiteral("tests/.hidden.test.ts") << true;
        QTest::newRow("absolute") << QStringLiteral("/tmp/x") << false;
        QTest::newRow("parent") << QStringLiteral("../x") << false;
        QTest::newRow("inner parent") << QStringLiteral("a/../b") << false;
        QTest::newRow("dot segment") << QStringLiteral("./a") << false;
        QTest::newRow("trailing slash") << QStringLiteral("a/") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("drive") << QStringLiteral("c:x") << false;
        QTest::newRow("control") << QStringLiteral("a\nb") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void safePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(SpecValidator::isSafeRelativePath(path), safe);
    }
};

QTEST_GUILESS_MAIN(TestSpecValidator)
#include "tst_specvalidator.moc"
