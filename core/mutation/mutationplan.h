#pragma once

#include "common/result.h"
#include "mutation/mutant.h"
#include "mutation/plannedfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Autocoder::Mutation {

/// The mutants chosen for one check, and what was decided about every file.
class MutationPlan final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Mutation::MutationPlan)

public:
    QList<Mutant> mutants; ///< ordered by file, then offset
    QList<PlannedFile> files; ///< every file given to the planner, by path
    int candidateCount = 0; ///< mutants available before the budget
    quint64 seed = 0;
    int maxMutants = 0;
    QList<MutationOperator::Id> operators; ///< the operators the plan was allowed to use
    /// Original content of every file that has a mutant in the plan: what to write back.
    QHash<QString, QByteArray> originals;

    QStringList mutatedFiles() const;
    QList<PlannedFile> skippedFiles() const;
    /// The file's content with @p mutant applied.
    Result<QByteArray> mutatedContent(const Mutant &mutant) const;
    /// The mutant's unified diff against the original content.
    Result<QString> diff(const Mutant &mutant) const;

    static QString reasonId(PlannedFile::Reason reason);
    static PlannedFile::Reason reasonFromId(const QString &id);
    static QString statusId(PlannedFile::Status status);
    static PlannedFile::Status statusFromId(const QString &id);
};

} // namespace Autocoder::Mutation
