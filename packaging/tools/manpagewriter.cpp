#include "manpagewriter.h"

#include <QRegularExpression>

namespace Autocoder::Packaging {

namespace {

bool isGenericOption(const HelpText::Entry &entry)
{
    // Every command has these; the main OPTIONS section lists them once.
    return entry.names == QLatin1String("-h, --help") || entry.names == QLatin1String("--help-all")
        || entry.names == QLatin1String("-v, --version");
}

// A program or option name: every hyphen is a minus sign, as typed.
QString literal(const QString &name)
{
    QString t = name;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    t.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    return t;
}

QString quoted(const QString &escaped)
{
    QString t = escaped;
    t.replace(QLatin1Char('"'), QStringLiteral("\\(dq"));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

void writeEntries(QString &out, const QList<HelpText::Entry> &entries, bool options)
{
    for (const HelpText::Entry &entry : entries) {
        if (!options && entry.text.isEmpty())
            continue;
        out += QStringLiteral(".TP\n");
        out += (options ? ManPageWriter::optionNames(entry.names)
                        : QStringLiteral("\\fI") + literal(entry.names) + QStringLiteral("\\fR"))
            + QLatin1Char('\n');
        out += ManPageWriter::escape(entry.text) + QLatin1Char('\n');
    }
}

} // namespace

QString ManPageWriter::escape(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    // Hyphens that start an option name are minus signs, so a copied "--out" still works.
    static const QRegularExpression option(QStringLiteral("(^|[\\s(\\[,\"'`/|])(--?)(?=[A-Za-z])"));
    QString escaped;
    qsizetype last = 0;
    for (auto it = option.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        escaped += t.mid(last, m.capturedStart(2) - last);
        escaped += QString(QStringLiteral("\\-")).repeated(m.capturedLength(2));
        last = m.capturedEnd(2);
    }
    escaped += t.mid(last);
    if (escaped.startsWith(QLatin1Char('.')) || escaped.startsWith(QLatin1Char('\'')))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

QString ManPageWriter::optionNames(const QString &names)
{
    QStringList parts;
    for (const QString &part : names.split(QStringLiteral(", "))) {
        const int space = part.indexOf(QLatin1Char(' '));
        const QString name = space < 0 ? part : part.left(space);
        QString value = space < 0 ? QString() : part.mid(space + 1).trimmed();
        if (value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>')))
            value = value.mid(1, value.size() - 2);
        QString rendered = QStringLiteral("\\fB") + literal(name) + QStringLiteral("\\fR");
        if (!value.isEmpty())
            rendered += QStringLiteral(" \\fI") + escape(value) + QStringLiteral("\\fR");
        parts.append(rendered);
    }
    return parts.join(QStringLiteral(", "));
}

QString ManPageWriter::commandSynopsis(const Command &command)
{
    QStringList words { command.name };
    const QStringList usage = command.help.usage.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : usage) {
        if (word != command.name)
            words.append(word);
    }
    return words.join(QLatin1Char(' '));
}

QString ManPageWriter::write(const Page &page)
{
    QString out;
    out += QStringLiteral(".\\\" Generated from `%1 --help` at build time; change the help text, "
                          "not this file.\n")
               .arg(page.name);
    out += QStringLiteral(".TH %1 %2 %3 %4 %5\n")
               .arg(quoted(literal(page.name.toUpper())), page.section, quoted(escape(page.date)),
                    quoted(literal(page.name) + QLatin1Char(' ') + escape(page.version)),
                    quoted(QStringLiteral("User Commands")));
    // Names like AUTOCODER_SANDBOXD_API_KEY and paths must not be hyphenated or stretched.
    out += QStringLiteral(".nh\n.ad l\n");

    out += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(literal(page.name), escape(page.summary));

    out += QStringLiteral(".SH SYNOPSIS\n");
    out += QStringLiteral(".B %1\n%2\n").arg(literal(page.name), escape(page.help.usage));
    for (const Command &command : page.commands) {
        out += QStringLiteral(".br\n.B %1\n%2\n")
                   .arg(literal(page.name), escape(commandSynopsis(command)));
    }

    if (!page.help.description.isEmpty()) {
        out += QStringLiteral(".SH DESCRIPTION\n");
        for (const QString &line : page.help.description)
            out += escape(line) + QLatin1Char('\n'); // one paragraph, filled
    }
    if (!page.help.options.isEmpty()) {
        out += QStringLiteral(".SH OPTIONS\n");
        writeEntries(out, page.help.options, true);
    }
    if (!page.help.arguments.isEmpty()) {
        out += QStringLiteral(".SH ARGUMENTS\n");
        writeEntries(out, page.help.arguments, false);
    }
    if (!page.commands.isEmpty()) {
        out += QStringLiteral(".SH COMMANDS\n");
        for (const Command &command : page.commands) {
            out += QStringLiteral(".SS %1\n")
                       .arg(quoted(literal(page.name) + QLatin1Char(' ')
                                   + escape(commandSynopsis(command))));
            out += escape(command.summary) + QLatin1Char('\n');
            QList<HelpText::Entry> own;
            for (const HelpText::Entry &entry : command.help.options) {
                if (!isGenericOption(entry))
                    own.append(entry);
            }
            writeEntries(out, own, true);
        }
    }
    if (!page.seeAlso.isEmpty()) {
        out += QStringLiteral(".SH SEE ALSO\n");
        QStringList refs;
        static const QRegularExpression ref(QStringLiteral("^(.+)\\((\\w+)\\)$"));
        for (const QString &seeAlso : page.seeAlso) {
            const QRegularExpressionMatch m = ref.match(seeAlso);
            refs.append(
                m.hasMatch()
                    ? QStringLiteral(".BR %1 (%2)").arg(literal(m.captured(1)), m.captured(2))
                    : escape(seeAlso));
        }
        out += refs.join(QStringLiteral(",\n")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Autocoder::Packaging
