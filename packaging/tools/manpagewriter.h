#pragma once

#include "helptext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Autocoder::Packaging {

/// Writes a man page (roff with the man macros) from a program's --help text, so the
/// manual says what the program itself says and cannot drift from it.
class ManPageWriter
{
public:
    struct Command
    {
        QString name; ///< "run", as typed after the program
        QString summary; ///< one sentence on what it does
        HelpText help; ///< its own --help
    };

    struct Page
    {
        QString name; ///< the program, "autocoder"
        QString section = QStringLiteral("1");
        QString version; ///< "0.1.0"
        QString date; ///< "2026-11-30"
        QString summary; ///< the NAME line's text after the dash
        HelpText help;
        QList<Command> commands; ///< a COMMANDS section when not empty
        QStringList seeAlso; ///< "bwrap(1)"
    };

    static QString write(const Page &page);

    /// \a text as one line of running roff text: backslashes escaped, a leading control
    /// character neutralised, and the hyphens of option names (--spec) as minus signs.
    static QString escape(const QString &text);

    /// "-h, --help" or "--port <N>" in bold, with the value name in italics.
    static QString optionNames(const QString &names);

    /// What follows the program on a command's synopsis line: "resume [options] id". The
    /// command's own name is dropped where its parser lists it as an argument.
    static QString commandSynopsis(const Command &command);
};

} // namespace Autocoder::Packaging
