#pragma once

#include <QLoggingCategory>

namespace Autocoder::Sandboxd {

/// "autocoder.sandboxd": the local sandbox server: sandboxes, bubblewrap, limits. Enable with
/// QT_LOGGING_RULES="autocoder.sandboxd.debug=true". Text that could hold a secret goes through a
/// Secrets::Redactor before it reaches a message.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxd)

} // namespace Autocoder::Sandboxd
