#include "mutation/mutationresult.h"

#include <QJsonArray>

#include <cmath>

namespace Autocoder::Mutation {

namespace {

// Scores are shares; a tiny tolerance keeps 0.6 from failing a 0.6 threshold after
// floating-point division.
constexpr double Epsilon = 1e-9;

QJsonObject fileToJson(const PlannedFile &f)
{
    QJsonObject o { { QStringLiteral("path"), f.path },
                    { QStringLiteral("status"), MutationPlan::statusId(f.status) },
                    { QStringLiteral("candidates"), f.candidates },
                    { QStringLiteral("selected"), f.selected } };
    if (f.reason != PlannedFile::Reason::None)
        o.insert(QStringLiteral("reason"), MutationPlan::reasonId(f.reason));
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), f.detail);
    return o;
}

QJsonObject mutantToJson(const MutantResult &r)
{
    const Mutant &m = r.mutant;
    QJsonObject o { { QStringLiteral("id"), m.id() },
                    { QStringLiteral("file"), m.file },
                    { QStringLiteral("line"), m.line },
                    { QStringLiteral("column"), m.column },
                    { QStringLiteral("offset"), m.offset },
                    { QStringLiteral("operator"), m.operatorId() },
                    { QStringLiteral("original"), m.original },
                    { QStringLiteral("replacement"), m.replacement },
                    { QStringLiteral("description"), m.description() },
                    { QStringLiteral("outcome"), MutationResult::outcomeId(r.outcome) },
                    { QStringLiteral("durationMs"), double(r.durationMs) } };
    if (!r.diff.isEmpty())
        o.insert(QStringLiteral("diff"), r.diff);
    if (!r.detail.isEmpty())
        o.insert(QStringLiteral("detail"), r.detail);
    return o;
}

} // namespace

MutationResult MutationResult::fromPlan(const MutationPlan &plan, double threshold)
{
    MutationResult result;
    result.threshold = threshold;
    result.seed = plan.seed;
    result.maxMutants = plan.maxMutants;
    result.operators = plan.operators;
    result.candidates = plan.candidateCount;
    result.files = plan.files;
    for (const Mutant &m : plan.mutants) {
        MutantResult r;
        r.mutant = m;
        const Result<QString> diff = plan.diff(m);
        if (diff)
            r.diff = *diff;
        result.mutants.append(r);
    }
    return result;
}

MutationResult MutationResult::skipped(const QString &reason, double threshold)
{
    MutationResult result;
    result.status = Status::Skipped;
    result.skipReason = reason;
    result.threshold = threshold;
    return result;
}

bool MutationResult::setOutcome(const QString &mutantId, MutationOutcome outcome, qint64 durationMs,
                                const QString &detail)
{
    for (MutantResult &r : mutants) {
        if (r.mutant.id() == mutantId) {
            r.outcome = outcome;
            r.durationMs = durationMs;
            r.detail = detail;
            return true;
        }
    }
    return false;
}

int MutationResult::count(MutationOutcome outcome) const
{
    return int(std::count_if(mutants.cbegin(), mutants.cend(),
                             [outcome](const MutantResult &r) { return r.outcome == outcome; }));
}

std::optional<double> MutationResult::score() const
{
    const int caught = count(MutationOutcome::Killed) + count(MutationOutcome::TimedOut);
    const int scored = caught + count(MutationOutcome::Survived);
    if (scored == 0)
        return std::nullopt;
    return double(caught) / double(scored);
}

bool MutationResult::meetsThreshold() const
{
    const std::optional<double> s = score();
    return status == Status::Completed && s && *s + Epsilon >= threshold;
}

QList<MutantResult> MutationResult::survivors() const
{
    QList<MutantResult> out;
    for (const MutantResult &r : mutants) {
        if (r.outcome == MutationOutcome::Survived)
            out.append(r);
    }
    return out;
}

