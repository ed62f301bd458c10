#pragma once

#include "e2b/error.h"

#include <functional>

namespace Autocoder::E2b {

/// Value-or-error. `value` is meaningful only when `error.isOk()`.
template<typename T>
struct Result
{
    Error error;
    T value {};

    bool isOk() const { return error.isOk(); }

    static Result success(T v)
    {
        Result r;
        r.value = std::move(v);
        return r;
    }
    static Result failure(Error e)
    {
        Result r;
        r.error = std::move(e);
        return r;
    }
};

/// Completion callbacks. They are invoked at most once, from the event loop, and never
/// after their context object has been destroyed.
using ErrorCallback = std::function<void(const Error &)>;
template<typename T>
using ResultCallback = std::function<void(const Result<T> &)>;

} // namespace Autocoder::E2b
