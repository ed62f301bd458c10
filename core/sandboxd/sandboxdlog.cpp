#include "sandboxd/sandboxdlog.h"

namespace Autocoder::Sandboxd {

Q_LOGGING_CATEGORY(lcSandboxd, "autocoder.sandboxd", QtInfoMsg)

} // namespace Autocoder::Sandboxd
