// The Changes tab and the Files tab's iterations: comparing real snapshot archives (written
// here with core's tar writer, and the recorded run's), bad archives, the diff view and the
// highlighter.
#include "models/changesmodel.h"
#include "models/filetreemodel.h"
#include "run/runevent.h"
#include "run/runevents.h"
#include "run/tarwriter.h"
#include "runview/changespanel.h"
#include "runview/diffview.h"
#include "runview/filespanel.h"
#include "runview/runview.h"
#include "runview/snapshotarchive.h"
#include "runview/syntaxhighlighter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeView>

using namespace Autocoder;
using namespace Autocoder::Ui;
using Status = Diff::FileChange::Status;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

bool writeArchive(const QString &path, const QMap<QString, QByteArray> &files)
{
    Run::TarWriter tar;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        tar.addFile(it.key(), it.value());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(tar.finishGzip()) > 0;
}

QByteArray lines(int count, const char *word)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += word + QByteArray::number(i) + '\n';
    return out;
}

// The two snapshots of most tests: every kind of change once.
struct TwoSnapshots
{
    QTemporaryDir dir;
    QString first;
    QString second;

    bool write()
    {
        first = dir.filePath(QStringLiteral("iter-1.tar.gz"));
        second = dir.filePath(QStringLiteral("iter-2.tar.gz"));
        QByteArray big = lines(5000, "row ");
        QByteArray bigChanged = big;
        bigChanged.replace("row 2\n", "second row\n");
        return writeArchive(first,
                            { { QStringLiteral("src/index.ts"), "export const a = 1;\n" },
                              { QStringLiteral("src/old.ts"), "export const moved = true;\n" },
                              { QStringLiteral("notes.md"), "# Notes\n" },
                              { QStringLiteral("tests/locked.test.ts"), "test('a', () => {});\n" },
                              { QStringLiteral("logo.png"), QByteArray("\x89PNG\0\0a", 7) },
                              { QStringLiteral("big.txt"), big } })
            && writeArchive(
                   second,
                   { { QStringLiteral("src/index.ts"),
                       "export const a = 2;\nexport const b = 3;\n" },
                     { QStringLiteral("src/lib/moved.ts"), "export const moved = true;\n" },
                     { QStringLiteral("README.md"), "# Readme\n" },
                     { QStringLiteral("tests/locked.test.ts"), "test.skip('a', () => {});\n" },
                     { QStringLiteral("logo.png"), QByteArray("\x89PNG\0\0b", 7) },
                     { QStringLiteral("big.txt"), bigChanged } });
    }
};

const Diff::FileChange *changeFor(const ChangesModel &model, const QString &path)
{
    const int row = model.rowForPath(path);
    return row < 0 ? nullptr : &model.change(row);
}

Run::RunEvent snapshotEvent(int iteration, const QString &archive,
                            const QList<Run::SnapshotFile> &files)
{
    Run::FilesSnapshot snapshot;
    snapshot.iteration = iteration;
    snapshot.archive = archive;
    snapshot.files = files;
    return Run::RunEvent::make(snapshot);
}

