#pragma once

#include <QLoggingCategory>

namespace Autocoder::Run {

/// "autocoder.run": the run engine and its sandbox backends. Enable with
/// QT_LOGGING_RULES="autocoder.run.debug=true". Text that could hold a secret goes through a
/// Secrets::Redactor before it reaches a message.
Q_DECLARE_LOGGING_CATEGORY(lcRun)

} // namespace Autocoder::Run
