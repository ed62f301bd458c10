#include "run/runenums.h"

#include "run/runevent.h"

#include <array>
#include <utility>

namespace Autocoder::Run {

namespace {

// One table per enum: both directions read the same pairs, so they cannot drift apart.
constexpr std::array<std::pair<RunStatus, QLatin1String>, 3> kRunStatus { {
    { RunStatus::Running, QLatin1String("running") },
    { RunStatus::Finished, QLatin1String("finished") },
    { RunStatus::Interrupted, QLatin1String("interrupted") },
} };

constexpr std::array<std::pair<LogLevel, QLatin1String>, 3> kLogLevel { {
    { LogLevel::Info, QLatin1String("info") },
    { LogLevel::Warning, QLatin1String("warning") },
    { LogLevel::Error, QLatin1String("error") },
} };

constexpr std::array<std::pair<Backend, QLatin1String>, 2> kBackend { {
    { Backend::Local, QLatin1String("local") },
    { Backend::E2b, QLatin1String("e2b") },
} };

constexpr std::array<std::pair<RunOutcome, QLatin1String>, 8> kRunOutcome { {
    { RunOutcome::Green, Outcome::Green },
    { RunOutcome::MaxIterations, Outcome::MaxIterations },
    { RunOutcome::Budget, Outcome::Budget },
    { RunOutcome::WallClock, Outcome::WallClock },
    { RunOutcome::NoProgress, Outcome::NoProgress },
    { RunOutcome::Cancelled, Outcome::Cancelled },
    { RunOutcome::Stopped, Outcome::Stopped },
    { RunOutcome::InfrastructureError, Outcome::InfrastructureError },
} };

constexpr std::array<std::pair<OutputStream, QLatin1String>, 2> kOutputStream { {
    { OutputStream::Stdout, QLatin1String("stdout") },
    { OutputStream::Stderr, QLatin1String("stderr") },
} };

template<typename E, std::size_t N>
QLatin1String nameIn(const std::array<std::pair<E, QLatin1String>, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name;
    }
    return QLatin1String();
}

template<typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, QLatin1String>, N> &table,
                         QAnyStringView name)
{
    for (const auto &[v, n] : table) {
        if (QAnyStringView::equal(name, n))
            return v;
    }
    return std::nullopt;
}

} // namespace

QLatin1String wireName(RunStatus status)
{
    return nameIn(kRunStatus, status);
}

QLatin1String wireName(LogLevel level)
{
    return nameIn(kLogLevel, level);
}

QLatin1String wireName(Backend backend)
{
    return nameIn(kBackend, backend);
}

QLatin1String wireName(RunOutcome outcome)
{
    return nameIn(kRunOutcome, outcome);
}

QLatin1String wireName(OutputStream stream)
{
    return nameIn(kOutputStream, stream);
}

template<>
std::optional<RunStatus> fromWireName<RunStatus>(QAnyStringView name)
{
    return valueIn(kRunStatus, name);
}

template<>
std::optional<LogLevel> fromWireName<LogLevel>(QAnyStringView name)
{
    return valueIn(kLogLevel, name);
}

template<>
std::optional<Backend> fromWireName<Backend>(QAnyStringView name)
{
    return valueIn(kBackend, name);
}

template<>
std::optional<RunOutcome> fromWireName<RunOutcome>(QAnyStringView name)
{
    return valueIn(kRunOutcome, name);
}

template<>
std::optional<OutputStream> fromWireName<OutputStream>(QAnyStringView name)
{
    return valueIn(kOutputStream, name);
}

} // namespace Autocoder::Run
