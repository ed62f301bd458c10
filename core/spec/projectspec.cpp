#include "spec/projectspec.h"

#include "spec/kindpresets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace Autocoder::Spec {

namespace {

// Reads typed members and records the first error with the member's path. Once an error is
// recorded every further read is a no-op, so parse code can stay linear.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Spec::ProjectSpec)

public:
    explicit Reader(QString *error)
        : m_error(error)
    { }

    bool failed() const { return m_failed; }

    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = message;
    }

    void readString(const QJsonObject &o, const QString &key, const QString &path, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (m_failed || v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            fail(tr("“%1” must be text.").arg(path));
            return;
        }
        *out = v.toString();
    }

    void readStringList(const QJsonObject &o, const QString &key, const QString &path,
                        QStringList *out)
    {
        const QJsonValue v = o.value(key);
        if (m_failed || v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            fail(tr("“%1” must be a list of texts.").arg(path));
            return;
        }
        QStringList list;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(tr("“%1[%2]” must be text.").arg(path).arg(i));
                return;
            }
            list.append(array.at(i).toString());
        }
        *out = list;
    }

    void readInt(const QJsonObject &o, const QString &key, const QString &path, int *out)
    {
        const QJsonValue v = o.value(key);
        if (m_failed || v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble()) {
            fail(tr("“%1” must be a number.").arg(path));
            return;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < std::numeric_limits<int>::min()
            || d > std::numeric_limits<int>::max()) {
            fail(tr("“%1” must be a whole number.").arg(path));
            return;
        }
        *out = int(d);
    }

    void readBool(const QJsonObject &o, const QString &key, const QString &path, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (m_failed || v.isUndefined() || v.isNull())
            return;
        if (!v.isBool()) {
            fail(tr("“%1” must be true or false.").arg(path));
            return;
        }
        *out = v.toBool();
    }

    void readDouble(const QJsonObject &o, const QString &key, const QString &path, double *out)
    {
        const QJsonValue v = o.value(key);
        if (m_failed || v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble()) {
            fail(tr("“%1” must be a number.").arg(path));
            return;
        }
        *out = v.toDouble();
    }

    // Returns an empty object when absent; fails when present but not an object.
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (m_failed || v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            fail(tr("“%1” must be an object.").arg(path));
            return {};
        }
        return v.toObject();
    }

private:
    QString *m_error;
    bool m_failed = false;
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

} // namespace

bool ProjectSpec::Commands::operator==(const Commands &other) const
{
    return install == other.install && test == other.test && build == other.build
        && lint == other.lint;
}

bool ProjectSpec::Limits::operator==(const Limits &other) const
{
    return maxIterations == other.maxIterations && budgetUsd == other.budgetUsd
        && wallClockMinutes == other.wallClockMinutes
        && commandTimeoutSeconds == other.commandTimeoutSeconds
        && agentTimeoutMinutes == other.agentTimeoutMinutes && maxTurns == other.maxTurns;
}

bool ProjectSpec::LockedTest::operator==(const LockedTest &other) const
{
    return path == other.path && content == other.content;
}

bool ProjectSpec::Sandbox::operator==(const Sandbox &other) const
{
    return backend == other.backend && templateName == other.templateName
        && allowOut == other.allowOut;
}

bool ProjectSpec::Verification::operator==(const Verification &other) const
{
    return requirementTests == other.requirementTests && mutationCheck == other.mutationCheck
        && qFuzzyCompare(1.0 + mutationThreshold, 1.0 + other.mutationThreshold)
        && maxMutants == other.maxMutants && mutationBudgetSeconds == other.mutationBudgetSeconds;
}

ProjectSpec::ProjectSpec()
{
    commands = KindPresets::find(kind).defaultCommands;
}

ProjectSpec ProjectSpec::forKind(const QString &kindId)
{
    ProjectSpec spec;
    const KindPreset preset = KindPresets::contains(kindId)
        ? KindPresets::find(kindId)
        : KindPresets::find(KindPresets::defaultId());
    spec.kind = preset.id;
    spec.commands = preset.defaultCommands;
    return spec;
}

