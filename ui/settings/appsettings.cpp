#include "settings/appsettings.h"

#include "run/runenums.h"
#include "run/runqueue.h"
#include "settings/settingsnotifier.h"
#include "spec/specvalidator.h"

#include <algorithm>

#include <QSettings>

namespace Autocoder::Ui {

QString AppSettings::backendKey(Backend backend)
{
    switch (backend) {
    case Backend::Local:
        return QStringLiteral("local");
    case Backend::E2bCloud:
        return QStringLiteral("e2b");
    case Backend::E2bCustom:
        return QStringLiteral("e2b-custom");
    }
    return QStringLiteral("local");
}

AppSettings::Backend AppSettings::backendFromKey(const QString &key)
{
    if (key == QLatin1String("e2b"))
        return Backend::E2bCloud;
    if (key == QLatin1String("e2b-custom"))
        return Backend::E2bCustom;
    return Backend::Local;
}

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    s.beginGroup(QStringLiteral("sandbox"));
    a.backend =
        backendFromKey(s.value(QStringLiteral("backend"), backendKey(a.backend)).toString());
    a.customDomain = s.value(QStringLiteral("customDomain")).toString();
    a.extraAllowOut = s.value(QStringLiteral("allowOut")).toStringList();
    a.maxLocalRuns =
        std::clamp(s.value(QStringLiteral("maxLocalRuns"), Run::RunQueue::defaultLimit()).toInt(),
                   MinLocalRuns, MaxLocalRuns);
    s.endGroup();
    s.beginGroup(QStringLiteral("feed"));
    a.publishRuns = s.value(QStringLiteral("publish"), a.publishRuns).toBool();
    a.publishPort = s.value(QStringLiteral("port"), a.publishPort).toInt();
    if (a.publishPort < 1 || a.publishPort > 65535)
        a.publishPort = DefaultPublishPort;
    s.endGroup();
    s.beginGroup(QStringLiteral("defaults"));
    a.defaultModel = s.value(QStringLiteral("model"), a.defaultModel).toString();
    auto &l = a.defaultLimits;
    l.maxIterations = s.value(QStringLiteral("maxIterations"), l.maxIterations).toInt();
    l.budgetUsd = s.value(QStringLiteral("budgetUsd"), l.budgetUsd).toDouble();
    l.wallClockMinutes = s.value(QStringLiteral("wallClockMinutes"), l.wallClockMinutes).toInt();
    l.commandTimeoutSeconds =
        s.value(QStringLiteral("commandTimeoutSeconds"), l.commandTimeoutSeconds).toInt();
    l.agentTimeoutMinutes =
        s.value(QStringLiteral("agentTimeoutMinutes"), l.agentTimeoutMinutes).toInt();
    l.maxTurns = s.value(QStringLiteral("maxTurns"), l.maxTurns).toInt();
    s.endGroup();
    s.beginGroup(QStringLiteral("verification"));
    auto &v = a.defaultVerification;
    v.requirementTests = s.value(QStringLiteral("requirementTests"), v.requirementTests).toBool();
    v.mutationCheck = s.value(QStringLiteral("mutationCheck"), v.mutationCheck).toBool();
    // Kept in percent, as the dialog shows it; the spec holds a share.
    const int percent =
        s.value(QStringLiteral("mutationThresholdPercent"), qRound(v.mutationThreshold * 100.0))
            .toInt();
    v.mutationThreshold = std::clamp(percent, 0, 100) / 100.0;
    v.maxMutants = std::clamp(s.value(QStringLiteral("maxMutants"), v.maxMutants).toInt(),
                              Spec::SpecValidator::MinMutants, Spec::SpecValidator::MaxMutants);
    v.mutationBudgetSeconds = std::clamp(
        s.value(QStringLiteral("mutationBudgetSeconds"), v.mutationBudgetSeconds).toInt(),
        Spec::SpecValidator::MinMutationBudgetSeconds,
        Spec::SpecValidator::MaxMutationBudgetSeconds);
    s.endGroup();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("sandbox"));
    s.setValue(QStringLiteral("backend"), backendKey(backend));
    s.setValue(QStringLiteral("customDomain"), customDomain);
    s.setValue(QStringLiteral("allowOut"), extraAllowOut);
    s.setValue(QStringLiteral("maxLocalRuns"), maxLocalRuns);
    s.endGroup();
    s.beginGroup(QStringLiteral("defaults"));
    s.setValue(QStringLiteral("model"), defaultModel);
    const auto &l = defaultLimits;
    s.setValue(QStringLiteral("maxIterations"), l.maxIterations);
    s.setValue(QStringLiteral("budgetUsd"), l.budgetUsd);
    s.setValue(QStringLiteral("wallClockMinutes"), l.wallClockMinutes);
    s.setValue(QStringLiteral("commandTimeoutSeconds"), l.commandTimeoutSeconds);
    s.setValue(QStringLiteral("agentTimeoutMinutes"), l.agentTimeoutMinutes);
    s.setValue(QStringLiteral("maxTurns"), l.maxTurns);
    s.endGroup();
    s.beginGroup(QStringLiteral("verification"));
    const auto &v = defaultVerification;
    s.setValue(QStringLiteral("requirementTests"), v.requirementTests);
    s.setValue(QStringLiteral("mutationCheck"), v.mutationCheck);
    s.setValue(QStringLiteral("mutationThresholdPercent"), qRound(v.mutationThreshold * 100.0));
    s.setValue(QStringLiteral("maxMutants"), v.maxMutants);
    s.setValue(QStringLiteral("mutationBudgetSeconds"), v.mutationBudgetSeconds);
    s.endGroup();
    s.beginGroup(QStringLiteral("feed"));
    s.setValue(QStringLiteral("publish"), publishRuns);
    s.setValue(QStringLiteral("port"), publishPort);
    s.endGroup();
    s.setValue(QStringLiteral("ui/language"), language);
    s.sync();
    Q_EMIT SettingsNotifier::instance()->saved();
}

QString AppSettings::specBackend() const
{
    return Run::wireName(backend == Backend::Local ? Run::Backend::Local : Run::Backend::E2b);
}

void AppSettings::applyTo(Spec::ProjectSpec &spec) const
{
    spec.model = defaultModel;
    spec.limits = defaultLimits;
    spec.verification = defaultVerification;
    spec.sandbox.backend = specBackend();
}

bool AppSettings::operator==(const AppSettings &o) const
{
    return backend == o.backend && customDomain == o.customDomain
        && extraAllowOut == o.extraAllowOut && maxLocalRuns == o.maxLocalRuns
        && publishRuns == o.publishRuns && publishPort == o.publishPort
        && defaultModel == o.defaultModel && defaultLimits == o.defaultLimits
        && defaultVerification == o.defaultVerification && language == o.language;
}

} // namespace Autocoder::Ui
