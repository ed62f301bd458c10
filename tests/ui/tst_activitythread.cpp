// The Activity tab as a thread: turn groups, one card per tool call with its result,
// diffs, output, verdicts that name what failed, the person's guidance, markdown, and
// events that do not carry what they should.
#include "models/activitymodel.h"
#include "run/runevents.h"
#include "runview/activitycolors.h"
#include "runview/activitydelegate.h"
#include "runview/activitydetails.h"
#include "runview/activitydocument.h"
#include "runview/activitypanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>

using namespace Autocoder;
using namespace Autocoder::Ui;
using Kind = ActivityEntry::Kind;

namespace {

Run::RunEvent raw(QLatin1String kind, const QJsonObject &data)
{
    Run::RunEvent e;
    e.runId = QStringLiteral("r");
    e.kind = kind;
    e.data = data;
    return e;
}

Run::RunEvent toolUse(int iteration, const QString &id, const QString &name,
                      const QJsonObject &input, const QString &summary = {})
{
    return Run::RunEvent::make(Run::AgentToolUse { iteration, id, name, input, summary });
}

Run::RunEvent toolResult(int iteration, const QString &id, const QString &text,
                         bool isError = false)
{
    return Run::RunEvent::make(Run::AgentToolResult { iteration, id, isError, text });
}

Run::RunEvent message(int iteration, const QString &text)
{
    return Run::RunEvent::make(Run::AgentMessage { iteration, text });
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

QString detailsText(const ActivityEntry &e)
{
    QTextDocument doc;
    ActivityDocument::buildDetails(doc, e, ActivityColors::of(QApplication::palette()),
                                   QApplication::font(), QApplication::font());
    return doc.toPlainText();
}

} // namespace

class TestActivityThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsItemsByTurn()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        model.applyEvent(message(1, QStringLiteral("Starting.")));
        model.applyEvent(toolUse(1, QStringLiteral("t1"), QStringLiteral("Bash"),
                                 { { QStringLiteral("command"), QStringLiteral("ls") } }));
        model.applyEvent(toolResult(1, QStringLiteral("t1"), QStringLiteral("src")));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex turn1 = model.index(0, 0);
        QCOMPARE(turn1.data().toString(), QStringLiteral("Iteration 1 \u00B7 agent turn"));
        QCOMPARE(turn1.data(ActivityModel::KindRole).toInt(), int(Kind::Turn));
        QCOMPARE(model.rowCount(turn1), 2);
        QCOMPARE(model.index(1, 0, turn1).parent(), turn1);

        model.applyEvent(Run::RunEvent::make(Run::AgentResult {
            1, 0.4213, 14, QStringLiteral("s"), false, QStringLiteral("success") }));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(turn1.data().toString(),
                 QStringLiteral("Iteration 1 \u00B7 agent turn \u2014 14 turn(s), $0.42"));
        model.applyEvent(Run::RunEvent::make(Run::IterationFinished { 1, true, 0.42, {} }));
        model.applyEvent(message(2, QStringLiteral("Next.")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data().toString(),
                 QStringLiteral("Iteration 1: all checks green"));
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(model.index(2, 0).data().toString(),
                 QStringLiteral("Iteration 2 \u00B7 agent turn"));
        QCOMPARE(model.index(0, 0, model.index(2, 0)).data().toString(), QStringLiteral("Next."));
        QCOMPARE(model.entryCount(), 6);

        // A failed turn says so in its header.
        model.applyEvent(Run::RunEvent::make(Run::AgentResult {
            2, 0.1, 3, QStringLiteral("s"), true, QStringLiteral("error_max_turns") }));
        QVERIFY(model.index(2, 0).data().toString().contains(QStringLiteral("error_max_turns")));
        QVERIFY(model.index(2, 0).data(ActivityModel::IsErrorRole).toBool());
    }

