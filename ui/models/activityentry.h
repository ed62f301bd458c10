#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Autocoder::Ui {

/// One item of the activity thread: an agent message, one tool call with its result, the
/// person's guidance, a turn's header, an iteration's verdict or a note about the run.
struct ActivityEntry
{
    enum class Kind {
        Message, ///< the agent's text (markdown)
        ToolCall, ///< a tool call, with its result once it arrived
        ToolResult, ///< a result whose call was never seen
        Turn, ///< the header of an agent turn
        Verdict, ///< an iteration's verdict
        Note, ///< the run ended, went on, ...
        Guidance, ///< the person's words
    };
    /// How a card's body reads.
    enum class Body { None, Markdown, Diff, Output, Text };

    Kind kind = Kind::Message;
    int iteration = 0;
    bool isError = false;
    bool malformed = false; ///< the event did not carry what its kind needs
    quint64 uid = 0; ///< unique in its model, for caches
    int revision = 0; ///< grows whenever what is shown changes
    QString title; ///< one line, plain text
    QString text; ///< the full text: markdown for messages, details for notes

    // Tool calls
    QString toolId;
    QString toolName;
    QString target; ///< the path, command or pattern the call is about
    QJsonObject input;
    bool hasCall = false;
    bool hasResult = false;
    /// The agent's turn ended (stopped, killed) before this call's result came: none will.
    bool cutOff = false;
    QString result;

    /// Verdicts: each failing test with its whole message, for the details pane.
    QVector<QPair<QString, QString>> failures;

    QJsonObject rawCall; ///< the events as they arrived, for "Show raw event"
    QJsonObject rawResult;

    bool expanded = false;
};

/// What the cards show, worked out from the events alone (no widgets): titles, diffs,
/// verdicts. Shared by the model, the delegate and the details pane.
class ActivityFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Ui::ActivityFormat)
public:
    /// The call's target: the path relative to the project, the command, the pattern.
    static QString toolTarget(const QString &name, const QJsonObject &input,
                              const QString &summary);
    /// "Write package.json", "Read src/todo.ts (120 lines)", "Bash bun test", "Frobnicate".
    static QString toolTitle(const ActivityEntry &e);
    static ActivityEntry::Body bodyKind(const ActivityEntry &e);
    /// The body's lines; for diffs each starts with '+', '-' or ' '. Empty when none.
    static QStringList bodyLines(const ActivityEntry &e);
    /// Whether the result is worth showing under the call (Write/Edit successes are not).
    static bool showsResult(const ActivityEntry &e);
    /// Lines of a Read result (numbered or not).
    static int readLineCount(const QString &result);
    /// The first line of @p text, elided with "…" when there is more.
    static QString firstLine(const QString &text, int maxChars = 200);
    /// A plain-text rendering of the whole entry, for Copy.
    static QString plainText(const ActivityEntry &e);
    /// How many body lines a collapsed card shows, at most.
    static constexpr int collapsedLines = 6;
    /// How many body lines a collapsed card of @p e shows: none for Read (its size is in
    /// the title), all when only one more would be hidden.
    static int collapsedLineCount(const ActivityEntry &e);
};

} // namespace Autocoder::Ui
