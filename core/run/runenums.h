#pragma once

#include <QAnyStringView>
#include <QLatin1String>

#include <optional>

namespace Autocoder::Run {

// The closed sets of words that runs write into events.jsonl and state.json. Each enum has
// its wire form (wireName) and a parser (fromWireName) that returns nullopt for a word it
// does not know, so a journal from a newer version still loads.
//
// The converters are not called toString(): QTest's QCOMPARE finds a toString() in an
// enum's namespace by argument-dependent lookup and expects it to return char *.

/// Where a run stands, as the run history shows it.
enum class RunStatus {
    Running, ///< a controller owns it (or state.json says so and nobody checked)
    Finished, ///< run.finished was emitted
    Interrupted, ///< "running" on disk with no live controller: crash, kill, app closed
};

/// Severity of a `log` event.
enum class LogLevel { Info, Warning, Error };

/// Sandbox backends a spec can ask for.
enum class Backend { Local, E2b };

/// Why a run ended: `outcome` of run.finished.
enum class RunOutcome {
    Green,
    MaxIterations,
    Budget,
    WallClock,
    NoProgress,
    Cancelled, ///< older runs: stopped without keeping the work
    Stopped, ///< stopped by the person; the last snapshot is kept and the run can go on
    InfrastructureError,
};

/// Which stream a process.output event carries.
enum class OutputStream { Stdout, Stderr };

QLatin1String wireName(RunStatus status);
QLatin1String wireName(LogLevel level);
QLatin1String wireName(Backend backend);
QLatin1String wireName(RunOutcome outcome);
QLatin1String wireName(OutputStream stream);

/// fromWireName<RunStatus>(u"finished") == RunStatus::Finished; nullopt for unknown words.
template<typename E>
std::optional<E> fromWireName(QAnyStringView name);

template<>
std::optional<RunStatus> fromWireName<RunStatus>(QAnyStringView name);
template<>
std::optional<LogLevel> fromWireName<LogLevel>(QAnyStringView name);
template<>
std::optional<Backend> fromWireName<Backend>(QAnyStringView name);
template<>
std::optional<RunOutcome> fromWireName<RunOutcome>(QAnyStringView name);
template<>
std::optional<OutputStream> fromWireName<OutputStream>(QAnyStringView name);

} // namespace Autocoder::Run
