#include "run/verificationreceipt.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Autocoder::Run {

namespace {

using Kind = ReceiptDifference::Kind;

QString keyError(const QString &key, const QString &what)
{
    return QStringLiteral("%1: %2").arg(key, what);
}

bool isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

/// A relative, '/'-separated path that stays inside the project: a verify step may one day
/// open these paths, so a receipt must not be able to point it outside.
bool isProjectPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || path.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
    });
}

bool hasZone(const QString &isoTime)
{
    static const QRegularExpression zone(QStringLiteral("T.*(Z|[+-]\\d\\d(:?\\d\\d)?)$"));
    return zone.match(isoTime).hasMatch();
}

Result<QString> stringAt(const QJsonObject &o, const QString &name, const QString &key)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined())
        return failure(keyError(key, QStringLiteral("missing")));
    if (!v.isString())
        return failure(keyError(key, QStringLiteral("expected a string")));
    return v.toString();
}

Result<QString> shaAt(const QJsonObject &o, const QString &name, const QString &key)
{
    Result<QString> s = stringAt(o, name, key);
    if (s && !isSha256Hex(*s))
        return failure(keyError(key, QStringLiteral("expected 64 lower-case hex digits")));
    return s;
}

Result<int> intAt(const QJsonObject &o, const QString &name, const QString &key)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined())
        return failure(keyError(key, QStringLiteral("missing")));
    // An exit code of 1.5 is corruption, not rounding.
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        return failure(keyError(key, QStringLiteral("expected an integer")));
    return v.toInt();
}

Result<QJsonObject> objectAt(const QJsonObject &o, const QString &name, const QString &key)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined())
        return failure(keyError(key, QStringLiteral("missing")));
    if (!v.isObject())
        return failure(keyError(key, QStringLiteral("expected an object")));
    return v.toObject();
}

Result<QJsonArray> arrayAt(const QJsonObject &o, const QString &name, const QString &key)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined())
        return failure(keyError(key, QStringLiteral("missing")));
    if (!v.isArray())
        return failure(keyError(key, QStringLiteral("expected an array")));
    return v.toArray();
}

QJsonArray digestsToJson(const QList<VerificationReceipt::FileDigest> &list)
{
    QJsonArray a;
    for (const VerificationReceipt::FileDigest &d : list) {
        QJsonObject o { { QStringLiteral("path"), d.path },
                        { QStringLiteral("sha256"), d.sha256 } };
        if (d.symlink)
            o.insert(QStringLiteral("symlink"), true);
        a.append(o);
    }
    return a;
}

Result<QList<VerificationReceipt::FileDigest>> digestsFromJson(const QJsonObject &json,
                                                               const QString &name)
{
    const Result<QJsonArray> array = arrayAt(json, name, name);
    if (!array)
        return failure(array.error());
    QList<VerificationReceipt::FileDigest> list;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString key = QStringLiteral("%1[%2]").arg(name).arg(i);
        if (!array->at(i).isObject())
            return failure(keyError(key, QStringLiteral("expected an object")));
        const QJsonObject o = array->at(i).toObject();
        VerificationReceipt::FileDigest d;
        const Result<QString> path =
            stringAt(o, QStringLiteral("path"), key + QStringLiteral(".path"));
        if (!path)
            return failure(path.error());
        if (!isProjectPath(*path))
            return failure(keyError(key + QStringLiteral(".path"),
                                    QStringLiteral("not a relative path inside the project")));
        if (seen.contains(*path))
            return failure(
                keyError(key + QStringLiteral(".path"), QStringLiteral("repeated path")));
        seen.insert(*path);
        const Result<QString> sha =
            shaAt(o, QStringLiteral("sha256"), key + QStringLiteral(".sha256"));
        if (!sha)
            return failure(sha.error());
        const QJsonValue link = o.value(QStringLiteral("symlink"));
        if (!link.isUndefined() && !link.isBool())
            return failure(
                keyError(key + QStringLiteral(".symlink"), QStringLiteral("expected a boolean")));
        d.path = *path;
        d.sha256 = *sha;
        d.symlink = link.toBool();
        list.append(d);
    }
    return list;
}