    void aStopEndsTheRunWithoutAnError()
    {
        ActivityModel model;
        model.applyEvent(Run::RunEvent::make(Run::RunFinished {
            Run::RunOutcome::Stopped, QStringLiteral("Stopped during 1"), 1, 0.1 }));
        model.applyEvent(Run::RunEvent::make(Run::RunFinished {
            Run::RunOutcome::Budget, QStringLiteral("The budget is spent"), 2, 5.0 }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(),
                 QStringLiteral("The run ended: Stopped during 1"));
        QVERIFY(!model.index(0, 0).data(ActivityModel::IsErrorRole).toBool());
        QVERIFY(model.index(1, 0).data(ActivityModel::IsErrorRole).toBool());
    }

    void callsLeftWaitingWhenTheTurnEndsAreCutOff()
    {
        ActivityModel model;
        model.applyEvent(toolUse(1, QStringLiteral("done"), QStringLiteral("Bash"),
                                 { { QStringLiteral("command"), QStringLiteral("ls") } }));
        model.applyEvent(toolResult(1, QStringLiteral("done"), QStringLiteral("src")));
        model.applyEvent(toolUse(1, QStringLiteral("slow"), QStringLiteral("Bash"),
                                 { { QStringLiteral("command"), QStringLiteral("sleep 40") } }));
        const QModelIndex turn = model.index(0, 0);
        QCOMPARE(model.rowCount(turn), 2);
        // Looked up afresh each time: the model may move its entries.
        const auto card = [&](int row) {
            return model.entry(model.index(row, 0, turn));
        };
        QVERIFY(card(0) && card(1));
        QVERIFY(!card(1)->cutOff); // still running: "no result yet"
        // Another iteration's agent step says nothing about this one's calls.
        model.applyEvent(Run::RunEvent::make(
            Run::StepFinished { Run::Step::Agent, 2, false, -1, 10, QStringLiteral("stopped") }));
        QVERIFY(!card(1)->cutOff);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyEvent(Run::RunEvent::make(
            Run::StepFinished { Run::Step::Agent, 1, false, -1, 1500, QStringLiteral("stopped") }));
        QVERIFY(card(1)->cutOff);
        QVERIFY(!card(1)->hasResult);
        QVERIFY(!card(0)->cutOff); // it had its answer
        QVERIFY(!changed.isEmpty());
    }

    void pairsEachCallWithItsResult()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        model.applyEvent(toolUse(1, QStringLiteral("a"), QStringLiteral("Bash"),
                                 { { QStringLiteral("command"), QStringLiteral("bun test") } },
                                 QStringLiteral("Bash: bun test")));
        model.applyEvent(
            toolUse(1, QStringLiteral("b"), QStringLiteral("Bash"),
                    { { QStringLiteral("command"), QStringLiteral("bun run build") } }));
        const QModelIndex turn = model.index(0, 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Results in the other order: each goes to its own call.
        model.applyEvent(toolResult(1, QStringLiteral("b"), QStringLiteral("built")));
        model.applyEvent(toolResult(1, QStringLiteral("a"), QStringLiteral("1 fail"), true));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.rowCount(turn), 2);
        const ActivityEntry *a = model.entry(model.index(0, 0, turn));
        const ActivityEntry *b = model.entry(model.index(1, 0, turn));
        QCOMPARE(a->title, QStringLiteral("Bash bun test"));
        QCOMPARE(a->result, QStringLiteral("1 fail"));
        QVERIFY(a->isError);
        QCOMPARE(b->title, QStringLiteral("Bash bun run build"));
        QCOMPARE(b->result, QStringLiteral("built"));
        QVERIFY(!b->isError);
        // The same call seen twice is still one card.
        model.applyEvent(toolUse(1, QStringLiteral("a"), QStringLiteral("Bash"),
                                 { { QStringLiteral("command"), QStringLiteral("bun test") } }));
        QCOMPARE(model.rowCount(turn), 2);
        QCOMPARE(model.entry(model.index(0, 0, turn))->result, QStringLiteral("1 fail"));
    }

    void resultBeforeOrWithoutItsCall()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        model.applyEvent(toolResult(1, QStringLiteral("early"), QStringLiteral("ok\n")));
        const QModelIndex turn = model.index(0, 0);
        QCOMPARE(model.rowCount(turn), 1);
        QModelIndex card = model.index(0, 0, turn);
        QCOMPARE(card.data(ActivityModel::KindRole).toInt(), int(Kind::ToolResult));
        QVERIFY(card.data().toString().contains(QStringLiteral("early")));
        QVERIFY(detailsText(*model.entry(card)).contains(QStringLiteral("was not seen")));

