#pragma once

#include "spec/feedbackinput.h"
#include "spec/projectspec.h"

#include <QString>

namespace Autocoder::Spec {

/// Renders the compact prompt of a fix iteration (sent with `--resume <session>`):
/// failing tests with their messages, the failing command, trimmed output and the person's
/// guidance. Bounded in size whatever the input: never a raw megabyte of log.
class FeedbackRenderer final
{
public:
    static constexpr int DefaultOutputBudget = 4096; ///< characters of command output kept
    static constexpr int MaxTestsListed = 20;
    static constexpr int MaxTestMessageChars = 600;
    static constexpr int MaxGuidanceChars = 4000;
    static constexpr int MaxRequirementsListed = 20;
    static constexpr int MaxRequirementChars = 200;
    static constexpr int MaxMutantsListed = 10;
    static constexpr int MaxMutantDiffChars = 800; ///< per surviving mutant's diff

    static QString render(const ProjectSpec &spec, const FeedbackInput &input,
                          int outputBudget = DefaultOutputBudget);

    /// Keeps the head and the tail of `text` (about a third / two thirds of `maxChars`) with a
    /// marker line saying how much was cut in between; cuts at line boundaries where possible.
    /// Also strips ANSI escape sequences and carriage-return progress lines.
    static QString trimOutput(const QString &text, int maxChars);

    /// Removes ANSI colour/cursor escape sequences.
    static QString stripAnsi(const QString &text);
};

} // namespace Autocoder::Spec
