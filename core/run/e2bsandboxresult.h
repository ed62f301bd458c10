#pragma once

#include "e2b/error.h"
#include "run/sandboxtypes.h"

namespace Autocoder::Run {

/// The sandbox-operation outcome of an E2B call: its one-line description on failure, and
/// whether the sandbox is gone (so the run keeps its snapshot instead of retrying).
SandboxOpResult toSandboxOpResult(const E2b::Error &error);

} // namespace Autocoder::Run
