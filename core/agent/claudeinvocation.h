#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Autocoder::Agent {

/// A ready-to-start `claude` process: program + arguments (no shell needed), the environment
/// to add to the sandbox process and its working directory. The environment may hold the
/// Anthropic key: never log it; use displayCommand() for logs.
struct ClaudeInvocation
{
    QString program; ///< "claude" (resolved through PATH inside the sandbox)
    QStringList arguments;
    QMap<QString, QString> environment;
    QString workingDirectory;

    /// One line for `/bin/bash -l -c <line>`: PATH gets ~/.local/bin prepended, then
    /// `cd <workingDirectory> &&` (when set) and `exec` + program + arguments, each quoted
    /// where needed. Contains no environment values.
    QString shellCommand() const;

    /// Like shellCommand() but with the prompt argument shortened, for logs and events.
    QString displayCommand(int maxPromptChars = 80) const;
};

} // namespace Autocoder::Agent
