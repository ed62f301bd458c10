#include "run/runevents.h"

#include <QJsonArray>

#include <algorithm>

namespace Autocoder::Run {

// Numbers that can pass 2^31 or carry a duration are written as doubles, as the journal has
// always had them; the JSON text is the same either way.

namespace {

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

int integer(const QJsonObject &o, QLatin1String key, int fallback = 0)
{
    return o.value(key).toInt(fallback);
}

std::optional<double> optionalDouble(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

int countStatus(const QList<TestRecord> &tests, QLatin1String status)
{
    return int(std::count_if(tests.cbegin(), tests.cend(),
                             [status](const TestRecord &t) { return t.status == status; }));
}

} // namespace

QJsonObject RunStarted::toJson() const
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("backend"), backend },
             { QStringLiteral("maxIterations"), maxIterations },
             { QStringLiteral("budgetUsd"), budgetUsd } };
}

RunStarted RunStarted::fromJson(const QJsonObject &d)
{
    RunStarted p;
    p.name = str(d, QLatin1String("name"));
    p.backend = str(d, QLatin1String("backend"));
    p.maxIterations = integer(d, QLatin1String("maxIterations"));
    p.budgetUsd = d.value(QLatin1String("budgetUsd")).toDouble();
    return p;
}

QJsonObject StepStarted::toJson() const
{
    QJsonObject o { { QStringLiteral("step"), step }, { QStringLiteral("iteration"), iteration } };
    if (!command.isEmpty())
        o.insert(QStringLiteral("command"), command);
    return o;
}

StepStarted StepStarted::fromJson(const QJsonObject &d)
{
    StepStarted p;
    p.step = str(d, QLatin1String("step"));
    p.iteration = integer(d, QLatin1String("iteration"));
    p.command = str(d, QLatin1String("command"));
    return p;
}

QJsonObject StepFinished::toJson() const
{
    return { { QStringLiteral("step"), step },
             { QStringLiteral("iteration"), iteration },
             { QStringLiteral("ok"), ok },
             { QStringLiteral("exitCode"), exitCode },
             { QStringLiteral("durationMs"), double(durationMs) },
             { QStringLiteral("message"), message } };
}

StepFinished StepFinished::fromJson(const QJsonObject &d)
{
    StepFinished p;
    p.step = str(d, QLatin1String("step"));
    p.iteration = integer(d, QLatin1String("iteration"));
    p.ok = d.value(QLatin1String("ok")).toBool();
    p.exitCode = integer(d, QLatin1String("exitCode"));
    p.durationMs = qint64(d.value(QLatin1String("durationMs")).toDouble(-1));
    p.message = str(d, QLatin1String("message"));
    return p;
}

QJsonObject ProcessOutput::toJson() const
{
    return { { QStringLiteral("step"), step },
             { QStringLiteral("iteration"), iteration },
             { QStringLiteral("stream"), QString(wireName(stream)) },
             { QStringLiteral("text"), text } };
}

ProcessOutput ProcessOutput::fromJson(const QJsonObject &d)
{
    ProcessOutput p;
    p.step = str(d, QLatin1String("step"));
    p.iteration = integer(d, QLatin1String("iteration"));
    p.stream =
        fromWireName<OutputStream>(str(d, QLatin1String("stream"))).value_or(OutputStream::Stdout);
    p.text = str(d, QLatin1String("text"));
    return p;
}

QJsonObject AgentMessage::toJson() const
{
    return { { QStringLiteral("iteration"), iteration }, { QStringLiteral("text"), text } };
}

AgentMessage AgentMessage::fromJson(const QJsonObject &d)
{
    AgentMessage p;
    p.iteration = integer(d, QLatin1String("iteration"));
    p.text = str(d, QLatin1String("text"));
    return p;
}

QJsonObject AgentToolUse::toJson() const
{
    return { { QStringLiteral("iteration"), iteration },
             { QStringLiteral("id"), id },
             { QStringLiteral("name"), name },
             { QStringLiteral("input"), input },
             { QStringLiteral("summary"), summary } };
}

AgentToolUse AgentToolUse::fromJson(const QJsonObject &d)
{
    AgentToolUse p;
    p.iteration = integer(d, QLatin1String("iteration"));
    p.id = str(d, QLatin1String("id"));
    p.name = str(d, QLatin1String("name"));
    p.input = d.value(QLatin1String("input")).toObject();
    p.summary = str(d, QLatin1String("summary"));
    return p;
}

