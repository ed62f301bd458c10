#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Autocoder::Packaging {

/// The parts of a QCommandLineParser --help text, as a man page needs them.
struct HelpText
{
    struct Entry
    {
        QString names; ///< "-h, --help" or "--port <N>" or a positional argument's name
        QString text; ///< the description, wrapped lines joined with spaces
    };

    QString usage; ///< what follows the program in "Usage: PROGRAM ...", e.g. "[options] [command]"
    QStringList description; ///< the application description, one line per line
    QList<Entry> options;
    QList<Entry> arguments;

    /// Parses the text QCommandLineParser::helpText() prints. Fails when there is no
    /// "Usage:" line, an entry has no description, or a section holds no entry.
    static Result<HelpText> parse(const QString &help);
};

} // namespace Autocoder::Packaging
