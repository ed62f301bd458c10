#include "helptext.h"

#include <algorithm>

namespace Autocoder::Packaging {

namespace {

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

// One section ("Options:" or "Arguments:"): entries start at a small indent, their
// descriptions follow two or more spaces on, wrapped lines continue at the description's column.
Result<QList<HelpText::Entry>> parseEntries(const QStringList &lines, const QString &section)
{
    QList<HelpText::Entry> entries;
    int column = -1;
    for (const QString &line : lines) {
        const int indent = indentOf(line);
        if (!entries.isEmpty() && column > 0 && indent >= column) {
            HelpText::Entry &last = entries.last();
            last.text += (last.text.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
            continue;
        }
        if (indent == 0)
            return failure(QStringLiteral("%1: unexpected line \"%2\"").arg(section, line));
        const int gap = line.indexOf(QLatin1String("  "), indent);
        HelpText::Entry entry;
        if (gap < 0) {
            // A positional argument added without a description.
            entry.names = line.trimmed();
        } else {
            entry.names = line.mid(indent, gap - indent);
            column = indentOf(line.mid(gap)) + gap;
            entry.text = line.mid(column).trimmed();
        }
        entries.append(entry);
    }
    if (entries.isEmpty())
        return failure(QStringLiteral("%1: no entries").arg(section));
    for (const HelpText::Entry &entry : entries) {
        // A positional argument added without a description (a subcommand's own name) is
        // listed bare; an option always says what it does.
        if (entry.text.isEmpty() && entry.names.startsWith(QLatin1Char('-')))
            return failure(QStringLiteral("%1: %2 has no description").arg(section, entry.names));
    }
    return entries;
}

} // namespace

Result<HelpText> HelpText::parse(const QString &help)
{
    QStringList lines = help.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    const QString usagePrefix = QStringLiteral("Usage: ");
    const auto usageLine = std::find_if(
        lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(usagePrefix); });
    if (usageLine == lines.cend())
        return failure(QStringLiteral("no \"Usage:\" line"));

    HelpText result;
    const QString usage = usageLine->mid(usagePrefix.size()).trimmed();
    const int programEnd = usage.indexOf(QLatin1Char(' '));
    result.usage = programEnd < 0 ? QString() : usage.mid(programEnd + 1).trimmed();

    enum class Part { Description, Options, Arguments } part = Part::Description;
    QStringList options;
    QStringList arguments;
    for (auto it = usageLine + 1; it != lines.cend(); ++it) {
        const QString &line = *it;
        if (line == QLatin1String("Options:")) {
            part = Part::Options;
        } else if (line == QLatin1String("Arguments:")) {
            part = Part::Arguments;
        } else if (line.isEmpty()) {
            continue;
        } else if (part == Part::Description) {
            result.description.append(line);
        } else {
            (part == Part::Options ? options : arguments).append(line);
        }
    }
    if (!options.isEmpty()) {
        auto parsed = parseEntries(options, QStringLiteral("Options"));
        if (!parsed)
            return failure(parsed.error());
        result.options = std::move(*parsed);
    }
    if (!arguments.isEmpty()) {
        auto parsed = parseEntries(arguments, QStringLiteral("Arguments"));
        if (!parsed)
            return failure(parsed.error());
        result.arguments = std::move(*parsed);
    }
    return result;
}

} // namespace Autocoder::Packaging