/// Appends differences between two keyed maps of values; the same shape serves files,
/// locked tests, toolchain versions and commands.
void compareMaps(const QString &prefix, const QMap<QString, QString> &expected,
                 const QMap<QString, QString> &found, bool blocking, QList<ReceiptDifference> &out)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString key = prefix + it.key();
        const auto f = found.constFind(it.key());
        if (f == found.cend())
            out.append({ key, it.value(), {}, Kind::Missing, blocking });
        else if (f.value() != it.value())
            out.append({ key, it.value(), f.value(), Kind::Changed, blocking });
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!expected.contains(it.key()))
            out.append({ prefix + it.key(), {}, it.value(), Kind::Added, blocking });
    }
}

void compareValue(const QString &key, const QString &expected, const QString &found, bool blocking,
                  QList<ReceiptDifference> &out)
{
    if (expected != found)
        out.append({ key, expected, found, Kind::Changed, blocking });
}

QMap<QString, QString> digestMap(const QList<VerificationReceipt::FileDigest> &list)
{
    QMap<QString, QString> map;
    for (const VerificationReceipt::FileDigest &d : list)
        map.insert(d.path, d.symlink ? QStringLiteral("symlink:") + d.sha256 : d.sha256);
    return map;
}

/// Command key → field → value; a step run twice gets "#2" so neither hides the other.
QMap<QString, QString> commandMap(const QList<VerificationReceipt::Command> &list)
{
    QMap<QString, QString> map;
    QMap<QString, int> seen;
    for (const VerificationReceipt::Command &c : list) {
        const int n = ++seen[c.step];
        const QString key = n == 1 ? c.step : QStringLiteral("%1#%2").arg(c.step).arg(n);
        map.insert(key + QStringLiteral("/command"), c.command);
        map.insert(key + QStringLiteral("/exitCode"), QString::number(c.exitCode));
    }
    return map;
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'g', 10) : QStringLiteral("null");
}

void compareMutation(const std::optional<Mutation::MutationResult> &expected,
                     const std::optional<Mutation::MutationResult> &found,
                     QList<ReceiptDifference> &out)
{
    using Mutation::MutationOutcome;
    using Mutation::MutationResult;
    const QString mutation = QStringLiteral("mutation");
    if (!expected && !found)
        return;
    if (!found) {
        out.append({ mutation, QStringLiteral("present"), {}, Kind::Missing, true });
        return;
    }
    if (!expected) {
        out.append({ mutation, {}, QStringLiteral("present"), Kind::Added, true });
        return;
    }
    const auto statusText = [](const MutationResult &r) {
        return r.status == MutationResult::Status::Skipped ? QStringLiteral("skipped")
                                                           : QStringLiteral("completed");
    };
    const auto boolText = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    compareValue(QStringLiteral("mutation/status"), statusText(*expected), statusText(*found), true,
                 out);
    compareValue(QStringLiteral("mutation/passed"), boolText(expected->meetsThreshold()),
                 boolText(found->meetsThreshold()), true, out);
    const std::optional<double> es = expected->score();
    const std::optional<double> fs = found->score();
    if (es.has_value() != fs.has_value()
        || (es && std::abs(*es - *fs) > VerificationReceipt::MutationScoreTolerance))
        out.append({ QStringLiteral("mutation/score"), scoreText(es), scoreText(fs), Kind::Changed,
                     true });
    const auto killed = [](const MutationResult &r) {
        return r.count(MutationOutcome::Killed) + r.count(MutationOutcome::TimedOut);
    };
    compareValue(QStringLiteral("mutation/counts/killed"), QString::number(killed(*expected)),
                 QString::number(killed(*found)), true, out);
    compareValue(QStringLiteral("mutation/counts/survived"),
                 QString::number(expected->count(MutationOutcome::Survived)),
                 QString::number(found->count(MutationOutcome::Survived)), true, out);
    compareValue(QStringLiteral("mutation/counts/error"),
                 QString::number(expected->count(MutationOutcome::Error)),
                 QString::number(found->count(MutationOutcome::Error)), false, out);
    compareValue(QStringLiteral("mutation/counts/notRun"),
                 QString::number(expected->count(MutationOutcome::NotRun)),
                 QString::number(found->count(MutationOutcome::NotRun)), false, out);
    const auto survivors = [](const MutationResult &r) {
        QMap<QString, QString> map;
        for (const Mutation::MutantResult &m : r.survivors())
            map.insert(m.mutant.id(), QStringLiteral("survived"));
        return map;
    };
    compareMaps(QStringLiteral("mutation/survivors/"), survivors(*expected), survivors(*found),
                true, out);
}

