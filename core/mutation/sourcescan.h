#pragma once

#include "mutation/mutant.h"
#include "mutation/mutationoperator.h"
#include "mutation/token.h"

#include <QList>
#include <QString>

namespace Autocoder::Mutation {

/// One lexed and marked file, as the operators read it, and the mutants they add.
struct SourceScan
{
    QString path;
    QStringView text;
    QList<Token> tokens;
    QList<MutationOperator::Id> operators;
    QList<Mutant> mutants;

    bool enabled(MutationOperator::Id id) const { return operators.contains(id); }
    const Token *at(int i) const { return i >= 0 && i < tokens.size() ? &tokens[i] : nullptr; }
    bool isPunct(int i, QStringView s) const { return at(i) && at(i)->isPunctuator(s); }
    /// Adds a mutant replacing @p length characters at @p offset, placed at @p where.
    void add(MutationOperator::Id op, const Token &where, int offset, int length,
             const QString &replacement)
    {
        Mutant m;
        m.file = path;
        m.offset = offset;
        m.line = where.line;
        m.column = where.column;
        m.op = op;
        m.original = text.mid(offset, length).toString();
        m.replacement = replacement;
        mutants.append(m);
    }
    void replaceToken(MutationOperator::Id op, const Token &t, const QString &replacement)
    {
        add(op, t, t.offset, int(t.text.size()), replacement);
    }
};

} // namespace Autocoder::Mutation