Result<ProjectSpec> ProjectSpec::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(tr("The spec is not valid JSON: %1 (at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return failure(tr("The spec must be a JSON object."));
    return parseObject(doc.object());
}

Result<ProjectSpec> ProjectSpec::parseObject(const QJsonObject &o)
{
    QString error;
    Reader r(&error);

    const QJsonValue versionValue = o.value(QStringLiteral("version"));
    if (versionValue.isUndefined()) {
        r.fail(tr("The spec has no “version”."));
        return failure(error);
    }
    int version = 0;
    r.readInt(o, QStringLiteral("version"), QStringLiteral("version"), &version);
    if (r.failed())
        return failure(error);
    if (version > CurrentVersion) {
        r.fail(tr("This spec was written by a newer Autocoder (spec version %1; this version reads "
                  "up to %2). Update Autocoder to open it.")
                   .arg(version)
                   .arg(CurrentVersion));
        return failure(error);
    }
    if (version < 1) {
        r.fail(tr("Unsupported spec version %1.").arg(version));
        return failure(error);
    }

    ProjectSpec spec;
    spec.version = version;
    r.readString(o, QStringLiteral("name"), QStringLiteral("name"), &spec.name);
    r.readString(o, QStringLiteral("kind"), QStringLiteral("kind"), &spec.kind);
    // Commands default to the kind's preset; explicit members (even "") override them.
    if (KindPresets::contains(spec.kind))
        spec.commands = KindPresets::find(spec.kind).defaultCommands;
    r.readString(o, QStringLiteral("description"), QStringLiteral("description"),
                 &spec.description);
    r.readStringList(o, QStringLiteral("requirements"), QStringLiteral("requirements"),
                     &spec.requirements);
    r.readStringList(o, QStringLiteral("acceptanceCriteria"), QStringLiteral("acceptanceCriteria"),
                     &spec.acceptanceCriteria);

    const QJsonValue locked = o.value(QStringLiteral("lockedTests"));
    if (!r.failed() && !locked.isUndefined() && !locked.isNull()) {
        if (!locked.isArray()) {
            r.fail(tr("“%1” must be a list.").arg(QStringLiteral("lockedTests")));
        } else {
            const QJsonArray array = locked.toArray();
            for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
                const QString path = QStringLiteral("lockedTests[%1]").arg(i);
                if (!array.at(i).isObject()) {
                    r.fail(tr("“%1” must be an object with “path” and “content”.").arg(path));
                    break;
                }
                const QJsonObject t = array.at(i).toObject();
                LockedTest test;
                r.readString(t, QStringLiteral("path"), path + QStringLiteral(".path"), &test.path);
                r.readString(t, QStringLiteral("content"), path + QStringLiteral(".content"),
                             &test.content);
                spec.lockedTests.append(test);
            }
        }
    }

    const QJsonObject commands =
        r.object(o, QStringLiteral("commands"), QStringLiteral("commands"));
    r.readString(commands, QStringLiteral("install"), QStringLiteral("commands.install"),
                 &spec.commands.install);
    r.readString(commands, QStringLiteral("test"), QStringLiteral("commands.test"),
                 &spec.commands.test);
    r.readString(commands, QStringLiteral("build"), QStringLiteral("commands.build"),
                 &spec.commands.build);
    r.readString(commands, QStringLiteral("lint"), QStringLiteral("commands.lint"),
                 &spec.commands.lint);

    r.readString(o, QStringLiteral("model"), QStringLiteral("model"), &spec.model);

    const QJsonObject limits = r.object(o, QStringLiteral("limits"), QStringLiteral("limits"));
    Limits &l = spec.limits;
    r.readInt(limits, QStringLiteral("maxIterations"), QStringLiteral("limits.maxIterations"),
              &l.maxIterations);
    r.readDouble(limits, QStringLiteral("budgetUsd"), QStringLiteral("limits.budgetUsd"),
                 &l.budgetUsd);
    r.readInt(limits, QStringLiteral("wallClockMinutes"), QStringLiteral("limits.wallClockMinutes"),
              &l.wallClockMinutes);
    r.readInt(limits, QStringLiteral("commandTimeoutSeconds"),
              QStringLiteral("limits.commandTimeoutSeconds"), &l.commandTimeoutSeconds);
    r.readInt(limits, QStringLiteral("agentTimeoutMinutes"),
              QStringLiteral("limits.agentTimeoutMinutes"), &l.agentTimeoutMinutes);
    r.readInt(limits, QStringLiteral("maxTurns"), QStringLiteral("limits.maxTurns"), &l.maxTurns);

    const QJsonObject sandbox = r.object(o, QStringLiteral("sandbox"), QStringLiteral("sandbox"));
    r.readString(sandbox, QStringLiteral("backend"), QStringLiteral("sandbox.backend"),
                 &spec.sandbox.backend);
    r.readString(sandbox, QStringLiteral("template"), QStringLiteral("sandbox.template"),
                 &spec.sandbox.templateName);
    r.readStringList(sandbox, QStringLiteral("allowOut"), QStringLiteral("sandbox.allowOut"),
                     &spec.sandbox.allowOut);

    const QJsonObject verification =
        r.object(o, QStringLiteral("verification"), QStringLiteral("verification"));
    Verification &v = spec.verification;
    r.readBool(verification, QStringLiteral("requirementTests"),
               QStringLiteral("verification.requirementTests"), &v.requirementTests);
    r.readBool(verification, QStringLiteral("mutationCheck"),
               QStringLiteral("verification.mutationCheck"), &v.mutationCheck);
    r.readDouble(verification, QStringLiteral("mutationThreshold"),
                 QStringLiteral("verification.mutationThreshold"), &v.mutationThreshold);
    r.readInt(verification, QStringLiteral("maxMutants"), QStringLiteral("verification.maxMutants"),
              &v.maxMutants);
    r.readInt(verification, QStringLiteral("mutationBudgetSeconds"),
              QStringLiteral("verification.mutationBudgetSeconds"), &v.mutationBudgetSeconds);

    if (r.failed())
        return failure(error);
    // Whatever version we read, the in-memory spec is now in the current shape.
    spec.version = CurrentVersion;
    return spec;
}

