#include "secrets/secretstore.h"

#include "secrets/secretslog.h"

#include <qt6keychain/keychain.h>

namespace Autocoder::Secrets {

namespace {

// QtKeychain reports a missing Secret Service in several ways depending on the backend it
// picked: NoBackendAvailable, NotImplemented, or OtherError carrying a D-Bus / libsecret
// message (e.g. "Could not connect: No such file or directory" without a session bus,
// "Cannot autolaunch D-Bus without X11 $DISPLAY" without DBUS_SESSION_BUS_ADDRESS). The last
// case has to be recognised from the text.
bool looksLikeMissingService(const QString &errorString)
{
    static const char *const markers[] = {
        "org.freedesktop.DBus.Error",
        "D-Bus",
        "DBus",
        "dbus",
        "ServiceUnknown",
        "NoReply",
        "Could not connect",
        "Cannot autolaunch",
        "not provided by any .service files",
        "No such file or directory",
        "Secret Service",
        "secret service",
        "No keychain service",
        "Unknown error",
        "kwalletd",
        // A Secret Service without a usable default collection (no login keyring, and no
        // prompter to create one on a headless machine) cannot store anything either.
        "Object does not exist at path",
        "SystemPrompter",
        "couldn't initialize prompt",
    };
    for (const char *marker : markers) {
        if (errorString.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(defaultServiceName(), parent)
{ }

SecretStore::SecretStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
    qRegisterMetaType<Autocoder::Secrets::SecretResult>();
    qRegisterMetaType<Autocoder::Secrets::SecretWriteResult>();
}

SecretStore::~SecretStore()
{
    // A running QtKeychain job cannot be cancelled: its libsecret / D-Bus callback holds a raw
    // pointer to it and would touch freed memory if we deleted it now. So jobs still running
    // are cut loose instead: no more signals to us, not our children any more, and they
    // delete themselves once the backend answers.
    const QSet<QKeychain::Job *> jobs = m_jobs;
    m_jobs.clear();
    for (QKeychain::Job *job : jobs) {
        disconnect(job, nullptr, this, nullptr);
        job->setParent(nullptr);
        job->setAutoDelete(true);
    }
}

QString SecretStore::environmentVariableFor(const QString &key)
{
    if (key == anthropicKey())
        return QStringLiteral("ANTHROPIC_API_KEY");
    if (key == e2bKey())
        return QStringLiteral("E2B_API_KEY");
    return {};
}

QString SecretStore::environmentValue(const QString &key)
{
    const QString variable = environmentVariableFor(key);
    if (variable.isEmpty())
        return {};
    return qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
}

void SecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    startJob(job, Operation::Read, key);
}

void SecretStore::write(const QString &key, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setTextData(value);
    startJob(job, Operation::Write, key);
}

void SecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    startJob(job, Operation::Remove, key);
}

void SecretStore::startJob(QKeychain::Job *job, Operation op, const QString &key)
{
    job->setKey(key);
    job->setAutoDelete(false); // we own it: deleted after finished or with the store
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    m_jobs.insert(job);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, op, key](QKeychain::Job *) { onJobFinished(job, op, key); });
    job->start();
}

void SecretStore::onJobFinished(QKeychain::Job *job, Operation op, const QString &key)
{
    if (!m_jobs.remove(job))
        return;
    job->deleteLater();
    const bool ok = job->error() == QKeychain::NoError;
    // The key's name and the keychain's own message, never a value.
    if (!ok)
        qCDebug(lcSecrets, "keychain job for %s failed: %s (%d)", qPrintable(key),
                qPrintable(job->errorString()), int(job->error()));
    switch (op) {
    case Operation::Read:
        if (ok)
            Q_EMIT readFinished(
                key,
                SecretResult(static_cast<const QKeychain::ReadPasswordJob *>(job)->textData()));
        else
            Q_EMIT readFinished(key, failure(errorFor(job)));
        break;
    case Operation::Write:
        Q_EMIT writeFinished(key, ok ? SecretWriteResult() : failure(errorFor(job)));
        break;
    case Operation::Remove:
        Q_EMIT removeFinished(key, ok ? SecretWriteResult() : failure(errorFor(job)));
        break;
    }
}

SecretError SecretStore::errorFor(const QKeychain::Job *job) const
{
    using Status = SecretError::Status;
    SecretError error;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        error.status = Status::NotFound;
        error.message = tr("No value is stored in the keychain for this key.");
        return error;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.status = Status::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        error.status = Status::AccessDenied;
        error.message =
            tr("The system keychain refused access (%1). Unlock it and try again.").arg(detail);
        return error;
    case QKeychain::CouldNotDeleteEntry:
        error.status = Status::Error;
        error.message =
            tr("The key could not be removed from the system keychain (%1).").arg(detail);
        return error;
    case QKeychain::OtherError:
        error.status = looksLikeMissingService(detail) ? Status::Unavailable : Status::Error;
        break;
    }
    if (error.status == Status::Unavailable)
        error.message = tr("No system keychain is available (%1). Keys can be read from the "
                           "environment variables ANTHROPIC_API_KEY and E2B_API_KEY instead, "
                           "but cannot be saved.")
                            .arg(detail);
    else
        error.message = tr("The system keychain reported an error: %1").arg(detail);
    return error;
}

} // namespace Autocoder::Secrets
