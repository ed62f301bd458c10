// autocoder-screenshots [--dark] OUTDIR: renders the main screens offscreen from the
// recorded run in tests/ui/data and saves them as PNGs for review: the run live,
// finished, stopped with its files, resumed after an interruption, and attached to through a
// run's event feed (with the Attach dialog). With --dark, the same
// screens in the dark palette, saved as NAME-dark.png. With --locale de|fr, in that language
// (the app's translation, Qt's own, numbers and dates), saved as NAME-de.png: the wizard and
// the finished run's Tests (with its verification) and Files tabs only, the scenes that show the
// app's own words rather than the recorded agent's English prose.
#include "attach/attachdialog.h"
#include "attach/attachedruns.h"
#include "feed/attachedrun.h"
#include "feed/feedprotocol.h"
#include "feed/feedserver.h"
#include "mainwindow.h"
#include "models/activitymodel.h"
#include "models/changesmodel.h"
#include "models/filetreemodel.h"
#include "models/runlistmodel.h"
#include "models/testcasesmodel.h"
#include "models/timelinemodel.h"
#include "run/runevent.h"
#include "run/runevents.h"
#include "run/runmanager.h"
#include "run/runqueue.h"
#include "runeventfeed.h"
#include "runnotifier.h"
#include "runview/activitydetails.h"
#include "runview/activitypanel.h"
#include "runview/changespanel.h"
#include "runview/diffview.h"
#include "runview/filespanel.h"
#include "runview/runview.h"
#include "runview/testspanel.h"
#include "runview/verificationpanel.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"
#include "setup/setupdialog.h"
#include "spec/projectspec.h"
#include "theme/palette.h"
#include "verify/verifydialog.h"
#include "wizard/specwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

// A run folder at @p dir with the recorded run's spec and snapshots (its journal is the
// caller's).
bool copyRecordedRunFiles(const QString &dir)
{
    if (!QDir().mkpath(dir + QStringLiteral("/snapshots"))
        || !QFile::copy(dataFile(QStringLiteral("spec.json")), dir + QStringLiteral("/spec.json")))
        return false;
    for (const char *name : { "snapshots/iter-1.tar.gz", "snapshots/iter-2.tar.gz" }) {
        if (!QFile::copy(dataFile(QLatin1String(name)),
                         dir + QLatin1Char('/') + QLatin1String(name)))
            return false;
    }
    return true;
}

QList<Run::RunEvent> recordedEvents()
{
    QList<Run::RunEvent> events;
    QFile file(dataFile(QStringLiteral("run-events.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        if (const auto e = Run::RunEvent::fromJsonLine(file.readLine().trimmed()))
            events.append(*e);
    }
    return events;
}

// "-dark" when rendering the dark palette: the suffix of every file written.
QString g_nameSuffix;

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    QString fileName = name;
    fileName.insert(fileName.lastIndexOf(QLatin1Char('.')), g_nameSuffix);
    const QString path = out.filePath(fileName);
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s (%dx%d)\n", qPrintable(path), pixmap.width(), pixmap.height());
    return true;
}

void settle(int ms = 100)
{
    QTest::qWait(ms);
}

QVector<RunListModel::Row> pastRuns()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunListModel::Row a;
    a.id = QStringLiteral("20260124-161210-a91f");
    a.name = QStringLiteral("csv-stats-cli");
    a.status = Run::RunStatus::Finished;
    a.outcome = Run::RunOutcome::Green;
    a.iteration = 3;
    a.maxIterations = 5;
    a.costUsd = 1.27;
    a.startedAt = now.addDays(-2);
    RunListModel::Row b;
    b.id = QStringLiteral("20260123-100502-04be");
    b.name = QStringLiteral("markdown-toc");
    b.status = Run::RunStatus::Finished;
    b.outcome = Run::RunOutcome::Budget;
    b.iteration = 4;
    b.maxIterations = 6;
    b.costUsd = 2.0;
    b.startedAt = now.addDays(-3);
    return { a, b };
}

