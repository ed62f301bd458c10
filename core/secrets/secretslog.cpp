#include "secrets/secretslog.h"

namespace Autocoder::Secrets {

Q_LOGGING_CATEGORY(lcSecrets, "autocoder.secrets", QtInfoMsg)

} // namespace Autocoder::Secrets