void compareRequirements(const RequirementCoverage &expected, const RequirementCoverage &found,
                         QList<ReceiptDifference> &out)
{
    QMap<QString, QString> e;
    QMap<QString, QString> f;
    const auto fill = [](const RequirementCoverage &c, QMap<QString, QString> &map) {
        for (const RequirementCoverage::Requirement &r : c.requirements()) {
            map.insert(r.id + QStringLiteral("/status"), RequirementCoverage::statusId(r.status));
            map.insert(r.id + QStringLiteral("/text"), r.text);
        }
    };
    fill(expected, e);
    fill(found, f);
    compareMaps(QStringLiteral("requirements/"), e, f, true, out);
}

} // namespace

bool VerificationReceipt::FileDigest::operator==(const FileDigest &o) const
{
    return path == o.path && sha256 == o.sha256 && symlink == o.symlink;
}

bool VerificationReceipt::Command::operator==(const Command &o) const
{
    return step == o.step && command == o.command && exitCode == o.exitCode;
}

bool VerificationReceipt::TestCounts::operator==(const TestCounts &o) const
{
    return passed == o.passed && failed == o.failed && skipped == o.skipped;
}

bool VerificationReceipt::isStep(const QString &step)
{
    return step == QLatin1String("install") || step == QLatin1String("test")
        || step == QLatin1String("build") || step == QLatin1String("lint");
}

QString VerificationReceipt::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject VerificationReceipt::toJson() const
{
    QJsonArray commandArray;
    for (const Command &c : commands)
        commandArray.append(QJsonObject { { QStringLiteral("step"), c.step },
                                          { QStringLiteral("command"), c.command },
                                          { QStringLiteral("exitCode"), c.exitCode } });
    QJsonObject tools;
    for (auto it = toolchain.cbegin(); it != toolchain.cend(); ++it)
        tools.insert(it.key(), it.value());
    const QJsonObject counts { { QStringLiteral("passed"), testCounts.passed },
                               { QStringLiteral("failed"), testCounts.failed },
                               { QStringLiteral("skipped"), testCounts.skipped } };
    return QJsonObject {
        { QStringLiteral("formatVersion"), FormatVersion },
        { QStringLiteral("autocoderVersion"), autocoderVersion },
        { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("specSha256"), specSha256 },
        { QStringLiteral("lockedTests"), digestsToJson(lockedTests) },
        { QStringLiteral("commands"), commandArray },
        { QStringLiteral("toolchain"), tools },
        { QStringLiteral("requirements"), requirements.toJson() },
        { QStringLiteral("mutation"), mutation ? QJsonValue(mutation->toJson()) : QJsonValue() },
        { QStringLiteral("testOutput"),
          QJsonObject { { QStringLiteral("sha256"), testOutputSha256 },
                        { QStringLiteral("counts"), counts } } },
        { QStringLiteral("files"), digestsToJson(files) },
        { QStringLiteral("spec"), spec.isEmpty() ? QJsonValue() : QJsonValue(spec) },
    };
}

QByteArray VerificationReceipt::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<VerificationReceipt> VerificationReceipt::fromJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(keyError(QStringLiteral("(document)"), error.errorString()));
    if (!doc.isObject())
        return failure(
            keyError(QStringLiteral("(document)"), QStringLiteral("expected an object")));
    return fromJson(doc.object());
}

