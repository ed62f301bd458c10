#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QMetaType>
#include <QString>

#include "common/result.h"

#include <optional>

namespace Autocoder::Run {

/// Version of the event JSON form ("v" in each events.jsonl line). Bump when a
/// kind changes meaning or a required field is removed; adding fields is not a bump.
inline constexpr int RunEventVersion = 1;

/// Event kinds. Every event a run emits has one of these `kind` values; readers
/// must ignore kinds they do not know. The `data` object of each kind is listed
/// next to it (all keys always present unless marked optional); its typed form is the
/// payload struct of the same name in runevents.h, the one place that reads and writes it.
namespace EventKind {
/// {name, backend, maxIterations, budgetUsd}
inline constexpr QLatin1String RunStarted { "run.started" };
/// {step, iteration}   step is one of the Step:: names below
inline constexpr QLatin1String StepStarted { "step.started" };
/// {step, iteration, ok, exitCode, durationMs, message}
inline constexpr QLatin1String StepFinished { "step.finished" };
/// {step, iteration, stream: "stdout"|"stderr", text}
inline constexpr QLatin1String ProcessOutput { "process.output" };
/// {iteration, text}
inline constexpr QLatin1String AgentMessage { "agent.message" };
/// {iteration, id, name, input (object), summary}
inline constexpr QLatin1String AgentToolUse { "agent.tool_use" };
/// {iteration, id, isError, text}
inline constexpr QLatin1String AgentToolResult { "agent.tool_result" };
/// {iteration, costUsd, turns, sessionId, isError, subtype}
inline constexpr QLatin1String AgentResult { "agent.result" };
/// {iteration, tests:[{name, file, status:"passed"|"failed"|"skipped", message, durationMs}],
///  passed, failed, skipped}
inline constexpr QLatin1String GateTests { "gate.tests" };
/// {iteration, coverage: RequirementCoverage JSON (requirementcoverage.h)}: which requirement
/// the iteration's tests cover; after gate.tests, only when the spec asks for requirement
/// tests and a test command ran.
inline constexpr QLatin1String GateRequirements { "gate.requirements" };
/// {iteration, result: Mutation::MutationResult JSON (mutationresult.h)}: the mutation check
/// of an iteration whose tests passed, completed or skipped (with its reason); absent when
/// the check was not reached (a failing gate) or is turned off in the spec.
inline constexpr QLatin1String GateMutation { "gate.mutation" };
/// {iteration, green, costUsd (cumulative), failing:[names]}
inline constexpr QLatin1String IterationFinished { "iteration.finished" };
/// {iteration, archive (local path), files:[{path, size}], totalBytes}
inline constexpr QLatin1String FilesSnapshot { "files.snapshot" };
/// {outcome, message, iterations, costUsd, requirements?, mutation?}   outcome is one of the
/// Outcome:: names; requirements (RequirementCoverage JSON) and mutation (MutationResult JSON
/// or null: not reached) are the last iteration's, present when the spec asks for them}
inline constexpr QLatin1String RunFinished { "run.finished" };
/// {how: "resume"|"reattach"|"continue", iteration, maxIterations, budgetUsd}: a finished or
/// interrupted run goes on; `iteration` is the last one finished before it.
inline constexpr QLatin1String RunResumed { "run.resumed" };
/// {text, source, iteration}: the person's guidance for the agent turn of `iteration`;
/// source says where it came from ("app", "cli", or a feed client: "feed:NAME").
inline constexpr QLatin1String UserGuidance { "user.guidance" };
/// {source, mode: "kill"|"keep"}: someone asked the running run to stop (before it stops);
/// source as in user.guidance; mode: the sandbox goes ("kill") or stays up ("keep").
inline constexpr QLatin1String StopRequested { "run.stop_requested" };
/// {level: "info"|"warning"|"error", text}
inline constexpr QLatin1String Log { "log" };
} // namespace EventKind

/// Values of `step` in step.* and process.output events.
namespace Step {
inline constexpr QLatin1String Sandbox { "sandbox" };
inline constexpr QLatin1String AgentInstall { "agent.install" };
inline constexpr QLatin1String Upload { "upload" };
inline constexpr QLatin1String Agent { "agent" };
inline constexpr QLatin1String Install { "install" };
inline constexpr QLatin1String Test { "test" };
inline constexpr QLatin1String Build { "build" };
inline constexpr QLatin1String Lint { "lint" };
inline constexpr QLatin1String Snapshot { "snapshot" };
/// The mutation check (one step, however many mutants it tries).
inline constexpr QLatin1String Mutation { "mutation" };
/// Asks the sandbox for the toolchain's versions (bun, node) for VERIFICATION.json.
inline constexpr QLatin1String Toolchain { "toolchain" };
inline constexpr QLatin1String Extract { "extract" };
} // namespace Step

/// Values of `outcome` in run.finished (the wire names of RunOutcome, runenums.h).
namespace Outcome {
inline constexpr QLatin1String Green { "green" };
inline constexpr QLatin1String MaxIterations { "max_iterations" };
inline constexpr QLatin1String Budget { "budget" };
inline constexpr QLatin1String WallClock { "wall_clock" };
inline constexpr QLatin1String NoProgress { "no_progress" };
inline constexpr QLatin1String Cancelled { "cancelled" };
inline constexpr QLatin1String Stopped { "stopped" };
inline constexpr QLatin1String InfrastructureError { "infrastructure_error" };
} // namespace Outcome

/// Values of `status` in gate.tests entries.
namespace TestStatus {
inline constexpr QLatin1String Passed { "passed" };
inline constexpr QLatin1String Failed { "failed" };
inline constexpr QLatin1String Skipped { "skipped" };
} // namespace TestStatus

/// One event of a run: the single source of truth the journal, the UI models
/// and the headless printer all subscribe to.
///
/// JSON line form (events.jsonl):
///   {"v":1,"run":"<id>","seq":N,"ts":"<ISO-8601 UTC ms>","kind":"...","data":{...}}
///
/// The envelope keeps `data` as JSON so that kinds this version does not know pass through
/// unchanged; the typed payloads (runevents.h) are how code builds and reads it:
///   RunEvent e = RunEvent::make(StepStarted { Step::Agent, 2, QString() });
///   if (const auto started = e.payload<StepStarted>()) ...
struct RunEvent
{
    QString runId;
    qint64 seq = 0; ///< monotonically increasing per run, starting at 1
    QDateTime time; ///< UTC
    QString kind; ///< one of EventKind::*
    QJsonObject data;

