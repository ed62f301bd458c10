#pragma once

#include "mutation/mutationresult.h"
#include "run/requirementcoverage.h"
#include "run/runenums.h"
#include "run/runevent.h"
#include "run/testrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Autocoder::Run {

// One payload type per event kind: the `data` object of a RunEvent, typed. Each has
//   static constexpr QLatin1String kind;         the event kind it belongs to
//   QJsonObject toJson() const;                  the exact `data` object events.jsonl holds
//   static P fromJson(const QJsonObject &data);  tolerant: a missing key reads as its default
// Build an event with RunEvent::make(payload) and read one with event.payload<P>().
// The documentation of each field is the wire format's: see EventKind:: in runevent.h.

struct RunStarted
{
    static constexpr QLatin1String kind = EventKind::RunStarted;
    QString name;
    QString backend; ///< the provider's name: wireName(Backend) for real runs, anything in tests
    int maxIterations = 0;
    double budgetUsd = 0.0;

    QJsonObject toJson() const;
    static RunStarted fromJson(const QJsonObject &data);
};

struct StepStarted
{
    static constexpr QLatin1String kind = EventKind::StepStarted;
    QString step; ///< a Step:: name
    int iteration = 0;
    /// The project's own command a gate step runs ("bun test"), from the spec; empty for the
    /// steps that run Autocoder's own commands (the agent's command line is not shown).
    QString command;

    QJsonObject toJson() const;
    static StepStarted fromJson(const QJsonObject &data);
};

struct StepFinished
{
    static constexpr QLatin1String kind = EventKind::StepFinished;
    QString step;
    int iteration = 0;
    bool ok = false;
    int exitCode = 0;
    qint64 durationMs = -1; ///< -1 when unknown
    QString message;

    QJsonObject toJson() const;
    static StepFinished fromJson(const QJsonObject &data);
};

struct ProcessOutput
{
    static constexpr QLatin1String kind = EventKind::ProcessOutput;
    QString step;
    int iteration = 0;
    OutputStream stream = OutputStream::Stdout;
    QString text;

    QJsonObject toJson() const;
    static ProcessOutput fromJson(const QJsonObject &data);
};

struct AgentMessage
{
    static constexpr QLatin1String kind = EventKind::AgentMessage;
    int iteration = 0;
    QString text;

    QJsonObject toJson() const;
    static AgentMessage fromJson(const QJsonObject &data);
};

struct AgentToolUse
{
    static constexpr QLatin1String kind = EventKind::AgentToolUse;
    int iteration = 0;
    QString id;
    QString name;
    QJsonObject input;
    QString summary;

    QJsonObject toJson() const;
    static AgentToolUse fromJson(const QJsonObject &data);
};

struct AgentToolResult
{
    static constexpr QLatin1String kind = EventKind::AgentToolResult;
    int iteration = 0;
    QString id;
    bool isError = false;
    QString text;

    QJsonObject toJson() const;
    static AgentToolResult fromJson(const QJsonObject &data);
};

struct AgentResult
{
    static constexpr QLatin1String kind = EventKind::AgentResult;
    int iteration = 0;
    double costUsd = 0.0; ///< this turn's cost
    int turns = 0;
    QString sessionId;
    bool isError = false;
    QString subtype;

    QJsonObject toJson() const;
    static AgentResult fromJson(const QJsonObject &data);
};

struct GateTests
{
    static constexpr QLatin1String kind = EventKind::GateTests;
    int iteration = 0;
    QList<TestRecord> tests;
    /// The gate's counts (they may exceed the listed tests when a runner only printed a
    /// summary); fromJson counts the listed tests when a count is missing.
    int passed = 0;
    int failed = 0;
    int skipped = 0;

    QJsonObject toJson() const;
    static GateTests fromJson(const QJsonObject &data);
};

struct GateRequirements
{
    static constexpr QLatin1String kind = EventKind::GateRequirements;
    int iteration = 0;
    RequirementCoverage coverage; ///< empty when the journal's could not be read

    QJsonObject toJson() const;
    static GateRequirements fromJson(const QJsonObject &data);
};

struct GateMutation
{
    static constexpr QLatin1String kind = EventKind::GateMutation;
    int iteration = 0;
    std::optional<Mutation::MutationResult> result; ///< nullopt when unreadable

    QJsonObject toJson() const;
    static GateMutation fromJson(const QJsonObject &data);
};

struct IterationFinished
{
    static constexpr QLatin1String kind = EventKind::IterationFinished;
    int iteration = 0;
    bool green = false;
    std::optional<double> costUsd; ///< cumulative; absent in hand-written journals
    QStringList failing;

    QJsonObject toJson() const;
    static IterationFinished fromJson(const QJsonObject &data);
};

struct SnapshotFile
{
    QString path;
    qint64 size = 0;
};

struct FilesSnapshot
{
    static constexpr QLatin1String kind = EventKind::FilesSnapshot;
    int iteration = 0;
    QString archive; ///< local path of the snapshot archive
    QList<SnapshotFile> files;
    qint64 totalBytes = 0;

    QJsonObject toJson() const;
    static FilesSnapshot fromJson(const QJsonObject &data);
};

struct RunFinished
{
    static constexpr QLatin1String kind = EventKind::RunFinished;
    /// nullopt when the journal names an outcome this version does not know.
    std::optional<RunOutcome> outcome;
    QString message;
    std::optional<int> iterations;
    std::optional<double> costUsd; ///< cumulative

    QJsonObject toJson() const;
    static RunFinished fromJson(const QJsonObject &data);
};

struct Log
{
    static constexpr QLatin1String kind = EventKind::Log;
    LogLevel level = LogLevel::Info; ///< unknown levels read as Info
    QString text;

    QJsonObject toJson() const;
    static Log fromJson(const QJsonObject &data);
};

struct RunResumed
{
    static constexpr QLatin1String kind = EventKind::RunResumed;
    QString how; ///< "resume" (new sandbox from the last snapshot), "reattach", "continue"
    int iteration = 0; ///< the last iteration finished before going on
    int maxIterations = 0;
    double budgetUsd = 0.0;

    QJsonObject toJson() const;
    static RunResumed fromJson(const QJsonObject &data);
};

struct UserGuidance
{
    static constexpr QLatin1String kind = EventKind::UserGuidance;
    QString text;
    QString source; ///< "app", "cli", ...
    int iteration = 0; ///< the agent turn it is for

    QJsonObject toJson() const;
    static UserGuidance fromJson(const QJsonObject &data);
};

struct StopRequested
{
    static constexpr QLatin1String kind = EventKind::StopRequested;
    /// Values of `mode`.
    static constexpr QLatin1String Kill { "kill" }; ///< the sandbox goes
    static constexpr QLatin1String Keep { "keep" }; ///< the sandbox stays up
    QString source; ///< "app", "cli", "feed:NAME", ...
    QString mode = QString(Kill);

    QJsonObject toJson() const;
    static StopRequested fromJson(const QJsonObject &data);
};

} // namespace Autocoder::Run