Result<VerificationReceipt> VerificationReceipt::fromJson(const QJsonObject &json)
{
    const QString versionKey = QStringLiteral("formatVersion");
    const Result<int> version = intAt(json, versionKey, versionKey);
    if (!version)
        return failure(version.error());
    if (*version > FormatVersion)
        return failure(
            keyError(versionKey,
                     QStringLiteral("version %1 is newer than %2, the newest this build reads")
                         .arg(*version)
                         .arg(FormatVersion)));
    if (*version < 1)
        return failure(keyError(versionKey, QStringLiteral("unknown version %1").arg(*version)));

    VerificationReceipt r;
    const Result<QString> app =
        stringAt(json, QStringLiteral("autocoderVersion"), QStringLiteral("autocoderVersion"));
    if (!app)
        return failure(app.error());
    r.autocoderVersion = *app;

    const Result<QString> created =
        stringAt(json, QStringLiteral("createdAt"), QStringLiteral("createdAt"));
    if (!created)
        return failure(created.error());
    r.createdAt = QDateTime::fromString(*created, Qt::ISODate);
    // A time without a zone would be read as the reader's local time: a different instant.
    if (!r.createdAt.isValid() || !hasZone(*created))
        return failure(keyError(QStringLiteral("createdAt"),
                                QStringLiteral("expected an ISO 8601 time with a zone")));
    r.createdAt = r.createdAt.toUTC();

    const Result<QString> spec =
        shaAt(json, QStringLiteral("specSha256"), QStringLiteral("specSha256"));
    if (!spec)
        return failure(spec.error());
    r.specSha256 = *spec;

    Result<QList<FileDigest>> locked = digestsFromJson(json, QStringLiteral("lockedTests"));
    if (!locked)
        return failure(locked.error());
    r.lockedTests = std::move(*locked);

    const Result<QJsonArray> commands =
        arrayAt(json, QStringLiteral("commands"), QStringLiteral("commands"));
    if (!commands)
        return failure(commands.error());
    for (qsizetype i = 0; i < commands->size(); ++i) {
        const QString key = QStringLiteral("commands[%1]").arg(i);
        if (!commands->at(i).isObject())
            return failure(keyError(key, QStringLiteral("expected an object")));
        const QJsonObject o = commands->at(i).toObject();
        const Result<QString> step =
            stringAt(o, QStringLiteral("step"), key + QStringLiteral(".step"));
        if (!step)
            return failure(step.error());
        if (!isStep(*step))
            return failure(keyError(key + QStringLiteral(".step"),
                                    QStringLiteral("unknown step \"%1\"").arg(*step)));
        const Result<QString> command =
            stringAt(o, QStringLiteral("command"), key + QStringLiteral(".command"));
        if (!command)
            return failure(command.error());
        const Result<int> exitCode =
            intAt(o, QStringLiteral("exitCode"), key + QStringLiteral(".exitCode"));
        if (!exitCode)
            return failure(exitCode.error());
        r.commands.append({ *step, *command, *exitCode });
    }

    const Result<QJsonObject> tools =
        objectAt(json, QStringLiteral("toolchain"), QStringLiteral("toolchain"));
    if (!tools)
        return failure(tools.error());
    for (auto it = tools->constBegin(); it != tools->constEnd(); ++it) {
        if (!it.value().isString())
            return failure(keyError(QStringLiteral("toolchain.") + it.key(),
                                    QStringLiteral("expected a string")));
        r.toolchain.insert(it.key(), it.value().toString());
    }

    const Result<QJsonObject> reqs =
        objectAt(json, QStringLiteral("requirements"), QStringLiteral("requirements"));
    if (!reqs)
        return failure(reqs.error());
    Result<RequirementCoverage> coverage = RequirementCoverage::fromJson(*reqs);
    if (!coverage)
        return failure(keyError(QStringLiteral("requirements"), coverage.error()));
    r.requirements = std::move(*coverage);

    const QJsonValue mutation = json.value(QStringLiteral("mutation"));
    if (mutation.isUndefined())
        return failure(keyError(QStringLiteral("mutation"),
                                QStringLiteral("missing (null when no check ran)")));
    if (!mutation.isNull()) {
        if (!mutation.isObject())
            return failure(
                keyError(QStringLiteral("mutation"), QStringLiteral("expected an object or null")));
        Result<Mutation::MutationResult> m =
            Mutation::MutationResult::fromJson(mutation.toObject());
        if (!m)
            return failure(keyError(QStringLiteral("mutation"), m.error()));
        r.mutation = std::move(*m);
    }

    const Result<QJsonObject> output =
        objectAt(json, QStringLiteral("testOutput"), QStringLiteral("testOutput"));
    if (!output)
        return failure(output.error());
    const Result<QString> outputSha =
        shaAt(*output, QStringLiteral("sha256"), QStringLiteral("testOutput.sha256"));
    if (!outputSha)
        return failure(outputSha.error());
    r.testOutputSha256 = *outputSha;
    const Result<QJsonObject> counts =
        objectAt(*output, QStringLiteral("counts"), QStringLiteral("testOutput.counts"));
    if (!counts)
        return failure(counts.error());
    int *const targets[] = { &r.testCounts.passed, &r.testCounts.failed, &r.testCounts.skipped };
    const QString names[] = { QStringLiteral("passed"), QStringLiteral("failed"),
                              QStringLiteral("skipped") };
    for (int i = 0; i < 3; ++i) {
        const QString key = QStringLiteral("testOutput.counts.") + names[i];
        const Result<int> n = intAt(*counts, names[i], key);
        if (!n)
            return failure(n.error());
        if (*n < 0)
            return failure(keyError(key, QStringLiteral("negative")));
        *targets[i] = *n;
    }

    Result<QList<FileDigest>> files = digestsFromJson(json, QStringLiteral("files"));
    if (!files)
        return failure(files.error());
    r.files = std::move(*files);

    const QJsonValue specValue = json.value(QStringLiteral("spec"));
    if (specValue.isObject())
        r.spec = specValue.toObject();
    else if (!specValue.isUndefined() && !specValue.isNull())
        return failure(keyError(QStringLiteral("spec"), QStringLiteral("expected an object")));
    return r;
}

