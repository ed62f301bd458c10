// Text that bypasses tr(): every window of the app under a pseudo translation in which each
// message lupdate finds reads "⟦source⟧" (built from the code by autocoder-pseudo-ts). A
// text on screen with letters outside the markers came from somewhere else: a literal, a
// string built from pieces, or a tr() that lupdate cannot see. Data is allowed by origin
// (the recorded run's files, tests, commands and the agent's words, the spec's answers).
#include "attach/attachdialog.h"
#include "mainwindow.h"
#include "run/runevent.h"
#include "runview/runview.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"
#include "setup/setupdialog.h"
#include "spec/projectspec.h"
#include "trwalker.h"
#include "wizard/agentpage.h"
#include "wizard/specwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QWizard>

using namespace Autocoder;
using namespace Autocoder::Ui;
using Autocoder::Testing::TrWalker;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AUTOCODER_UI_TEST_DATA_DIR "/") + name;
}

// Every string under @p value (objects, arrays), allowed as @p origin.
void allowStrings(TrWalker &walker, const QJsonValue &value, const QString &origin,
                  TrWalker::Match match = TrWalker::Match::Whole)
{
    if (value.isString()) {
        walker.allowData(value.toString(), origin, match);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            allowStrings(walker, v, origin, match);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            allowStrings(walker, it.value(), origin, match);
    }
}

} // namespace