    QJsonObject toJson() const;
    /// Compact JSON plus a trailing '\n', ready to append to events.jsonl.
    QByteArray toJsonLine() const;

    /// Parses the JSON form; fails with a human error on bad input
    /// (missing run/seq/kind, wrong types, newer major version).
    static Result<RunEvent> fromJson(const QJsonObject &object);
    static Result<RunEvent> fromJsonLine(const QByteArray &line);

    /// An event of payload P's kind carrying it as data; runId, seq and time are the
    /// emitter's to fill.
    template<typename P>
    static RunEvent make(const P &payload)
    {
        RunEvent e;
        e.kind = P::kind;
        e.data = payload.toJson();
        return e;
    }

    template<typename P>
    bool is() const
    {
        return kind == P::kind;
    }

    /// The data read as payload P, or nullopt when this event is of another kind.
    template<typename P>
    std::optional<P> payload() const
    {
        if (!is<P>())
            return std::nullopt;
        return P::fromJson(data);
    }

    /// Convenience accessors for the keys most kinds share.
    int iteration() const;
    QString step() const;
};

/// Formats a timestamp the way events carry it: ISO-8601 UTC with milliseconds.
QString formatEventTime(const QDateTime &time);

} // namespace Autocoder::Run

Q_DECLARE_METATYPE(Autocoder::Run::RunEvent)
