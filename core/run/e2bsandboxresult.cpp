#include "run/e2bsandboxresult.h"

namespace Autocoder::Run {

SandboxOpResult toSandboxOpResult(const E2b::Error &error)
{
    if (error.isOk())
        return SandboxOpResult::success();
    return SandboxOpResult::failure(error.toString(), error.sandboxGone);
}

} // namespace Autocoder::Run
