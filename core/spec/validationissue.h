#pragma once

#include <QList>
#include <QString>

namespace Autocoder::Spec {

/// One problem found in a spec: which field (a path such as "limits.maxIterations",
/// "requirements[2]", "lockedTests[0].path") and what is wrong, in words a person understands.
struct ValidationIssue
{
    QString field;
    QString message;

    bool operator==(const ValidationIssue &other) const
    {
        return field == other.field && message == other.message;
    }
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace Autocoder::Spec
