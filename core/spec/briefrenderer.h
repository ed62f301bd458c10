#pragma once

#include "spec/brief.h"
#include "spec/projectspec.h"

namespace Autocoder::Spec {

/// Renders the brief from the spec. Deterministic: same spec, same bytes (golden-file tested).
/// The text is for the agent, not for the person, so it is not translated.
class BriefRenderer
{
public:
    static Brief render(const ProjectSpec &spec);

    /// File name of the rules file in the project root.
    static QString claudeMdFileName() { return QStringLiteral("CLAUDE.md"); }
};

} // namespace Autocoder::Spec