QJsonObject ProjectSpec::toJsonObject() const
{
    QJsonArray locked;
    for (const LockedTest &t : lockedTests)
        locked.append(QJsonObject { { QStringLiteral("path"), t.path },
                                    { QStringLiteral("content"), t.content } });

    return QJsonObject {
        { QStringLiteral("version"), CurrentVersion },
        { QStringLiteral("name"), name },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("description"), description },
        { QStringLiteral("requirements"), toArray(requirements) },
        { QStringLiteral("acceptanceCriteria"), toArray(acceptanceCriteria) },
        { QStringLiteral("lockedTests"), locked },
        { QStringLiteral("commands"),
          QJsonObject { { QStringLiteral("install"), commands.install },
                        { QStringLiteral("test"), commands.test },
                        { QStringLiteral("build"), commands.build },
                        { QStringLiteral("lint"), commands.lint } } },
        { QStringLiteral("model"), model },
        { QStringLiteral("limits"),
          QJsonObject { { QStringLiteral("maxIterations"), limits.maxIterations },
                        { QStringLiteral("budgetUsd"), limits.budgetUsd },
                        { QStringLiteral("wallClockMinutes"), limits.wallClockMinutes },
                        { QStringLiteral("commandTimeoutSeconds"), limits.commandTimeoutSeconds },
                        { QStringLiteral("agentTimeoutMinutes"), limits.agentTimeoutMinutes },
                        { QStringLiteral("maxTurns"), limits.maxTurns } } },
        { QStringLiteral("sandbox"),
          QJsonObject { { QStringLiteral("backend"), sandbox.backend },
                        { QStringLiteral("template"), sandbox.templateName },
                        { QStringLiteral("allowOut"), toArray(sandbox.allowOut) } } },
        { QStringLiteral("verification"),
          QJsonObject {
              { QStringLiteral("requirementTests"), verification.requirementTests },
              { QStringLiteral("mutationCheck"), verification.mutationCheck },
              { QStringLiteral("mutationThreshold"), verification.mutationThreshold },
              { QStringLiteral("maxMutants"), verification.maxMutants },
              { QStringLiteral("mutationBudgetSeconds"), verification.mutationBudgetSeconds } } },
    };
}

QByteArray ProjectSpec::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

bool ProjectSpec::operator==(const ProjectSpec &other) const
{
    return version == other.version && name == other.name && kind == other.kind
        && description == other.description && requirements == other.requirements
        && acceptanceCriteria == other.acceptanceCriteria && lockedTests == other.lockedTests
        && commands == other.commands && model == other.model && limits == other.limits
        && sandbox == other.sandbox && verification == other.verification;
}

} // namespace Autocoder::Spec