class TestTrCoverage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTranslator m_pseudo;
    TrWalker m_walker;

    // The data the windows show from the recorded run and its spec, allowed field by field:
    // only what the agent, the commands or the person wrote, never a label of the app's own.
    void allowRecordedRun()
    {
        QFile journal(dataFile(QStringLiteral("run-events.jsonl")));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        // kind → the fields of its data that are data, and why.
        const QHash<QString, QStringList> fields = {
            { QStringLiteral("run.started"), { QStringLiteral("name") } }, // the project's name
            // Log lines and a process's output: what the server and the commands printed.
            { QStringLiteral("log"), { QStringLiteral("text") } },
            { QStringLiteral("process.output"), { QStringLiteral("text") } },
            { QStringLiteral("step.started"), { QStringLiteral("command") } }, // the spec's
            // A step's and the run's closing message are written into the journal when the run
            // happens, in the language of that moment: in this recording, English.
            { QStringLiteral("step.finished"), { QStringLiteral("message") } },
            { QStringLiteral("run.finished"), { QStringLiteral("message") } },
            // The agent's words, its tools (names, files, commands) and what they returned.
            { QStringLiteral("agent.message"), { QStringLiteral("text") } },
            { QStringLiteral("agent.tool_use"),
              { QStringLiteral("name"), QStringLiteral("input"), QStringLiteral("summary") } },
            { QStringLiteral("agent.tool_result"), { QStringLiteral("text") } },
            { QStringLiteral("agent.result"), { QStringLiteral("sessionId") } },
            // Test names, their files and failure messages, as the test runner reported them.
            { QStringLiteral("gate.tests"), { QStringLiteral("tests") } },
            // The requirement table and the mutation check of the recorded run.
            { QStringLiteral("gate.requirements"), { QStringLiteral("coverage") } },
            { QStringLiteral("gate.mutation"), { QStringLiteral("result") } },
            // The generated project's files.
            { QStringLiteral("files.snapshot"),
              { QStringLiteral("files"), QStringLiteral("archive") } },
        };
        while (!journal.atEnd()) {
            const QJsonObject event = QJsonDocument::fromJson(journal.readLine()).object();
            const QString kind = event.value(QStringLiteral("kind")).toString();
            m_walker.allowData(event.value(QStringLiteral("run")).toString(),
                               QStringLiteral("run id"));
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            for (const QString &field : fields.value(kind)) {
                if (kind == QLatin1String("gate.tests")) {
                    // Not "status": that one is an id the app must name itself.
                    for (const QJsonValue &test : data.value(field).toArray()) {
                        for (const char *key : { "name", "file", "message" })
                            allowStrings(m_walker, test.toObject().value(QLatin1String(key)),
                                         QStringLiteral("recorded test result"));
                    }
                    continue;
                }
                if (kind == QLatin1String("gate.requirements")) {
                    // The spec's requirements by id, and the tests tagged with them.
                    for (const QJsonValue &r : data.value(field)
                                                   .toObject()
                                                   .value(QLatin1String("requirements"))
                                                   .toArray()) {
                        allowStrings(m_walker, r.toObject().value(QLatin1String("id")),
                                     QStringLiteral("requirement id"));
                        for (const QJsonValue &t :
                             r.toObject().value(QLatin1String("tests")).toArray())
                            allowStrings(m_walker, t.toObject().value(QLatin1String("name")),
                                         QStringLiteral("recorded test name"));
                    }
                    continue;
                }
                if (kind == QLatin1String("gate.mutation")) {
                    // Where each mutant is and what it changed, in the project's code; its
                    // operator's id (docs/mutation.md) beside the operator in words.
                    for (const QJsonValue &m :
                         data.value(field).toObject().value(QLatin1String("mutants")).toArray()) {
                        for (const char *key : { "file", "original", "replacement", "diff",
                                                 "detail", "operator", "description" })
                            allowStrings(m_walker, m.toObject().value(QLatin1String(key)),
                                         QStringLiteral("recorded mutant"));
                    }
                    continue;
                }
                // Commands and the agent's tools (name, input) show beside each other.
                const bool within =
                    field == QLatin1String("command") || kind == QLatin1String("agent.tool_use");
                allowStrings(m_walker, data.value(field),
                             QStringLiteral("recorded %1 %2").arg(kind, field),
                             within ? TrWalker::Match::Within : TrWalker::Match::Whole);
            }
        }
        // The person's answers in the wizard (not the kind or backend ids: the app names those).
        QFile specFile(dataFile(QStringLiteral("spec.json")));
        QVERIFY(specFile.open(QIODevice::ReadOnly));
        const QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();
        for (const char *key :
             { "name", "description", "requirements", "acceptanceCriteria", "commands", "model" })
            allowStrings(m_walker, spec.value(QLatin1String(key)),
                         QStringLiteral("spec %1").arg(QLatin1String(key)),
                         qstrcmp(key, "commands") == 0 ? TrWalker::Match::Within
                                                       : TrWalker::Match::Whole);
        allowStrings(
            m_walker,
            spec.value(QStringLiteral("sandbox")).toObject().value(QStringLiteral("template")),
            QStringLiteral("spec sandbox template"));
    }

    // Qt's own standard buttons: qtbase_xx.qm translates them, not the app's file.
    void allowQtStandardTexts()
    {
        QDialogButtonBox box(QDialogButtonBox::StandardButtons(0xffffffff));
        for (QAbstractButton *b : box.buttons())
            m_walker.allowData(b->text(), QStringLiteral("Qt standard button"));
        QWizard wizard;
        for (auto which : { QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                            QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton })
            m_walker.allowData(wizard.buttonText(which), QStringLiteral("QWizard button"));
        // A tab bar's scroll buttons.
        QTabBar tabBar;
        for (const QToolButton *b : tabBar.findChildren<QToolButton *>())
            m_walker.allowData(b->accessibleName(), QStringLiteral("QTabBar scroll button"));
        // Dates and sizes come formatted by QLocale, in its language.
        const QLocale locale;
        for (int m = 1; m <= 12; ++m) {
            m_walker.allowData(locale.monthName(m, QLocale::ShortFormat), QStringLiteral("QLocale"),
                               TrWalker::Match::Within);
            m_walker.allowData(locale.monthName(m, QLocale::LongFormat), QStringLiteral("QLocale"),
                               TrWalker::Match::Within);
        }
        for (int d = 1; d <= 7; ++d) {
            m_walker.allowData(locale.dayName(d, QLocale::ShortFormat), QStringLiteral("QLocale"),
                               TrWalker::Match::Within);
            m_walker.allowData(locale.dayName(d, QLocale::LongFormat), QStringLiteral("QLocale"),
                               TrWalker::Match::Within);
        }
        m_walker.allowData(locale.amText(), QStringLiteral("QLocale"), TrWalker::Match::Within);
        m_walker.allowData(locale.pmText(), QStringLiteral("QLocale"), TrWalker::Match::Within);
        for (auto format : { QLocale::DataSizeIecFormat, QLocale::DataSizeTraditionalFormat,
                             QLocale::DataSizeSIFormat }) {
            for (qint64 size : { 1LL, 2000LL, 2000000LL, 2000000000LL })
                m_walker.allowData(locale.formattedDataSize(size, 1, format)
                                       .remove(QRegularExpression(QStringLiteral("[0-9.,\\s]"))),
                                   QStringLiteral("QLocale"), TrWalker::Match::Within);
        }
        // The languages in Settings, each in its own words whatever the app speaks.
        for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
            if (!choice.code.isEmpty())
                m_walker.allowData(choice.name, QStringLiteral("language autonym"));
        }
        // Model ids, offered as they are written in a spec.
        for (const QString &model : AgentPage::knownModels())
            m_walker.allowData(model, QStringLiteral("model id"));
        // The product's name stands alone in a few places (the application name, titles).
        m_walker.allowData(QStringLiteral("Autocoder"), QStringLiteral("product name"));
    }

    void walk(QWidget *w, const QString &scene)
    {
        QCoreApplication::processEvents();
        m_walker.walk(w, scene);
    }

    // Dialogs the app opens on its own (open(), not exec()): walked, then closed.
    void walkNewDialogs(const QSet<QWidget *> &before, const QString &scene)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!before.contains(w) && w->isVisible()) {
                walk(w, scene);
                w->close();
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
        qunsetenv("E2B_API_KEY");
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(m_pseudo.load(QStringLiteral(AUTOCODER_PSEUDO_QM)), AUTOCODER_PSEUDO_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
        allowRecordedRun();
        allowQtStandardTexts();
    }

    // The pseudo translation is in effect, and the walker tells marked from unmarked text.
    void pseudoTranslationWorks()
    {
        const QString file = QCoreApplication::translate("Autocoder::Ui::MainWindow", "&File");
        QCOMPARE(file, QString(TrWalker::open + QStringLiteral("&File") + TrWalker::close));
        QVERIFY(m_walker.untranslated(file).isEmpty());
        QCOMPARE(m_walker.untranslated(QStringLiteral("Iterations")), QStringLiteral("Iterations"));
        QCOMPARE(m_walker.untranslated(file + QStringLiteral(": 3 files")),
                 QStringLiteral(": 3 files"));
        QVERIFY(
            m_walker.untranslated(QStringLiteral("<b>") + file + QStringLiteral("</b>")).isEmpty());
        QVERIFY(m_walker.untranslated(QStringLiteral("src/todo.ts")).isEmpty()); // data
        QVERIFY(m_walker.untranslated(TrWalker::open + QStringLiteral("Saving to…")).isEmpty());
        QVERIFY(!m_walker.untranslated(QStringLiteral("todo.ts modified")).isEmpty());
    }

    void everyWindowIsTranslated()
    {
        QSet<QWidget *> before;
        for (QWidget *w : QApplication::topLevelWidgets())
            before.insert(w);

        // The main window with the recorded run, each of its tabs shown.
        {
            MainWindow window;
            window.resize(1280, 860);
            window.show();
            QString error;
            QVERIFY2(window.replayJournal(dataFile(QStringLiteral("run-events.jsonl")), &error),
                     qPrintable(error));
            RunView *view = window.runView();
            QTabWidget *tabs = view->tabs();
            const QStringList names = { QStringLiteral("Activity"), QStringLiteral("Logs"),
                                        QStringLiteral("Tests"), QStringLiteral("Files"),
                                        QStringLiteral("Changes") };
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QTest::qWait(100);
                walk(&window, QStringLiteral("main window, %1 tab").arg(names.value(t)));
            }
            // Attach to Run….
            AttachDialog *attach = window.showAttachDialog();
            QVERIFY(attach);
            walk(attach, QStringLiteral("Attach dialog"));
            attach->urlEdit()->setText(QStringLiteral("build-server:8765"));
            attach->accept(); // refused: the messages beside the fields
            walk(attach, QStringLiteral("Attach dialog, refused"));
            attach->reject();
            // Help → About.
            QSet<QWidget *> open;
            for (QWidget *w : QApplication::topLevelWidgets())
                open.insert(w);
            for (QAction *menu : window.menuBar()->actions()) {
                for (QAction *a : menu->menu()->actions()) {
                    if (a->text().contains(QStringLiteral("About")))
                        a->trigger();
                }
            }
            QTest::qWait(50);
            walkNewDialogs(open, QStringLiteral("About box"));
        }

        // The run live, halfway through iteration 2, and the question Stop asks first.
        {
            QList<Run::RunEvent> events;
            QFile journal(dataFile(QStringLiteral("run-events.jsonl")));
            QVERIFY(journal.open(QIODevice::ReadOnly));
            while (!journal.atEnd()) {
                if (const auto e = Run::RunEvent::fromJsonLine(journal.readLine().trimmed()))
                    events.append(*e);
            }
            QVERIFY(events.size() > 100);
            MainWindow window;
            window.resize(1280, 860);
            window.show();
            window.runView()->setLive(true);
            const qint64 shift = events.at(90).time.msecsTo(QDateTime::currentDateTimeUtc());
            for (int i = 0; i <= 90; ++i) {
                Run::RunEvent e = events.at(i);
                e.time = e.time.addMSecs(shift);
                window.applyLiveEvent(e);
            }
            window.runsView()->selectRow(0);
            for (int t = 0; t < window.runView()->tabs()->count(); ++t) {
                window.runView()->tabs()->setCurrentIndex(t);
                QTest::qWait(50);
                walk(&window, QStringLiteral("live run, tab %1").arg(t + 1));
            }
            window.runView()->stopAction()->trigger();
            QTest::qWait(50);
            QWidget *question = window.runView()->stopDialog();
            QVERIFY(question);
            walk(question, QStringLiteral("Stop question"));
            question->close();
        }

        // The wizard on each page, from the recorded run's spec; then a spec with mistakes.
        {
            QFile specFile(dataFile(QStringLiteral("spec.json")));
            QVERIFY(specFile.open(QIODevice::ReadOnly));
            const auto spec = Spec::ProjectSpec::parse(specFile.readAll());
            QVERIFY(spec);
            SpecWizard wizard(*spec);
            wizard.show();
            for (int page = 0; page < 5; ++page) {
                QTest::qWait(50);
                walk(&wizard, QStringLiteral("wizard page %1").arg(page + 1));
                wizard.next();
            }
            Spec::ProjectSpec bad;
            bad.name = QStringLiteral("my project!");
            SpecWizard errors(bad);
            errors.show();
            errors.button(QWizard::NextButton)->click();
            QTest::qWait(50);
            walk(&errors, QStringLiteral("wizard with mistakes"));
        }

        // Settings, once the keychain has answered (none here: the fallback shows).
        {
            SettingsDialog dialog;
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(
                !dialog.keychainStatus()->text().contains(QStringLiteral("Reading")), 5000);
            walk(&dialog, QStringLiteral("Settings"));
        }

        // The set-up page, its checks finished.
        {
            Setup::Readiness::Options options;
            options.keychainService = QStringLiteral("autocoder-trcoverage-no-key");
            options.bwrapProgram = QStringLiteral("true");
            SetupDialog dialog(options);
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.readiness()->isRunning(), 10000);
            walk(&dialog, QStringLiteral("set-up page"));
        }

        const QStringList offenders = m_walker.offenders();
        qInfo().noquote() << "checked" << m_walker.checkedTexts() << "texts";
        if (!offenders.isEmpty()) {
            qWarning().noquote() << offenders.size()
                                 << "texts do not come through tr() (scene: widget kind: text):";
            for (const QString &line : offenders)
                qWarning().noquote() << "  " << line;
        }
        QVERIFY2(
            offenders.isEmpty(),
            qPrintable(QStringLiteral("%1 texts bypass tr(), listed above").arg(offenders.size())));
    }
};

QTEST_MAIN(TestTrCoverage)
#include "tst_trcoverage.moc"
