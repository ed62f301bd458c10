#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Autocoder::Mutation {

/// The kinds of change the engine makes. The ids are stable: reports, settings and
/// VERIFICATION.json use them.
class MutationOperator final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Mutation::MutationOperator)

public:
    enum class Id {
        ComparisonFlip, ///< "comparison-flip": `<`↔`>=`, `>`↔`<=`, `===`↔`!==`, `==`↔`!=`
        Arithmetic, ///< "arithmetic": `+`↔`-`, `*`↔`/`, `%`→`*`, `+=`↔`-=`
        Logical, ///< "logical": `&&`↔`||`, `??`→`&&`
        BooleanLiteral, ///< "boolean-literal": `true`↔`false`
        NegationRemoval, ///< "negation-removal": `!x`→`x`
        ReturnValue, ///< "return-value": `return e` → `!(e)` when e is a condition, else
                     ///< `undefined`
        StatementDeletion, ///< "statement-deletion": an expression statement on its own line
        StringLiteral, ///< "string-literal": `'abc'`→`''`, `''`→`'mutated'`
        NumberLiteral, ///< "number-literal": n → n+1 (integers, bigints)
    };

    static QList<Id> all();
    static QString idString(Id id);
    static std::optional<Id> fromIdString(const QString &id);
    /// A translated one-line explanation, for settings and reports.
    static QString title(Id id);
};

} // namespace Autocoder::Mutation
