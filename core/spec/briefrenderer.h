#pragma once

#include "spec/brief.h"
#include "spec/projectspec.h"

#include <QHash>
#include <QString>

namespace Autocoder::Spec {

/// Renders the brief from the spec. Deterministic: same spec, same bytes (golden-file tested).
/// The text is for the agent, not for the person, so it is not translated.
class BriefRenderer final
{
public:
    /// Renders for the default project directory, defaultWorkdir(spec).
    static Brief render(const ProjectSpec &spec);
    /// Renders for a project living at `workdir` inside the sandbox.
    static Brief render(const ProjectSpec &spec, const QString &workdir);

    /// "/home/user/project": the run engine's default project folder inside the sandbox.
    static QString defaultWorkdir(const ProjectSpec &spec);

    /// Replaces every {{key}} of `templ` by values[key] in one pass (inserted values are not
    /// scanned again); unknown keys are left as they are.
    static QString substitute(const QString &templ, const QHash<QString, QString> &values);

    /// Reads a template shipped in the library's resources (":/autocoder/brief/<name>").
    static QString loadTemplate(const QString &name);

    /// File name of the rules file in the project root.
    static QString claudeMdFileName() { return QStringLiteral("CLAUDE.md"); }
};

} // namespace Autocoder::Spec