QString MutationResult::outcomeId(MutationOutcome outcome)
{
    switch (outcome) {
    case MutationOutcome::NotRun:
        return QStringLiteral("not-run");
    case MutationOutcome::Killed:
        return QStringLiteral("killed");
    case MutationOutcome::Survived:
        return QStringLiteral("survived");
    case MutationOutcome::TimedOut:
        return QStringLiteral("timed-out");
    case MutationOutcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<MutationOutcome> MutationResult::outcomeFromId(const QString &id)
{
    for (auto o : { MutationOutcome::NotRun, MutationOutcome::Killed, MutationOutcome::Survived,
                    MutationOutcome::TimedOut, MutationOutcome::Error }) {
        if (outcomeId(o) == id)
            return o;
    }
    return std::nullopt;
}

QJsonObject MutationResult::toJson() const
{
    QJsonArray fileArray;
    for (const PlannedFile &f : files)
        fileArray.append(fileToJson(f));
    QJsonArray mutantArray;
    for (const MutantResult &r : mutants)
        mutantArray.append(mutantToJson(r));
    const std::optional<double> s = score();
    QJsonArray operatorArray;
    for (MutationOperator::Id op : operators)
        operatorArray.append(MutationOperator::idString(op));
    QJsonObject o {
        { QStringLiteral("version"), JsonVersion },
        { QStringLiteral("status"),
          status == Status::Skipped ? QStringLiteral("skipped") : QStringLiteral("completed") },
        { QStringLiteral("threshold"), threshold },
        { QStringLiteral("score"), s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("passed"), meetsThreshold() },
        { QStringLiteral("seed"), QString::number(seed) },
        { QStringLiteral("maxMutants"), maxMutants },
        { QStringLiteral("candidates"), candidates },
        { QStringLiteral("operators"), operatorArray },
        { QStringLiteral("counts"),
          QJsonObject { { QStringLiteral("total"), int(mutants.size()) },
                        { QStringLiteral("killed"), count(MutationOutcome::Killed) },
                        { QStringLiteral("survived"), count(MutationOutcome::Survived) },
                        { QStringLiteral("timedOut"), count(MutationOutcome::TimedOut) },
                        { QStringLiteral("error"), count(MutationOutcome::Error) },
                        { QStringLiteral("notRun"), count(MutationOutcome::NotRun) } } },
        { QStringLiteral("files"), fileArray },
        { QStringLiteral("mutants"), mutantArray },
    };
    if (status == Status::Skipped)
        o.insert(QStringLiteral("skipReason"), skipReason);
    return o;
}

Result<MutationResult> MutationResult::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != JsonVersion)
        return failure(tr("Unsupported mutation result version %1")
                           .arg(json.value(QStringLiteral("version")).toInt()));
    MutationResult r;
    const QString status = json.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("completed") && status != QLatin1String("skipped"))
        return failure(tr("Unknown mutation check status \"%1\"").arg(status));
    r.status = status == QLatin1String("skipped") ? Status::Skipped : Status::Completed;
    r.skipReason = json.value(QStringLiteral("skipReason")).toString();
    r.threshold = json.value(QStringLiteral("threshold")).toDouble(DefaultThreshold);
    // The seed is a string: JSON numbers lose 64-bit integers.
    r.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    r.maxMutants = json.value(QStringLiteral("maxMutants")).toInt();
    r.candidates = json.value(QStringLiteral("candidates")).toInt();
    for (const QJsonValue v : json.value(QStringLiteral("operators")).toArray()) {
        const auto op = MutationOperator::fromIdString(v.toString());
        if (!op)
            return failure(tr("Unknown mutation operator \"%1\"").arg(v.toString()));
        r.operators.append(*op);
    }
    for (const QJsonValue v : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        PlannedFile f;
        f.path = o.value(QStringLiteral("path")).toString();
        f.status = MutationPlan::statusFromId(o.value(QStringLiteral("status")).toString());
        f.reason = MutationPlan::reasonFromId(o.value(QStringLiteral("reason")).toString());
        f.detail = o.value(QStringLiteral("detail")).toString();
        f.candidates = o.value(QStringLiteral("candidates")).toInt();
        f.selected = o.value(QStringLiteral("selected")).toInt();
        r.files.append(f);
    }
    for (const QJsonValue v : json.value(QStringLiteral("mutants")).toArray()) {
        const QJsonObject o = v.toObject();
        MutantResult m;
        const auto op =
            MutationOperator::fromIdString(o.value(QStringLiteral("operator")).toString());
        const auto outcome = outcomeFromId(o.value(QStringLiteral("outcome")).toString());
        if (!op || !outcome)
            return failure(tr("Mutant %1 has an unknown operator or outcome")
                               .arg(o.value(QStringLiteral("id")).toString()));
        m.mutant.file = o.value(QStringLiteral("file")).toString();
        m.mutant.line = o.value(QStringLiteral("line")).toInt();
        m.mutant.column = o.value(QStringLiteral("column")).toInt();
        m.mutant.offset = o.value(QStringLiteral("offset")).toInt();
        m.mutant.op = *op;
        m.mutant.original = o.value(QStringLiteral("original")).toString();
        m.mutant.replacement = o.value(QStringLiteral("replacement")).toString();
        m.outcome = *outcome;
        m.durationMs = qint64(o.value(QStringLiteral("durationMs")).toDouble());
        m.diff = o.value(QStringLiteral("diff")).toString();
        m.detail = o.value(QStringLiteral("detail")).toString();
        r.mutants.append(m);
    }
    return r;
}

} // namespace Autocoder::Mutation
