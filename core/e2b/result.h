#pragma once

#include "common/result.h"
#include "e2b/error.h"

#include <functional>

namespace Autocoder::E2b {

/// Value-or-error of an E2B call: Autocoder's Result with the typed E2B Error, which keeps
/// the HTTP status, Connect code and "sandbox gone" flag that callers branch on.
template<typename T>
using Result = Autocoder::Result<T, Error>;

using Autocoder::failure;

/// The error of a finished call in the ErrorCallback convention: a default (ok) Error when
/// the call succeeded. For code that hands every outcome, success included, to one path.
template<typename T>
Error errorOf(const Result<T> &result)
{
    return result ? Error() : result.error();
}

/// Completion callbacks. They are invoked at most once, from the event loop, and never
/// after their context object has been destroyed.
using ErrorCallback = std::function<void(const Error &)>;
template<typename T>
using ResultCallback = std::function<void(const Result<T> &)>;

} // namespace Autocoder::E2b
