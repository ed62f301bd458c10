#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Autocoder {

/// The error half of a Result, made with failure(): `return failure(tr("No such run"));`.
template<typename E>
struct Failure
{
    E error;
};

template<typename E>
Failure<std::decay_t<E>> failure(E &&error)
{
    return { std::forward<E>(error) };
}

/// A value or an error: the one way core reports an operation that can fail.
///
/// Shaped after C++23's std::expected. E defaults to a translated, human-readable message;
/// layers that need more (an HTTP status, "the sandbox is gone") pass their own error type.
///
///     Result<RunState> load(const QString &id);
///     const Result<RunState> state = store.load(id);
///     if (!state)
///         return failure(state.error());
///     use(*state);
template<typename T, typename E = QString>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(std::in_place_index<0>, value)
    { }
    Result(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    template<typename G>
    Result(Failure<G> f)
        : m_data(std::in_place_index<1>, E(std::move(f.error)))
    { }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    /// Only when isOk().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    template<typename U>
    T valueOr(U &&fallback) const &
    {
        return isOk() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    /// Only when !isOk().
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

/// Success or an error, nothing to return. A default-constructed Result<void> is a success.
template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template<typename G>
    Result(Failure<G> f)
        : m_error(std::in_place, E(std::move(f.error)))
    { }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    /// Only when !isOk().
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace Autocoder
