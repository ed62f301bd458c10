#include "tschecker.h"

#include <QRegularExpression>
#include <QSet>

namespace Autocoder::Testing {

namespace {

QString where(const TsFile &file, const TsMessage &m)
{
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (source.size() > 80)
        source = source.left(77) + QLatin1String("...");
    return QStringLiteral("%1: [%2] \"%3\"").arg(file.path, m.context, source);
}

QString joined(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("none") : list.join(QLatin1Char(' '));
}

} // namespace

QStringList TsChecker::placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

int TsChecker::mnemonics(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("^&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (i + 1 >= text.size() || text.at(i + 1).isSpace())
            continue;
        if (entity.match(QStringView(text).mid(i)).hasMatch())
            continue;
        ++count;
    }
    return count;
}

QStringList TsChecker::check(const TsFile &file, int pluralForms)
{
    QStringList problems;
    for (const TsMessage &m : file.messages) {
        const QString at = where(file, m);
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished")) {
            problems.append(QStringLiteral("%1: %2 (run update_translations)").arg(at, m.type));
            continue;
        }
        if (m.type == QLatin1String("unfinished")) {
            const bool empty =
                m.numerus ? m.numerusForms.join(QString()).isEmpty() : m.translation.isEmpty();
            problems.append(QStringLiteral("%1: unfinished%2")
                                .arg(at, empty ? QStringLiteral(", empty") : QString()));
            continue;
        }
        const QStringList expected = placeholders(m.source);
        const QStringList translations = m.numerus ? m.numerusForms : QStringList { m.translation };
        if (m.numerus && translations.size() != pluralForms)
            problems.append(QStringLiteral("%1: %2 plural forms, %3 expected")
                                .arg(at)
                                .arg(translations.size())
                                .arg(pluralForms));
        for (int i = 0; i < translations.size(); ++i) {
            const QString &t = translations.at(i);
            const QString form =
                m.numerus ? QStringLiteral(" (plural form %1)").arg(i + 1) : QString();
            if (t.isEmpty()) {
                problems.append(QStringLiteral("%1: empty translation%2").arg(at, form));
                continue;
            }
            const QStringList found = placeholders(t);
            if (found != expected)
                problems.append(QStringLiteral("%1: placeholders %2 in the translation%3, %4 in "
                                               "the source")
                                    .arg(at, joined(found), form, joined(expected)));
            if (mnemonics(t) != mnemonics(m.source))
                problems.append(QStringLiteral("%1: %2 mnemonic(s) & in the translation%3, %4 in "
                                               "the source")
                                    .arg(at)
                                    .arg(mnemonics(t))
                                    .arg(form)
                                    .arg(mnemonics(m.source)));
        }
    }
    return problems;
}

QStringList TsChecker::compare(const TsFile &file, const TsFile &fromSources)
{
    QStringList problems;
    QSet<QString> inFile;
    for (const TsMessage &m : file.messages)
        inFile.insert(m.key());
    QSet<QString> inCode;
    for (const TsMessage &m : fromSources.messages) {
        inCode.insert(m.key());
        if (!inFile.contains(m.key()))
            problems.append(QStringLiteral("%1: in the code but missing from the file (run "
                                           "update_translations)")
                                .arg(where(file, m)));
    }
    for (const TsMessage &m : file.messages) {
        if (!inCode.contains(m.key()) && m.type != QLatin1String("obsolete")
            && m.type != QLatin1String("vanished"))
            problems.append(QStringLiteral("%1: no longer in the code (run update_translations)")
                                .arg(where(file, m)));
    }
    return problems;
}

} // namespace Autocoder::Testing
