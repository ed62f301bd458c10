#include "run/runlog.h"

namespace Autocoder::Run {

Q_LOGGING_CATEGORY(lcRun, "autocoder.run", QtInfoMsg)

} // namespace Autocoder::Run
