#pragma once

#include "e2b/error.h"
#include "run/sandboxtypes.h"

namespace Autocoder::Run {

/// The sandbox-operation outcome of an E2B call: its one-line description on failure, and
/// whether the sandbox is gone (so the run keeps its snapshot instead of retrying).
SandboxOpResult toSandboxOpResult(const E2b::Error &error);

/// The same for a call that failed (error must not be ok).
SandboxError toSandboxError(const E2b::Error &error);

} // namespace Autocoder::Run