// The colour the highlighter gave @p text's first occurrence in @p doc.
QColor colorOf(QTextDocument *doc, const QString &text)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const int at = int(block.text().indexOf(text));
        if (at < 0)
            continue;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= at && at < range.start + range.length)
                return range.format.foreground().color();
        }
        return {};
    }
    return {};
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelComparesTwoArchives()
    {
        TwoSnapshots snaps;
        QVERIFY(snaps.write());
        ChangesModel model;
        QAbstractItemModelTester tester(&model);
        model.setSnapshots({ { 1, snaps.first }, { 2, snaps.second } });
        model.setLockedTests({ QStringLiteral("tests/locked.test.ts") });
        model.setMaxDiffBytes(4096);
        QSignalSpy done(&model, &ChangesModel::comparisonFinished);
        model.compare(2, ChangesModel::Base::PreviousIteration);
        QVERIFY(model.isLoading());
        QVERIFY(done.wait(10000));
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(model.baseIteration(), 1);

        const Diff::FileChange *index = changeFor(model, QStringLiteral("src/index.ts"));
        QVERIFY(index);
        QCOMPARE(index->status, Status::Modified);
        QCOMPARE(index->diff.added, 2);
        QCOMPARE(index->diff.removed, 1);
        const int indexRow = model.rowForPath(QStringLiteral("src/index.ts"));
        QCOMPARE(model.index(indexRow, ChangesModel::AddedColumn).data().toString(),
                 QStringLiteral("+2"));

        QCOMPARE(changeFor(model, QStringLiteral("README.md"))->status, Status::Added);
        QCOMPARE(changeFor(model, QStringLiteral("notes.md"))->status, Status::Deleted);
        const Diff::FileChange *moved = changeFor(model, QStringLiteral("src/lib/moved.ts"));
        QVERIFY(moved);
        QCOMPARE(moved->status, Status::Renamed);
        QCOMPARE(moved->oldPath, QStringLiteral("src/old.ts"));
        QVERIFY(!changeFor(model, QStringLiteral("src/old.ts")));
        QVERIFY(model
                    .index(model.rowForPath(QStringLiteral("src/lib/moved.ts")),
                           ChangesModel::FileColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("src/old.ts")));

        const Diff::FileChange *locked = changeFor(model, QStringLiteral("tests/locked.test.ts"));
        QVERIFY(locked && locked->locked);
        const QModelIndex lockedIndex = model.index(
            model.rowForPath(QStringLiteral("tests/locked.test.ts")), ChangesModel::FileColumn);
        QVERIFY(lockedIndex.data(ChangesModel::LockedRole).toBool());
        QVERIFY(lockedIndex.data().toString().contains(QStringLiteral("locked")));
        QVERIFY(!index->locked);

        const Diff::FileChange *logo = changeFor(model, QStringLiteral("logo.png"));
        QVERIFY(logo && logo->binary);
        QVERIFY(logo->diff.identical());
        QCOMPARE(
            model.index(model.rowForPath(QStringLiteral("logo.png")), ChangesModel::AddedColumn)
                .data()
                .toString(),
            QStringLiteral("binary"));

        const Diff::FileChange *big = changeFor(model, QStringLiteral("big.txt"));
        QVERIFY(big && big->cut);
        QCOMPARE(big->diff.removed, 1);
        QVERIFY(model.index(model.rowForPath(QStringLiteral("big.txt")), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("only its first")));
        QCOMPARE(model.rowCount(), 7);
    }

    void sinceTheStartEverythingIsAdded()
    {
        TwoSnapshots snaps;
        QVERIFY(snaps.write());
        ChangesModel model;
        model.setSnapshots({ { 1, snaps.first }, { 2, snaps.second } });
        QSignalSpy done(&model, &ChangesModel::comparisonFinished);
        model.compare(2, ChangesModel::Base::Start);
        QVERIFY(done.wait(10000));
        QCOMPARE(model.baseIteration(), 0);
        QCOMPARE(model.rowCount(), 6);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.change(row).status, Status::Added);
        // The first iteration has no previous one: compared with the start too.
        model.compare(1, ChangesModel::Base::PreviousIteration);
        QVERIFY(done.wait(10000));
        QCOMPARE(model.baseIteration(), 0);
        QCOMPARE(model.rowCount(), 6);
    }

    void recordedRunIterationTwo()
    {
        ChangesModel model;
        model.setSnapshots({ { 1, dataFile(QStringLiteral("snapshots/iter-1.tar.gz")) },
                             { 2, dataFile(QStringLiteral("snapshots/iter-2.tar.gz")) } });
        QSignalSpy done(&model, &ChangesModel::comparisonFinished);
        model.compare(2, ChangesModel::Base::PreviousIteration);
        QVERIFY(done.wait(10000));
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(changeFor(model, QStringLiteral("README.md"))->status, Status::Added);
        QVERIFY(changeFor(model, QStringLiteral("bun.lockb"))->binary);
        const Diff::FileChange *todo = changeFor(model, QStringLiteral("src/todo.ts"));
        QVERIFY(todo);
        QCOMPARE(todo->status, Status::Modified);
        QVERIFY(todo->diff.added > 0);
        QVERIFY(!changeFor(model, QStringLiteral("package.json"))); // unchanged
    }

    void badSnapshotsSayWhat()
    {
        QTemporaryDir dir;
        const QString corrupt = dir.filePath(QStringLiteral("iter-2.tar.gz"));
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a gzip stream at all");
        file.close();
        const QString missing = dir.filePath(QStringLiteral("iter-1.tar.gz"));

        const auto direct = SnapshotArchive::compareNow(missing, corrupt, {});
        QVERIFY(!direct);
        QVERIFY2(direct.error().contains(QStringLiteral("not on this computer")),
                 qPrintable(direct.error()));
        QVERIFY(direct.error().contains(QStringLiteral("iter-1.tar.gz")));

        ChangesModel model;
        model.setSnapshots({ { 1, missing }, { 2, corrupt } });
        QSignalSpy done(&model, &ChangesModel::comparisonFinished);
        model.compare(2, ChangesModel::Base::Start);
        QVERIFY(done.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.errorString().contains(QStringLiteral("Cannot read the snapshot iter-2")),
                 qPrintable(model.errorString()));
        model.compare(2, ChangesModel::Base::PreviousIteration);
        QVERIFY(done.wait(10000));
        QVERIFY(model.errorString().contains(QStringLiteral("not on this computer")));
        model.compare(7, ChangesModel::Base::Start);
        QVERIFY(!done.isEmpty());
        QVERIFY(model.errorString().contains(QStringLiteral("no snapshot of iteration 7")));
    }

    void languageForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("language");
        using L = SyntaxHighlighter::Language;
        QTest::newRow("ts") << QStringLiteral("src/a.ts") << int(L::Script);
        QTest::newRow("tsx") << QStringLiteral("App.TSX") << int(L::Script);
        QTest::newRow("mjs") << QStringLiteral("x.mjs") << int(L::Script);
        QTest::newRow("json") << QStringLiteral("package.json") << int(L::Json);
        QTest::newRow("md") << QStringLiteral("README.md") << int(L::Markdown);
        QTest::newRow("sh") << QStringLiteral("run.sh") << int(L::Shell);
        QTest::newRow("css") << QStringLiteral("a.css") << int(L::Css);
        QTest::newRow("html") << QStringLiteral("index.html") << int(L::Html);
        QTest::newRow("binary") << QStringLiteral("bun.lockb") << int(L::PlainText);
        QTest::newRow("no suffix") << QStringLiteral("LICENSE") << int(L::PlainText);
    }
    void languageForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, language);
        QCOMPARE(int(SyntaxHighlighter::languageForPath(path)), language);
    }

    void highlightsTypeScript()
    {
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("import { x } from \"./x\";\n"
                                        "/* a comment\n"
                                        "   over lines */ const n: number = 42;\n"
                                        "const s = `tmpl\n"
                                        "still ${n} tmpl`;\n"
                                        "export class Todo {} // done\n"
                                        "const el = <div className=\"a\" />;\n"));
        SyntaxHighlighter h(&doc);
        h.setLanguage(SyntaxHighlighter::Language::Script);
        const QColor keyword = h.format(SyntaxHighlighter::Role::Keyword).foreground().color();
        const QColor string = h.format(SyntaxHighlighter::Role::String).foreground().color();
        const QColor comment = h.format(SyntaxHighlighter::Role::Comment).foreground().color();
        QCOMPARE(colorOf(&doc, QStringLiteral("import")), keyword);
        QCOMPARE(colorOf(&doc, QStringLiteral("\"./x\"")), string);
        QCOMPARE(colorOf(&doc, QStringLiteral("over lines")), comment); // second comment line
        QCOMPARE(colorOf(&doc, QStringLiteral("const n")), keyword); // after the comment ends
        QCOMPARE(colorOf(&doc, QStringLiteral("42")),
                 h.format(SyntaxHighlighter::Role::Number).foreground().color());
        QCOMPARE(colorOf(&doc, QStringLiteral("still")), string); // template over lines
        QCOMPARE(colorOf(&doc, QStringLiteral("Todo")),
                 h.format(SyntaxHighlighter::Role::Type).foreground().color());
        QCOMPARE(colorOf(&doc, QStringLiteral("// done")), comment);
        QCOMPARE(colorOf(&doc, QStringLiteral("div")),
                 h.format(SyntaxHighlighter::Role::Tag).foreground().color());
        QVERIFY(!colorOf(&doc, QStringLiteral("x }")).isValid()); // a plain name

        // Dark colours differ, and plain text is left alone.
        h.setDark(true);
        QVERIFY(colorOf(&doc, QStringLiteral("import")) != keyword);
        h.setLanguage(SyntaxHighlighter::Language::PlainText);
        QVERIFY(!colorOf(&doc, QStringLiteral("import")).isValid());
    }

    void highlightsFromTheCodeColumn()
    {
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("if 1 + return\n@@ return @@"));
        QTextCursor cursor(&doc);
        QTextBlockFormat code;
        code.setProperty(SyntaxHighlighter::CodeStartProperty, 7);
        cursor.setBlockFormat(code);
        cursor.movePosition(QTextCursor::NextBlock);
        QTextBlockFormat notCode;
        notCode.setProperty(SyntaxHighlighter::CodeStartProperty, -1);
        cursor.setBlockFormat(notCode);
        SyntaxHighlighter h(&doc);
        h.setLanguage(SyntaxHighlighter::Language::Script);
        // "if" sits in the line-number columns: muted, not a keyword.
        QCOMPARE(colorOf(&doc, QStringLiteral("if")),
                 h.format(SyntaxHighlighter::Role::Muted).foreground().color());
        QCOMPARE(colorOf(&doc, QStringLiteral("return\n").trimmed()),
                 h.format(SyntaxHighlighter::Role::Keyword).foreground().color());
        QVERIFY(doc.lastBlock().layout()->formats().isEmpty());
    }

    void highlightsOtherLanguages()
    {
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("{ \"name\": \"todo\", \"n\": 1 }"));
        SyntaxHighlighter h(&doc);
        h.setLanguage(SyntaxHighlighter::Language::Json);
        QCOMPARE(colorOf(&doc, QStringLiteral("\"name\"")),
                 h.format(SyntaxHighlighter::Role::Attribute).foreground().color());
        QCOMPARE(colorOf(&doc, QStringLiteral("\"todo\"")),
                 h.format(SyntaxHighlighter::Role::String).foreground().color());
        doc.setPlainText(QStringLiteral("# Title\n```\ncode\n```\ntext `x`"));
        h.setLanguage(SyntaxHighlighter::Language::Markdown);
        QCOMPARE(colorOf(&doc, QStringLiteral("Title")),
                 h.format(SyntaxHighlighter::Role::Heading).foreground().color());
        QCOMPARE(colorOf(&doc, QStringLiteral("code")),
                 h.format(SyntaxHighlighter::Role::String).foreground().color());
        QVERIFY(!colorOf(&doc, QStringLiteral("text")).isValid()); // the fence closed
        doc.setPlainText(QStringLiteral("if [ -n \"$HOME\" ]; then echo $X; fi # end"));
        h.setLanguage(SyntaxHighlighter::Language::Shell);
        QCOMPARE(colorOf(&doc, QStringLiteral("then")),
                 h.format(SyntaxHighlighter::Role::Keyword).foreground().color());
        QCOMPARE(colorOf(&doc, QStringLiteral("$X")),
                 h.format(SyntaxHighlighter::Role::Variable).foreground().color());
        QCOMPARE(colorOf(&doc, QStringLiteral("# end")),
                 h.format(SyntaxHighlighter::Role::Comment).foreground().color());
    }

    void diffViewUnifiedAndSideBySide()
    {
        Diff::FileChange change;
        change.path = QStringLiteral("src/a.ts");
        change.diff = Diff::LineDiff::compute(QStringLiteral("const a = 1;\nkeep();\nold();\n"),
                                              QStringLiteral("const a = 2;\nkeep();\n"));
        DiffView view;
        view.setChange(change, 1024);
        const QString unified = view.unifiedView()->toPlainText();
        QVERIFY2(unified.contains(QStringLiteral("1   - const a = 1;")), qPrintable(unified));
        QVERIFY(unified.contains(QStringLiteral("  1 + const a = 2;")));
        QVERIFY(unified.contains(QStringLiteral("@@ -1,3 +1,2 @@")));
        QVERIFY(view.titleLabel()->text().contains(QStringLiteral("+1 −2")));
        QCOMPARE(view.unifiedHighlighter()->language(), SyntaxHighlighter::Language::Script);

        view.setSideBySide(true);
        QCOMPARE(view.oldView()->document()->blockCount(),
                 view.newView()->document()->blockCount());
        QVERIFY(view.oldView()->toPlainText().contains(QStringLiteral("3 old();")));
        QVERIFY(!view.newView()->toPlainText().contains(QStringLiteral("old();")));
        QVERIFY(view.newView()->toPlainText().contains(QStringLiteral("1 const a = 2;")));

        Diff::FileChange binary;
        binary.path = QStringLiteral("bun.lockb");
        binary.binary = true;
        view.setChange(binary, 1024);
        QVERIFY(view.noteLabel()->text().contains(QStringLiteral("binary")));
    }

    void changesTabOnTheRecordedRun()
    {
        RunView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.replayFile(dataFile(QStringLiteral("run-events.jsonl"))) > 0);
        ChangesPanel *panel = view.changesPanel();
        QVERIFY(panel);
        QCOMPARE(panel->iterationPicker()->count(), 2);
        QCOMPARE(panel->iterationPicker()->currentData().toInt(), 2);

        QSignalSpy done(panel->model(), &ChangesModel::comparisonFinished);
        view.tabs()->setCurrentIndex(RunView::ChangesTab); // compares when shown
        QVERIFY(done.wait(10000));
        QVERIFY(panel->summary()->text().contains(QStringLiteral("since iteration 1")));
        panel->selectPath(QStringLiteral("src/todo.ts"));
        QCOMPARE(panel->view()->currentIndex().data(ChangesModel::PathRole).toString(),
                 QStringLiteral("src/todo.ts"));
        QVERIFY(
            panel->diffView()->unifiedView()->toPlainText().contains(QStringLiteral("fromJSON")));

        // The shortcut flips to side by side and back.
        panel->view()->setFocus();
        QVERIFY(!panel->diffView()->isSideBySide());
        QTest::keyClick(panel->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel->diffView()->isSideBySide());
        QVERIFY(panel->sideBySideAction()->isChecked());
        QVERIFY(panel->diffView()->newView()->toPlainText().contains(QStringLiteral("fromJSON")));
        QTest::keyClick(panel->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!panel->diffView()->isSideBySide());

        // Iteration 1 against the start: everything added; the selected file stays.
        QVERIFY(panel->showIteration(1, ChangesModel::Base::PreviousIteration));
        QVERIFY(done.wait(10000));
        QCOMPARE(panel->model()->rowCount(), 6);
        QVERIFY(panel->summary()->text().contains(QStringLiteral("since the start")));
        QCOMPARE(panel->view()->currentIndex().data(ChangesModel::PathRole).toString(),
                 QStringLiteral("src/todo.ts"));
        QVERIFY(!panel->showIteration(9));

        // By keyboard: iteration 2 again, then compared with the start.
        QTest::keyClick(panel->iterationPicker(), Qt::Key_Down);
        QVERIFY(done.wait(10000));
        QCOMPARE(panel->model()->iteration(), 2);
        QCOMPARE(panel->model()->rowCount(), 4);
        QTest::keyClick(panel->basePicker(), Qt::Key_Down);
        QVERIFY(done.wait(10000));
        QCOMPARE(panel->model()->base(), ChangesModel::Base::Start);
        QCOMPARE(panel->model()->rowCount(), 8);

        // Another run: nothing of this one stays.
        view.reset();
        QCOMPARE(panel->iterationPicker()->count(), 0);
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(panel->diffView()->unifiedView()->toPlainText().isEmpty());
        QVERIFY(panel->summary()->text().contains(QStringLiteral("No changes yet")));
    }

    void filesTabBrowsesIterationsWithMarks()
    {
        RunView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.replayFile(dataFile(QStringLiteral("run-events.jsonl"))) > 0);
        view.tabs()->setCurrentIndex(RunView::FilesTab);
        FileTreeModel *files = view.fileTreeModel();
        FilesPanel *panel = view.filesPanel();
        QCOMPARE(panel->iterationPicker()->count(), 2);
        QCOMPARE(files->shownIteration(), 2);
        const auto markOf = [files](const QString &path) {
            return files->indexForPath(path)
                .data(FileTreeModel::MarkRole)
                .value<FileTreeModel::Mark>();
        };
        QTRY_COMPARE(markOf(QStringLiteral("src/todo.ts")), FileTreeModel::Mark::Modified);
        QCOMPARE(markOf(QStringLiteral("README.md")), FileTreeModel::Mark::Added);
        QCOMPARE(markOf(QStringLiteral("package.json")), FileTreeModel::Mark::Unchanged);
        const QModelIndex readme = files->indexForPath(QStringLiteral("README.md"));
        QCOMPARE(readme.siblingAtColumn(FileTreeModel::ChangeColumn).data().toString(),
                 QStringLiteral("new"));

        // The preview is highlighted for its language.
        QVERIFY(panel->selectPath(QStringLiteral("src/todo.ts")));
        QTRY_VERIFY(panel->preview()->toPlainText().contains(QStringLiteral("export class")));
        QCOMPARE(panel->highlighter()->language(), SyntaxHighlighter::Language::Script);

        // Picking iteration 1 browses its snapshot; saving still takes the latest.
        QTest::keyClick(panel->iterationPicker(), Qt::Key_Up);
        QCOMPARE(files->shownIteration(), 1);
        QCOMPARE(files->fileCount(), 6);
        QCOMPARE(files->snapshotIteration(), 2);
        QVERIFY(files->archivePath().endsWith(QStringLiteral("iter-2.tar.gz")));
        QVERIFY(!files->indexForPath(QStringLiteral("README.md")).isValid());
        QTRY_COMPARE(markOf(QStringLiteral("src/todo.ts")), FileTreeModel::Mark::Added);
        QVERIFY(panel->selectPath(QStringLiteral("src/todo.ts")));
        QTRY_VERIFY(panel->preview()->toPlainText().contains(QStringLiteral("export class")));
        QVERIFY(!panel->preview()->toPlainText().contains(QStringLiteral("fromJSON")));
    }

    void lockedTestsComeFromTheRunFoldersSpec()
    {
        // A run folder whose spec locks tests/todo.test.ts (the recorded run's agent then
        // changed it in iteration 2: the Changes tab must show that).
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("snapshots")));
        for (const QString &name : { QStringLiteral("snapshots/iter-1.tar.gz"),
                                     QStringLiteral("snapshots/iter-2.tar.gz") })
            QVERIFY(QFile::copy(dataFile(name), dir.filePath(name)));
        QVERIFY(QFile::copy(dataFile(QStringLiteral("run-events.jsonl")),
                            dir.filePath(QStringLiteral("events.jsonl"))));
        QFile specFile(dataFile(QStringLiteral("spec.json")));
        QVERIFY(specFile.open(QIODevice::ReadOnly));
        QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();
        spec.insert(
            QStringLiteral("lockedTests"),
            QJsonArray { QJsonObject {
                { QStringLiteral("path"), QStringLiteral("tests/todo.test.ts") },
                { QStringLiteral("content"), QStringLiteral("test('x', () => {});\n") } } });
        QFile out(dir.filePath(QStringLiteral("spec.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(spec).toJson());
        out.close();

        RunView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRunDirectory(dir.path());
        QVERIFY(view.replayFile(dir.filePath(QStringLiteral("events.jsonl"))) > 0);
        const QModelIndex locked =
            view.fileTreeModel()->indexForPath(QStringLiteral("tests/todo.test.ts"));
        QVERIFY(locked.data(FileTreeModel::LockedRole).toBool());
        QVERIFY(!view.fileTreeModel()
                     ->indexForPath(QStringLiteral("src/todo.ts"))
                     .data(FileTreeModel::LockedRole)
                     .toBool());

        ChangesPanel *panel = view.changesPanel();
        QSignalSpy done(panel->model(), &ChangesModel::comparisonFinished);
        view.tabs()->setCurrentIndex(RunView::ChangesTab);
        QVERIFY(done.wait(10000));
        const int row = panel->model()->rowForPath(QStringLiteral("tests/todo.test.ts"));
        QVERIFY(row >= 0);
        QVERIFY(panel->model()->change(row).locked);
        panel->selectPath(QStringLiteral("tests/todo.test.ts"));
        QVERIFY(panel->diffView()->noteLabel()->text().contains(QStringLiteral("locked test")));

        // Another run folder without locked tests clears the marks.
        QTemporaryDir plain;
        view.setRunDirectory(plain.path());
        QVERIFY(!view.fileTreeModel()
                     ->indexForPath(QStringLiteral("tests/todo.test.ts"))
                     .data(FileTreeModel::LockedRole)
                     .toBool());
    }

    void fileTreeShowsDeletedAndLockedFiles()
    {
        FileTreeModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy shown(&model, &FileTreeModel::shownIterationChanged);
        QVERIFY(model.applyEvent(
            snapshotEvent(1, QStringLiteral("/nowhere/iter-1.tar.gz"),
                          { { QStringLiteral("a.ts"), 3 }, { QStringLiteral("old.md"), 4 } })));
        QVERIFY(model.applyEvent(snapshotEvent(
            2, QStringLiteral("/nowhere/iter-2.tar.gz"),
            { { QStringLiteral("a.ts"), 5 }, { QStringLiteral("tests/t.test.ts"), 6 } })));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(model.iterations(), (QList<int> { 1, 2 }));
        QCOMPARE(model.previousIteration(2), 1);
        QCOMPARE(model.previousIteration(1), 0);
        Diff::FileChange deleted;
        deleted.status = Status::Deleted;
        deleted.path = QStringLiteral("old.md");
        Diff::FileChange stale; // for an iteration not shown: ignored
        stale.status = Status::Added;
        stale.path = QStringLiteral("a.ts");
        model.setChanges(1, { stale });
        QCOMPARE(model.indexForPath(QStringLiteral("a.ts"))
                     .data(FileTreeModel::MarkRole)
                     .value<FileTreeModel::Mark>(),
                 FileTreeModel::Mark::Unchanged);
        model.setChanges(2, { deleted });
        const QModelIndex gone = model.indexForPath(QStringLiteral("old.md"));
        QVERIFY(gone.isValid());
        QCOMPARE(gone.data(FileTreeModel::MarkRole).value<FileTreeModel::Mark>(),
                 FileTreeModel::Mark::Deleted);
        QVERIFY(gone.data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.fileCount(), 2); // a deleted file is not counted
        QCOMPARE(model.totalBytes(), 11);

        model.setLockedTests({ QStringLiteral("tests/t.test.ts") });
        const QModelIndex locked = model.indexForPath(QStringLiteral("tests/t.test.ts"));
        QVERIFY(locked.data(FileTreeModel::LockedRole).toBool());
        QVERIFY(locked.siblingAtColumn(FileTreeModel::ChangeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("locked test")));

        // An older iteration stays shown when a new snapshot comes.
        QVERIFY(model.showIteration(1));
        QVERIFY(!model.showIteration(5));
        QVERIFY(model.applyEvent(snapshotEvent(3, QStringLiteral("/nowhere/iter-3.tar.gz"), {})));
        QCOMPARE(model.shownIteration(), 1);
        QCOMPARE(model.snapshotIteration(), 3);
        model.clear();
        QVERIFY(model.iterations().isEmpty());
        QCOMPARE(model.shownIteration(), 0);
    }
};

QTEST_MAIN(TestChanges)
#include "tst_changes.moc"
