#include "golden.h"

#include "spec/briefrenderer.h"
#include "spec/kindpresets.h"

#include <QStandardPaths>
#include <QTest>

using Autocoder::Spec::BriefRenderer;
using Autocoder::Spec::ProjectSpec;

Q_DECLARE_METATYPE(Autocoder::Spec::ProjectSpec)

namespace {

ProjectSpec durationLib()
{
    ProjectSpec spec = ProjectSpec::forKind(QStringLiteral("bun-library"));
    spec.name = QStringLiteral("duration-lib");
    spec.description = QStringLiteral(
        "A small TypeScript library that parses durations such as \"1h30m\" into seconds   \r\n"
        "and formats seconds back.\r\n\r\nIt has no dependencies.");
    spec.requirements = { QStringLiteral("parse(\"1h30m\") returns 5400"),
                          QStringLiteral("format(5400) returns \"1h30m\""),
                          QStringLiteral(
                              "invalid input throws a RangeError\nwith a helpful message"),
                          QStringLiteral("   ") };
    spec.acceptanceCriteria = { QStringLiteral("round-trips every value from 0 to 86400") };
    spec.lockedTests = { { QStringLiteral("tests/parse.test.ts"), QStringLiteral("// locked\n") },
                         { QStringLiteral("tests/format.test.ts"),
                           QStringLiteral("// locked\n") } };
    spec.commands.lint = QStringLiteral("bun run lint");
    return spec;
}

ProjectSpec emailLib()
{
    ProjectSpec spec = ProjectSpec::forKind(QStringLiteral("node-library"));
    spec.name = QStringLiteral("email-norm");
    spec.description = QStringLiteral("Validates and normalises e-mail addresses.");
    return spec;
}

ProjectSpec wcCli()
{
    ProjectSpec spec = ProjectSpec::forKind(QStringLiteral("bun-cli"));
    spec.name = QStringLiteral("wc-tool");
    spec.description =
        QStringLiteral("Counts words, lines and characters. {{name}} must not expand.");
    spec.requirements = { QStringLiteral("`wc-tool --help` prints usage") };
    spec.limits.commandTimeoutSeconds = 120;
    // Neither tagged tests nor the mutation check: no rule about them.
    spec.verification.requirementTests = false;
    spec.verification.mutationCheck = false;
    return spec;
}

ProjectSpec tipPage()
{
    ProjectSpec spec = ProjectSpec::forKind(QStringLiteral("bun-web"));
    spec.name = QStringLiteral("tip-calc");
    spec.description = QString(700, QLatin1Char('x'))
                           .replace(100, 1, QLatin1Char(' '))
                           .replace(550, 1, QLatin1Char(' '));
    spec.acceptanceCriteria = { QStringLiteral(
        "a bill of 100 split by 4 with 10% tip is 27.50 each") };
    return spec;
}

} // namespace

class TestBriefRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void golden_data()
    {
        QTest::addColumn<ProjectSpec>("spec");
        QTest::newRow("duration-lib") << durationLib();
        QTest::newRow("email-norm") << emailLib();
        QTest::newRow("wc-tool") << wcCli();
        QTest::newRow("tip-calc") << tipPage();
    }

    void golden()
    {
        QFETCH(ProjectSpec, spec);
        const auto brief = BriefRenderer::render(spec);
        COMPARE_GOLDEN(spec.name + QStringLiteral(".prompt.md"), brief.prompt);
        COMPARE_GOLDEN(spec.name + QStringLiteral(".claude.md"), brief.claudeMd);
        // No placeholder is left unexpanded by the templates themselves.
        QVERIFY2(!brief.claudeMd.contains(QStringLiteral("{{"))
                     || spec.description.contains(QStringLiteral("{{")),
                 qPrintable(brief.claudeMd));
        QVERIFY(!brief.prompt.contains(QStringLiteral("{{"))
                || spec.description.contains(QStringLiteral("{{")));
    }

    void deterministic()
    {
        const ProjectSpec spec = durationLib();
        const auto a = BriefRenderer::render(spec);
        const auto b = BriefRenderer::render(spec);
        QCOMPARE(a.prompt, b.prompt);
        QCOMPARE(a.claudeMd, b.claudeMd);
    }

    void numberedRequirementsAndVerificationRules()
    {
        ProjectSpec spec = durationLib();
        spec.verification.mutationThreshold = 0.75;
        auto brief = BriefRenderer::render(spec);
        // Numbered by position, as the gate's ids: the blank fourth entry keeps no line.
        QVERIFY(brief.claudeMd.contains(QStringLiteral("- **R1.** parse(\"1h30m\") returns 5400\n"
                                                       "- **R2.** format(5400)")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("- **R3.** invalid input throws")));
        QVERIFY(!brief.claudeMd.contains(QStringLiteral("**R4.**")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("- **A1.** round-trips")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("\n10. Each test's name must carry")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("`[R1][R3]`")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("\n11. The gate also mutates")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("at least 75% of the changes")));
        QVERIFY(brief.prompt.contains(QStringLiteral("`[R1]`")));

        // Only the mutation rule, numbered 10.
        spec.verification.requirementTests = false;
        brief = BriefRenderer::render(spec);
        QVERIFY(!brief.claudeMd.contains(QStringLiteral("must carry the ids")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("\n10. The gate also mutates")));
        QVERIFY(!brief.prompt.contains(QStringLiteral("`[R1]`")));

        // Neither: rule 9 is the last, directly followed by the next section.
        spec.verification.mutationCheck = false;
        brief = BriefRenderer::render(spec);
        QVERIFY(!brief.claudeMd.contains(QStringLiteral("\n10. ")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("fix what fails.\n\n## Locked test files")));

        // No requirements: nothing to tag, whatever the setting says.
        spec = tipPage();
        brief = BriefRenderer::render(spec);
        QVERIFY(!brief.claudeMd.contains(QStringLiteral("must carry the ids")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("\n10. The gate also mutates")));
    }

    void contents()
    {
        const auto brief = BriefRenderer::render(durationLib(), QStringLiteral("/home/user/work"));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("/home/user/work")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("`tests/parse.test.ts`")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("`bun test`")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("`build` and `lint`")));
        QVERIFY(brief.claudeMd.contains(QStringLiteral("network")));
        QVERIFY(brief.prompt.contains(QStringLiteral("CLAUDE.md")));
        QVERIFY(brief.prompt.endsWith(QLatin1Char('\n')));
        QVERIFY(!brief.prompt.endsWith(QStringLiteral("\n\n")));
    }

    void substitute()
    {
        const QHash<QString, QString> v { { QStringLiteral("a"), QStringLiteral("{{b}}") },
                                          { QStringLiteral("b"), QStringLiteral("B") } };
        QCOMPARE(BriefRenderer::substitute(QStringLiteral("x{{a}}y{{b}}z{{c}}{{"), v),
                 QStringLiteral("x{{b}}yBz{{c}}{{"));
        QCOMPARE(BriefRenderer::substitute(QString(), v), QString());
    }

    void everyKindHasGuidance()
    {
        const QStringList ids = Autocoder::Spec::KindPresets::ids();
        for (const QString &id : ids) {
            QVERIFY2(!BriefRenderer::loadTemplate(QStringLiteral("kind-%1.md").arg(id)).isEmpty(),
                     qPrintable(id));
            ProjectSpec spec = ProjectSpec::forKind(id);
            spec.name = QStringLiteral("x");
            spec.description = QStringLiteral("y");
            const auto brief = BriefRenderer::render(spec);
            QVERIFY(!brief.claudeMd.contains(QStringLiteral("{{")));
            QVERIFY(!brief.prompt.contains(QStringLiteral("{{")));
            QVERIFY(brief.claudeMd.contains(spec.commands.test));
        }
    }

    void templatesShipped()
    {
        for (const char *name : { "claude.md", "prompt.md", "kind-bun-library.md",
                                  "kind-bun-cli.md", "kind-bun-web.md", "kind-node-library.md" })
            QVERIFY2(!BriefRenderer::loadTemplate(QString::fromLatin1(name)).isEmpty(), name);
    }
};

QTEST_GUILESS_MAIN(TestBriefRenderer)
#include "tst_briefrenderer.moc"