QJsonObject AgentToolResult::toJson() const
{
    return { { QStringLiteral("iteration"), iteration },
             { QStringLiteral("id"), id },
             { QStringLiteral("isError"), isError },
             { QStringLiteral("text"), text } };
}

AgentToolResult AgentToolResult::fromJson(const QJsonObject &d)
{
    AgentToolResult p;
    p.iteration = integer(d, QLatin1String("iteration"));
    p.id = str(d, QLatin1String("id"));
    p.isError = d.value(QLatin1String("isError")).toBool();
    p.text = str(d, QLatin1String("text"));
    return p;
}

QJsonObject AgentResult::toJson() const
{
    return { { QStringLiteral("iteration"), iteration }, { QStringLiteral("costUsd"), costUsd },
             { QStringLiteral("turns"), turns },         { QStringLiteral("sessionId"), sessionId },
             { QStringLiteral("isError"), isError },     { QStringLiteral("subtype"), subtype } };
}

AgentResult AgentResult::fromJson(const QJsonObject &d)
{
    AgentResult p;
    p.iteration = integer(d, QLatin1String("iteration"));
    p.costUsd = d.value(QLatin1String("costUsd")).toDouble();
    p.turns = integer(d, QLatin1String("turns"));
    p.sessionId = str(d, QLatin1String("sessionId"));
    p.isError = d.value(QLatin1String("isError")).toBool();
    p.subtype = str(d, QLatin1String("subtype"));
    return p;
}

QJsonObject GateTests::toJson() const
{
    QJsonArray array;
    for (const TestRecord &t : tests)
        array.append(t.toJson());
    return { { QStringLiteral("iteration"), iteration },
             { QStringLiteral("tests"), array },
             { QStringLiteral("passed"), passed },
             { QStringLiteral("failed"), failed },
             { QStringLiteral("skipped"), skipped } };
}

GateTests GateTests::fromJson(const QJsonObject &d)
{
    GateTests p;
    p.iteration = integer(d, QLatin1String("iteration"));
    const QJsonArray array = d.value(QLatin1String("tests")).toArray();
    for (const auto &v : array)
        p.tests.append(TestRecord::fromJson(v.toObject()));
    p.passed = integer(d, QLatin1String("passed"), countStatus(p.tests, TestStatus::Passed));
    p.failed = integer(d, QLatin1String("failed"), countStatus(p.tests, TestStatus::Failed));
    p.skipped = integer(d, QLatin1String("skipped"), countStatus(p.tests, TestStatus::Skipped));
    return p;
}

QJsonObject GateRequirements::toJson() const
{
    return QJsonObject { { QStringLiteral("iteration"), iteration },
                         { QStringLiteral("coverage"), coverage.toJson() } };
}

GateRequirements GateRequirements::fromJson(const QJsonObject &d)
{
    GateRequirements p;
    p.iteration = integer(d, QLatin1String("iteration"));
    auto coverage = RequirementCoverage::fromJson(d.value(QLatin1String("coverage")).toObject());
    if (coverage)
        p.coverage = *coverage;
    return p;
}

QJsonObject GateMutation::toJson() const
{
    return QJsonObject { { QStringLiteral("iteration"), iteration },
                         { QStringLiteral("result"),
                           result ? QJsonValue(result->toJson()) : QJsonValue() } };
}

GateMutation GateMutation::fromJson(const QJsonObject &d)
{
    GateMutation p;
    p.iteration = integer(d, QLatin1String("iteration"));
    auto result = Mutation::MutationResult::fromJson(d.value(QLatin1String("result")).toObject());
    if (result)
        p.result = *result;
    return p;
}

QJsonObject IterationFinished::toJson() const
{
    QJsonObject o { { QStringLiteral("iteration"), iteration },
                    { QStringLiteral("green"), green },
                    { QStringLiteral("failing"), QJsonArray::fromStringList(failing) } };
    if (costUsd)
        o.insert(QStringLiteral("costUsd"), *costUsd);
    return o;
}

