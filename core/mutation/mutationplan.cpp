#include "mutation/mutationplan.h"

#include <QStringDecoder>

namespace Autocoder::Mutation {

namespace {

struct ReasonName
{
    PlannedFile::Reason reason;
    const char *id;
};

constexpr ReasonName reasonNames[] = {
    { PlannedFile::Reason::None, "" },
    { PlannedFile::Reason::Extension, "extension" },
    { PlannedFile::Reason::Jsx, "jsx" },
    { PlannedFile::Reason::Declaration, "declaration" },
    { PlannedFile::Reason::Test, "test" },
    { PlannedFile::Reason::Locked, "locked" },
    { PlannedFile::Reason::Config, "config" },
    { PlannedFile::Reason::Vendored, "vendored" },
    { PlannedFile::Reason::TooLarge, "too-large" },
    { PlannedFile::Reason::Minified, "minified" },
    { PlannedFile::Reason::Generated, "generated" },
    { PlannedFile::Reason::Binary, "binary" },
    { PlannedFile::Reason::Encoding, "encoding" },
    { PlannedFile::Reason::Syntax, "syntax" },
};

} // namespace

QStringList MutationPlan::mutatedFiles() const
{
    QStringList out;
    for (const PlannedFile &f : files) {
        if (f.status == PlannedFile::Status::Mutated)
            out.append(f.path);
    }
    return out;
}

QList<PlannedFile> MutationPlan::skippedFiles() const
{
    QList<PlannedFile> out;
    for (const PlannedFile &f : files) {
        if (f.status == PlannedFile::Status::Skipped)
            out.append(f);
    }
    return out;
}

Result<QByteArray> MutationPlan::mutatedContent(const Mutant &mutant) const
{
    const auto it = originals.constFind(mutant.file);
    if (it == originals.constEnd())
        return failure(tr("%1 has no mutant in this plan").arg(mutant.file));
    return mutant.apply(*it);
}

Result<QString> MutationPlan::diff(const Mutant &mutant) const
{
    const auto it = originals.constFind(mutant.file);
    if (it == originals.constEnd())
        return failure(tr("%1 has no mutant in this plan").arg(mutant.file));
    return mutant.diff(QString::fromUtf8(*it));
}

QString MutationPlan::reasonId(PlannedFile::Reason reason)
{
    for (const ReasonName &r : reasonNames) {
        if (r.reason == reason)
            return QString::fromLatin1(r.id);
    }
    return {};
}

PlannedFile::Reason MutationPlan::reasonFromId(const QString &id)
{
    for (const ReasonName &r : reasonNames) {
        if (id == QLatin1String(r.id))
            return r.reason;
    }
    return PlannedFile::Reason::None;
}

QString MutationPlan::statusId(PlannedFile::Status status)
{
    switch (status) {
    case PlannedFile::Status::Mutated:
        return QStringLiteral("mutated");
    case PlannedFile::Status::NotSelected:
        return QStringLiteral("not-selected");
    case PlannedFile::Status::NoMutants:
        return QStringLiteral("no-mutants");
    case PlannedFile::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

PlannedFile::Status MutationPlan::statusFromId(const QString &id)
{
    for (auto s : { PlannedFile::Status::Mutated, PlannedFile::Status::NotSelected,
                    PlannedFile::Status::NoMutants }) {
        if (statusId(s) == id)
            return s;
    }
    return PlannedFile::Status::Skipped;
}

} // namespace Autocoder::Mutation
