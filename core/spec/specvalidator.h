#pragma once

#include "spec/projectspec.h"
#include "spec/validationissue.h"

#include <QCoreApplication>

namespace Autocoder::Spec {

/// Checks a ProjectSpec before a run starts. The wizard shows the issues next to the
/// matching fields, so every issue names its field path and carries a translated message.
class SpecValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Spec::SpecValidator)

public:
    /// All problems of the spec, in field order; empty means the spec can be run.
    static QList<ValidationIssue> validate(const ProjectSpec &spec);

    /// Issues of one field only (prefix match on the path), for live validation of one page.
    static QList<ValidationIssue> validateField(const ProjectSpec &spec,
                                                const QString &fieldPrefix);

    /// A name usable as a folder name on every platform: 1..64 chars of [A-Za-z0-9._-],
    /// starting with a letter or digit, not a reserved Windows device name.
    static bool isSafeProjectName(const QString &name);

    /// A relative '/'-separated path inside the project: not empty, not absolute,
    /// no "..", no "." segments, no backslashes, no drive letters, no empty segments.
    static bool isSafeRelativePath(const QString &path);

    // Bounds the validator enforces (the wizard uses them for its spin boxes).
    static constexpr int MinIterations = 1;
    static constexpr int MaxIterations = 50;
    static constexpr double MaxBudgetUsd = 1000.0;
    static constexpr int MaxWallClockMinutes = 24 * 60;
    static constexpr int MinCommandTimeoutSeconds = 10;
    static constexpr int MaxCommandTimeoutSeconds = 6 * 3600;
    static constexpr int MaxAgentTimeoutMinutes = 6 * 60;
    static constexpr int MinTurns = 1;
    static constexpr int MaxTurns = 500;
    static constexpr int MinMutants = 1;
    static constexpr int MaxMutants = 200;
    static constexpr int MinMutationBudgetSeconds = 10;
    static constexpr int MaxMutationBudgetSeconds = 3600;
    static constexpr int MaxNameLength = 64;
    static constexpr int MaxLockedTestBytes = 512 * 1024;
};

} // namespace Autocoder::Spec