        // Its call arrives late: the same card, now complete.
        model.applyEvent(toolUse(1, QStringLiteral("early"), QStringLiteral("Bash"),
                                 { { QStringLiteral("command"), QStringLiteral("npm test") } }));
        QCOMPARE(model.rowCount(turn), 1);
        card = model.index(0, 0, turn);
        QCOMPARE(card.data(ActivityModel::KindRole).toInt(), int(Kind::ToolCall));
        QCOMPARE(card.data().toString(), QStringLiteral("Bash npm test"));
        QCOMPARE(model.entry(card)->result, QStringLiteral("ok\n"));

        // A result that never gets its call stays a card of its own.
        model.applyEvent(toolResult(1, QStringLiteral("lost"), QStringLiteral("?"), true));
        QCOMPARE(model.rowCount(turn), 2);
        const ActivityEntry *lost = model.entry(model.index(1, 0, turn));
        QCOMPARE(lost->kind, Kind::ToolResult);
        QVERIFY(lost->isError);
        QVERIFY(!lost->malformed);
    }

    void unknownToolReadsAsASummary()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        model.applyEvent(toolUse(1, QStringLiteral("x"), QStringLiteral("Frobnicate"),
                                 { { QStringLiteral("level"), 3 },
                                   { QStringLiteral("target"), QStringLiteral("widgets") } },
                                 QStringLiteral("Frobnicate widgets")));
        model.applyEvent(toolResult(1, QStringLiteral("x"), QStringLiteral("done")));
        const QModelIndex card = model.index(0, 0, model.index(0, 0));
        QCOMPARE(card.data().toString(), QStringLiteral("Frobnicate widgets"));
        QVERIFY(!card.data(ActivityModel::IsErrorRole).toBool());
        const QString details = detailsText(*model.entry(card));
        QVERIFY2(details.contains(QStringLiteral("level: 3")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("target: widgets")));
        QVERIFY(details.contains(QStringLiteral("done")));
        QVERIFY2(!details.contains(QLatin1Char('{')), qPrintable(details));
    }

    void editAndWriteShowTheChangeAsADiff()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        model.applyEvent(toolUse(
            2, QStringLiteral("e"), QStringLiteral("Edit"),
            { { QStringLiteral("file_path"), QStringLiteral("/home/user/project/src/todo.ts") },
              { QStringLiteral("old_string"),
                QStringLiteral("  if (!todo) return;\n  todo.done = true;") },
              { QStringLiteral("new_string"),
                QStringLiteral("  if (!todo) throw new RangeError(id);") } },
            QStringLiteral("Edit src/todo.ts")));
        QString content;
        for (int i = 1; i <= 10; ++i)
            content += QStringLiteral("line %1\n").arg(i);
        model.applyEvent(toolUse(
            2, QStringLiteral("w"), QStringLiteral("Write"),
            { { QStringLiteral("file_path"), QStringLiteral("/home/user/project/README.md") },
              { QStringLiteral("content"), content } },
            QStringLiteral("README.md")));
        model.applyEvent(
            toolResult(2, QStringLiteral("w"), QStringLiteral("File created successfully")));
        const QModelIndex turn = model.index(0, 0);
        const QModelIndex edit = model.index(0, 0, turn);
        const QModelIndex write = model.index(1, 0, turn);
        QCOMPARE(edit.data().toString(), QStringLiteral("Edit src/todo.ts"));
        QCOMPARE(write.data().toString(), QStringLiteral("Write README.md"));
        const ActivityEntry *e = model.entry(edit);
        QCOMPARE(ActivityFormat::bodyKind(*e), ActivityEntry::Body::Diff);
        QCOMPARE(ActivityFormat::bodyLines(*e),
                 QStringList({ QStringLiteral("-  if (!todo) return;"),
                               QStringLiteral("-  todo.done = true;"),
                               QStringLiteral("+  if (!todo) throw new RangeError(id);") }));
        QVERIFY(!edit.data(ActivityModel::CollapsibleRole).toBool());

        const ActivityEntry *w = model.entry(write);
        const QStringList added = ActivityFormat::bodyLines(*w);
        QCOMPARE(added.size(), 10);
        QCOMPARE(added.first(), QStringLiteral("+line 1"));
        QCOMPARE(added.last(), QStringLiteral("+line 10"));
        // Past a few lines it is collapsed, and opens on request.
        QVERIFY(write.data(ActivityModel::CollapsibleRole).toBool());
        QCOMPARE(ActivityFormat::collapsedLineCount(*w), ActivityFormat::collapsedLines);
        QVERIFY(!write.data(ActivityModel::ExpandedRole).toBool());
        QVERIFY(model.setData(write, true, ActivityModel::ExpandedRole));
        QVERIFY(write.data(ActivityModel::ExpandedRole).toBool());
        // A success says nothing the diff does not; the details have the whole file.
        QVERIFY(!ActivityFormat::showsResult(*w));
        const QString details = detailsText(*w);
        QVERIFY(details.contains(QStringLiteral("+line 10")));
        QVERIFY(!details.contains(QStringLiteral("\\n")));

        // MultiEdit: each edit in turn.
        QJsonArray edits;
        edits.append(QJsonObject { { QStringLiteral("old_string"), QStringLiteral("a") },
                                   { QStringLiteral("new_string"), QStringLiteral("b") } });
        edits.append(QJsonObject { { QStringLiteral("old_string"), QStringLiteral("c") },
                                   { QStringLiteral("new_string"), QStringLiteral("d") } });
        model.applyEvent(toolUse(2, QStringLiteral("m"), QStringLiteral("MultiEdit"),
                                 { { QStringLiteral("file_path"), QStringLiteral("x.ts") },
                                   { QStringLiteral("edits"), edits } }));
        const QStringList multi = ActivityFormat::bodyLines(*model.entry(model.index(2, 0, turn)));
        QCOMPARE(multi.size(), 5);
        QCOMPARE(multi.at(0), QStringLiteral("-a"));
        QCOMPARE(multi.at(4), QStringLiteral("+d"));
    }

    void failedEditShowsWhy()
    {
        ActivityModel model;
        model.applyEvent(toolUse(1, QStringLiteral("e"), QStringLiteral("Edit"),
                                 { { QStringLiteral("file_path"), QStringLiteral("a.ts") },
                                   { QStringLiteral("old_string"), QStringLiteral("x") },
                                   { QStringLiteral("new_string"), QStringLiteral("y") } }));
        model.applyEvent(toolResult(1, QStringLiteral("e"),
                                    QStringLiteral("String to replace not found in file."), true));
        const QModelIndex card = model.index(0, 0, model.index(0, 0));
        const ActivityEntry *e = model.entry(card);
        QVERIFY(card.data(ActivityModel::IsErrorRole).toBool());
        QVERIFY(ActivityFormat::showsResult(*e));
        QVERIFY(ActivityFormat::plainText(*e).contains(QStringLiteral("not found")));
        QVERIFY(detailsText(*e).contains(QStringLiteral("Result (failed)")));
    }

    void bashShowsCommandAndOutput()
    {
        ActivityModel model;
        model.applyEvent(
            toolUse(1, QStringLiteral("b"), QStringLiteral("Bash"),
                    { { QStringLiteral("command"), QStringLiteral("bun test") },
                      { QStringLiteral("description"), QStringLiteral("Run the tests") } },
                    QStringLiteral("bun test")));
        const QModelIndex card = model.index(0, 0, model.index(0, 0));
        QCOMPARE(card.data().toString(), QStringLiteral("Bash bun test"));
        QVERIFY(!model.entry(card)->hasResult);
        model.applyEvent(toolResult(1, QStringLiteral("b"),
                                    QStringLiteral("(fail) a\n(fail) b\n 5 pass\n 2 fail"), true));
        const ActivityEntry *e = model.entry(card);
        QCOMPARE(ActivityFormat::bodyKind(*e), ActivityEntry::Body::Output);
        QCOMPARE(ActivityFormat::bodyLines(*e),
                 lines(QStringLiteral("(fail) a\n(fail) b\n 5 pass\n 2 fail")));
        // Short output is shown whole; seven lines too, rather than "1 more line".
        QCOMPARE(ActivityFormat::collapsedLineCount(*e), 4);
        QVERIFY(!card.data(ActivityModel::CollapsibleRole).toBool());
        QVERIFY(card.data(ActivityModel::IsErrorRole).toBool());
        const QString copied = card.data(ActivityModel::FullTextRole).toString();
        QVERIFY2(copied.startsWith(QStringLiteral("$ bun test\n(fail) a")), qPrintable(copied));
        const QString details = detailsText(*e);
        QVERIFY(details.contains(QStringLiteral("$ bun test")));
        QVERIFY(details.contains(QStringLiteral("Run the tests")));
        QVERIFY(details.contains(QStringLiteral("Result (failed)")));
        QVERIFY(details.contains(QStringLiteral(" 2 fail")));
        // (The entry pointers above are only valid until the model changes.)
        model.applyEvent(toolUse(1, QStringLiteral("b7"), QStringLiteral("Bash"),
                                 { { QStringLiteral("command"), QStringLiteral("seq 7") } }));
        model.applyEvent(
            toolResult(1, QStringLiteral("b7"), QStringLiteral("1\n2\n3\n4\n5\n6\n7\n")));
        const QModelIndex seven = model.index(1, 0, model.index(0, 0));
        QCOMPARE(ActivityFormat::collapsedLineCount(*model.entry(seven)), 7);
        QVERIFY(!seven.data(ActivityModel::CollapsibleRole).toBool());
    }

    void readIsCollapsedToItsSize()
    {
        ActivityModel model;
        QString numbered;
        for (int i = 1; i <= 120; ++i)
            numbered += QStringLiteral("%1\u2192code %2\n").arg(i, 6).arg(i);
        model.applyEvent(toolUse(
            1, QStringLiteral("r"), QStringLiteral("Read"),
            { { QStringLiteral("file_path"), QStringLiteral("/home/user/project/src/todo.ts") } },
            QStringLiteral("Read src/todo.ts")));
        const QModelIndex card = model.index(0, 0, model.index(0, 0));
        QCOMPARE(card.data().toString(), QStringLiteral("Read src/todo.ts"));
        model.applyEvent(toolResult(1, QStringLiteral("r"), numbered));
        QCOMPARE(card.data().toString(), QStringLiteral("Read src/todo.ts (120 line(s))"));
        QVERIFY(card.data(ActivityModel::CollapsibleRole).toBool());
        QVERIFY(!card.data(ActivityModel::ExpandedRole).toBool());
    }

    void verdictNamesWhatFailed()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        using namespace Run;
        model.applyEvent(
            RunEvent::make(StepFinished { QString(Step::Install), 1, true, 0, 10, {} }));
        model.applyEvent(RunEvent::make(StepFinished { QString(Step::Test), 1, false, 1, 10,
                                                       QStringLiteral("2 tests failed") }));
        GateTests gate;
        gate.iteration = 1;
        gate.tests = {
            { QStringLiteral("TodoList > add"),
              QStringLiteral("t.ts"),
              QString(TestStatus::Passed),
              {},
              1 },
            { QStringLiteral("TodoList > complete() throws for unknown id"), QStringLiteral("t.ts"),
              QString(TestStatus::Failed),
              QStringLiteral("Expected: RangeError\nReceived: nothing"), 1 },
            // Reported without its suite, as bun does.
            { QStringLiteral("list(filter)"), QStringLiteral("t.ts"), QString(TestStatus::Failed),
              QStringLiteral("Expected: 1\nReceived: 3"), 1 },
        };
        gate.passed = 1;
        gate.failed = 2;
        QVERIFY(!model.applyEvent(RunEvent::make(gate)));
        QCOMPARE(model.rowCount(), 0);
        model.applyEvent(RunEvent::make(
            IterationFinished { 1,
                                false,
                                0.4,
                                { QStringLiteral("TodoList > complete() throws for unknown id"),
                                  QStringLiteral("TodoList > list(filter)") } }));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex verdict = model.index(0, 0);
        QCOMPARE(verdict.data(ActivityModel::KindRole).toInt(), int(Kind::Verdict));
        QCOMPARE(verdict.data().toString(),
                 QStringLiteral("Iteration 1 is red: Test failed (exit 1) \u2014 2 failing: "
                                "complete() throws for unknown id, list(filter)"));
        QVERIFY(verdict.data(ActivityModel::IsErrorRole).toBool());
        const QString text = model.entry(verdict)->text;
        QVERIFY2(text.contains(QStringLiteral("TodoList > list(filter) \u2014 Expected: 1")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("unknown id \u2014 Expected: RangeError")),
                 qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("Test failed (exit 1)\n")));
        // The details and Copy have the whole messages.
        const QString details = detailsText(*model.entry(verdict));
        QVERIFY2(details.contains(QStringLiteral("Expected: RangeError\nReceived: nothing")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Test failed (exit 1)")));
        QVERIFY(verdict.data(ActivityModel::FullTextRole)
                    .toString()
                    .contains(QStringLiteral("list(filter)\nExpected: 1\nReceived: 3")));

        // Many failing tests: the first few by name, then how many more; a red iteration
        // with no named tests says which step failed.
        QStringList many;
        for (int i = 1; i <= 5; ++i)
            many.append(QStringLiteral("case %1").arg(i));
        model.applyEvent(RunEvent::make(IterationFinished { 2, false, 0.5, many }));
        QCOMPARE(
            model.index(1, 0).data().toString(),
            QStringLiteral("Iteration 2 is red: 5 failing: case 1, case 2, case 3 and 2 more"));
        model.applyEvent(
            RunEvent::make(StepFinished { QString(Step::Build), 3, false, 2, 10, QString() }));
        model.applyEvent(RunEvent::make(IterationFinished { 3, false, 0.6, {} }));
        QCOMPARE(model.index(2, 0).data().toString(),
                 QStringLiteral("Iteration 3 is red: Build failed (exit 2)"));
    }

    void guidanceIsTheirOwnMessage()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        model.applyEvent(Run::RunEvent::make(Run::IterationFinished { 2, false, 0.4, {} }));
        model.applyEvent(Run::RunEvent::make(Run::UserGuidance {
            QStringLiteral("Throw a RangeError.\nKeep list() pure."), QStringLiteral("app"), 3 }));
        model.applyEvent(Run::RunEvent::make(
            Run::UserGuidance { QStringLiteral("Hurry."), QStringLiteral("cli"), 3 }));
        model.applyEvent(message(3, QStringLiteral("On it.")));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex turn = model.index(1, 0);
        QCOMPARE(model.rowCount(turn), 3);
        const QModelIndex said = model.index(0, 0, turn);
        QCOMPARE(said.data(ActivityModel::KindRole).toInt(), int(Kind::Guidance));
        QCOMPARE(said.data().toString(), QStringLiteral("You: Throw a RangeError. \u2026"));
        QCOMPARE(model.entry(said)->text, QStringLiteral("Throw a RangeError.\nKeep list() pure."));
        QVERIFY(said.data(Qt::BackgroundRole).isValid());
        QVERIFY(said.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(1, 0, turn).data().toString(),
                 QStringLiteral("You (from the command line): Hurry."));
        QVERIFY(!model.index(2, 0, turn).data(Qt::BackgroundRole).isValid());
        // Its painted text has both lines and says who spoke.
        QTextDocument doc;
        ActivityDocument::buildItem(doc, *model.entry(said),
                                    ActivityColors::of(QApplication::palette()),
                                    QApplication::font());
        QCOMPARE(doc.toPlainText(), QStringLiteral("You\nThrow a RangeError.\nKeep list() pure."));
    }

    void feedWatchersAndStopsAreNamed()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        model.applyEvent(Run::RunEvent::make(
            Run::UserGuidance { QStringLiteral("Use a map."), QStringLiteral("feed:laptop"), 2 }));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex turn = model.index(0, 0);
        QCOMPARE(model.index(0, 0, turn).data().toString(),
                 QStringLiteral("laptop (through the event feed): Use a map."));
        const QList<QPair<QString, QString>> stops {
            { QStringLiteral("feed:laptop"),
              QStringLiteral("Stop requested by laptop through the event feed") },
            { QStringLiteral("cli"), QStringLiteral("Stop requested from the command line") },
            { QStringLiteral("app"), QStringLiteral("Stop requested") },
        };
        for (const auto &[source, title] : stops) {
            QVERIFY(model.applyEvent(Run::RunEvent::make(
                Run::StopRequested { source, QString(Run::StopRequested::Kill) })));
            const QModelIndex note = model.index(model.rowCount() - 1, 0);
            QCOMPARE(note.data(ActivityModel::KindRole).toInt(), int(Kind::Note));
            QCOMPARE(note.data().toString(), title);
        }
    }

    void messagesRenderMarkdown()
    {
        ActivityModel model;
        const QString md = QStringLiteral(
            "**Two failures** in `todo.ts`:\n\n- complete() must *throw*\n- list(filter)\n");
        model.applyEvent(message(1, md));
        const QModelIndex item = model.index(0, 0, model.index(0, 0));
        QCOMPARE(item.data().toString(), QStringLiteral("Two failures in todo.ts: \u2026"));
        QTextDocument doc;
        ActivityDocument::buildItem(doc, *model.entry(item),
                                    ActivityColors::of(QApplication::palette()),
                                    QApplication::font());
        const QString shown = doc.toPlainText();
        QVERIFY2(!shown.contains(QStringLiteral("**")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1Char('`')));
        QVERIFY(shown.contains(QStringLiteral("Two failures in todo.ts:")));
        QVERIFY(shown.contains(QStringLiteral("complete() must throw")));
        // Bold is bold, not asterisks.
        bool sawBold = false;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().text().contains(QStringLiteral("Two failures")))
                    sawBold = it.fragment().charFormat().fontWeight() >= QFont::Bold;
            }
        }
        QVERIFY(sawBold);
        const QString details = detailsText(*model.entry(item));
        QVERIFY2(!details.contains(QStringLiteral("**")), qPrintable(details));
    }

    void badPayloadsShowAsSuch()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        using namespace Run;
        // Wrong types and missing keys everywhere: nothing crashes, each is marked.
        model.applyEvent(raw(EventKind::AgentToolUse,
                             { { QStringLiteral("iteration"), 1 },
                               { QStringLiteral("id"), 5 },
                               { QStringLiteral("input"), QStringLiteral("not an object") } }));
        model.applyEvent(raw(EventKind::AgentToolResult, {}));
        model.applyEvent(
            raw(EventKind::AgentMessage,
                { { QStringLiteral("iteration"), 1 }, { QStringLiteral("text"), 42 } }));
        model.applyEvent(
            raw(EventKind::AgentResult, { { QStringLiteral("turns"), QStringLiteral("x") } }));
        model.applyEvent(raw(EventKind::IterationFinished,
                             { { QStringLiteral("failing"), QStringLiteral("x") } }));
        model.applyEvent(raw(EventKind::GateTests, { { QStringLiteral("tests"), 7 } }));
        model.applyEvent(
            raw(EventKind::UserGuidance, { { QStringLiteral("text"), QJsonArray() } }));
        model.applyEvent(raw(QLatin1String("agent.unknown"), { { QStringLiteral("x"), 1 } }));
        QList<const ActivityEntry *> entries;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex group = model.index(r, 0);
            entries.append(model.entry(group));
            for (int c = 0; c < model.rowCount(group); ++c)
                entries.append(model.entry(model.index(c, 0, group)));
        }
        auto find = [&entries](Kind kind) -> const ActivityEntry * {
            for (const ActivityEntry *e : entries) {
                if (e && e->kind == kind)
                    return e;
            }
            return nullptr;
        };
        const ActivityEntry *use = find(Kind::ToolCall);
        QVERIFY(use);
        QVERIFY(use->malformed);
        QVERIFY(use->title.contains(QStringLiteral("malformed")));
        QVERIFY(detailsText(*use).contains(QStringLiteral("Show raw event")));
        const ActivityEntry *result = find(Kind::ToolResult);
        QVERIFY(result);
        QVERIFY(result->malformed);
        const ActivityEntry *text = find(Kind::Message);
        QVERIFY(text);
        QVERIFY(text->malformed);
        QVERIFY(!text->title.isEmpty());
        QVERIFY(find(Kind::Verdict));
        QVERIFY(find(Kind::Guidance));
        // The malformed call reads as an error in the view.
        const QModelIndex first = model.index(0, 0, model.index(0, 0));
        QCOMPARE(model.entry(first), use);
        QVERIFY(first.data(ActivityModel::IsErrorRole).toBool());
        // Every item can be painted and sized.
        ActivityPanel panel(&model);
        panel.resize(600, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex group = model.index(r, 0);
            panel.view()->setCurrentIndex(group);
            for (int c = 0; c < model.rowCount(group); ++c)
                panel.view()->setCurrentIndex(model.index(c, 0, group));
        }
        panel.details()->rawAction()->setChecked(true);
        QVERIFY(panel.details()->browser()->toPlainText().contains(QStringLiteral("\"kind\"")));
        panel.repaint();
    }

    void oldestGroupsGoPastTheCapacity()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model);
        model.setCapacity(10);
        for (int it = 1; it <= 5; ++it) {
            for (int i = 0; i < 3; ++i)
                model.applyEvent(toolUse(it, QStringLiteral("t%1-%2").arg(it).arg(i),
                                         QStringLiteral("Bash"),
                                         { { QStringLiteral("command"), QStringLiteral("ls") } }));
        }
        QVERIFY2(model.entryCount() <= 10, qPrintable(QString::number(model.entryCount())));
        QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(),
                 QStringLiteral("Iteration 5 \u00B7 agent turn"));
        // A result for a call that was dropped is a card of its own, not a crash.
        model.applyEvent(toolResult(5, QStringLiteral("t1-0"), QStringLiteral("late")));
        model.applyEvent(toolResult(5, QStringLiteral("t5-2"), QStringLiteral("on time")));
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        QCOMPARE(model.entry(model.index(2, 0, last))->result, QStringLiteral("on time"));
    }

    void keyboardAndCopy()
    {
        ActivityModel model;
        QString content;
        for (int i = 1; i <= 30; ++i)
            content += QStringLiteral("const x%1 = %1;\n").arg(i);
        model.applyEvent(message(1, QStringLiteral("Writing.")));
        model.applyEvent(toolUse(1, QStringLiteral("w"), QStringLiteral("Write"),
                                 { { QStringLiteral("file_path"), QStringLiteral("a.ts") },
                                   { QStringLiteral("content"), content } }));
        ActivityPanel panel(&model);
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTreeView *view = panel.view();
        const QModelIndex turn = model.index(0, 0);
        QVERIFY(view->isExpanded(turn));
        view->setFocus();
        view->setCurrentIndex(turn);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down);
        const QModelIndex card = model.index(1, 0, turn);
        QCOMPARE(view->currentIndex(), card);
        QVERIFY(panel.details()->browser()->toPlainText().contains(QStringLiteral("const x30")));

        const int collapsed = view->visualRect(card).height();
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(card.data(ActivityModel::ExpandedRole).toBool());
        QTRY_VERIFY(view->visualRect(card).height() > collapsed + 100);
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(!card.data(ActivityModel::ExpandedRole).toBool());
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(card.data(ActivityModel::ExpandedRole).toBool());
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(!card.data(ActivityModel::ExpandedRole).toBool());
        // Left on a closed card goes up to its turn; Left there closes the turn.
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentIndex(), turn);
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(!view->isExpanded(turn));
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->isExpanded(turn));

        // A click on "N more lines" opens the card too.
        QVERIFY(!card.data(ActivityModel::ExpandedRole).toBool());
        view->scrollTo(card);
        const QRect rect = view->visualRect(card);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          QPoint(rect.left() + 40, rect.bottom() - 3 - 6 - 6));
        QVERIFY(card.data(ActivityModel::ExpandedRole).toBool());

        view->setCurrentIndex(card);
        QApplication::clipboard()->clear();
        panel.copyAction()->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("Write a.ts\n\n+const x1 = 1;")),
                 qPrintable(copied));
        panel.details()->copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), copied);

        // The details follow a result that arrives while its call is selected.
        model.applyEvent(
            toolResult(1, QStringLiteral("w"), QStringLiteral("Permission denied"), true));
        QVERIFY(panel.details()->browser()->toPlainText().contains(
            QStringLiteral("Permission denied")));
        model.clear();
        QVERIFY(!panel.details()->hasEntry());
    }
};

QTEST_MAIN(TestActivityThread)
#include "tst_activitythread.moc"
