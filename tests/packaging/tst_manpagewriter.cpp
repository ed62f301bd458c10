#include "helptext.h"
#include "manpagewriter.h"

#include <QtTest>

using Autocoder::Packaging::HelpText;
using Autocoder::Packaging::ManPageWriter;

namespace {

// What QCommandLineParser printed for autocoder-sandboxd, shortened.
const char *const sandboxdHelp =
    "Usage: /build/bin/autocoder-sandboxd [options] [prepare-templates]\n"
    "Local E2B-compatible sandbox server (bubblewrap isolation) on 127.0.0.1.\n"
    "Exit status: 0 stopped or idle, 1 error; 2 bad usage.\n"
    "\n"
    "Options:\n"
    "  -h, --help                  Displays help on commandline options.\n"
    "  -v, --version               Displays version information.\n"
    "  --templates-dir <DIR>       Prepared templates (default:\n"
    "                              <data-dir>/templates).\n"
    "  --resolve <NAME=ADDRESS>    Resolve NAME to ADDRESS in the egress proxy\n"
    "                              without DNS (repeatable).\n"
    "\n"
    "Arguments:\n"
    "  command                     Optional: prepare-templates (install the 'claude'\n"
    "                              template's packages, then exit).\n";

const char *const resumeHelp = "Usage: autocoder [options] id\n"
                               "\n"
                               "Options:\n"
                               "  -h, --help        Displays help on commandline options.\n"
                               "  --help-all        Displays help including Qt specific options.\n"
                               "  --runs-dir <DIR>  Run folders (default: the app data folder).\n"
                               "\n"
                               "Arguments:\n"
                               "  id\n";

HelpText parsed(const char *text)
{
    const auto help = HelpText::parse(QString::fromUtf8(text));
    if (!help)
        qFatal("%s", qPrintable(help.error()));
    return *help;
}

} // namespace

class TestManPageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSections()
    {
        const HelpText help = parsed(sandboxdHelp);
        QCOMPARE(help.usage, QStringLiteral("[options] [prepare-templates]"));
        QCOMPARE(help.description.size(), 2);
        QCOMPARE(help.description.at(1),
                 QStringLiteral("Exit status: 0 stopped or idle, 1 error; 2 bad usage."));
        QCOMPARE(help.options.size(), 4);
        QCOMPARE(help.options.at(0).names, QStringLiteral("-h, --help"));
        QCOMPARE(help.options.at(2).names, QStringLiteral("--templates-dir <DIR>"));
        // Wrapped descriptions come back as one line.
        QCOMPARE(help.options.at(2).text,
                 QStringLiteral("Prepared templates (default: <data-dir>/templates)."));
        QCOMPARE(help.options.at(3).text,
                 QStringLiteral("Resolve NAME to ADDRESS in the egress proxy without DNS "
                                "(repeatable)."));
        QCOMPARE(help.arguments.size(), 1);
        QCOMPARE(help.arguments.at(0).names, QStringLiteral("command"));
        QVERIFY(help.arguments.at(0).text.endsWith(QStringLiteral("then exit).")));
    }

    void refusesWhatIsNotHelp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no usage line") << QStringLiteral("Options:\n  -h, --help  Help.\n");
        QTest::newRow("option without description")
            << QStringLiteral("Usage: x [options]\n\nOptions:\n  --quiet\n");
        QTest::newRow("unindented entry")
            << QStringLiteral("Usage: x [options]\n\nOptions:\n--quiet  Less output.\n");
    }

    void refusesWhatIsNotHelp()
    {
        QFETCH(QString, text);
        const auto help = HelpText::parse(text);
        QVERIFY(!help);
        QVERIFY(!help.error().isEmpty());
    }

    void escapesRoff_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("roff");
        QTest::newRow("plain") << "Run folders."
                               << "Run folders.";
        QTest::newRow("options") << "Replace a non-empty --out folder (see -h)."
                                 << "Replace a non-empty \\-\\-out folder (see \\-h).";
        QTest::newRow("backslash") << "C:\\path"
                                   << "C:\\epath";
        QTest::newRow("leading dot") << ".hidden files"
                                     << "\\&.hidden files";
        QTest::newRow("leading quote") << "'quoted'"
                                       << "\\&'quoted'";
        QTest::newRow("number") << "-1 = root's own"
                                << "-1 = root's own";
    }

    void escapesRoff()
    {
        QFETCH(QString, text);
        QFETCH(QString, roff);
        QCOMPARE(ManPageWriter::escape(text), roff);
    }

    void rendersOptionNames()
    {
        QCOMPARE(ManPageWriter::optionNames(QStringLiteral("-h, --help")),
                 QStringLiteral("\\fB\\-h\\fR, \\fB\\-\\-help\\fR"));
        QCOMPARE(ManPageWriter::optionNames(QStringLiteral("--serve-events <[ADDR:]PORT>")),
                 QStringLiteral("\\fB\\-\\-serve\\-events\\fR \\fI[ADDR:]PORT\\fR"));
    }

    void commandSynopsisDropsTheCommandsOwnName()
    {
        ManPageWriter::Command run;
        run.name = QStringLiteral("run");
        run.help.usage = QStringLiteral("[options] run");
        QCOMPARE(ManPageWriter::commandSynopsis(run), QStringLiteral("run [options]"));
        ManPageWriter::Command resume;
        resume.name = QStringLiteral("resume");
        resume.help = parsed(resumeHelp);
        QCOMPARE(ManPageWriter::commandSynopsis(resume), QStringLiteral("resume [options] id"));
    }

    void writesPage()
    {
        ManPageWriter::Page page;
        page.name = QStringLiteral("autocoder-sandboxd");
        page.version = QStringLiteral("0.1.0");
        page.date = QStringLiteral("2026-11-30");
        page.summary = QStringLiteral("local sandbox server");
        page.help = parsed(sandboxdHelp);
        page.seeAlso = { QStringLiteral("autocoder(1)"), QStringLiteral("bwrap(1)") };
        ManPageWriter::Command resume;
        resume.name = QStringLiteral("resume");
        resume.summary = QStringLiteral("Continues a run.");
        resume.help = parsed(resumeHelp);
        page.commands.append(resume);

        const QString roff = ManPageWriter::write(page);
        QVERIFY(roff.contains(QStringLiteral(
            ".TH \"AUTOCODER\\-SANDBOXD\" 1 \"2026-11-30\" \"autocoder\\-sandboxd 0.1.0\" "
            "\"User Commands\"\n")));
        QVERIFY(roff.contains(
            QStringLiteral(".SH NAME\nautocoder\\-sandboxd \\- local sandbox server\n")));
        QVERIFY(roff.contains(QStringLiteral(
            ".SH SYNOPSIS\n.B autocoder\\-sandboxd\n[options] [prepare-templates]\n")));
        QVERIFY(roff.contains(QStringLiteral(".nh\n.ad l\n.SH NAME\n")));
        QVERIFY(roff.contains(QStringLiteral(
            ".SH DESCRIPTION\nLocal E2B-compatible sandbox server (bubblewrap isolation) on "
            "127.0.0.1.\nExit status: 0 stopped or idle, 1 error; 2 bad usage.\n.SH OPTIONS\n")));
        QVERIFY(roff.contains(QStringLiteral(
            ".TP\n\\fB\\-\\-templates\\-dir\\fR \\fIDIR\\fR\nPrepared templates (default: "
            "<data-dir>/templates).\n")));
        QVERIFY(roff.contains(QStringLiteral(".SH ARGUMENTS\n.TP\n\\fIcommand\\fR\n")));
        // A command's section lists its own options, not the ones every command has.
        const qsizetype commands = roff.indexOf(QStringLiteral(".SH COMMANDS\n"));
        QVERIFY(commands > 0);
        const QString section = roff.mid(commands);
        QVERIFY(section.contains(QStringLiteral(
            ".SS \"autocoder\\-sandboxd resume [options] id\"\nContinues a run.\n")));
        QVERIFY(section.contains(QStringLiteral("\\fB\\-\\-runs\\-dir\\fR")));
        QVERIFY(!section.contains(QStringLiteral("\\-\\-help")));
        QVERIFY(roff.endsWith(QStringLiteral(".SH SEE ALSO\n.BR autocoder (1),\n.BR bwrap (1)\n")));
        // No line of running text may start a roff request by accident.
        for (const QString &line : roff.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('\'')))
                QFAIL(qPrintable(QStringLiteral("line starts with a quote: ") + line));
        }
    }
};

QTEST_GUILESS_MAIN(TestManPageWriter)
#include "tst_manpagewriter.moc"