IterationFinished IterationFinished::fromJson(const QJsonObject &d)
{
    IterationFinished p;
    p.iteration = integer(d, QLatin1String("iteration"));
    p.green = d.value(QLatin1String("green")).toBool();
    p.costUsd = optionalDouble(d, QLatin1String("costUsd"));
    const QJsonArray failing = d.value(QLatin1String("failing")).toArray();
    for (const auto &v : failing)
        p.failing.append(v.toString());
    return p;
}

QJsonObject FilesSnapshot::toJson() const
{
    QJsonArray array;
    for (const SnapshotFile &f : files)
        array.append(QJsonObject { { QStringLiteral("path"), f.path },
                                   { QStringLiteral("size"), double(f.size) } });
    return { { QStringLiteral("iteration"), iteration },
             { QStringLiteral("archive"), archive },
             { QStringLiteral("files"), array },
             { QStringLiteral("totalBytes"), double(totalBytes) } };
}

FilesSnapshot FilesSnapshot::fromJson(const QJsonObject &d)
{
    FilesSnapshot p;
    p.iteration = integer(d, QLatin1String("iteration"));
    p.archive = str(d, QLatin1String("archive"));
    const QJsonArray array = d.value(QLatin1String("files")).toArray();
    for (const auto &v : array) {
        const QJsonObject f = v.toObject();
        p.files.append(
            { str(f, QLatin1String("path")), qint64(f.value(QLatin1String("size")).toDouble()) });
    }
    p.totalBytes = qint64(d.value(QLatin1String("totalBytes")).toDouble());
    return p;
}

QJsonObject RunFinished::toJson() const
{
    QJsonObject o { { QStringLiteral("outcome"),
                      outcome ? QString(wireName(*outcome)) : QString() },
                    { QStringLiteral("message"), message } };
    if (iterations)
        o.insert(QStringLiteral("iterations"), *iterations);
    if (costUsd)
        o.insert(QStringLiteral("costUsd"), *costUsd);
    return o;
}

RunFinished RunFinished::fromJson(const QJsonObject &d)
{
    RunFinished p;
    p.outcome = fromWireName<RunOutcome>(str(d, QLatin1String("outcome")));
    p.message = str(d, QLatin1String("message"));
    const QJsonValue iterations = d.value(QLatin1String("iterations"));
    if (iterations.isDouble())
        p.iterations = iterations.toInt();
    p.costUsd = optionalDouble(d, QLatin1String("costUsd"));
    return p;
}

QJsonObject Log::toJson() const
{
    return { { QStringLiteral("level"), QString(wireName(level)) },
             { QStringLiteral("text"), text } };
}

Log Log::fromJson(const QJsonObject &d)
{
    Log p;
    p.level = fromWireName<LogLevel>(str(d, QLatin1String("level"))).value_or(LogLevel::Info);
    p.text = str(d, QLatin1String("text"));
    return p;
}

QJsonObject RunResumed::toJson() const
{
    return { { QStringLiteral("how"), how },
             { QStringLiteral("iteration"), iteration },
             { QStringLiteral("maxIterations"), maxIterations },
             { QStringLiteral("budgetUsd"), budgetUsd } };
}

RunResumed RunResumed::fromJson(const QJsonObject &d)
{
    RunResumed p;
    p.how = str(d, QLatin1String("how"));
    p.iteration = d.value(QLatin1String("iteration")).toInt();
    p.maxIterations = d.value(QLatin1String("maxIterations")).toInt();
    p.budgetUsd = d.value(QLatin1String("budgetUsd")).toDouble();
    return p;
}

QJsonObject UserGuidance::toJson() const
{
    return { { QStringLiteral("text"), text },
             { QStringLiteral("source"), source },
             { QStringLiteral("iteration"), iteration } };
}

UserGuidance UserGuidance::fromJson(const QJsonObject &d)
{
    UserGuidance p;
    p.text = str(d, QLatin1String("text"));
    p.source = str(d, QLatin1String("source"));
    p.iteration = d.value(QLatin1String("iteration")).toInt();
    return p;
}

QJsonObject StopRequested::toJson() const
{
    return { { QStringLiteral("source"), source }, { QStringLiteral("mode"), mode } };
}

StopRequested StopRequested::fromJson(const QJsonObject &d)
{
    StopRequested p;
    p.source = str(d, QLatin1String("source"));
    p.mode = d.value(QLatin1String("mode")).toString(QString(StopRequested::Kill));
    return p;
}

} // namespace Autocoder::Run