QList<ReceiptDifference> VerificationReceipt::compare(const VerificationReceipt &expected,
                                                      const VerificationReceipt &found)
{
    QList<ReceiptDifference> out;
    compareValue(QStringLiteral("autocoderVersion"), expected.autocoderVersion,
                 found.autocoderVersion, false, out);
    compareValue(QStringLiteral("createdAt"), expected.createdAt.toUTC().toString(Qt::ISODate),
                 found.createdAt.toUTC().toString(Qt::ISODate), false, out);
    compareValue(QStringLiteral("specSha256"), expected.specSha256, found.specSha256, true, out);
    compareMaps(QStringLiteral("lockedTests/"), digestMap(expected.lockedTests),
                digestMap(found.lockedTests), true, out);
    compareMaps(QStringLiteral("commands/"), commandMap(expected.commands),
                commandMap(found.commands), true, out);
    compareMaps(QStringLiteral("toolchain/"), expected.toolchain, found.toolchain, false, out);
    compareRequirements(expected.requirements, found.requirements, out);
    compareMutation(expected.mutation, found.mutation, out);
    compareValue(QStringLiteral("testOutput/sha256"), expected.testOutputSha256,
                 found.testOutputSha256, false, out);
    compareValue(QStringLiteral("testOutput/counts/passed"),
                 QString::number(expected.testCounts.passed),
                 QString::number(found.testCounts.passed), true, out);
    compareValue(QStringLiteral("testOutput/counts/failed"),
                 QString::number(expected.testCounts.failed),
                 QString::number(found.testCounts.failed), true, out);
    compareValue(QStringLiteral("testOutput/counts/skipped"),
                 QString::number(expected.testCounts.skipped),
                 QString::number(found.testCounts.skipped), true, out);
    compareMaps(QStringLiteral("files/"), digestMap(expected.files), digestMap(found.files), true,
                out);
    std::stable_sort(
        out.begin(), out.end(),
        [](const ReceiptDifference &a, const ReceiptDifference &b) { return a.key < b.key; });
    return out;
}

bool VerificationReceipt::matches(const QList<ReceiptDifference> &differences)
{
    return std::none_of(differences.cbegin(), differences.cend(),
                        [](const ReceiptDifference &d) { return d.blocking; });
}

bool VerificationReceipt::matches(const VerificationReceipt &found) const
{
    return matches(compare(*this, found));
}

} // namespace Autocoder::Run
