#include "mutation/mutationoperator.h"

namespace Autocoder::Mutation {

QList<MutationOperator::Id> MutationOperator::all()
{
    return { Id::ComparisonFlip,    Id::Arithmetic,      Id::Logical,
             Id::BooleanLiteral,    Id::NegationRemoval, Id::ReturnValue,
             Id::StatementDeletion, Id::StringLiteral,   Id::NumberLiteral };
}

QString MutationOperator::idString(Id id)
{
    switch (id) {
    case Id::ComparisonFlip:
        return QStringLiteral("comparison-flip");
    case Id::Arithmetic:
        return QStringLiteral("arithmetic");
    case Id::Logical:
        return QStringLiteral("logical");
    case Id::BooleanLiteral:
        return QStringLiteral("boolean-literal");
    case Id::NegationRemoval:
        return QStringLiteral("negation-removal");
    case Id::ReturnValue:
        return QStringLiteral("return-value");
    case Id::StatementDeletion:
        return QStringLiteral("statement-deletion");
    case Id::StringLiteral:
        return QStringLiteral("string-literal");
    case Id::NumberLiteral:
        return QStringLiteral("number-literal");
    }
    return {};
}

std::optional<MutationOperator::Id> MutationOperator::fromIdString(const QString &id)
{
    for (Id candidate : all()) {
        if (idString(candidate) == id)
            return candidate;
    }
    return std::nullopt;
}

QString MutationOperator::title(Id id)
{
    switch (id) {
    case Id::ComparisonFlip:
        return tr("Flip a comparison");
    case Id::Arithmetic:
        return tr("Swap an arithmetic operator");
    case Id::Logical:
        return tr("Swap a logical operator");
    case Id::BooleanLiteral:
        return tr("Flip a boolean literal");
    case Id::NegationRemoval:
        return tr("Remove a negation");
    case Id::ReturnValue:
        return tr("Replace a return value");
    case Id::StatementDeletion:
        return tr("Delete a statement");
    case Id::StringLiteral:
        return tr("Change a string constant");
    case Id::NumberLiteral:
        return tr("Change a number constant");
    }
    return {};
}

} // namespace Autocoder::Mutation
