#include "run/e2bsandboxresult.h"

namespace Autocoder::Run {

SandboxOpResult toSandboxOpResult(const E2b::Error &error)
{
    if (error.isOk())
        return {};
    return failure(toSandboxError(error));
}

SandboxError toSandboxError(const E2b::Error &error)
{
    return SandboxError { error.toString(), error.sandboxGone };
}

} // namespace Autocoder::Run
