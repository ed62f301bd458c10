#include "agent/agentlog.h"

namespace Autocoder::Agent {

Q_LOGGING_CATEGORY(lcAgent, "autocoder.agent", QtInfoMsg)

} // namespace Autocoder::Agent
