#pragma once

#include "spec/brief.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Autocoder::Run {

/// How to run a spec (everything that is not the spec itself).
struct RunOptions
{
    QString runId; ///< empty: a new id
    QString runsRoot; ///< empty: RunStore::defaultRoot()
    QString anthropicApiKey; ///< given only to the agent process's environment
    QString anthropicBaseUrl; ///< ANTHROPIC_BASE_URL for the agent when set (gateway, fake)
    /// Hosts agent sandboxes may reach besides those SandboxEgress derives (settings).
    QStringList extraAllowOut;
    QStringList extraSecrets; ///< other values to redact everywhere (E2B key, ...)
    QString projectDir = QStringLiteral("/home/user/project"); ///< inside the sandbox
    /// Keep a not-green sandbox alive after the run so continueWithGuidance() can go on in
    /// it (the UI); headless runs kill it.
    bool keepSandbox = false;
    int keepAliveSeconds = 3600; ///< sandbox TTL, renewed while the run is active
    /// Who gives guidance (user.guidance's source) unless the call names another: "app",
    /// "cli", ...
    QString guidanceSource = QStringLiteral("app");
    /// The brief as the person edited it in the wizard; unset: rendered from the spec.
    std::optional<Spec::Brief> brief;
};

} // namespace Autocoder::Run