// The main window over the past runs, showing the run recorded in @p journal.
bool showReplayed(MainWindow &window, const QString &journal)
{
    window.resize(1280, 860);
    window.runsModel()->setRuns(pastRuns());
    window.show();
    QString error;
    if (!window.replayJournal(journal, &error)) {
        std::fprintf(stderr, "replay failed: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

// The Files tab with src/todo.ts previewed (the preview loads from the snapshot in the
// background).
void showSourceFile(RunView *view)
{
    view->tabs()->setCurrentIndex(RunView::FilesTab);
    view->filesPanel()->selectPath(QStringLiteral("src/todo.ts"));
    if (!QTest::qWaitFor(
            [view] {
                return view->filesPanel()->preview()->toPlainText().contains(
                    QStringLiteral("export"));
            },
            5000))
        std::fprintf(stderr, "the file preview did not load\n");
}

// A run folder holding the recorded run up to iteration 2's agent turn (seq 63), as a run
// killed mid-turn leaves it: its spec, journal and first snapshot.
bool writeInterruptedRun(const QString &dir, const QList<Run::RunEvent> &events,
                         QList<Run::RunEvent> *written)
{
    if (!copyRecordedRunFiles(dir))
        return false;
    for (const Run::RunEvent &e : events) {
        if (e.seq > 63)
            break;
        written->append(e);
    }
    return Testing::RunEventFeed::append(dir + QStringLiteral("/events.jsonl"), *written);
}

// The recorded run carries only the paths of its file tools; real journals carry what was
// written. Give the activity scenes the inputs the agent sent (its files from the
// snapshots), so that the thread shows its diffs as a real run does.
QList<Run::RunEvent> withToolInputs(QList<Run::RunEvent> events)
{
    const QString packageJson = QStringLiteral(
        "{\n  \"name\": \"todo-lib\",\n  \"version\": \"0.1.0\",\n  \"type\": \"module\",\n"
        "  \"main\": \"dist/index.js\",\n  \"types\": \"dist/index.d.ts\",\n  \"scripts\": {\n"
        "    \"build\": \"bun build src/index.ts --outdir dist --target node && tsc "
        "--emitDeclarationOnly\"\n  },\n  \"devDependencies\": {\n    \"typescript\": "
        "\"^5.6.3\",\n    \"@types/bun\": \"^1.1.13\"\n  }\n}\n");
    const QString todoTs = QStringLiteral(
        "export interface Todo {\n  id: number;\n  title: string;\n  done: boolean;\n}\n\n"
        "export class TodoList {\n  private items: Todo[] = [];\n  private nextId = 1;\n\n"
        "  add(title: string): Todo {\n    const todo = { id: this.nextId++, title, done: false "
        "};\n"
        "    this.items.push(todo);\n    return todo;\n  }\n\n  complete(id: number): void {\n"
        "    const todo = this.items.find((t) => t.id === id);\n    if (todo) todo.done = true;\n"
        "  }\n\n  remove(id: number): boolean {\n    const before = this.items.length;\n"
        "    this.items = this.items.filter((t) => t.id !== id);\n"
        "    return this.items.length < before;\n  }\n\n"
        "  list(filter: \"all\" | \"open\" | \"done\" = \"all\"): Todo[] {\n"
        "    return this.items;\n  }\n}\n");
    QString numbered;
    const QStringList lines = todoTs.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i)
        numbered += QStringLiteral("%1\u2192%2\n").arg(i + 1, 6).arg(lines.at(i));
    const QHash<QString, QJsonObject> extra = {
        { QStringLiteral("toolu_01"), { { QStringLiteral("content"), packageJson } } },
        { QStringLiteral("toolu_03"), { { QStringLiteral("content"), todoTs } } },
        { QStringLiteral("toolu_12"),
          { { QStringLiteral("old_string"),
              QStringLiteral("    if (todo) todo.done = true;\n  }") },
            { QStringLiteral("new_string"),
              QStringLiteral("    if (!todo) throw new Error(`No todo with id ${id}`);\n"
                             "    todo.done = true;\n  }") } } },
        { QStringLiteral("toolu_13"),
          { { QStringLiteral("old_string"), QStringLiteral("  test.skip(\"toJSON round trip\"") },
            { QStringLiteral("new_string"), QStringLiteral("  test(\"toJSON round trip\"") } } },
    };
    for (Run::RunEvent &e : events) {
        if (auto use = e.payload<Run::AgentToolUse>(); use && extra.contains(use->id)) {
            const QJsonObject add = extra.value(use->id);
            for (auto it = add.begin(); it != add.end(); ++it)
                use->input.insert(it.key(), it.value());
            e.data = use->toJson();
        } else if (auto result = e.payload<Run::AgentToolResult>();
                   result && result->id == QLatin1String("toolu_11")) {
            result->text = numbered;
            e.data = result->toJson();
        }
    }
    return events;
}

// The recorded run as if made in the installed language: the engine's closing message (a
// green run's) through its translation, as a run made today writes it into its journal.
QList<Run::RunEvent> inLanguage(QList<Run::RunEvent> events)
{
    for (Run::RunEvent &e : events) {
        if (auto finished = e.payload<Run::RunFinished>();
            finished && finished->outcome == Run::RunOutcome::Green) {
            finished->message = QCoreApplication::translate("Autocoder::Run::DecideStep",
                                                            "All checks passed in iteration %1")
                                    .arg(finished->iterations.value_or(0));
            e.data = finished->toJson();
        }
    }
    return events;
}

// What a person writing German or French would have told the wizard, and the test names an
// agent briefed in that language writes: the recorded run's data in that language, so that a
// localized screenshot shows its interface around data in the same language.
struct FixtureText
{
    QString description;
    QStringList requirements;
    QStringList criteria;
    QList<std::pair<QString, QString>> testNames; ///< recorded name, name in this language
};

FixtureText fixtureText(const QString &language)
{
    if (language == QLatin1String("de"))
        return { QStringLiteral(
                     "Eine kleine Aufgabenlisten-Bibliothek im Speicher für Bun und Node."),
                 { QStringLiteral("add(title) liefert eine Aufgabe mit neuer ID"),
                   QStringLiteral("complete(id) markiert eine Aufgabe als erledigt und wirft bei "
                                  "unbekannter ID"),
                   QStringLiteral("remove(id) meldet, ob etwas entfernt wurde"),
                   QStringLiteral("list(filter) liefert alle, offene oder erledigte Aufgaben als "
                                  "Kopie"),
                   QStringLiteral("toJSON/fromJSON geben die Liste unverändert wieder") },
                 { QStringLiteral("bun test besteht"),
                   QStringLiteral("das Paket baut nach dist/ mit Typdeklarationen") },
                 { { QStringLiteral("[R1] add returns the new todo"),
                     QStringLiteral("[R1] add liefert die neue Aufgabe") },
                   { QStringLiteral("[R2] complete marks done"),
                     QStringLiteral("[R2] complete markiert als erledigt") },
                   { QStringLiteral("[R2] complete of unknown id throws"),
                     QStringLiteral("[R2] complete mit unbekannter ID wirft") },
                   { QStringLiteral("[R4] filter open"), QStringLiteral("[R4] Filter: offen") },
                   { QStringLiteral("[R1] ids increase"), QStringLiteral("[R1] IDs steigen") },
                   { QStringLiteral("[R4] list returns a copy"),
                     QStringLiteral("[R4] list liefert eine Kopie") },
                   { QStringLiteral("persists to localStorage"),
                     QStringLiteral("speichert in localStorage") },
                   { QStringLiteral("[R3] remove"), QStringLiteral("[R3] remove löscht") },
                   { QStringLiteral("[R5] round-trips through JSON"),
                     QStringLiteral("[R5] übersteht den Weg durch JSON") } } };
    if (language == QLatin1String("fr"))
        return { QStringLiteral("Une petite bibliothèque de liste de tâches en mémoire pour Bun et "
                                "Node."),
                 { QStringLiteral("add(title) renvoie une tâche avec un nouvel id"),
                   QStringLiteral("complete(id) marque une tâche comme terminée et lève une erreur "
                                  "pour un id inconnu"),
                   QStringLiteral("remove(id) indique si quelque chose a été supprimé"),
                   QStringLiteral("list(filter) renvoie une copie des tâches : toutes, ouvertes "
                                  "ou terminées"),
                   QStringLiteral("toJSON/fromJSON restituent la liste à l’identique") },
                 { QStringLiteral("bun test réussit"),
                   QStringLiteral("le paquet se compile dans dist/ avec ses déclarations de "
                                  "types") },
                 { { QStringLiteral("[R1] add returns the new todo"),
                     QStringLiteral("[R1] add renvoie la nouvelle tâche") },
                   { QStringLiteral("[R2] complete marks done"),
                     QStringLiteral("[R2] complete marque comme terminée") },
                   { QStringLiteral("[R2] complete of unknown id throws"),
                     QStringLiteral("[R2] complete avec un id inconnu lève une erreur") },
                   { QStringLiteral("[R4] filter open"), QStringLiteral("[R4] filtre : ouvertes") },
                   { QStringLiteral("[R1] ids increase"),
                     QStringLiteral("[R1] les id augmentent") },
                   { QStringLiteral("[R4] list returns a copy"),
                     QStringLiteral("[R4] list renvoie une copie") },
                   { QStringLiteral("persists to localStorage"),
                     QStringLiteral("persiste dans localStorage") },
                   { QStringLiteral("[R3] remove"), QStringLiteral("[R3] remove supprime") },
                   { QStringLiteral("[R5] round-trips through JSON"),
                     QStringLiteral("[R5] aller-retour via JSON") } } };
    return {};
}

// The recorded run as if made in @p language, in a folder of its own under @p dir: its
// journal (inLanguage(), test names from fixtureText()), spec and snapshots. Returns the
// journal.
QString localizedRun(const QList<Run::RunEvent> &events, const QString &language, const QDir &dir)
{
    const QString journal = dir.filePath(QStringLiteral("events.jsonl"));
    if (!copyRecordedRunFiles(dir.path())
        || !Testing::RunEventFeed::append(journal, inLanguage(events)))
        return {};
    QFile file(journal);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = file.readAll();
    file.close();
    const FixtureText fixture = fixtureText(language);
    for (const auto &[recorded, localized] : fixture.testNames)
        text.replace("\"name\":\"" + recorded.toUtf8() + '"',
                     "\"name\":\"" + localized.toUtf8() + '"');
    // The requirement table quotes the spec's requirements: in the same language.
    QFile specFile(dataFile(QStringLiteral("spec.json")));
    const QStringList requirements = specFile.open(QIODevice::ReadOnly)
        ? Spec::ProjectSpec::parse(specFile.readAll()).valueOr(Spec::ProjectSpec()).requirements
        : QStringList();
    for (int i = 0; i < requirements.size() && i < fixture.requirements.size(); ++i)
        text.replace("\"text\":\"" + requirements.at(i).toUtf8() + '"',
                     "\"text\":\"" + fixture.requirements.at(i).toUtf8() + '"');
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return {};
    return journal;
}

// A run served by a real feed in this process, from a folder holding the recorded run up to
// iteration 2's test step (times shifted to now, as if it were happening), and the main
// window attached to it; then the feed going away, and the Attach dialog.
bool attachedScenes(const QList<Run::RunEvent> &events, const QDir &out)
{
    QTemporaryDir served;
    QTemporaryDir mirrors;
    const QString runId = events.first().runId;
    const QString dir = served.filePath(runId);
    if (!copyRecordedRunFiles(dir))
        return false;
    int stop = 0;
    for (int i = 0; i < events.size(); ++i) {
        const auto &e = events.at(i);
        if (e.kind == Run::EventKind::StepFinished && e.iteration() == 2
            && e.step() == QLatin1String("install")) {
            stop = i + 8;
            break;
        }
    }
    const qint64 shift = events.at(stop).time.msecsTo(QDateTime::currentDateTimeUtc());
    {
        QFile journal(dir + QStringLiteral("/events.jsonl"));
        if (!journal.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i <= stop; ++i) {
            Run::RunEvent e = events.at(i);
            e.time = e.time.addMSecs(shift);
            journal.write(e.toJsonLine() + '\n');
        }
    }
    Feed::FeedServer server;
    Feed::FeedServer::Options options;
    options.token = Feed::generateToken(); // never shown: the dialog echoes dots
    if (const Result<void> listening = server.listen(options); !listening) {
        std::fprintf(stderr, "cannot serve the run: %s\n", qPrintable(listening.error()));
        return false;
    }
    server.addRun(runId, dir);

    bool ok = true;
    MainWindow window;
    window.resize(1280, 860);
    window.runsModel()->setRuns(pastRuns());
    window.attachedRuns()->setMirrorRoot(mirrors.path());
    window.attachedRuns()->setReconnectDelays(200, 2000);
    window.show();
    window.attachToRun(server.url(), options.token);
    RunView *view = window.runView();
    if (!QTest::qWaitFor(
            [&] {
                const Feed::AttachedRun *run = window.attachedRuns()->run(runId);
                return run && run->connectionState() == Feed::FeedClient::State::Connected
                    && view->summary().iteration == 2 && view->fileTreeModel()->rowCount() > 0;
            },
            10000)) {
        std::fprintf(stderr, "the attached run did not show\n");
        return false;
    }
    view->tabs()->setCurrentIndex(RunView::ActivityTab);
    settle(1200); // one tick of the clock
    ok &= save(&window, out, QStringLiteral("run-attached.png"));

    // The serving side goes away: the run stays, the header says the feed is lost.
    const QUrl url = server.url();
    server.close();
    if (!QTest::qWaitFor(
            [view] {
                return view->connectionLabel()->text().contains(QStringLiteral("reconnecting"));
            },
            10000))
        std::fprintf(stderr, "the lost connection did not show\n");
    settle(200);
    ok &= save(&window, out, QStringLiteral("run-attached-reconnecting.png"));

    // The dialog as it opens again: the last address, a token typed (as dots).
    AttachDialog *dialog = window.showAttachDialog();
    dialog->setUrl(url);
    dialog->tokenEdit()->setText(QString::fromLatin1(Feed::generateToken()));
    settle(300);
    ok &= save(dialog, out, QStringLiteral("attach-dialog.png"));
    dialog->urlEdit()->setText(QStringLiteral("build-server:8765"));
    dialog->tokenEdit()->clear();
    dialog->accept(); // refused: the messages beside the fields
    settle(200);
    ok &= save(dialog, out, QStringLiteral("attach-dialog-errors.png"));
    dialog->reject();
    return ok;
}

/// File → Verify Project… after a replay of a saved project whose source was edited: the
/// steps it ran, then what differs from the receipt, blocking first.
bool verifyDialogScene(QWidget *parent, const QDir &out)
{
    VerifyDialog dialog(QStringLiteral("/home/ada/projects/todo-lib"), parent);
    dialog.resize(720, 520);
    dialog.show();
    int seq = 0;
    const auto step = [&](QLatin1String name, int iteration, const QString &command, qint64 ms,
                          bool ok, int exitCode) {
        Run::RunEvent started = Run::RunEvent::make(Run::StepStarted { name, iteration, command });
        started.seq = ++seq;
        dialog.addEvent(started);
        Run::RunEvent finished =
            Run::RunEvent::make(Run::StepFinished { name, iteration, ok, exitCode, ms, QString() });
        finished.seq = ++seq;
        dialog.addEvent(finished);
    };
    step(Run::Step::Sandbox, 0, QString(), 1800, true, 0);
    step(Run::Step::Upload, 0, QString(), 210, true, 0);
    step(Run::Step::Install, 1, QStringLiteral("bun install"), 1400, true, 0);
    step(Run::Step::Test, 1, QStringLiteral("bun test"), 2300, false, 1);
    step(Run::Step::Snapshot, 1, QString(), 380, true, 0);
    Run::VerificationOutcome outcome;
    outcome.status = Run::VerificationOutcome::Status::Mismatch;
    using D = Run::ReceiptDifference;
    outcome.differences = {
        D { QStringLiteral("commands/test/exitCode"), QStringLiteral("0"), QStringLiteral("1"),
            D::Kind::Changed, true },
        D { QStringLiteral("files/src/todo.ts"), QStringLiteral("5f0c1e…"),
            QStringLiteral("a93d47…"), D::Kind::Changed, true },
        D { QStringLiteral("mutation"), QStringLiteral("present"), QString(), D::Kind::Missing,
            true },
        D { QStringLiteral("requirements/R2/status"), QStringLiteral("covered"),
            QStringLiteral("failing"), D::Kind::Changed, true },
        D { QStringLiteral("testOutput/counts/failed"), QStringLiteral("0"), QStringLiteral("2"),
            D::Kind::Changed, true },
        D { QStringLiteral("testOutput/counts/passed"), QStringLiteral("8"), QStringLiteral("6"),
            D::Kind::Changed, true },
        D { QStringLiteral("createdAt"), QStringLiteral("2026-01-26T09:16:08Z"),
            QStringLiteral("2026-02-03T14:02:51Z"), D::Kind::Changed, false },
        D { QStringLiteral("toolchain/bun"), QStringLiteral("1.1.38"), QStringLiteral("1.1.42"),
            D::Kind::Changed, false },
    };
    dialog.showOutcome(outcome);
    settle(200);
    return save(&dialog, out, QStringLiteral("verify-dialog.png"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("autocoder-screenshots"));
    QStandardPaths::setTestModeEnabled(true); // keep the person's settings out of it
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.removeAll(QStringLiteral("--dark")) > 0) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        g_nameSuffix = QStringLiteral("-dark");
    }
    QString language;
    if (const int at = args.indexOf(QStringLiteral("--locale")); at >= 0 && at + 1 < args.size()) {
        language = args.takeAt(at + 1);
        args.removeAt(at);
        const QStringList loaded =
            UiLanguage::install(UiLanguage::localeFor(language), QStringLiteral(AUTOCODER_QM_DIR));
        if (language.isEmpty() || UiLanguage::localeFor(language) == QLocale::system()
            || loaded.filter(QStringLiteral("autocoder_")).isEmpty()) {
            std::fprintf(stderr, "no translation for --locale %s\n", qPrintable(language));
            return 2;
        }
        g_nameSuffix += QLatin1Char('-') + language;
    } else {
        // English too comes from a translation: its plural forms ("1 iteration").
        UiLanguage::install(UiLanguage::localeFor(QStringLiteral("en")),
                            QStringLiteral(AUTOCODER_QM_DIR));
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: autocoder-screenshots [--dark] [--locale de|fr] OUTDIR\n");
        return 2;
    }
    QDir out(args.first());
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(args.first()));
        return 1;
    }
    bool ok = true;
    const QList<Run::RunEvent> events = recordedEvents();
    if (events.isEmpty()) {
        std::fprintf(stderr, "no recorded events in %s\n",
                     qPrintable(dataFile(QStringLiteral("run-events.jsonl"))));
        return 1;
    }

    // Wizard, filled from the recorded run's spec, on the Requirements page.
    {
        QFile specFile(dataFile(QStringLiteral("spec.json")));
        if (!specFile.open(QIODevice::ReadOnly))
            return 1;
        Spec::ProjectSpec spec =
            Spec::ProjectSpec::parse(specFile.readAll()).valueOr(Spec::ProjectSpec());
        if (!language.isEmpty()) {
            const FixtureText text = fixtureText(language);
            spec.description = text.description;
            spec.requirements = text.requirements;
            spec.acceptanceCriteria = text.criteria;
        }
        SpecWizard wizard(spec);
        wizard.show();
        wizard.next();
        settle();
        ok &= save(&wizard, out, QStringLiteral("wizard.png"));
        // The other pages, for review (not part of the documented set).
        wizard.next();
        settle();
        ok &= save(&wizard, out, QStringLiteral("wizard-stack.png"));
        wizard.next();
        settle();
        ok &= save(&wizard, out, QStringLiteral("wizard-agent.png"));
        wizard.next();
        settle();
        ok &= save(&wizard, out, QStringLiteral("wizard-review.png"));
    }
    {
        // A spec with mistakes: the validator's messages beside the fields.
        Spec::ProjectSpec bad;
        bad.name = QStringLiteral("my project!");
        SpecWizard wizard(bad);
        wizard.show();
        settle();
        wizard.button(QWizard::NextButton)->click();
        settle();
        ok &= save(&wizard, out, QStringLiteral("wizard-errors.png"));
    }

    // Main window with a live run, replayed up to iteration 2's test step; times
    // shifted so the clock reads as if it were happening now.
    {
        MainWindow window;
        window.resize(1280, 860);
        window.runsModel()->setRuns(pastRuns());
        window.show();
        int stop = 0;
        for (int i = 0; i < events.size(); ++i) {
            const auto &e = events.at(i);
            if (e.kind == Run::EventKind::StepFinished && e.iteration() == 2
                && e.step() == QLatin1String("install")) {
                stop = i + 8;
                break;
            }
        }
        const qint64 shift = events.at(stop).time.msecsTo(QDateTime::currentDateTimeUtc());
        window.runView()->setLive(true);
        for (int i = 0; i <= stop; ++i) {
            Run::RunEvent e = events.at(i);
            e.time = e.time.addMSecs(shift);
            window.applyLiveEvent(e);
        }
        window.runsView()->selectRow(0);
        window.runView()->tabs()->setCurrentIndex(RunView::LogsTab);
        settle(200);
        ok &= save(&window, out, QStringLiteral("main-window.png"));
        // Stop asks first (for review, not part of the documented set).
        window.runView()->stopAction()->trigger();
        settle(200);
        if (QWidget *question = window.runView()->stopDialog()) {
            ok &= save(question, out, QStringLiteral("stop-dialog.png"));
            question->close();
        }
    }

    // Two runs at once and a third waiting for a local slot: each row with its own status,
    // iteration and cost; the view on the first.
    {
        MainWindow window;
        window.resize(1280, 860);
        window.runsModel()->setRuns(pastRuns());
        window.show();
        const QString otherId = QStringLiteral("20261130-141503-b7c2");
        const qint64 shift = events.last().time.msecsTo(QDateTime::currentDateTimeUtc());
        window.runView()->setLive(true);
        // The first run up to iteration 2, shown in the view.
        for (const Run::RunEvent &recorded : events) {
            if (recorded.kind == Run::EventKind::StepStarted && recorded.iteration() == 2)
                break;
            Run::RunEvent e = recorded;
            e.time = e.time.addMSecs(shift);
            window.applyLiveEvent(e);
        }
        // The second: the same recording, renamed, started later, in its first agent turn.
        for (const Run::RunEvent &recorded : events) {
            if (recorded.kind == Run::EventKind::AgentResult)
                break;
            Run::RunEvent e = recorded;
            e.runId = otherId;
            e.time = e.time.addMSecs(shift + 40000);
            if (auto started = e.payload<Run::RunStarted>()) {
                started->name = QStringLiteral("markdown-toc");
                e.data = started->toJson();
            }
            window.applyLiveEvent(e);
        }
        Run::RunQueue *queue = window.runManager()->localQueue();
        queue->setLimit(2);
        queue->submit(QStringLiteral("slot 1"), [](const QString &) {});
        queue->submit(QStringLiteral("slot 2"), [](const QString &) {});
        queue->submit(QStringLiteral("csv-report-cli"), [](const QString &) {});
        window.runView()->tabs()->setCurrentIndex(RunView::ActivityTab);
        settle(200);
        ok &= save(&window, out, QStringLiteral("runs-many.png"));
    }

    // The finished run: Activity, Tests and Files tabs.
    {
        // In another language, the run's closing message as the engine writes it in that
        // language (the recording holds the English one).
        QTemporaryDir localized;
        QString journal = dataFile(QStringLiteral("run-events.jsonl"));
        if (!language.isEmpty()) {
            journal = localizedRun(events, language, QDir(localized.path()));
            if (journal.isEmpty())
                return 1;
        }
        MainWindow window;
        if (!showReplayed(window, journal))
            return 1;
        RunView *view = window.runView();
        view->tabs()->setCurrentIndex(RunView::TestsTab);
        // Show the red iteration's tests next to the chart: more to see than all green. In
        // another language the green one: the red one's failure is the test runner's English.
        view->testsPanel()->iterationsView()->selectRow(language.isEmpty() ? 0 : 1);
        settle();
        ok &= save(&window, out, QStringLiteral("run-tests.png"));

        showSourceFile(view);
        settle();
        ok &= save(&window, out, QStringLiteral("run-files.png"));

        // What green proved: the green iteration's requirement table and mutation check, the
        // surviving mutant (listed first) selected with its diff; the runs list made small,
        // as one does to read a run.
        window.splitter()->setSizes({ 110, 750 });
        view->tabs()->setCurrentIndex(RunView::TestsTab);
        TestsPanel *tests = view->testsPanel();
        tests->iterationsView()->selectRow(1);
        tests->showVerification();
        tests->verificationPanel()->mutantsView()->selectRow(0);
        settle();
        ok &= save(&window, out, QStringLiteral("run-verification.png"));
        ok &= verifyDialogScene(&window, out);
    }
    // The scenes after this one show the recorded agent's prose (English data) or are
    // documented in English only.
    if (!language.isEmpty())
        return ok ? 0 : 1;

    // The finished run's Activity: the thread at iteration 1's red verdict (what failed, in
    // the details), then iteration 2's edit of src/todo.ts opened as a diff.
    {
        QTemporaryDir root;
        const QString journal = root.filePath(QStringLiteral("events.jsonl"));
        if (!Testing::RunEventFeed::append(journal, withToolInputs(events)))
            return 1;
        MainWindow window;
        if (!showReplayed(window, journal))
            return 1;
        RunView *view = window.runView();
        view->tabs()->setCurrentIndex(RunView::ActivityTab);
        ActivityPanel *panel = view->activityPanel();
        ActivityModel *model = view->activityModel();
        settle();
        const QModelIndex verdict = model->index(1, 0);
        panel->view()->setCurrentIndex(verdict);
        panel->view()->scrollTo(verdict, QAbstractItemView::PositionAtBottom);
        settle();
        ok &= save(&window, out, QStringLiteral("run-activity.png"));

        const QModelIndex turn2 = model->index(2, 0);
        QModelIndex edit;
        for (int r = 0; r < model->rowCount(turn2) && !edit.isValid(); ++r) {
            if (model->index(r, 0, turn2).data().toString().startsWith(QStringLiteral("Edit")))
                edit = model->index(r, 0, turn2);
        }
        // Iteration 1's write of src/todo.ts, opened, above the edit that fixes it.
        const QModelIndex write = model->index(2, 0, model->index(0, 0));
        panel->setCardExpanded(write, true);
        panel->view()->collapse(model->index(0, 0));
        panel->view()->expand(model->index(0, 0));
        panel->view()->setCurrentIndex(edit);
        panel->view()->scrollTo(edit, QAbstractItemView::PositionAtCenter);
        settle(200);
        ok &= save(&window, out, QStringLiteral("run-activity-diff.png"));
    }

    // The Changes tab: iteration 2 against iteration 1 with src/todo.ts selected, unified and
    // side by side; then the Files tab browsing iteration 2 with its marks.
    {
        MainWindow window;
        if (!showReplayed(window, dataFile(QStringLiteral("run-events.jsonl"))))
            return 1;
        RunView *view = window.runView();
        ChangesPanel *changes = view->changesPanel();
        view->tabs()->setCurrentIndex(RunView::ChangesTab);
        changes->showIteration(2, ChangesModel::Base::PreviousIteration);
        changes->selectPath(QStringLiteral("src/todo.ts"));
        if (!QTest::qWaitFor(
                [changes] {
                    return !changes->model()->isLoading()
                        && changes->view()->currentIndex().data(ChangesModel::PathRole)
                        == QStringLiteral("src/todo.ts");
                },
                5000))
            std::fprintf(stderr, "the changes did not load\n");
        settle();
        ok &= save(&window, out, QStringLiteral("run-changes.png"));
        changes->sideBySideAction()->setChecked(true);
        settle();
        ok &= save(&window, out, QStringLiteral("run-changes-side.png"));

        showSourceFile(view);
        view->filesPanel()->view()->expandAll();
        settle(300);
        ok &= save(&window, out, QStringLiteral("run-files-marks.png"));
    }

    // Failures one click away: the red iteration's failed test with its message, then the
    // failed Test step opened in the Logs (headings, times, its first error selected).
    {
        MainWindow window;
        if (!showReplayed(window, dataFile(QStringLiteral("run-events.jsonl"))))
            return 1;
        RunView *view = window.runView();
        view->tabs()->setCurrentWidget(view->testsPanel());
        TestsPanel *tests = view->testsPanel();
        tests->iterationsView()->selectRow(0);
        TestCasesModel *cases = tests->casesModel();
        for (int r = 0; r < cases->rowCount(); ++r) {
            if (cases
                    ->data(cases->index(r, TestCasesModel::StatusColumn),
                           TestCasesModel::StatusRole)
                    .toInt()
                == int(TestCaseResult::Status::Failed)) {
                tests->casesView()->selectRow(r);
                break;
            }
        }
        settle();
        ok &= save(&window, out, QStringLiteral("run-test-failure.png"));

        TimelineModel *timeline = view->timelineModel();
        for (int g = 0; g < timeline->rowCount(); ++g) {
            const QModelIndex group = timeline->index(g, 0);
            for (int r = 0; r < timeline->rowCount(group); ++r) {
                const QModelIndex step = timeline->index(r, 0, group);
                if (step.data(TimelineModel::StateRole).toInt()
                    == int(TimelineModel::State::Failed)) {
                    view->timelineView()->setCurrentIndex(step);
                    Q_EMIT view->timelineView()->activated(step);
                    g = timeline->rowCount();
                    break;
                }
            }
        }
        settle();
        ok &= save(&window, out, QStringLiteral("run-logs.png"));
    }

    // A run stopped during iteration 2's agent turn: Stopped, its files from the snapshot
    // taken before the stop, Save and Continue enabled.
    {
        QTemporaryDir root;
        const QString dir = root.filePath(events.first().runId);
        QList<Run::RunEvent> before;
        if (!writeInterruptedRun(dir, events, &before)) {
            std::fprintf(stderr, "cannot write the stopped run\n");
            return 1;
        }
        using namespace Run;
        Testing::RunEventFeed feed(events.first().runId);
        feed.continueAfter(before.last());
        FilesSnapshot snapshot;
        for (const RunEvent &e : events) {
            if (e.is<FilesSnapshot>() && e.iteration() == 2)
                snapshot = e.payload<FilesSnapshot>().value_or(FilesSnapshot());
        }
        snapshot.archive = QStringLiteral("snapshots/iter-2.tar.gz");
        const QList<RunEvent> stop = {
            feed.next(Log { LogLevel::Info, QStringLiteral("Stopping: a last snapshot first") }),
            feed.next(StepFinished { QString(Step::Agent), 2, false, -1, 9800,
                                     QStringLiteral("stopped") },
                      10),
            feed.next(StepStarted { QString(Step::Snapshot), 2, QString() }, 10),
            feed.next(StepFinished { QString(Step::Snapshot), 2, true, 0, 640,
                                     QStringLiteral("8 files") },
                      640),
            feed.next(snapshot, 5),
            feed.next(RunFinished { RunOutcome::Stopped,
                                    QStringLiteral("Stopped during iteration 2; the last "
                                                   "snapshot is kept"),
                                    2, 0.55 },
                      200),
        };
        if (!Testing::RunEventFeed::append(dir + QStringLiteral("/events.jsonl"), stop))
            return 1;
        MainWindow window;
        window.resize(1280, 860);
        window.runsModel()->setRuns(pastRuns());
        window.notifier()->setUseTray(false);
        window.show();
        QString error;
        if (!window.replayJournal(dir + QStringLiteral("/events.jsonl"), &error)) {
            std::fprintf(stderr, "replay failed: %s\n", qPrintable(error));
            return 1;
        }
        RunView *view = window.runView();
        showSourceFile(view);
        settle();
        ok &= save(&window, out, QStringLiteral("run-stopped.png"));
    }

    // The interrupted run resumed with guidance: live again, its earlier activity kept, the
    // person's words in the activity, the clock over both sessions.
    {
        QTemporaryDir root;
        const QString dir = root.filePath(events.first().runId);
        QList<Run::RunEvent> before;
        if (!writeInterruptedRun(dir, events, &before)) {
            std::fprintf(stderr, "cannot write the interrupted run\n");
            return 1;
        }
        using namespace Run;
        Testing::RunEventFeed feed(events.first().runId);
        feed.continueAfter(before.last());
        feed.setTime(QDateTime::currentDateTimeUtc().addSecs(-6));
        const QList<RunEvent> after = {
            feed.next(Log { LogLevel::Info, QStringLiteral("Resuming run after iteration 2") }),
            feed.next(RunResumed { QStringLiteral("resume"), 2, 5, 5.0 }, 10),
            feed.next(UserGuidance { QStringLiteral("Throw a RangeError for unknown ids, and "
                                                    "keep list() returning copies."),
                                     QStringLiteral("app"), 3 },
                      10),
            feed.next(StepStarted { QString(Step::Sandbox), 2, QString() }, 10),
            feed.next(StepFinished { QString(Step::Sandbox), 2, true, 0, 420,
                                     QStringLiteral("sandbox from template claude") },
                      420),
            feed.next(StepStarted { QString(Step::Upload), 2, QString() }, 10),
            feed.next(StepFinished { QString(Step::Upload), 2, true, 0, 120,
                                     QStringLiteral("snapshot of iteration 1 restored") },
                      120),
            feed.next(StepStarted { QString(Step::Agent), 3, QString() }, 10),
            feed.next(AgentMessage { 3,
                                     QStringLiteral("Picking up from iteration 1's files: making "
                                                    "complete() throw a RangeError.") },
                      2500),
        };
        if (!Testing::RunEventFeed::append(dir + QStringLiteral("/events.jsonl"), after))
            return 1;
        MainWindow window;
        window.resize(1280, 860);
        window.runsModel()->setRuns(pastRuns());
        window.show();
        // As the window shows a resumed run: from its first new event, live.
        RunView *view = window.runView();
        view->reset();
        view->setLive(true);
        view->setRunDirectory(dir);
        for (const RunEvent &e : after) {
            window.runsModel()->applyEvent(e);
            view->applyEvent(e);
        }
        window.runsModel()->upsert(view->summary());
        {
            // Selecting it must not load it again from the runs folder.
            const QSignalBlocker blocker(window.runsView()->selectionModel());
            window.runsView()->selectRow(window.runsModel()->rowOf(view->runId()));
        }
        view->tabs()->setCurrentIndex(RunView::ActivityTab);
        settle(1200); // one tick of the clock
        ok &= save(&window, out, QStringLiteral("run-resumed.png"));
    }

    ok &= attachedScenes(events, out);

    // Settings (on a machine without a keychain this shows the fallback).
    {
        SettingsDialog dialog;
        dialog.show();
        if (!QTest::qWaitFor(
                [&dialog] {
                    return !dialog.keychainStatus()->text().startsWith(QStringLiteral("Reading"));
                },
                5000))
            std::fprintf(stderr, "the keychain did not answer\n");
        settle();
        ok &= save(&dialog, out, QStringLiteral("settings.png"));
    }

    // The set-up page on a machine without a key: no key in the environment and a keychain
    // entry nobody wrote.
    {
        const QByteArray key = qgetenv("ANTHROPIC_API_KEY");
        const QByteArray baseUrl = qgetenv("ANTHROPIC_BASE_URL");
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
        Setup::Readiness::Options options;
        options.keychainService = QStringLiteral("autocoder-screenshots-no-key");
        SetupDialog dialog(options);
        dialog.show();
        if (!QTest::qWaitFor([&dialog] { return !dialog.readiness()->isRunning(); }, 10000))
            std::fprintf(stderr, "the set-up checks did not finish\n");
        settle();
        ok &= save(&dialog, out, QStringLiteral("first-run.png"));
        if (!key.isEmpty())
            qputenv("ANTHROPIC_API_KEY", key);
        if (!baseUrl.isEmpty())
            qputenv("ANTHROPIC_BASE_URL", baseUrl);
    }
    return ok ? 0 : 1;
}
