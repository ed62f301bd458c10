#pragma once

#include <chrono>

namespace Autocoder::E2b {

/// Bounded exponential backoff, applied only to idempotent calls (GET info/list, kill,
/// timeout, stat, listdir, download). A server Retry-After (429) overrides the computed
/// delay but is capped at maxDelay so a hostile header cannot park us forever.
struct RetryPolicy
{
    int maxAttempts = 4; ///< total attempts including the first; 1 disables retries
    std::chrono::milliseconds initialDelay { 250 };
    std::chrono::milliseconds maxDelay { 8000 };

    std::chrono::milliseconds delayForAttempt(int failedAttempts) const
    {
        auto d = initialDelay;
        for (int i = 1; i < failedAttempts && d < maxDelay; ++i)
            d *= 2;
        return d < maxDelay ? d : maxDelay;
    }
};

} // namespace Autocoder::E2b
