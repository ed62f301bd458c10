#pragma once

#include "e2b/sandboxinfo.h"
#include "e2b/secret.h"

#include <QString>

namespace Autocoder::E2b {

/// Which sandbox's envd to talk to: its id, its access token (empty for unsecured
/// sandboxes) and the domain the API reported for it.
struct EnvdTarget
{
    QString sandboxId;
    Secret accessToken;
    QString domain;

    static EnvdTarget fromSandbox(const SandboxInfo &info)
    {
        return EnvdTarget { info.sandboxId, info.envdAccessToken, info.domain };
    }
};

} // namespace Autocoder::E2b
