#include "mutation/mutant.h"

#include "diff/linediff.h"

#include <QStringDecoder>

namespace Autocoder::Mutation {

namespace {

// A description must stay on one line whatever the mutant spans (a deleted statement,
// a long string).
QString shortened(const QString &text)
{
    QString flat = text.simplified();
    if (flat.size() > 40)
        flat = flat.left(37) + QStringLiteral("…");
    return flat.isEmpty() ? QStringLiteral("∅") : QLatin1Char('`') + flat + QLatin1Char('`');
}

} // namespace

QString Mutant::id() const
{
    return QStringLiteral("%1:%2:%3:%4").arg(file).arg(line).arg(column).arg(operatorId());
}

QString Mutant::description() const
{
    if (op == MutationOperator::Id::StatementDeletion)
        return tr("%1:%2: delete %3").arg(file).arg(line).arg(shortened(original));
    return tr("%1:%2: %3 → %4")
        .arg(file)
        .arg(line)
        .arg(shortened(original), shortened(replacement));
}

Result<QString> Mutant::apply(const QString &content) const
{
    if (offset < 0 || offset + original.size() > content.size()
        || QStringView(content).mid(offset, original.size()) != original)
        return failure(tr("%1 changed since its mutants were planned: %2 is no longer at "
                          "line %3, column %4")
                           .arg(file, shortened(original))
                           .arg(line)
                           .arg(column));
    QString mutated = content;
    mutated.replace(offset, original.size(), replacement);
    return mutated;
}

Result<QByteArray> Mutant::apply(const QByteArray &content) const
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(content);
    if (decoder.hasError())
        return failure(tr("%1 is not valid UTF-8 any more").arg(file));
    const Result<QString> mutated = apply(text);
    if (!mutated)
        return failure(mutated.error());
    return mutated->toUtf8();
}

Result<QString> Mutant::diff(const QString &content, int contextLines) const
{
    const Result<QString> mutated = apply(content);
    if (!mutated)
        return failure(mutated.error());
    Diff::LineDiffOptions options;
    options.contextLines = contextLines;
    const Diff::LineDiffResult result = Diff::LineDiff::compute(content, *mutated, options);
    QString out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(file);
    for (const Diff::Hunk &hunk : result.hunks) {
        out += hunk.header() + QLatin1Char('\n');
        for (const Diff::DiffLine &l : hunk.lines) {
            const QChar mark = l.kind == Diff::DiffLine::Kind::Added ? QLatin1Char('+')
                : l.kind == Diff::DiffLine::Kind::Removed            ? QLatin1Char('-')
                                                                     : QLatin1Char(' ');
            out += mark + l.text + QLatin1Char('\n');
            if (l.noNewline)
                out += QStringLiteral("\\ No newline at end of file\n");
        }
    }
    return out;
}

bool Mutant::operator==(const Mutant &other) const
{
    return file == other.file && offset == other.offset && line == other.line
        && column == other.column && op == other.op && original == other.original
        && replacement == other.replacement;
}

} // namespace Autocoder::Mutation
