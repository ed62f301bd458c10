#pragma once

#include <QFont>

class QTextDocument;

namespace Autocoder::Ui {

struct ActivityEntry;
struct ActivityColors;

/// Builds the rich text of the activity thread: the wrapped text of a message (markdown),
/// of the person's guidance, of a verdict or note in the list, and the whole of any entry
/// for the details pane (inputs, the change as a diff, the output) — never escaped JSON.
class ActivityDocument final
{
public:
    /// The text part of a thread item as the list shows it (messages, guidance, verdicts,
    /// notes, turn headers). Tool cards are painted line by line instead.
    static void buildItem(QTextDocument &doc, const ActivityEntry &e, const ActivityColors &c,
                          const QFont &font);
    /// Everything about @p e, formatted: code and output in @p mono, diffs with added and
    /// removed lines tinted.
    static void buildDetails(QTextDocument &doc, const ActivityEntry &e, const ActivityColors &c,
                             const QFont &font, const QFont &mono);
};

} // namespace Autocoder::Ui
