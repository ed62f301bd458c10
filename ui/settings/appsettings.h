#pragma once

#include "spec/projectspec.h"

#include <QString>
#include <QStringList>

namespace Autocoder::Ui {

/// Preferences kept in QSettings. Never holds a secret: API keys live in the
/// keychain (SecretStore) or the environment.
struct AppSettings
{
    enum class Backend { Local, E2bCloud, E2bCustom };

    Backend backend = Backend::Local;
    QString customDomain; ///< for E2bCustom, e.g. "e2b.example.com"
    /// Hosts every run's sandbox may reach besides the model endpoint and the registries
    /// (E2B allowOut entries).
    QStringList extraAllowOut;
    /// How many runs on the local server may run at once; more wait in a queue. E2B runs
    /// are not counted. The default comes from the machine (Run::RunQueue::defaultLimit()).
    int maxLocalRuns = 0;
    static constexpr int MinLocalRuns = 1;
    static constexpr int MaxLocalRuns = 32;
    /// Publish the app's own runs' events on 127.0.0.1:publishPort (docs/event-feed.md), with
    /// the token in FeedPublisher::tokenFile().
    bool publishRuns = false;
    int publishPort = DefaultPublishPort;
    static constexpr int DefaultPublishPort = 8765;
    QString defaultModel = QStringLiteral("claude-sonnet-4-6");
    Spec::ProjectSpec::Limits defaultLimits;
    /// What a new spec asks "green" to prove (a test per requirement, the mutation check).
    Spec::ProjectSpec::Verification defaultVerification;
    /// The language of the app: empty for the system's, else "en", "de" or "fr"
    /// (UiLanguage::choices()). Applied at the next start.
    QString language;

    static AppSettings load();
    /// Stores them; SettingsNotifier::saved() tells those who apply them.
    void save() const;

    /// The spec's sandbox.backend value for this backend ("local" / "e2b").
    QString specBackend() const;
    /// Applies the defaults (model, limits, verification, backend) to a new spec.
    void applyTo(Spec::ProjectSpec &spec) const;

    static QString backendKey(Backend backend);
    static Backend backendFromKey(const QString &key);

    bool operator==(const AppSettings &other) const;
    bool operator!=(const AppSettings &other) const { return !(*this == other); }
};

} // namespace Autocoder::Ui
