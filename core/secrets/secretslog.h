#pragma once

#include <QLoggingCategory>

namespace Autocoder::Secrets {

/// "autocoder.secrets": the keychain (outcomes only, never values). Enable with
/// QT_LOGGING_RULES="autocoder.secrets.debug=true". Text that could hold a secret goes through a
/// Secrets::Redactor before it reaches a message.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace Autocoder::Secrets
