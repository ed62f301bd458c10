#pragma once

#include "secrets/secretresult.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace QKeychain {
class Job;
}

namespace Autocoder::Secrets {

/// Asynchronous access to the system keychain (Secret Service on Linux) through QtKeychain.
/// The store owns its jobs; destroying it abandons running ones without signals (they
/// finish and delete themselves, since QtKeychain jobs cannot be cancelled). Secrets are
/// never written to QSettings or files: the insecure fallback is off. When the keychain is
/// unavailable the result says so (Status::Unavailable) and the UI can use
/// environmentValue() read-only instead.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    // Not the app id, unlike the settings and data folders: the keychain has no migration,
    // and a new name would lose the keys people have stored.
    static QString defaultServiceName() { return QStringLiteral("Autocoder"); }
    static QString anthropicKey() { return QStringLiteral("anthropic-api-key"); }
    static QString e2bKey() { return QStringLiteral("e2b-api-key"); }

    explicit SecretStore(QObject *parent = nullptr);
    SecretStore(const QString &serviceName, QObject *parent);
    ~SecretStore() override;

    QString serviceName() const { return m_serviceName; }

    void read(const QString &key);
    void write(const QString &key, const QString &value);
    void remove(const QString &key);

    /// Number of jobs still running.
    int pendingJobs() const { return int(m_jobs.size()); }

    /// Environment variable that may hold a key: "ANTHROPIC_API_KEY" / "E2B_API_KEY"; empty
    /// for other keys.
    static QString environmentVariableFor(const QString &key);
    /// Value of that environment variable (empty when unset or unknown key).
    static QString environmentValue(const QString &key);

Q_SIGNALS:
    void readFinished(const QString &key, const Autocoder::Secrets::SecretResult &result);
    void writeFinished(const QString &key, const Autocoder::Secrets::SecretWriteResult &result);
    void removeFinished(const QString &key, const Autocoder::Secrets::SecretWriteResult &result);

private:
    enum class Operation { Read, Write, Remove };
    void startJob(QKeychain::Job *job, Operation op, const QString &key);
    void onJobFinished(QKeychain::Job *job, Operation op, const QString &key);
    /// Why the job failed; only for a job that did not end with NoError.
    SecretError errorFor(const QKeychain::Job *job) const;

    QString m_serviceName;
    QSet<QKeychain::Job *> m_jobs;
};

} // namespace Autocoder::Secrets
