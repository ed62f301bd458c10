#pragma once

#include <QLoggingCategory>

namespace Autocoder::Agent {

/// "autocoder.agent": the Claude Code command line and its stream. Enable with
/// QT_LOGGING_RULES="autocoder.agent.debug=true". Text that could hold a secret goes through a
/// Secrets::Redactor before it reaches a message.
Q_DECLARE_LOGGING_CATEGORY(lcAgent)

} // namespace Autocoder::Agent
